"""The main window as a user drives it: files, menus, shortcuts, presenter mode."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication
from shiboken6 import isValid

from tests.conftest import on_box
from waboard.resources import resource
from waboard.rules.model import Regime
from waboard.scenario.loader import load_scenario
from waboard.ui.main_window import MainWindow
from waboard.workspaces import open_workspace


@pytest.fixture
def window(demo_window):
    return demo_window


@pytest.fixture
def dialogs(monkeypatch):
    """Capture message boxes instead of showing them."""
    seen = []
    on_box(monkeypatch, lambda parent, title, text, kind: seen.append((kind, title, text)))
    return seen


def test_title_names_the_file_and_the_regime(window, demo):
    assert window.windowTitle().startswith("demo.waboard")
    assert demo.regime.label in window.windowTitle()


@pytest.mark.parametrize("content", [b"hello, not a database\n", b"\x00" * 4096])
def test_opening_a_bad_file_says_so_and_changes_nothing(window, dialogs, tmp_path, content):
    bad = tmp_path / "notes.waboard"
    bad.write_bytes(content)
    assert not window.open_file(bad)
    assert dialogs and dialogs[0][0] == "critical"
    assert "not a waboard database" in dialogs[0][2]
    assert bad.read_bytes() == content
    assert not Path(f"{bad}-wal").exists()
    assert window.isVisible()


def test_opening_another_apps_database_changes_nothing(window, dialogs, tmp_path):
    other = tmp_path / "other.sqlite"
    with sqlite3.connect(other) as connection:
        connection.execute("CREATE TABLE notes (text TEXT)")
    before = other.read_bytes()
    assert not window.open_file(other)
    assert "not a waboard database" in dialogs[0][2]
    assert other.read_bytes() == before


def test_load_scenario_opens_a_new_window_on_the_played_file(qtbot, window, tmp_path):
    scenario = load_scenario(resource("scenarios/04-free-entry-point.json"))
    target = tmp_path / "lesson.waboard"
    assert window.load_scenario(scenario, target)
    new = MainWindow.open_windows[-1]
    assert new is not window
    assert not isValid(window) or not window.isVisible()
    assert new.workspace.store.path == target
    assert len(new.workspace.customers()) == 2
    assert new.windowTitle().startswith("lesson.waboard")


def test_load_scenario_into_an_existing_file_is_refused(window, dialogs, tmp_path):
    scenario = load_scenario(resource("scenarios/04-free-entry-point.json"))
    target = tmp_path / "taken.waboard"
    target.write_text("keep me")
    assert not window.load_scenario(scenario, target)
    assert "already exists" in dialogs[0][2]
    assert target.read_text() == "keep me"


def test_a_refused_step_is_played_and_opened_as_a_failed_message(window, dialogs, tmp_path):
    data = json.loads(resource("scenarios/01-window-boundary.json").read_text("utf-8"))
    data["steps"].append({"after": "1m", "customer": "ana", "action": "send_template",
                          "template": "order_update", "language": "es_MX",
                          "params": ["x"]})
    scenario = load_scenario_from(tmp_path, data)
    target = tmp_path / "played.waboard"
    assert window.load_scenario(scenario, target)  # a refused step is a result, not an error
    assert dialogs == []
    opened = MainWindow.open_windows[-1]
    assert opened.workspace.store.path == target
    last = list(opened.workspace.store.all_messages())[-1]
    assert (last.template_name, last.accepted, last.reason) == ("order_update", False,
                                                                "param_mismatch")


def load_scenario_from(folder: Path, data: dict):
    path = folder / "scenario.json"
    path.write_text(json.dumps(data), encoding="utf-8")
    return load_scenario(path)


def test_regime_menu_switches_the_pricing(window, demo):
    window.regime_actions[Regime.PMP_2025_07].trigger()
    assert demo.regime is Regime.PMP_2025_07
    assert Regime.PMP_2025_07.label in window.windowTitle()


def test_presenter_mode_enlarges_the_fonts(window):
    before = QApplication.font().pointSizeF()
    window.presenter_action.trigger()
    assert QApplication.font().pointSizeF() == pytest.approx(before * 1.6)
    window.presenter_action.trigger()
    assert QApplication.font().pointSizeF() == pytest.approx(before)


def test_geometry_is_remembered(demo, window):
    path = demo.store.path
    window.resize(790, 560)  # within the offscreen screen, which restoring clamps to
    size = window.size()
    window.close()
    again = MainWindow(open_workspace(path))
    assert again.size() == size


def test_save_a_copy_writes_a_readable_workspace(window, tmp_path, monkeypatch):
    from PySide6.QtWidgets import QFileDialog

    target = tmp_path / "copy.waboard"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    window.save_copy()
    from waboard.store import Store

    with Store.open(target) as store:
        assert store.customer_count() == len(window.workspace.customers())


def test_the_first_window_fits_the_screen(demo_window):
    """With no saved geometry the window takes 1440x900 or the screen's free area, whichever
    is smaller (never wider than the screen on a small laptop or projector), down to what
    its panels need at least."""
    free = demo_window.screen().availableGeometry()
    least = demo_window.minimumSizeHint()
    assert demo_window.width() == max(min(1440, free.width()), least.width())
    assert demo_window.height() == max(min(900, free.height()), least.height())
    assert demo_window.pos() == free.topLeft()
