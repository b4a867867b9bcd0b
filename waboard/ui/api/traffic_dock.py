"""The API traffic dock: every request, response and webhook delivery attempt (time,
method, path, status, decision, attempt), filterable, with the JSON of the one selected."""

from __future__ import annotations

import json
from typing import Any

from PySide6.QtCore import QModelIndex, QSortFilterProxyModel, Qt
from PySide6.QtWidgets import (
    QDockWidget,
    QHeaderView,
    QLineEdit,
    QPlainTextEdit,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from ...api.traffic import TrafficEntry
from ...i18n import QT_TRANSLATE_NOOP, translate
from ..common.table_model import HeadedTableModel, read_only_table
from .controller import ApiController

MAX_ROWS = 5000


class TrafficModel(HeadedTableModel):
    HEADERS = (QT_TRANSLATE_NOOP("ApiTraffic", "Time"), QT_TRANSLATE_NOOP("ApiTraffic", "Kind"),
               QT_TRANSLATE_NOOP("ApiTraffic", "Method"),
               QT_TRANSLATE_NOOP("ApiTraffic", "Status"),
               QT_TRANSLATE_NOOP("ApiTraffic", "Decision"),
               QT_TRANSLATE_NOOP("ApiTraffic", "Try"), QT_TRANSLATE_NOOP("ApiTraffic", "Path"),
               QT_TRANSLATE_NOOP("ApiTraffic", "Note"))
    HEADER_CONTEXT = "ApiTraffic"

    def add(self, entry: TrafficEntry) -> None:
        if len(self._rows) >= MAX_ROWS:
            self.beginRemoveRows(QModelIndex(), 0, 0)
            del self._rows[0]
            self.endRemoveRows()
        row = len(self._rows)
        self.beginInsertRows(QModelIndex(), row, row)
        self._rows.append(entry)
        self.endInsertRows()

    def entry(self, row: int) -> TrafficEntry:
        return self._rows[row]

    def cell_data(self, row: int, column: int, role: int) -> Any:
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        e: TrafficEntry = self._rows[row]
        values = (e.at.strftime("%H:%M:%S.%f")[:-3], e.kind, e.method,
                  "—" if e.status is None else str(e.status), e.decision, str(e.attempt),
                  e.path, e.note)
        return values[column]


def entry_json(entry: TrafficEntry) -> str:
    """What the JSON view shows: the request, then the response."""
    answer = entry.status or translate("ApiTraffic", "no answer")
    parts = [f"{entry.method} {entry.path}  →  {answer}"]
    for title, value in ((translate("ApiTraffic", "request:"), entry.request),
                         (translate("ApiTraffic", "response:"), entry.response)):
        if value is not None:
            text = value if isinstance(value, str) else json.dumps(value, indent=2,
                                                                     ensure_ascii=False)
            parts.append(f"{title}\n{text}")
    if entry.note:
        parts.append(translate("ApiTraffic", "note: {note}").format(note=entry.note))
    return "\n\n".join(parts)


class TrafficDock(QDockWidget):
    def __init__(self, controller: ApiController, parent: QWidget | None = None) -> None:
        super().__init__(translate("ApiTraffic", "API traffic"), parent)
        self.setObjectName("apiTrafficDock")
        self.model = TrafficModel(self)
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setFilterKeyColumn(-1)
        self.proxy.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        body = QWidget(self)
        self.filter = QLineEdit(body)
        self.filter.setObjectName("apiTrafficFilter")
        self.filter.setPlaceholderText(
            translate("ApiTraffic", "Filter: path, status, decision, webhook…"))
        self.filter.setClearButtonEnabled(True)
        self.filter.textChanged.connect(self.proxy.setFilterFixedString)
        splitter = QSplitter(Qt.Orientation.Horizontal, body)
        self.table = read_only_table(self.proxy, "apiTrafficTable", splitter)
        header = self.table.horizontalHeader()  # fitted once, not on every new row
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        for column, width in enumerate((90, 70, 60, 55, 210, 35, 250)):
            self.table.setColumnWidth(column, width)
        self.details = QPlainTextEdit(splitter)
        self.details.setObjectName("apiTrafficJson")
        self.details.setReadOnly(True)
        self.details.setPlaceholderText(translate("ApiTraffic", "Select a row to see its JSON"))
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        layout = QVBoxLayout(body)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.filter)
        layout.addWidget(splitter, 1)
        self.setWidget(body)
        for entry in controller.entries():
            self.model.add(entry)
        controller.entry_added.connect(self.model.add)
        self.table.selectionModel().currentRowChanged.connect(self._show)

    def _show(self, current: Any, _previous: Any = None) -> None:
        if not current.isValid():
            self.details.clear()
            return
        row = self.proxy.mapToSource(current).row()
        self.details.setPlainText(entry_json(self.model.entry(row)))
