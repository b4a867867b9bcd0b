"""File choosers that start where the user keeps files and remember the last folder.

Each kind of file (workspaces, scenarios, exports...) has its own remembered folder
(QSettings `folders/<kind>`); before the first choice of a kind it is the user's Documents
folder, never the hidden data folder the default workspace lives in.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings, QStandardPaths
from PySide6.QtWidgets import QFileDialog, QWidget

WORKSPACES = "workspaces"
SCENARIOS = "scenarios"
EXPORTS = "exports"
RATE_CARDS = "rate-cards"
EXERCISES = "exercises"


def documents_folder() -> Path:
    """The user's Documents folder (their home if there is none)."""
    location = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    return Path(location) if location and Path(location).is_dir() else Path.home()


def last_folder(kind: str, default: Path | None = None) -> Path:
    """Where the last file of `kind` was chosen, if that folder still exists; else `default`
    (if given) or Documents."""
    value = QSettings().value(f"folders/{kind}", "", str)
    if value and Path(value).is_dir():
        return Path(value)
    return default if default is not None else documents_folder()


def remember_folder(kind: str, path: str | Path) -> None:
    QSettings().setValue(f"folders/{kind}", str(Path(path).parent))


def ask_open(parent: QWidget | None, kind: str, title: str, filters: str,
             default: Path | None = None) -> tuple[str, str]:
    """QFileDialog.getOpenFileName from the kind's folder: (path or "", chosen filter)."""
    path, chosen = QFileDialog.getOpenFileName(parent, title, str(last_folder(kind, default)),
                                               filters)
    if path:
        remember_folder(kind, path)
    return path, chosen


def ask_save(parent: QWidget | None, kind: str, title: str, name: str,
             filters: str) -> tuple[str, str]:
    """QFileDialog.getSaveFileName suggesting `name` in the kind's folder."""
    path, chosen = QFileDialog.getSaveFileName(parent, title, str(last_folder(kind) / name),
                                               filters)
    if path:
        remember_folder(kind, path)
    return path, chosen
