"""Before Qt starts: a missing X11 library or display is one line on stderr, never SIGABRT."""

from __future__ import annotations

import os
import subprocess
import sys

from waboard.ui.display_check import (
    display_error,
    display_problem,
    missing_libraries,
    platform_name,
    plugin_error,
)


def test_the_platform_is_read_as_qt_reads_it():
    assert platform_name({"QT_QPA_PLATFORM": "offscreen"}) == "offscreen"
    assert platform_name({"QT_QPA_PLATFORM": "xcb:dpi=96;wayland"}) == "xcb"
    if sys.platform.startswith("linux"):
        assert platform_name({}) == "xcb"
        assert platform_name({"WAYLAND_DISPLAY": "wayland-0",
                              "XDG_SESSION_TYPE": "wayland"}) == "wayland"


def test_offscreen_and_wayland_are_not_checked():
    assert display_problem({"QT_QPA_PLATFORM": "offscreen"}) is None
    assert display_problem({"QT_QPA_PLATFORM": "wayland"}) is None


def test_a_missing_library_is_named_with_its_package():
    table = {"libwaboard-nowhere.so.7": "libwaboard-nowhere7", "libc.so.6": "libc6"}
    assert missing_libraries(table) == [("libwaboard-nowhere.so.7", "libwaboard-nowhere7")]


def test_a_file_that_is_no_library_is_a_load_error(tmp_path):
    plugin = tmp_path / "libqxcb.so"
    plugin.write_text("not a library")
    assert plugin_error(plugin)
    assert plugin_error(tmp_path / "absent.so") is None


def test_no_display_is_said_plainly():
    assert display_error({}) == "no X display (DISPLAY is not set)"


def test_an_unreachable_display_is_said_plainly():
    if not missing_libraries({"libxcb.so.1": "libxcb1"}):
        assert display_error({"DISPLAY": ":93"}) == "cannot connect to the X display ':93'"


def test_the_app_exits_with_one_line_instead_of_aborting(tmp_path):
    env = {k: v for k, v in os.environ.items() if k not in ("DISPLAY", "WAYLAND_DISPLAY")}
    env["QT_QPA_PLATFORM"] = "xcb"
    db = tmp_path / "w.waboard"
    done = subprocess.run([sys.executable, "-m", "waboard", "--db", str(db)], env=env,
                          capture_output=True, text=True, timeout=120)
    assert done.returncode == 1, done.stderr
    assert done.stderr.count("\n") == 1
    assert done.stderr.startswith("waboard: ")
    assert ("no X display" in done.stderr or "sudo apt install" in done.stderr)
    assert not db.exists()
