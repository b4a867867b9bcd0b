"""The Edit menu: Undo and Redo naming the action ("Undo send to Ana López"), Go back to...,
Bookmarks...; and File > Export as scenario..."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QFileDialog, QMenu

from ...action_labels import shown_label
from ...formats import count as count_text
from ...i18n import translate
from ...scenario.export import export_scenario
from ...service import Change, InputError
from ...store import StoreError
from ..common.host import ENGLISH_TITLE, QUIT_ACTION, WorkspaceWindow
from ..common.widgets import add_action
from ..inbox.rewind_confirm import warn
from .bookmarks_dialog import BookmarksDialog
from .go_back_dialog import GoBackDialog


def install_time_travel(window: WorkspaceWindow) -> EditMenu:
    return EditMenu(window)


class EditMenu(QObject):
    """Keeps Undo and Redo named after what they would do, enabled only when they can."""

    def __init__(self, window: WorkspaceWindow) -> None:
        super().__init__(window)
        self.window = window
        menu = window.feature_menu("&Edit")
        _after_file(window, menu)
        self.menu = menu
        self.undo_action = add_action(menu, translate("EditMenu", "&Undo"), self.undo,
                                      QKeySequence.StandardKey.Undo)
        self.redo_action = add_action(menu, translate("EditMenu", "&Redo"), self.redo,
                                      "Ctrl+Shift+Z")
        self.redo_action.setShortcuts([QKeySequence("Ctrl+Shift+Z"), QKeySequence("Ctrl+Y")])
        menu.addSeparator()
        self.go_back_action = add_action(menu, translate("EditMenu", "&Go back to…"),
                                         self.go_back, "Ctrl+Shift+G")
        add_action(menu, translate("EditMenu", "&Bookmarks…"), self.bookmarks, "Ctrl+B")
        self.export_action = _insert_before_quit(
            window.feature_menu("&File"), translate("EditMenu", "&Export as scenario…"),
            self.export)
        window.bus.changed.connect(self._changed)
        self.refresh()

    def refresh(self) -> None:
        workspace = self.window.workspace
        for action, named, bare, label in (
                (self.undo_action, translate("EditMenu", "&Undo {action}"),
                 translate("EditMenu", "&Undo"), workspace.undo_label()),
                (self.redo_action, translate("EditMenu", "&Redo {action}"),
                 translate("EditMenu", "&Redo"), workspace.redo_label())):
            action.setText(named.format(action=_menu_text(shown_label(label))) if label else bare)
            action.setEnabled(label is not None)
        self.go_back_action.setEnabled(workspace.first_instant() is not None)

    def undo(self) -> None:
        self._travel(lambda: translate("EditMenu", "Undid {action}").format(
            action=self.window.workspace.undo()))

    def redo(self) -> None:
        self._travel(lambda: translate("EditMenu", "Redid {action}").format(
            action=self.window.workspace.redo()))

    def go_back(self) -> None:
        GoBackDialog(self.window.workspace, self.window).exec()

    def bookmarks(self) -> None:
        BookmarksDialog(self.window.workspace, self.window).exec()

    def export(self) -> None:
        workspace = self.window.workspace
        start = workspace.store.path.with_suffix(".json") if workspace.store.path else Path.home()
        chosen, _ = QFileDialog.getSaveFileName(
            self.window, translate("EditMenu", "Export as scenario"), str(start),
            translate("EditMenu", "Scenario files (*.json);;All files (*)"))
        if not chosen:
            return
        try:
            count = export_scenario(workspace, chosen)
        except (OSError, StoreError) as error:
            warn(self.window, translate("EditMenu", "The scenario was not saved"), str(error))
            return
        self.window.show_status(translate("EditMenu", "Exported {count} steps to {file}")
                                .format(count=count_text(count), file=chosen))

    def _travel(self, go) -> None:
        try:
            done = go()
        except InputError as error:
            self.window.show_status(str(error))
            return
        self.window.show_status(done)

    def _changed(self, _change: Change) -> None:
        self.refresh()


def _menu_text(label: str) -> str:
    """A label as menu text: an ampersand is shown, not taken for a mnemonic."""
    return label.replace("&", "&&")


def _after_file(window: WorkspaceWindow, menu: QMenu) -> None:
    """Put the Edit menu where every desktop app has it: right after File."""
    actions = window.menuBar().actions()
    if len(actions) > 1 and actions[0].menu() is not None \
            and actions[0].menu().property(ENGLISH_TITLE) == "&File":
        window.menuBar().insertMenu(actions[1], menu)


def _insert_before_quit(file: QMenu, text: str, slot) -> object:
    action = add_action(file, text, slot)
    quit_action = next((a for a in file.actions() if a.objectName() == QUIT_ACTION), None)
    if quit_action is not None:
        file.removeAction(action)
        file.insertAction(quit_action, action)
        file.insertSeparator(quit_action)
    return action
