"""The Trainer menu's file dialogs as a trainer meets them: start an exercise from the
chooser, and export the audit trail."""

from __future__ import annotations

import csv
import json
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox

from waboard.audit import audit_events
from waboard.trainer.exercises import assignment_of
from waboard.ui.common.file_dialogs import documents_folder
from waboard.ui.main_window import MainWindow
from waboard.ui.trainer.exercise_dialog import ExerciseChooser
from waboard.ui.trainer.trainer_menu import AUDIT_FILTERS, MENU_TITLE


@pytest.fixture
def window(demo_window):
    return demo_window


@pytest.fixture
def save_as(monkeypatch):
    """QFileDialog.getSaveFileName answers what is set here; the suggested paths it saw."""
    suggested: list[str] = []
    answer = {"path": "", "filter": ""}

    def get_save_file_name(parent, caption, directory="", filters="", *args, **kwargs):
        suggested.append(directory)
        return answer["path"], answer["filter"]

    monkeypatch.setattr(QFileDialog, "getSaveFileName", get_save_file_name)

    def choose(path: Path | str, chosen_filter: str = "") -> list[str]:
        answer.update(path=str(path), filter=chosen_filter)
        return suggested

    return choose


def trigger_trainer_item(window: MainWindow, text: str) -> None:
    menu = next(a.menu() for a in window.menuBar().actions() if a.text() == MENU_TITLE)
    next(a for a in menu.actions() if a.text() == text).trigger()


def when_the_chooser_runs(act) -> list[ExerciseChooser]:
    """Call act(chooser) on the exercise chooser once it runs modally; the choosers seen."""
    seen: list[ExerciseChooser] = []

    def act_on_the_modal() -> None:
        chooser = QApplication.activeModalWidget()
        if isinstance(chooser, ExerciseChooser):
            seen.append(chooser)
            act(chooser)

    QTimer.singleShot(0, act_on_the_modal)
    return seen


def pick_second_and_start(qtbot, chooser: ExerciseChooser) -> None:
    item = chooser.list.item(1)
    qtbot.mouseClick(chooser.list.viewport(), Qt.MouseButton.LeftButton,
                     pos=chooser.list.visualItemRect(item).center())
    assert chooser.list.currentRow() == 1
    qtbot.mouseClick(chooser.start_button, Qt.MouseButton.LeftButton)


def test_starting_an_exercise_from_the_chooser_opens_its_workspace(qtbot, window, save_as,
                                                                   demo, tmp_path):
    target = tmp_path / "my-exercise.waboard"
    suggested = save_as(target)
    seen = when_the_chooser_runs(lambda c: pick_second_and_start(qtbot, c))
    trigger_trainer_item(window, "&Start exercise…")
    [chooser] = seen
    exercise = chooser.exercises()[1]
    assert chooser.exercise is exercise
    assert suggested == [str(documents_folder() / (Path(exercise.source).stem + ".waboard"))]
    opened = MainWindow.open_windows[-1]
    assert opened is not window and opened.workspace.store.path == target
    assert [c.name for c in opened.workspace.customers()] == [
        c.name for c in exercise.scenario.customers]
    assert assignment_of(opened.workspace.store).title == exercise.title
    goal = opened.findChild(QMessageBox, "exerciseGoal")
    assert goal is not None
    qtbot.waitUntil(goal.isVisible)
    assert goal.windowTitle() == exercise.title and exercise.goal in goal.text()
    assert "Trainer › Grade exercise" in goal.text()


def test_cancelling_the_chooser_or_the_file_dialog_starts_nothing(qtbot, window, save_as,
                                                                  tmp_path):
    suggested = save_as("")  # the file dialog is cancelled
    seen = when_the_chooser_runs(lambda c: c.reject())
    trigger_trainer_item(window, "&Start exercise…")
    assert len(seen) == 1 and suggested == []
    seen = when_the_chooser_runs(lambda c: pick_second_and_start(qtbot, c))
    trigger_trainer_item(window, "&Start exercise…")
    assert len(seen) == 1 and len(suggested) == 1
    assert MainWindow.open_windows == [window] and window.isVisible()
    assert list(tmp_path.glob("*.waboard")) == [window.workspace.store.path]


def expected_kinds(window: MainWindow) -> list[str]:
    workspace = window.workspace
    return [event.kind for event in audit_events(workspace.store, workspace.now())]


def test_exporting_the_audit_trail_as_json_lines(window, save_as, tmp_path):
    path = tmp_path / "trail.jsonl"
    suggested = save_as(path, AUDIT_FILTERS["jsonl"])
    trigger_trainer_item(window, "Export &audit trail…")
    assert suggested == [str(documents_folder() / "audit-trail.jsonl")]
    lines = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]
    kinds = expected_kinds(window)
    assert [line["kind"] for line in lines] == kinds and len(kinds) > 100
    assert window.statusBar().currentMessage() == f"Exported {len(kinds):,} events to {path}"


@pytest.mark.parametrize("name", ["trail.csv", "trail"])
def test_exporting_the_audit_trail_as_csv(window, save_as, tmp_path, name):
    path = tmp_path / name
    save_as(path, AUDIT_FILTERS["csv"])
    trigger_trainer_item(window, "Export &audit trail…")
    with path.open(encoding="utf-8-sig", newline="") as file:
        rows = list(csv.DictReader(file))
    kinds = expected_kinds(window)
    assert [row["kind"] for row in rows] == kinds
    assert window.statusBar().currentMessage() == f"Exported {len(kinds):,} events to {path}"


def test_cancelling_the_audit_export_writes_nothing(window, save_as, tmp_path):
    suggested = save_as("")
    trigger_trainer_item(window, "Export &audit trail…")
    assert len(suggested) == 1
    assert not list(tmp_path.glob("*.jsonl")) and not list(tmp_path.glob("*.csv"))
    assert window.statusBar().currentMessage() == ""
