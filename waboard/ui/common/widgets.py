"""Small widgets every screen shares: labels and tooltips that never read text as markup,
and menu actions with an optional shortcut."""

from __future__ import annotations

import html
from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QLabel, QMenu, QWidget

Shortcut = str | QKeySequence.StandardKey | None


def plain_label(parent: QWidget | None = None, name: str = "", text: str = "",
                wrap: bool = True) -> QLabel:
    """A label that shows `text` exactly as is: customers, templates and files supply it."""
    label = QLabel(parent)
    if name:
        label.setObjectName(name)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setWordWrap(wrap)
    label.setText(text)
    return label


def plain_tooltip(text: str) -> str:
    """A tooltip that shows `text` exactly as is: escaped, in a paragraph, so Qt never takes
    it for markup (tooltips have no plain-text switch)."""
    return "<p>" + html.escape(text).replace("\n", "<br>") + "</p>"


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
