"""The user's language for every text the app shows, in one place.

Texts are marked where they are written, with a context (the module's or widget's name):

- `translate("Composer", "Send")` for a text used at once;
- `QT_TRANSLATE_NOOP("Category", "Marketing")` for a constant defined at import time,
  translated where it is shown with `translate("Category", constant)`.

`pyside6-lupdate` finds both by their names, so the pure modules (rules, history, billing)
mark their texts without importing Qt. Placeholders are named and filled after translation:
`translate("Window", "closes in {span}").format(span=...)`, never an f-string inside the call.

The Qt shell installs `QCoreApplication.translate` as the backend at start; without it (the
CLI, the scenario runner, tests of the rules) every text stays English, which keeps the
runner's output the fixed contract scenarios.md describes.
"""

from __future__ import annotations

from collections.abc import Callable

Backend = Callable[[str, str], str]


def _english(context: str, text: str) -> str:
    return text


_backend: Backend = _english


def translate(context: str, text: str) -> str:
    """`text` in the user's language (English when no translation is installed)."""
    return _backend(context, text)


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802 (the name lupdate reads)
    """Mark a constant for translation where it is defined; translate it where shown."""
    return text


def install(backend: Backend | None) -> None:
    """Route `translate` through `backend` (None: back to English)."""
    global _backend
    _backend = backend or _english
