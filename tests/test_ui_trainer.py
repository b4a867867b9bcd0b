"""The Trainer menu in the main window: exercises, the grading report, keywords, audit."""

from __future__ import annotations

import csv
import json

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox, QMenu, QMessageBox
from shiboken6 import isValid

from waboard.audit import KINDS
from waboard.consent import DEFAULT_OPT_OUT_KEYWORDS
from waboard.rules.model import Consent
from waboard.trainer.exercises import assignment_of, bundled_exercises, load_exercise
from waboard.trainer.report import Verdict
from waboard.ui.main_window import MainWindow
from waboard.ui.trainer.exercise_dialog import ExerciseChooser, ReportDialog, ReportModel
from waboard.ui.trainer.trainer_menu import (
    MENU_TITLE,
    Trainer,
    install_trainer,
    trainer_menu,
)


@pytest.fixture
def window(qtbot, demo):
    window = MainWindow(demo)
    with qtbot.waitExposed(window):
        window.show()
    yield window
    for open_window in list(MainWindow.open_windows):
        if isValid(open_window):
            open_window.close()


def trainer_menus(window: MainWindow) -> list[QMenu]:
    return [a.menu() for a in window.menuBar().actions() if a.text() == MENU_TITLE]


def menu_texts(menu: QMenu) -> list[str]:
    return [a.text() for a in menu.actions() if not a.isSeparator()]


def trigger(menu: QMenu, text: str) -> None:
    next(a for a in menu.actions() if a.text() == text).trigger()


def test_one_trainer_menu_with_the_items(window):
    [menu] = trainer_menus(window)
    assert {"&Start exercise…", "&Grade exercise", "Opt-out &keywords…",
            "Export &audit trail…"} <= set(menu_texts(menu))
    titles = [a.text() for a in window.menuBar().actions()]
    assert titles.index(MENU_TITLE) < titles.index("&Help")
    # Another feature installing into the Trainer menu reuses it.
    assert trainer_menu(window) is menu
    install_trainer(window)
    assert trainer_menus(window) == [menu]
    assert menu_texts(menu).count("&Grade exercise") == 2


def test_the_chooser_lists_the_bundled_exercises(qtbot, window):
    chooser = ExerciseChooser(window)
    qtbot.addWidget(chooser)
    chooser.show()
    assert chooser.list.count() == len(bundled_exercises()) == 3
    assert chooser.exercise is not None and chooser.exercise.title == chooser.list.item(0).text()
    chooser.list.setCurrentRow(1)
    assert chooser.goal_label.text() == chooser.exercises()[1].goal
    assert chooser.hint_label.text().startswith("Hint: ")
    assert chooser.start_button.isEnabled()


def test_an_exercise_from_start_to_grade_and_export(qtbot, qtmodeltester, window, tmp_path):
    trainer = window.findChild(Trainer, "trainer")
    exercise = load_exercise(next(p for p in bundled_exercises() if p.name.startswith("03")))
    target = tmp_path / "exercise.waboard"
    assert trainer.start(exercise, target)
    opened = MainWindow.open_windows[-1]
    assert opened is not window and opened.workspace.store.path == target
    qtbot.waitUntil(lambda: not isValid(window) or not window.isVisible())
    goal = opened.findChild(QMessageBox, "exerciseGoal")
    assert goal is not None and goal.isVisible() and exercise.goal in goal.text()
    assert exercise.goal in opened.statusBar().currentMessage()
    workspace = opened.workspace
    assert assignment_of(workspace.store).title == exercise.title

    ids = {c.key: c.id for c in workspace.customers()}
    workspace.send_template(ids["emily"], "spring_sale", "en_US", ["Emily"])
    workspace.send_text(ids["emily"], "Yes! US-3310 shipped today.")
    workspace.send_text(ids["joao"], "Yes, the ceramic pots too.")

    [menu] = trainer_menus(opened)
    trigger(menu, "&Grade exercise")
    dialog = opened.findChild(Trainer, "trainer").report_dialog
    assert isinstance(dialog, ReportDialog)
    qtbot.waitUntil(dialog.isVisible)
    qtmodeltester.check(dialog.model)
    model = dialog.model
    assert model.rowCount() == 4
    verdicts = [model.data(model.index(row, ReportModel.VERDICT)) for row in range(4)]
    assert verdicts == ["Marketing to an opted-out customer", "Good", "Good", "Goal met"]
    assert model.data(model.index(0, ReportModel.PENALTY)) == "−25"
    assert model.data(model.index(0, ReportModel.VERDICT),
                      Qt.ItemDataRole.ForegroundRole).name() == "#c5221f"
    why = model.data(model.index(0, ReportModel.WHY))
    assert why.startswith("Emily opted out") and "\n→ Send Emily no promotions." in why
    assert dialog.score_label.text() == "75/100"
    assert "1 mistake, 25 points off" in dialog.summary_label.text()
    assert dialog.report.lines[0].verdict is Verdict.MARKETING_OPTED_OUT

    assert dialog.export(tmp_path / "report.csv", "csv")
    with (tmp_path / "report.csv").open(encoding="utf-8-sig", newline="") as file:
        rows = list(csv.reader(file))
    assert [row[6] for row in rows[1:-1]] == ["marketing_opted_out", "ok", "ok", "goal_met"]
    assert dialog.export(tmp_path / "report.html", "html")
    assert "75/100" in (tmp_path / "report.html").read_text(encoding="utf-8")
    assert dialog.html_button.isEnabled() and dialog.csv_button.isEnabled()
    dialog.close()


def test_grading_a_workspace_without_an_exercise_reviews_it_all(qtbot, window):
    trainer = window.findChild(Trainer, "trainer")
    dialog = trainer.grade()
    qtbot.waitUntil(dialog.isVisible)
    assert dialog.report.title == "Workspace review"
    assert dialog.model.rowCount() == len(dialog.report.lines) > 40
    refused = [line for line in dialog.report.lines if line.verdict is Verdict.REFUSED]
    assert refused and all(line.penalty == 10 for line in refused)
    dialog.close()


def test_editing_the_opt_out_keywords(qtbot, window, demo):
    trainer = window.findChild(Trainer, "trainer")
    dialog = trainer.edit_keywords()
    qtbot.waitUntil(dialog.isVisible)
    assert dialog.keywords() == list(DEFAULT_OPT_OUT_KEYWORDS)
    dialog.edit.clear()
    qtbot.keyClicks(dialog.edit, "ALTO")
    qtbot.mouseClick(dialog.buttons.button(QDialogButtonBox.StandardButton.Save),
                     Qt.MouseButton.LeftButton)
    assert demo.opt_out_keywords == ("ALTO",)
    lena = next(c.id for c in demo.customers() if c.key == "lena")
    demo.customer_message(lena, "alto")
    assert demo.state(lena).consent is Consent.OPTED_OUT

    dialog = trainer.edit_keywords()
    qtbot.waitUntil(dialog.isVisible)
    dialog.edit.setPlainText("x" * 80)
    qtbot.mouseClick(dialog.buttons.button(QDialogButtonBox.StandardButton.Save),
                     Qt.MouseButton.LeftButton)
    assert dialog.isVisible() and "under 64" in dialog.error_label.text()
    qtbot.mouseClick(dialog.defaults_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(dialog.buttons.button(QDialogButtonBox.StandardButton.Save),
                     Qt.MouseButton.LeftButton)
    assert demo.opt_out_keywords == DEFAULT_OPT_OUT_KEYWORDS


def test_exporting_the_audit_trail(window, tmp_path):
    trainer = window.findChild(Trainer, "trainer")
    path = tmp_path / "trail.jsonl"
    count = trainer.export_audit(path, "jsonl")
    lines = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]
    assert len(lines) == count > 100
    # every kind but undo, redo, rewind and customer edits, which the demo does not do
    assert {line["kind"] for line in lines} == set(KINDS) - {
        "undo", "redo", "rewind", "return_to_bookmark", "customer_edited", "template_edited",
        "template_status", "template_category"}
    assert [line["at"] for line in lines] == sorted(line["at"] for line in lines)
