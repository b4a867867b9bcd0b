"""Errors that reach the event loop: a dialog, never a traceback, and the app keeps running.

A refusal (StoreError, InputError, ScenarioError, RateCardError) already says in one sentence
what is wrong: it is shown as a plain warning. Anything else is a bug: a dialog with a
copyable report. Everything confirmed before is saved either way (each action commits on its
own), and one dialog is shown at a time: errors while it is open only go to stderr.
"""

from __future__ import annotations

import sys
import traceback
from types import TracebackType

from PySide6.QtWidgets import QApplication, QMessageBox

from ... import __version__
from ...i18n import translate
from ...rules.pricing import RateCardError
from ...scenario.loader import ScenarioError
from ...service import InputError
from ...store import StoreError
from .widgets import message_box

REFUSALS: tuple[type[Exception], ...] = (StoreError, InputError, ScenarioError, RateCardError)
"""Errors whose message is the whole story: shown as is, without a report."""

_showing: list[QMessageBox] = []


def error_report(kind: type[BaseException], error: BaseException,
                 trace: TracebackType | None) -> str:
    """The text a user can copy into a bug report."""
    lines = traceback.format_exception(kind, error, trace)
    return f"waboard {__version__}, Python {sys.version.split()[0]}\n\n" + "".join(lines)


def show_unexpected_error(kind: type[BaseException], error: BaseException,
                          trace: TracebackType | None) -> None:
    """sys.excepthook for the GUI: say what happened; nothing confirmed is lost."""
    if issubclass(kind, KeyboardInterrupt):
        sys.__excepthook__(kind, error, trace)
        return
    if issubclass(kind, REFUSALS):
        sys.stderr.write(f"waboard: {error}\n")
        _show(QMessageBox.Icon.Warning, translate("Errors", "waboard could not do that"),
              translate("Errors", "{refusal}\n\nNothing was changed by this; everything "
                        "confirmed before is saved.").format(refusal=refusal_text(error)))
        return
    report = error_report(kind, error, trace)
    sys.stderr.write(report)
    _show(QMessageBox.Icon.Critical, translate("Errors", "Something went wrong"),
          translate("Errors", "waboard hit an unexpected error and carried on: {error}\n\n"
                    "Everything you confirmed is saved. The report below can be copied "
                    "into a bug report.").format(error=error), report)


def refusal_text(error: BaseException) -> str:
    """The refusal's message as a sentence: capitalised, ending in a full stop."""
    text = str(error).strip() or type(error).__name__
    text = text[:1].upper() + text[1:]
    return text if text.endswith((".", "!", "?", "…")) else text + "."


def _show(icon: QMessageBox.Icon, title: str, text: str, report: str = "") -> None:
    """One dialog at a time, plain text (an error may quote a file or a customer)."""
    if QApplication.instance() is None or _showing:
        return
    box = message_box(icon, title, text, QApplication.activeWindow(), detail=report)
    _showing.append(box)
    try:
        box.exec()
    finally:
        _showing.remove(box)


def install() -> None:
    sys.excepthook = show_unexpected_error
