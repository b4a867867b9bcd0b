"""The File menu's workspace commands: reset to the demo, and open a recent file."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QPoint
from PySide6.QtWidgets import QMenu, QMessageBox

from waboard.service import Workspace
from waboard.ui.main_window import MAX_RECENT, MainWindow
from waboard.workspaces import open_workspace, remove_database


def file_action(window: MainWindow, text: str):
    file_menu = window.menuBar().actions()[0].menu()
    return next(a for a in file_menu.actions() if a.text() == text)


@pytest.fixture
def answer(monkeypatch):
    """Answer every QMessageBox.question with the button set here; the questions asked."""
    asked: list[str] = []
    choice = {"button": QMessageBox.StandardButton.No}

    def question(parent, title, text, *args, **kwargs):
        asked.append(text)
        return choice["button"]

    monkeypatch.setattr(QMessageBox, "question", question)

    def set_answer(button: QMessageBox.StandardButton) -> list[str]:
        choice["button"] = button
        return asked

    return set_answer


@pytest.fixture
def inbox(tmp_path) -> Workspace:
    """A workspace file with one customer, for a window to own (and close)."""
    workspace = open_workspace(tmp_path / "inbox.waboard")
    workspace.add_customer("Ana López", "+52 55 1234 5678", opt_in=True)
    workspace.customer_message(workspace.customers()[0].id, "Hola")
    return workspace


def customer_names(window: MainWindow) -> list[str]:
    return [c.name for c in window.workspace.customers()]


def demo_names(folder: Path) -> list[str]:
    demo = open_workspace(folder / "fresh-demo.waboard", seed_demo=True)
    try:
        return [c.name for c in demo.customers()]
    finally:
        demo.store.close()


def test_reset_to_demo_confirmed_replaces_the_workspace_in_the_same_file(
        open_windows, inbox, answer, tmp_path):
    window = MainWindow(inbox)
    window.show()
    path = inbox.store.path
    asked = answer(QMessageBox.StandardButton.Yes)
    file_action(window, "Reset to &demo…").trigger()
    assert len(asked) == 1 and "cannot be undone" in asked[0]
    reset = open_windows[-1]
    assert reset is not window and reset.isVisible()
    assert reset.workspace.store.path == path
    assert customer_names(reset) == demo_names(tmp_path) != ["Ana López"]
    assert reset.statusBar().currentMessage() == "Reset to the demo inbox"
    names = customer_names(reset)
    reset.close()
    reopened = open_workspace(path)  # the file on disk holds the demo too
    try:
        assert [c.name for c in reopened.customers()] == names
    finally:
        reopened.store.close()


def test_reset_to_demo_declined_changes_nothing(open_windows, inbox, answer):
    window = MainWindow(inbox)
    window.show()
    messages = list(inbox.store.all_messages())
    assert messages
    asked = answer(QMessageBox.StandardButton.No)
    file_action(window, "Reset to &demo…").trigger()
    assert len(asked) == 1
    assert open_windows == [window] and window.isVisible()
    assert window.workspace is inbox
    assert customer_names(window) == ["Ana López"]
    assert list(inbox.store.all_messages()) == messages


def new_files(folder: Path, count: int) -> list[Path]:
    paths = []
    for n in range(count):
        path = folder / f"inbox-{n}.waboard"
        open_workspace(path).store.close()
        paths.append(path)
    return paths


def shown_recent(qtbot, window: MainWindow) -> list[str]:
    """Open the File › Open recent menu the way a user does; its entries."""
    menu: QMenu = window.recent_menu
    with qtbot.waitSignal(menu.aboutToShow):
        menu.popup(window.mapToGlobal(QPoint(0, 0)))
    texts = [a.text() for a in menu.actions()]
    menu.hide()
    return texts


def recent_action(window: MainWindow, path: Path):
    return next(a for a in window.recent_menu.actions() if a.text() == str(path.resolve()))


def test_open_recent_lists_the_newest_first_at_most_eight(qtbot, open_windows, tmp_path):
    paths = new_files(tmp_path, MAX_RECENT + 2)
    window = MainWindow(open_workspace(paths[0]))
    window.show()
    for path in paths[1:]:
        assert open_windows[-1].open_file(path)
    window = open_windows[-1]
    newest_first = [str(p.resolve()) for p in reversed(paths)]
    assert shown_recent(qtbot, window) == newest_first[:MAX_RECENT]


def test_open_recent_drops_missing_files_and_opens_the_chosen_one(qtbot, open_windows, tmp_path):
    first, second, third = new_files(tmp_path, 3)
    window = MainWindow(open_workspace(first))
    window.show()
    assert window.open_file(second)
    assert open_windows[-1].open_file(third)
    window = open_windows[-1]
    remove_database(second)
    assert shown_recent(qtbot, window) == [str(third.resolve()), str(first.resolve())]
    recent_action(window, first).trigger()
    opened = open_windows[-1]
    assert opened is not window and opened.workspace.store.path == first
    assert shown_recent(qtbot, opened) == [str(first.resolve()), str(third.resolve())]


def test_open_recent_starts_empty_apart_from_the_open_file(qtbot, open_windows, inbox):
    window = MainWindow(inbox)
    window.show()
    assert shown_recent(qtbot, window) == [str(inbox.store.path.resolve())]


def test_the_app_reopens_the_last_workspace(tmp_path):
    from waboard.ui.app import default_db_path, startup_workspace
    from waboard.ui.main_window import remember_recent

    assert startup_workspace() == default_db_path()
    last = tmp_path / "class.waboard"
    open_workspace(last).store.close()
    remember_recent(last)
    assert startup_workspace() == last.resolve()
    remove_database(last)
    assert startup_workspace() == default_db_path()  # gone: the default again


def test_a_closed_dock_stays_closed_in_the_next_workspace(qtbot, open_windows, inbox, tmp_path):
    window = MainWindow(inbox)
    with qtbot.waitExposed(window):
        window.show()
    window.activity_log.toggleViewAction().trigger()
    assert window.activity_log.isHidden()
    other = open_workspace(tmp_path / "other.waboard")
    new = window.switch_workspace(other)
    assert new.activity_log.isHidden()
