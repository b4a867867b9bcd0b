"""The chooser both Start exercise and Open lesson show: a sentence, a list of the bundled
items, details of the chosen one under it, and Start/Open, Other file… and Cancel."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from pathlib import Path
from typing import TypeVar

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ...i18n import translate
from ..common.widgets import plain_label

T = TypeVar("T")


def loadable(paths: Iterable[Path], load: Callable[[Path], T],
             error: type[Exception]) -> list[T]:
    """What each bundled file loads as; a file that fails with `error` is left out."""
    items = []
    for path in paths:
        try:
            items.append(load(path))
        except error:
            continue
    return items


class CatalogueDialog(QDialog):
    """Subclasses give the items' lines and fill the detail labels in `_show(row)`;
    `_other_file` picks a file instead."""

    def __init__(self, parent: QWidget | None, name: str, title: str, intro: str,
                 lines: Sequence[str], accept_text: str) -> None:
        super().__init__(parent)
        self.setObjectName(name)
        self.setWindowTitle(title)
        self.main_layout = QVBoxLayout(self)
        self.main_layout.addWidget(plain_label(self, text=intro))
        self.list = QListWidget(self)
        for line in lines:
            QListWidgetItem(line, self.list)
        self.list.currentRowChanged.connect(self._show)
        self.list.itemDoubleClicked.connect(lambda _item: self.accept())
        self.main_layout.addWidget(self.list, 1)
        self.details = QVBoxLayout()
        self.main_layout.addLayout(self.details)
        self.buttons = QDialogButtonBox(self)
        self.accept_button = self.buttons.addButton(accept_text,
                                                    QDialogButtonBox.ButtonRole.AcceptRole)
        self.file_button = self.buttons.addButton(translate("Catalogue", "Other file…"),
                                                  QDialogButtonBox.ButtonRole.ActionRole)
        self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.file_button.clicked.connect(self._other_file)
        self.main_layout.addWidget(self.buttons)

    def start(self) -> None:
        """Choose the first item (call once the details exist)."""
        if self.list.count():
            self.list.setCurrentRow(0)
        else:
            self.accept_button.setEnabled(False)

    def _show(self, row: int) -> None:
        raise NotImplementedError

    def _other_file(self) -> None:
        raise NotImplementedError
