"""What a feature may ask of the window it is installed in.

Features (billing, trainer, lessons) know the main window only through this base class, so
none of them imports `main_window` and the main window can import all of them.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import ClassVar

from PySide6.QtWidgets import QMainWindow, QMenu, QWidget

from ...i18n import QT_TRANSLATE_NOOP, translate
from ...service import Workspace
from .bus import WorkspaceBus

STATUS_MS = 5000
MENU_TITLES = (
    QT_TRANSLATE_NOOP("Menus", "&File"), QT_TRANSLATE_NOOP("Menus", "&Edit"),
    QT_TRANSLATE_NOOP("Menus", "&Customers"), QT_TRANSLATE_NOOP("Menus", "&Messages"),
    QT_TRANSLATE_NOOP("Menus", "C&lock"), QT_TRANSLATE_NOOP("Menus", "&View"),
    QT_TRANSLATE_NOOP("Menus", "&Billing"), QT_TRANSLATE_NOOP("Menus", "&Trainer"),
    QT_TRANSLATE_NOOP("Menus", "&Tools"), QT_TRANSLATE_NOOP("Menus", "&Settings"),
    QT_TRANSLATE_NOOP("Menus", "&Help"))
"""The top-level menus by their English titles, translated where `feature_menu` shows them."""
HELP_TITLE = MENU_TITLES[-1]
QUIT_ACTION = "quitAction"
"""The object name of File > Quit, the last entry features insert theirs before."""
ENGLISH_TITLE = "englishTitle"
"""The property of a top-level menu that holds its English title, the name features use."""


class WorkspaceWindow(QMainWindow):
    """A main window showing one workspace; the main window implements the methods that
    raise here."""

    open_windows: ClassVar[list[WorkspaceWindow]] = []
    workspace: Workspace
    bus: WorkspaceBus

    @classmethod
    def window_for(cls, path: Path) -> WorkspaceWindow | None:
        """The newest open window showing the workspace file at `path`."""
        for window in reversed(cls.open_windows):
            if window.workspace.store.path == path:
                return window
        return None

    @staticmethod
    def host_of(widget: QWidget | None) -> WorkspaceWindow | None:
        """The window `widget` sits in, if any."""
        while widget is not None and not isinstance(widget, WorkspaceWindow):
            widget = widget.parentWidget()
        return widget

    def feature_menu(self, title: str) -> QMenu:
        """The top-level menu `title` (its English title, one of MENU_TITLES; shown in the
        user's language), shared by features: the one already there, else a new one before
        Help."""
        bar = self.menuBar()
        help_action = None
        for action in bar.actions():
            menu = action.menu()
            if isinstance(menu, QMenu) and title in (menu.property(ENGLISH_TITLE),
                                                     action.text()):
                return menu
            if isinstance(menu, QMenu) and menu.property(ENGLISH_TITLE) == HELP_TITLE:
                help_action = action
        menu = QMenu(translate("Menus", title), bar)
        menu.setProperty(ENGLISH_TITLE, title)
        if help_action is not None:
            bar.insertMenu(help_action, menu)
        else:
            bar.addMenu(menu)
        return menu

    def show_status(self, text: str, ms: int = STATUS_MS) -> None:
        self.statusBar().showMessage(text, ms)

    def select_customer(self, customer_id: int) -> None:
        """Select the customer in the list, showing their chat and details."""
        raise NotImplementedError

    def open_file(self, path: Path) -> bool:
        """Show the workspace file at `path` in place of this one; False (after telling the
        user why) if it cannot be opened."""
        raise NotImplementedError

    def switch_workspace(self, workspace: Workspace, *,
                         close_store: bool = True) -> WorkspaceWindow:
        """Show `workspace` in a new window that replaces this one; the new window."""
        raise NotImplementedError


Feature = Callable[[WorkspaceWindow], object]
"""A feature's installer: adds its menus and docks to a window as it opens."""
