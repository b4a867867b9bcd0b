"""The Edit menu, Go back to... and Bookmarks as a user drives them on the demo."""

from __future__ import annotations

import json
from datetime import timedelta

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox

from waboard.rules.instants import to_second
from waboard.ui.timetravel.bookmarks_dialog import BookmarksDialog
from waboard.ui.timetravel.edit_menu import EditMenu
from waboard.ui.timetravel.go_back_dialog import GoBackDialog


def edit_menu(window) -> EditMenu:
    [menu] = window.findChildren(EditMenu)
    return menu


def menu_titles(window) -> list[str]:
    return [a.text() for a in window.menuBar().actions()]


def test_edit_menu_sits_after_file_and_names_what_undo_takes_back(qtbot, demo_window, demo):
    titles = menu_titles(demo_window)
    assert titles[:2] == ["&File", "&Edit"]
    edit = edit_menu(demo_window)
    ana = demo.customers()[0]
    demo.send_text(ana.id, "Hola")
    qtbot.waitUntil(lambda: edit.undo_action.text() == f"&Undo send to {ana.name}")
    messages = demo.store.message_count()
    qtbot.keyClick(demo_window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert demo.store.message_count() == messages - 1
    assert edit.redo_action.text() == f"&Redo send to {ana.name}"
    assert demo_window.statusBar().currentMessage() == f"Undid send to {ana.name}"
    qtbot.keyClick(demo_window, Qt.Key.Key_Z,
                   Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    assert demo.store.message_count() == messages


def test_undoing_a_new_customer_while_shown_empties_the_chat(qtbot, demo_window, demo):
    new = demo.add_customer("Zoe Tester", "+44 7911 123456")
    demo_window.select_customer(new)
    qtbot.waitUntil(lambda: demo_window.current_customer_id == new)
    edit_menu(demo_window).undo()
    assert all(c.id != new for c in demo.customers())
    qtbot.waitUntil(lambda: demo_window.current_customer_id != new)


def test_nothing_to_undo_says_so_and_is_disabled(qtbot, demo_window, demo):
    edit = edit_menu(demo_window)
    while demo.undo_label() is not None:
        demo.undo()
    qtbot.waitUntil(lambda: not edit.undo_action.isEnabled())
    assert edit.undo_action.text() == "&Undo"
    edit.undo()
    assert demo_window.statusBar().currentMessage() == "There is nothing to undo"


def test_go_back_dialog_says_what_goes_and_rewinds(qtbot, demo_window, demo):
    ana = demo.customers()[0]
    demo.send_text(ana.id, "one")
    demo.jump(timedelta(hours=2))
    demo.send_text(ana.id, "two")
    dialog = GoBackDialog(demo, demo_window)
    qtbot.addWidget(dialog)
    assert not dialog.go_button.isEnabled()
    assert dialog.plan_label.text() == "That is now: nothing to go back over."
    dialog.step_back(timedelta(hours=1))
    assert dialog.plan_label.text() == (
        f"2 actions after it will be removed: jump +2 h, send to {ana.name}.")
    assert dialog.go_button.text() == "Remove 2 actions and go back"
    before = to_second(demo.now())
    dialog.go_button.click()
    assert demo.now() == before - timedelta(hours=1)
    assert [m.text for m in demo.store.messages(ana.id)][-1] == "one"
    assert demo_window.statusBar().currentMessage().startswith("Removed 2 actions after")
    assert demo.bookmarks()[-1].name.startswith("Before rewind to")


def test_bookmarks_dialog_adds_refuses_bad_names_returns_and_deletes(qtbot, demo_window, demo):
    dialog = BookmarksDialog(demo, demo_window)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.empty_label.isVisible() and not dialog.return_button.isEnabled()
    dialog.add_button.click()
    assert dialog.error_label.isVisible()
    assert dialog.error_label.text() == "Enter a name for the bookmark (1 to 200 characters)."
    qtbot.keyClicks(dialog.name_edit, "x" * 201)
    dialog.add_button.click()
    assert "201 characters" in dialog.error_label.text() and demo.bookmarks() == []
    dialog.name_edit.clear()
    qtbot.keyClicks(dialog.name_edit, "Before the <b>promo</b>")
    qtbot.keyClick(dialog.name_edit, Qt.Key.Key_Return)
    assert [b.name for b in demo.bookmarks()] == ["Before the <b>promo</b>"]
    assert dialog.list.count() == 1 and dialog.list.item(0).text().startswith("Before the <b>")

    ana = demo.customers()[0]
    demo.send_text(ana.id, "after the bookmark")
    dialog.return_to_selected()
    assert [m.text for m in demo.store.messages(ana.id)][-1] != "after the bookmark"

    dialog = BookmarksDialog(demo, demo_window)
    qtbot.addWidget(dialog)
    QTimer.singleShot(0, lambda: _press("Delete"))
    dialog.delete_selected()
    assert demo.bookmarks() == [] and dialog.list.count() == 0


def test_file_export_as_scenario_writes_the_file(qtbot, demo_window, demo, tmp_path,
                                                 monkeypatch):
    target = tmp_path / "bug.json"
    monkeypatch.setattr(QFileDialog, "getSaveFileName",
                        lambda *a, **k: (str(target), "Scenario files (*.json)"))
    edit = edit_menu(demo_window)
    assert edit.export_action.text() == "&Export as scenario…"
    edit.export_action.trigger()
    scenario = json.loads(target.read_text("utf-8"))
    assert len(scenario["steps"]) == sum(
        1 for m in demo.store.all_messages())
    assert demo_window.statusBar().currentMessage().startswith("Exported ")


def _press(text: str) -> None:
    box = QApplication.activeModalWidget()
    assert isinstance(box, QMessageBox)
    [button] = [b for b in box.buttons() if b.text() == text]
    button.click()
