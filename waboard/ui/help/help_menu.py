"""The Help menu: Welcome, the rules reference, keyboard shortcuts and About (with version).

Other features add their own reference pages to the same menu with
`window.feature_menu(MENU_TITLE)` and `insert_reference(...)`: the rules-by-date view goes
there, beside the refusal codes.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6 import __version__ as pyside_version
from PySide6.QtCore import Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMenu, QMessageBox

from ... import __version__
from ...i18n import translate
from ..common.host import HELP_TITLE, WorkspaceWindow
from ..common.widgets import add_action
from .reference import show_refusal_codes, show_shortcuts
from .welcome import show_welcome

MENU_TITLE = HELP_TITLE
REFERENCE_END = "helpReferenceEnd"


def install_help(window: WorkspaceWindow) -> QMenu:
    """Fill the window's Help menu (it stays the last menu; features insert before it)."""
    menu = window.feature_menu(MENU_TITLE)
    add_action(menu, translate("HelpMenu", "&Welcome…"), lambda: show_welcome(window))
    menu.addSeparator()
    add_action(menu, translate("HelpMenu", "Refusal &codes…"),
               lambda: show_refusal_codes(window))
    menu.addSeparator().setObjectName(REFERENCE_END)
    add_action(menu, translate("HelpMenu", "&Keyboard shortcuts…"),
               lambda: show_shortcuts(window), "F1")
    add_action(menu, translate("HelpMenu", "&About waboard"), lambda: about(window))
    return menu


def insert_reference(window: WorkspaceWindow, text: str, slot: Callable[[], object]) -> QAction:
    """Add a rules reference page (e.g. "Rules by &date…") after the refusal codes."""
    menu = window.feature_menu(MENU_TITLE)
    end = next(a for a in menu.actions() if a.objectName() == REFERENCE_END)
    action = QAction(text, menu)
    action.triggered.connect(lambda _=False: slot())
    menu.insertAction(end, action)
    return action


def about_text() -> str:
    return translate(
        "HelpMenu", "waboard {version} (Qt for Python {qt_version})\n\n"
        "waboard simulates a WhatsApp Business Platform inbox: the 24-hour customer service "
        "window, conversation categories, free entry points, consent, template rules and "
        "what every message costs, on a simulated clock.").format(
            version=__version__, qt_version=pyside_version)


def about(window: WorkspaceWindow) -> None:
    box = QMessageBox(QMessageBox.Icon.Information, translate("HelpMenu", "About waboard"),
                      about_text(), QMessageBox.StandardButton.Ok, window)
    box.setTextFormat(Qt.TextFormat.PlainText)
    box.exec()
