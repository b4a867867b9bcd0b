"""Can Qt open a window here? Asked before the QApplication exists, because a Qt that cannot
load its platform plugin aborts the process (SIGABRT) with a paragraph of hints.

On Linux with X11 (the `xcb` plugin) the check loads, one by one, the system libraries the
plugin links against and names the Debian/Ubuntu packages of the missing ones, then asks
libxcb whether the display can be reached. Elsewhere (macOS, Windows, Wayland, offscreen)
Qt's own plugins need nothing from the system, so nothing is checked.
"""

from __future__ import annotations

import ctypes
import os
import sys
from collections.abc import Mapping
from pathlib import Path

XCB_LIBRARIES: dict[str, str] = {
    "libxcb.so.1": "libxcb1",
    "libxcb-cursor.so.0": "libxcb-cursor0",
    "libxcb-icccm.so.4": "libxcb-icccm4",
    "libxcb-image.so.0": "libxcb-image0",
    "libxcb-keysyms.so.1": "libxcb-keysyms1",
    "libxcb-randr.so.0": "libxcb-randr0",
    "libxcb-render.so.0": "libxcb-render0",
    "libxcb-render-util.so.0": "libxcb-render-util0",
    "libxcb-shape.so.0": "libxcb-shape0",
    "libxcb-shm.so.0": "libxcb-shm0",
    "libxcb-sync.so.1": "libxcb-sync1",
    "libxcb-util.so.1": "libxcb-util1",
    "libxcb-xfixes.so.0": "libxcb-xfixes0",
    "libxcb-xkb.so.1": "libxcb-xkb1",
    "libxkbcommon.so.0": "libxkbcommon0",
    "libxkbcommon-x11.so.0": "libxkbcommon-x11-0",
    "libX11.so.6": "libx11-6",
    "libX11-xcb.so.1": "libx11-xcb1",
    "libEGL.so.1": "libegl1",
    "libGL.so.1": "libgl1",
    "libfontconfig.so.1": "libfontconfig1",
    "libfreetype.so.6": "libfreetype6",
    "libglib-2.0.so.0": "libglib2.0-0",
    "libdbus-1.so.3": "libdbus-1-3",
}
"""Every system library PySide6's xcb plugin (libqxcb.so and libQt6XcbQpa) links against,
with the Debian/Ubuntu package that holds it. The README's apt line lists these packages."""


def platform_name(env: Mapping[str, str]) -> str:
    """The platform plugin Qt will try first, as Qt picks it (QT_QPA_PLATFORM, else Wayland
    in a Wayland session, else the build's default: xcb on Linux)."""
    chosen = env.get("QT_QPA_PLATFORM", "").split(";")[0].split(":")[0].strip()
    if chosen:
        return chosen
    if not sys.platform.startswith("linux"):
        return "native"
    if env.get("WAYLAND_DISPLAY") and env.get("XDG_SESSION_TYPE") == "wayland":
        return "wayland"
    return "xcb"


def missing_libraries(libraries: Mapping[str, str] = XCB_LIBRARIES) -> list[tuple[str, str]]:
    """(library, package) of each library in `libraries` the dynamic loader cannot find."""
    missing = []
    for library, package in libraries.items():
        try:
            ctypes.CDLL(library)
        except OSError:
            missing.append((library, package))
    return missing


def plugin_error(plugin: Path) -> str | None:
    """Why the dynamic loader cannot load `plugin` (e.g. a library not in the table above),
    or None if it loads."""
    if not plugin.exists():
        return None
    try:
        ctypes.CDLL(str(plugin))
    except OSError as error:
        return str(error)
    return None


def display_error(env: Mapping[str, str]) -> str | None:
    """Why libxcb cannot connect to the X display named by DISPLAY, or None if it can."""
    display = env.get("DISPLAY", "")
    if not display:
        return "no X display (DISPLAY is not set)"
    xcb = ctypes.CDLL("libxcb.so.1")
    xcb.xcb_connect.restype = ctypes.c_void_p
    xcb.xcb_connect.argtypes = [ctypes.c_char_p, ctypes.c_void_p]
    xcb.xcb_connection_has_error.argtypes = [ctypes.c_void_p]
    xcb.xcb_disconnect.argtypes = [ctypes.c_void_p]
    connection = xcb.xcb_connect(display.encode(), None)
    try:
        if xcb.xcb_connection_has_error(connection):
            return f"cannot connect to the X display {display!r}"
    finally:
        xcb.xcb_disconnect(connection)
    return None


def xcb_plugin() -> Path:
    """PySide6's xcb platform plugin file (it may be absent in a trimmed install)."""
    from PySide6.QtCore import QLibraryInfo

    plugins = Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.PluginsPath))
    return plugins / "platforms" / "libqxcb.so"


def display_problem(env: Mapping[str, str] | None = None) -> str | None:
    """One line saying why Qt could not open a window, and what to do; None when it can
    (or when the platform is not one this checks)."""
    env = os.environ if env is None else env
    if platform_name(env) != "xcb":
        return None
    missing = missing_libraries()
    if missing:
        packages = " ".join(package for _, package in missing)
        libraries = ", ".join(library for library, _ in missing)
        return (f"Qt's X11 plugin needs system libraries that are missing ({libraries}); "
                f"on Debian/Ubuntu: sudo apt install {packages} (the README lists every "
                "package)")
    failure = plugin_error(xcb_plugin())
    if failure:
        return f"Qt's X11 plugin cannot be loaded ({failure}); see the README's setup section"
    unreachable = display_error(env)
    if unreachable:
        return (f"{unreachable}: start waboard from a desktop session, or under Xvfb "
                "(xvfb-run waboard)")
    return None
