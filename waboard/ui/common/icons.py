"""The app's icons: SVG files in resources/icons, drawn in fixed mid-tone colours that read
on light and dark themes alike."""

from __future__ import annotations

from PySide6.QtGui import QIcon

from ...resources import resource

PLAY = "play"
PAUSE = "pause"
JUMP = "jump"
JUMP_DAY = "jump-day"
NEXT_EXPIRY = "next-expiry"
CLOCK = "clock"
REAL_TIME = "real-time"

NAMES = (PLAY, PAUSE, JUMP, JUMP_DAY, NEXT_EXPIRY, CLOCK, REAL_TIME)

_cache: dict[str, QIcon] = {}


def icon(name: str) -> QIcon:
    """The icon `resources/icons/<name>.svg` (loaded once). Needs a QGuiApplication."""
    found = _cache.get(name)
    if found is None:
        path = resource(f"icons/{name}.svg")
        if not path.is_file():
            raise FileNotFoundError(f"waboard has no icon {name!r} ({path})")
        found = _cache[name] = QIcon(str(path))
    return found
