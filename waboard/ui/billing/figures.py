"""How the billing screens show figures: a read-only table model of cells, tables as tall as
their rows, section titles and big totals."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QAbstractScrollArea,
    QHeaderView,
    QLabel,
    QTableView,
    QWidget,
)

from ..common.table_model import HeadedTableModel, read_only_table
from ..common.widgets import plain_label, plain_tooltip
from .rows import Cell


class TableModel(HeadedTableModel):
    """A read-only table of plain-text cells, replaced as a whole when the figures change;
    every column after the first holds figures, aligned right."""

    def __init__(self, headers: Sequence[str], parent: QObject | None = None) -> None:
        super().__init__(parent, headers)

    def set_rows(self, rows: Sequence[Sequence[Cell]]) -> None:
        if any(len(row) != len(self._headers) for row in rows):
            raise ValueError("every row needs one cell per column")
        super().set_rows([list(row) for row in rows])

    def header_alignment(self, section: int) -> Qt.AlignmentFlag | None:
        return Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter if section else None

    def cell_data(self, row: int, column: int, role: int) -> object:
        cell: Cell = self._rows[row][column]
        if role == Qt.ItemDataRole.DisplayRole:
            return cell.text
        if role == Qt.ItemDataRole.ToolTipRole and cell.tooltip:
            return plain_tooltip(cell.tooltip)
        if role == Qt.ItemDataRole.TextAlignmentRole:
            horizontal = Qt.AlignmentFlag.AlignRight if cell.numeric else Qt.AlignmentFlag.AlignLeft
            return int(horizontal | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.FontRole and cell.strong:
            font = QFont()
            font.setBold(True)
            return font
        return None

    def row_texts(self, row: int) -> list[str]:
        return [cell.text for cell in self._rows[row]]


def section_title(parent: QWidget, text: str) -> QLabel:
    return plain_label(parent, "sectionTitle", text, wrap=False)


def big_label(parent: QWidget, name: str, scale: float = 1.8) -> QLabel:
    label = plain_label(parent, name, wrap=False)
    font = QFont(label.font())
    if font.pointSizeF() > 0:
        font.setPointSizeF(font.pointSizeF() * scale)
    font.setBold(True)
    label.setFont(font)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return label


def figures_table(model: TableModel, name: str, parent: QWidget) -> QTableView:
    """A read-only table as tall as its rows (the page scrolls, not the table)."""
    table = read_only_table(model, name, parent)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    table.setSizeAdjustPolicy(QAbstractScrollArea.SizeAdjustPolicy.AdjustToContents)
    table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
    return table
