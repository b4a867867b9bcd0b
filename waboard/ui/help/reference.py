"""Help's reference pages: the refusal codes the rules can answer with, and every keyboard
shortcut the window's menus hold (read from the menus, so the list is never out of date)."""

from __future__ import annotations

from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QMainWindow,
    QMenu,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ...i18n import QT_TRANSLATE_NOOP, TranslatedLabels, translate
from ...rules.model import Reason
from ..common.widgets import plain_label

WHEN = TranslatedLabels("RefusalCodes", {
    "undeliverable": QT_TRANSLATE_NOOP(
        "RefusalCodes", "The number has no WhatsApp account: nothing is sent or charged."),
    "template_not_found": QT_TRANSLATE_NOOP(
        "RefusalCodes", "No template of that name in that language."),
    "template_not_approved": QT_TRANSLATE_NOOP(
        "RefusalCodes", "The template is pending or rejected: only approved ones send."),
    "template_paused": QT_TRANSLATE_NOOP(
        "RefusalCodes", "Meta paused the template after poor feedback."),
    "template_disabled": QT_TRANSLATE_NOOP("RefusalCodes", "Meta disabled the template."),
    "param_mismatch": QT_TRANSLATE_NOOP(
        "RefusalCodes", "The number of parameters differs from the template's {{n}}."),
    "window_closed": QT_TRANSLATE_NOOP(
        "RefusalCodes", "Free-form text more than 24 hours after the customer last wrote: "
        "send a template instead."),
    "opted_out": QT_TRANSLATE_NOOP(
        "RefusalCodes", "The customer opted out: no marketing template reaches them."),
    "no_opt_in": QT_TRANSLATE_NOOP(
        "RefusalCodes", "A template outside the 24-hour window needs the customer's opt-in "
        "(the simulator's check; the platform leaves consent to the business)."),
})
"""When the rules answer with each reason; a reason missing here shows its name."""


def _table(parent: QWidget, headers: list[str], rows: list[list[str]]) -> QTableWidget:
    table = QTableWidget(len(rows), len(headers), parent)
    table.setHorizontalHeaderLabels(headers)
    table.verticalHeader().hide()
    table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
    table.setWordWrap(True)
    for r, row in enumerate(rows):
        for c, text in enumerate(row):
            table.setItem(r, c, QTableWidgetItem(text))
    header = table.horizontalHeader()
    for c in range(len(headers) - 1):
        header.setSectionResizeMode(c, QHeaderView.ResizeMode.ResizeToContents)
    header.setStretchLastSection(True)
    table.resizeRowsToContents()
    return table


class ReferenceDialog(QDialog):
    """A titled table with a Close button."""

    def __init__(self, parent: QWidget, title: str, intro: str, headers: list[str],
                 rows: list[list[str]]) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        layout = QVBoxLayout(self)
        layout.addWidget(plain_label(self, "referenceIntro", intro))
        self.table = _table(self, headers, rows)
        layout.addWidget(self.table)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.resize(720, 420)


def refusal_rows() -> list[list[str]]:
    """(code, reason, when) for every reason the rules can refuse a message with."""
    return [[str(reason.code) if reason.code is not None else "—", reason.value,
             WHEN.get(reason.value, reason.value.replace("_", " "))] for reason in Reason]


def shortcut_rows(window: QMainWindow) -> list[list[str]]:
    """(shortcut, menu item) for every action with a shortcut in the window's menus."""
    rows: list[list[str]] = []

    def walk(menu: QMenu, path: str) -> None:
        for action in menu.actions():
            name = f"{path} > {action.text().replace('&', '')}"
            if action.menu() is not None:
                walk(action.menu(), name)
            elif not action.shortcut().isEmpty():
                rows.append([action.shortcut().toString(
                    QKeySequence.SequenceFormat.NativeText), name.rstrip("…")])

    for top in window.menuBar().actions():
        if isinstance(top.menu(), QMenu):
            walk(top.menu(), top.text().replace("&", ""))
    return rows


def show_refusal_codes(window: QMainWindow) -> None:
    refusal_codes_dialog(window).exec()


def show_shortcuts(window: QMainWindow) -> None:
    shortcuts_dialog(window).exec()


def refusal_codes_dialog(window: QMainWindow) -> ReferenceDialog:
    return ReferenceDialog(window, translate("RefusalCodes", "Refusal codes"),
                    translate("RefusalCodes", "Why the platform refuses a business message, "
                              "with its Cloud API error code, in the order the rules check "
                              "them."),
                    [translate("RefusalCodes", "Code"), translate("RefusalCodes", "Reason"),
                     translate("RefusalCodes", "When")], refusal_rows())


def shortcuts_dialog(window: QMainWindow) -> ReferenceDialog:
    return ReferenceDialog(
        window, translate("Shortcuts", "Keyboard shortcuts"),
        translate("Shortcuts", "Every shortcut works anywhere in the main window."),
        [translate("Shortcuts", "Shortcut"), translate("Shortcuts", "Menu item")],
        shortcut_rows(window))
