"""Unexpected errors: a dialog with a copyable report, and the app keeps running."""

from __future__ import annotations

import sys
import traceback
from types import TracebackType

from PySide6.QtWidgets import QApplication, QMessageBox

from .. import __version__


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
    report = error_report(kind, error, trace)
    sys.stderr.write(report)
    if QApplication.instance() is None:
        return
    box = QMessageBox(QMessageBox.Icon.Critical, "Something went wrong",
                      f"waboard hit an unexpected error and carried on: {error}\n\n"
                      "Everything you confirmed is saved. The report below can be copied "
                      "into a bug report.")
    box.setDetailedText(report)
    box.exec()


def install() -> None:
    sys.excepthook = show_unexpected_error
