"""Text from files and customers in every box, tooltip and label the file-fed paths show:
Load scenario, Open lesson, rate-card import, the exercise goal box, the clock bar's Next
expiry and the grading report's WHY column. Hostile content (bold, links, images) must come
out as the characters typed, never as markup."""

# ruff: noqa: F811  (tests take the imported `window` fixture by name)
from __future__ import annotations

import json

import pytest
from PySide6 import QtGui
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog, QLabel, QMessageBox
from shiboken6 import isValid

from tests.conftest import START
from tests.test_safety import HOSTILE_NAME, hostile  # noqa: F401  (the hostile fixture)
from tests.test_ui_trainer import window  # noqa: F401  (the demo's main window fixture)
from waboard.rules.pricing import RATE_CARD_COLUMNS
from waboard.trainer.exercises import parse_exercise
from waboard.trainer.grading import grade_workspace
from waboard.ui.billing.rate_card_dialog import RateCardDialog
from waboard.ui.main_window import MainWindow
from waboard.ui.trainer.exercise_dialog import ReportDialog
from waboard.ui.trainer.lesson_dock import lesson_player
from waboard.ui.trainer.lesson_player import open_lesson
from waboard.ui.trainer.trainer_menu import Trainer

MARKUP = ["<b>bold</b>", "<a href='https://example.com'>link</a>", "<img src='/etc/x.png'>"]
HOSTILE = " ".join(MARKUP)


def assert_plain(box: QMessageBox) -> None:
    """The box and every label in it show text as is."""
    assert box.textFormat() == Qt.TextFormat.PlainText, box.text()
    for label in box.findChildren(QLabel):
        if any(m in label.text() for m in MARKUP):
            assert label.textFormat() == Qt.TextFormat.PlainText, label.text()
    assert any(m in box.text() + box.informativeText() for m in MARKUP), box.text()


@pytest.fixture
def boxes(monkeypatch):
    shown: list[QMessageBox] = []

    def record(box):
        assert_plain(box)
        shown.append(box.text())

    monkeypatch.setattr(QMessageBox, "exec", record)
    return shown


def test_load_scenario_errors_are_plain(window, boxes, tmp_path, monkeypatch):
    bad = tmp_path / "bad.json"
    bad.write_text(json.dumps({"customers": [], "steps": [
        {"after": "0s", "customer": HOSTILE, "action": "wait"}]}), encoding="utf-8")
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(bad), ""))
    window.load_scenario_dialog()
    assert len(boxes) == 1


def test_open_lesson_errors_are_plain(window, boxes, tmp_path):
    bad = tmp_path / "lesson.json"
    bad.write_text(json.dumps({"lesson": {"title": HOSTILE}, "steps": [],
                               HOSTILE: 1}), encoding="utf-8")
    player = lesson_player(window)
    assert not open_lesson(window, player, bad)
    assert len(boxes) == 1


def test_rate_card_import_errors_are_plain(qtbot, demo, boxes, tmp_path):
    bad = tmp_path / "card.csv"
    bad.write_text(",".join(RATE_CARD_COLUMNS) + f"\nMexico,MX,{HOSTILE},1,1,1,USD,,\n",
                   encoding="utf-8")
    dialog = RateCardDialog(demo)
    qtbot.addWidget(dialog)
    assert dialog.import_csv(bad) is False
    assert len(boxes) == 1


def test_the_exercise_goal_and_hint_box_is_plain(qtbot, window, tmp_path):
    exercise = parse_exercise(json.dumps({
        "title": "T", "goal": HOSTILE, "hint": HOSTILE,
        "workspace": {"start": "2025-03-03T08:00:00Z", "customers": [
            {"id": "ana", "name": HOSTILE, "phone": "+52 55 1234 5678"}], "steps": []}}))
    trainer = window.findChild(Trainer, "trainer")
    assert trainer.start(exercise, tmp_path / "exercise.waboard")
    opened = MainWindow.open_windows[-1]
    goal = opened.findChild(QMessageBox, "exerciseGoal")
    assert_plain(goal)
    goal.close()


def assert_tooltip_plain(tip: str) -> None:
    assert not any(m in tip for m in MARKUP) or not QtGui.mightBeRichText(tip), tip


def test_next_expiry_and_why_tooltips_are_plain(qtbot, workspace):
    customer = workspace.add_customer("Ana", "+52 55 1234 5678", opt_in=True)
    workspace.edit_customer(customer, HOSTILE[:120], "+52 55 1234 5678", True)
    workspace.customer_message(customer, "Hola", at=START)
    window = MainWindow(workspace)
    qtbot.addWidget(window)
    workspace.send_text(customer, "Hola")
    window.clock_bar._refresh_expiry()
    tip = window.clock_bar.expiry_action.toolTip()
    assert "&lt;b&gt;" in tip
    assert_tooltip_plain(tip)
    dialog = ReportDialog(grade_workspace(workspace.store), window)
    qtbot.addWidget(dialog)
    tips = [dialog.model.data(dialog.model.index(row, column), Qt.ItemDataRole.ToolTipRole)
            for row in range(dialog.model.rowCount())
            for column in range(dialog.model.columnCount())]
    assert any(tips)
    for tip in filter(None, tips):
        assert_tooltip_plain(str(tip))


def test_every_dock_and_dialog_shows_hostile_workspace_text_as_plain(qtbot, demo, hostile):
    """The main window with every dock shown, and the dialogs it opens on the hostile
    customer: the billing rate card, the consent and keyword dialogs, the grading report."""
    from PySide6.QtWidgets import QApplication, QDockWidget

    from tests.test_safety import assert_shown_as_plain_text
    from waboard.ui.inbox.consent_dialog import ConsentDialog, KeywordsDialog

    demo.set_opt_out_keywords(["STOP", "<b>alto</b>"])
    window = MainWindow(demo)
    qtbot.addWidget(window)
    window.show()
    for dock in window.findChildren(QDockWidget):
        dock.show()
    window.customer_list.select_customer(hostile)
    dialogs = [RateCardDialog(demo, window), ConsentDialog("opt_in", HOSTILE_NAME, window),
               KeywordsDialog(demo, window), ReportDialog(grade_workspace(demo.store), window)]
    for dialog in dialogs:
        dialog.show()
    qtbot.waitUntil(lambda: all(d.isVisible() for d in dialogs))
    shown = [w for w in QApplication.allWidgets() if isValid(w) and w.isVisible()]
    assert assert_shown_as_plain_text(shown) >= 2  # the hostile name, at least
    for dialog in dialogs:
        dialog.close()
