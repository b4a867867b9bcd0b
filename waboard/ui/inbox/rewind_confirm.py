"""Going back to an earlier instant, after a confirmation that says what goes: shared by the
clock bar's time strip and the Edit menu's "Go back to..." dialog."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox, QWidget

from ...action_labels import shown_label
from ...i18n import translate
from ...service import InputError, Workspace
from ...store.journal import JournalAction
from ...timetravel import Rewound
from .clock_text import format_clock

SHOWN = 6
"""How many of the actions that go the confirmation names."""


def removal_text(plan: list[JournalAction]) -> str:
    """"3 actions after it will be removed: send to Ana López, ..." (oldest first)."""
    if not plan:
        return translate("Rewind", "No action was made after it: only the clock goes back.")
    count = len(plan)
    names = ", ".join(shown_label(a.label) for a in plan[::-1][:SHOWN])
    if count > SHOWN:
        names += translate("Rewind", ", and {count} more").format(count=count - SHOWN)
    if count == 1:
        return translate("Rewind", "1 action after it will be removed: {names}.").format(
            names=names)
    return translate("Rewind", "{count} actions after it will be removed: {names}.").format(
        count=count, names=names)


def ask(parent: QWidget | None, title: str, text: str, detail: str, yes: str) -> bool:
    """A plain-text question (it may quote customers' names) with a named Yes button."""
    box = QMessageBox(QMessageBox.Icon.Question, title, text,
                      QMessageBox.StandardButton.Cancel, parent)
    box.setTextFormat(Qt.TextFormat.PlainText)
    box.setInformativeText(detail)
    go = box.addButton(yes, QMessageBox.ButtonRole.AcceptRole)
    box.setDefaultButton(QMessageBox.StandardButton.Cancel)
    box.exec()
    return box.clickedButton() is go


def rewind_after_asking(parent: QWidget | None, workspace: Workspace, to: datetime
                        ) -> Rewound | None:
    """Ask, then go back to `to`; None when the user said no or the instant is refused
    (the refusal is shown)."""
    try:
        plan = workspace.rewind_plan(to)
    except InputError as error:
        warn(parent, translate("Rewind", "Cannot go back there"), str(error))
        return None
    detail = removal_text(plan) + "\n\n" + translate(
        "Rewind", "A bookmark \u201cBefore rewind\u201d is made first: Edit > Bookmarks\u2026 "
        "returns to where you are now.")
    if not ask(parent, translate("Rewind", "Go back in time"),
               translate("Rewind", "Go back to {when}?").format(when=format_clock(to)), detail,
               translate("Rewind", "Go back")):
        return None
    try:
        return workspace.rewind(to)
    except InputError as error:
        warn(parent, translate("Rewind", "Cannot go back there"), str(error))
        return None


def warn(parent: QWidget | None, title: str, message: str) -> None:
    box = QMessageBox(QMessageBox.Icon.Warning, title, message[:1].upper() + message[1:],
                      QMessageBox.StandardButton.Ok, parent)
    box.setTextFormat(Qt.TextFormat.PlainText)
    box.exec()
