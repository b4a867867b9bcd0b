"""Help > Rules by date: every dated change of the platform's rules, with its date, what it
means in one sentence, how sure waboard is of it and where it comes from.

Reported rules (Meta's "upcoming pricing updates" as quoted by providers, not read on Meta's
own pages) are marked "[reported]" in their own column and drawn in italics in the warning
colour; selecting a row shows its sources below the table. Everything is plain text.
"""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QVBoxLayout,
    QWidget,
)

from ...formats import effective_date
from ...i18n import QT_TRANSLATE_NOOP, translate
from ...rules.regimes import (
    EDGE_CASE_2025_07,
    REGIMES,
    RULE_CHANGES,
    Confidence,
    RuleChange,
    choice_label,
)
from ...service import Workspace
from ..common.palette import WINDOW_CLOSING
from ..common.table_model import HeadedTableModel, read_only_table
from ..common.widgets import plain_label, plain_tooltip

REPORTED_NOTE = QT_TRANSLATE_NOOP(
    "RulesByDate", "[reported]: Meta's \"upcoming pricing updates\" page as quoted by several "
    "providers, not read on Meta's own site. [Meta]: Meta's own pricing pages.")


def day_text(at: datetime) -> str:
    """"1 Oct 2026" (in Spanish and Portuguese "01/10/2026"): the date a change takes effect
    (midnight UTC)."""
    return effective_date(at.date())


def status_text(change: RuleChange, now: datetime) -> str:
    return translate("RulesByDate", "in force") if change.at <= now \
        else translate("RulesByDate", "ahead")


class RuleChangesModel(HeadedTableModel):
    """One row per dated change: date, change, meaning, confidence, in force or ahead."""

    HEADERS = (QT_TRANSLATE_NOOP("RulesByDate", "Date"),
               QT_TRANSLATE_NOOP("RulesByDate", "Change"),
               QT_TRANSLATE_NOOP("RulesByDate", "What it means"),
               QT_TRANSLATE_NOOP("RulesByDate", "Confidence"),
               QT_TRANSLATE_NOOP("RulesByDate", "At the simulated date"))
    HEADER_CONTEXT = "RulesByDate"

    def __init__(self, now: datetime, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.now = now
        self.set_rows(RULE_CHANGES)

    def change(self, row: int) -> RuleChange:
        return self._rows[row]

    def texts(self, row: int) -> list[str]:
        change = self.change(row)
        return [day_text(change.at), translate("Rules", change.title),
                translate("Rules", change.meaning), change.confidence.mark,
                status_text(change, self.now)]

    def cell_data(self, row: int, column: int, role: int) -> object:
        change = self.change(row)
        reported = change.confidence is Confidence.REPORTED
        if role == Qt.ItemDataRole.DisplayRole:
            return self.texts(row)[column]
        if role == Qt.ItemDataRole.ToolTipRole:
            return plain_tooltip(translate("RulesByDate", "Sources: {sources}")
                                 .format(sources="; ".join(change.sources)))
        if role == Qt.ItemDataRole.ForegroundRole and reported:
            return WINDOW_CLOSING
        if role == Qt.ItemDataRole.FontRole and (reported or column == 1):
            font = QFont()
            font.setItalic(reported)
            font.setBold(column == 1)
            return font
        return None


class RulesByDateDialog(QDialog):
    """The timeline of rule changes, the regime the workspace decides under, and the
    sources of the selected change."""

    def __init__(self, workspace: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("rulesByDateDialog")
        self.setWindowTitle(translate("RulesByDate", "Rules by date"))
        now = workspace.now()
        layout = QVBoxLayout(self)
        first = REGIMES[0]
        layout.addWidget(plain_label(
            self, "rulesIntro", translate(
                "RulesByDate", "What changed after {first} ({code}, from {since}). This "
                "workspace's pricing: {pricing}; a message sent at the simulated date ({now}) "
                "is decided under {regime}.").format(
                    first=first.regime.label, code=first.regime.value,
                    since=day_text(first.effective), pricing=choice_label(workspace.pricing),
                    now=day_text(now), regime=workspace.regime.label)))
        self.model = RuleChangesModel(now, self)
        self.table = read_only_table(self.model, "rulesTable", self)
        self.table.setWordWrap(True)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Interactive)
        header.resizeSection(1, 230)
        layout.addWidget(self.table, 1)
        self.sources = plain_label(self, "rulesSources",
                                   translate("RulesByDate", "Select a change to see its sources."),
                                   selectable=True, tall_as_text=True)
        layout.addWidget(self.sources)
        layout.addWidget(plain_label(self, "rulesEdgeCase",
                                     translate("RulesByDate", "The switch of 1 Jul 2025: "
                                               "{edge_case}").format(
                                                   edge_case=translate("Rules",
                                                                       EDGE_CASE_2025_07))))
        layout.addWidget(plain_label(self, "rulesConfidenceNote",
                                     translate("RulesByDate", REPORTED_NOTE)))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.table.selectionModel().currentRowChanged.connect(
            lambda current, _previous: self.show_sources(current.row()))
        self.resize(1100, 640)

    def show_sources(self, row: int) -> None:
        if not 0 <= row < self.model.rowCount():
            return
        change = self.model.change(row)
        self.sources.setText(translate("RulesByDate", "{title} ({mark}). Sources: {sources}")
                             .format(title=translate("Rules", change.title),
                                     mark=change.confidence.mark,
                                     sources="; ".join(change.sources)))
