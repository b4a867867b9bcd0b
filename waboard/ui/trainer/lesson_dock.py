"""The lesson player's home in a main window: its dock and its Trainer menu entries."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDockWidget, QWidget

from ...i18n import translate
from ..common.host import WorkspaceWindow
from ..common.widgets import add_action
from .lesson_player import DOCK_NAME, LessonPlayer, open_lesson_dialog
from .trainer_menu import trainer_menu


class LessonDock(QDockWidget):
    """The dock that holds the window's lesson player (moved here after a replay)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(translate("LessonDock", "Lesson"), parent)
        self.setObjectName(DOCK_NAME)
        self.setAllowedAreas(Qt.DockWidgetArea.LeftDockWidgetArea
                             | Qt.DockWidgetArea.RightDockWidgetArea)
        self.setMinimumWidth(340)
        self.setWidget(LessonPlayer(self))

    @property
    def player(self) -> LessonPlayer:
        widget = self.widget()
        assert isinstance(widget, LessonPlayer)
        return widget


def lesson_player(window: QWidget) -> LessonPlayer | None:
    """The lesson player of a main window, if it has one."""
    dock = window.findChild(LessonDock)
    return dock.player if dock is not None else None


def install_lessons(window: WorkspaceWindow) -> LessonDock:
    """Add the Trainer menu and the lesson player dock to a main window."""
    dock = LessonDock(window)
    # The dock runs the window's full height, beside the inbox and the activity log
    window.setCorner(Qt.Corner.BottomRightCorner, Qt.DockWidgetArea.RightDockWidgetArea)
    window.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, dock)
    dock.hide()
    menu = trainer_menu(window)
    if menu.actions():
        menu.addSeparator()

    def current() -> LessonPlayer:
        return dock.player

    def show_and(call: str) -> None:
        dock.show()
        getattr(current(), call)()

    entries = (
        (translate("LessonDock", "&Open lesson…"),
         lambda: (dock.show(), open_lesson_dialog(window, current())), None),
        (translate("LessonDock", "&Next step"), lambda: show_and("next"), "F8"),
        (translate("LessonDock", "&Back one step"), lambda: show_and("back"), "Shift+F8"),
        (translate("LessonDock", "&Restart lesson"), lambda: show_and("restart"), None),
    )
    for index, (label, slot, shortcut) in enumerate(entries):
        add_action(menu, label, slot, shortcut)
        if index == 0:
            menu.addSeparator()
    menu.addSeparator()
    toggle = dock.toggleViewAction()
    toggle.setText(translate("LessonDock", "Show lesson &player"))
    menu.addAction(toggle)
    return dock
