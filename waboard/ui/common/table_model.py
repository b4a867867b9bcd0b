"""The shared shape of the app's flat tables: a list of rows under column headers."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import (
    QAbstractItemModel,
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView, QWidget

from ...i18n import translate

Index = QModelIndex | QPersistentModelIndex


class HeadedTableModel(QAbstractTableModel):
    """A read-only table: rows in `_rows`, one column per header.

    The headers are the class's `HEADERS`, or those given to the constructor (then
    `set_headers` may change them); with a `HEADER_CONTEXT` they are English texts marked
    `QT_TRANSLATE_NOOP(HEADER_CONTEXT, ...)`, shown translated. Subclasses answer
    `cell_data` for a cell that exists, and may align a header by `header_alignment`.
    """

    HEADERS: tuple[str, ...] = ()
    HEADER_CONTEXT = ""

    def __init__(self, parent: QObject | None = None,
                 headers: Sequence[str] | None = None) -> None:
        super().__init__(parent)
        self._headers = list(self.HEADERS if headers is None else headers)
        self._rows: list[Any] = []

    def set_rows(self, rows: Sequence[Any]) -> None:
        """Replace every row (one reset)."""
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def set_headers(self, headers: Sequence[str]) -> None:
        """New column headers; the rows stay if they still have as many columns."""
        headers = list(headers)
        if headers == self._headers:
            return
        self.beginResetModel()
        if len(headers) != len(self._headers):
            self._rows = []
        self._headers = headers
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self._headers)

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(self._headers):
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            header = self._headers[section]
            return translate(self.HEADER_CONTEXT, header) if self.HEADER_CONTEXT else header
        if role == Qt.ItemDataRole.TextAlignmentRole:
            alignment = self.header_alignment(section)
            return None if alignment is None else int(alignment)
        return None

    def header_alignment(self, section: int) -> Qt.AlignmentFlag | None:
        """How header `section` is aligned; None leaves it to the style."""
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable \
            | Qt.ItemFlag.ItemNeverHasChildren

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows) \
                or not 0 <= index.column() < len(self._headers):
            return None
        return self.cell_data(index.row(), index.column(), role)

    def cell_data(self, row: int, column: int, role: int) -> Any:
        """What `role` of the cell at `row`, `column` holds (both exist); None if nothing."""
        raise NotImplementedError


def read_only_table(model: QAbstractItemModel, name: str, parent: QWidget) -> QTableView:
    """A plain read-only table of whole rows: no grid, no row numbers, rows fitted to text."""
    table = QTableView(parent)
    table.setObjectName(name)
    table.setModel(model)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.verticalHeader().hide()
    table.setShowGrid(False)
    table.setWordWrap(False)
    table.setAlternatingRowColors(True)
    header = table.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    header.setHighlightSections(False)
    table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    return table
