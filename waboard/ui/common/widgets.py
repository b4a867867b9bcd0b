"""Small widgets every screen shares: labels, tooltips and message boxes that never read
text as markup, and menu actions with an optional shortcut."""

from __future__ import annotations

import html
from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QLabel, QMenu, QMessageBox, QSizePolicy, QWidget

Shortcut = str | QKeySequence.StandardKey | None


def plain_label(parent: QWidget | None = None, name: str = "", text: str = "",
                wrap: bool = True, *, selectable: bool = False,
                tall_as_text: bool = False) -> QLabel:
    """A label that shows `text` exactly as is: customers, templates and files supply it.

    `selectable` lets the reader select and copy the text with the mouse; `tall_as_text`
    keeps the label at least as tall as its wrapped text, so a layout never clips it.
    """
    label = QLabel(parent)
    if name:
        label.setObjectName(name)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setWordWrap(wrap)
    if selectable:
        label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    if tall_as_text:
        label.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Minimum)
    label.setText(text)
    return label


def inline_error(parent: QWidget) -> QLabel:
    """The hidden plain-text line under a form that says what is wrong with the input."""
    label = plain_label(parent, "inlineError")
    label.hide()
    return label


def plain_tooltip(text: str) -> str:
    """A tooltip that shows `text` exactly as is: escaped, in a paragraph, so Qt never takes
    it for markup (tooltips have no plain-text switch)."""
    return "<p>" + html.escape(text, quote=False).replace("\n", "<br>") + "</p>"


def message_box(icon: QMessageBox.Icon, title: str, text: str,
                parent: QWidget | None = None, *, informative: str = "", detail: str = "",
                buttons: QMessageBox.StandardButton = QMessageBox.StandardButton.Ok,
                ) -> QMessageBox:
    """A message box whose text, informative text and details are shown exactly as is
    (never as markup, never a link): file contents and customers' words go in them."""
    box = QMessageBox(icon, title, text, buttons, parent)
    box.setTextFormat(Qt.TextFormat.PlainText)
    if informative:
        box.setInformativeText(informative)
    if detail:
        box.setDetailedText(detail)  # a plain-text view already
    for label in box.findChildren(QLabel):
        label.setTextFormat(Qt.TextFormat.PlainText)
    return box


def warn(parent: QWidget | None, title: str, text: str,
         icon: QMessageBox.Icon = QMessageBox.Icon.Warning) -> None:
    """Say `text` in a modal plain-text message box (a warning unless `icon` says)."""
    message_box(icon, title, text, parent).exec()


def add_action(menu: QMenu, text: str, slot: Callable[[], object],
               shortcut: Shortcut = None) -> QAction:
    """Add `text` to `menu`, calling `slot` with no arguments; a shortcut works anywhere in
    the window."""
    action = menu.addAction(text)
    action.triggered.connect(lambda _=False: slot())
    if shortcut is not None:
        action.setShortcut(QKeySequence(shortcut))
        action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
    return action
