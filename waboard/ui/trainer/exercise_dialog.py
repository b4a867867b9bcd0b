"""Trainer dialogs: choose an exercise, and the grading report with its exports."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ...i18n import translate
from ...money import exact_money
from ...resources import resource
from ...trainer.exercises import Exercise, ExerciseError, bundled_exercises, load_exercise
from ...trainer.moments import short_moment
from ...trainer.report import Report, ReportLine
from ...trainer.report_export import HTML_HEADERS, write_report
from ..common.file_dialogs import EXERCISES, EXPORTS, ask_open, ask_save
from ..common.palette import WINDOW_CLOSED, WINDOW_OPEN
from ..common.table_model import HeadedTableModel
from ..common.widgets import plain_label, plain_tooltip, warn
from .catalogue import CatalogueDialog, loadable

Index = QModelIndex | QPersistentModelIndex


class ExerciseChooser(CatalogueDialog):
    """The bundled exercises with their goals, or another exercise file."""

    def __init__(self, parent: QWidget | None = None) -> None:
        self.exercise: Exercise | None = None
        self._exercises = loadable(bundled_exercises(), load_exercise, ExerciseError)
        super().__init__(parent, "exerciseChooser",
                         translate("ExerciseChooser", "Start exercise"),
                         translate("ExerciseChooser",
                                   "Each exercise opens its start workspace in a new file. "
                                   "Work the inbox, then choose Trainer › Grade exercise."),
                         [e.title for e in self._exercises],
                         translate("ExerciseChooser", "Start"))
        self.list.setObjectName("exerciseList")
        self.start_button = self.accept_button
        self.goal_label = plain_label(self, "exerciseGoal")
        self.hint_label = plain_label(self, "exerciseHint")
        self.hint_label.setStyleSheet("color: palette(placeholder-text);")
        self.details.addWidget(self.goal_label)
        self.details.addWidget(self.hint_label)
        self.start()
        self.resize(540, 340)

    def exercises(self) -> list[Exercise]:
        return list(self._exercises)

    def _show(self, row: int) -> None:
        exercise = self._exercises[row] if 0 <= row < len(self._exercises) else None
        self.exercise = exercise
        self.goal_label.setText(exercise.goal if exercise else "")
        self.hint_label.setText(
            translate("ExerciseChooser", "Hint: {hint}").format(hint=exercise.hint)
            if exercise and exercise.hint else "")
        self.start_button.setEnabled(exercise is not None)

    def _other_file(self) -> None:
        path, _ = ask_open(self, EXERCISES, translate("ExerciseChooser", "Exercise file"),
                           translate("ExerciseChooser", "Exercises (*.json);;All files (*)"),
                           default=resource("exercises"))
        if not path:
            return
        try:
            self.exercise = load_exercise(path)
        except ExerciseError as error:
            warn(self, translate("ExerciseChooser", "This exercise cannot be used"), str(error))
            return
        self.accept()


class ReportModel(HeadedTableModel):
    """The report's lines: one graded action (or the goal) per row."""

    VERDICT, WHY, PENALTY = 4, 5, 6

    def __init__(self, report: Report, parent: QWidget | None = None) -> None:
        super().__init__(parent, [translate("GradingReport", h) for h in HTML_HEADERS])
        self.report = report
        self.set_rows(report.lines)

    def line(self, row: int) -> ReportLine:
        return self._rows[row]

    def cell_data(self, row: int, column: int, role: int) -> Any:
        line = self._rows[row]
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(line, column)
        if role == Qt.ItemDataRole.ForegroundRole and column in (self.VERDICT, self.PENALTY):
            return WINDOW_CLOSED if line.mistake else WINDOW_OPEN
        if role == Qt.ItemDataRole.FontRole and column == self.VERDICT:
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.TextAlignmentRole and column == self.PENALTY:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop)
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        if role == Qt.ItemDataRole.ToolTipRole and column == self.WHY:
            return plain_tooltip(self._text(line, column))
        return None

    def _text(self, line: ReportLine, column: int) -> str:
        if column == 0:
            return short_moment(line.at, year=False).removesuffix(" UTC") if line.at else ""
        if column == 1:
            return line.customer
        if column == 2:
            return line.action
        if column == 3:
            return line.result
        if column == self.VERDICT:
            return line.verdict.label
        if column == self.WHY:
            return f"{line.why}\n→ {line.alternative}" if line.alternative else line.why
        return f"−{line.penalty}" if line.penalty else ""


class ReportDialog(QDialog):
    """The grading report: score, every graded action, and HTML or CSV export."""

    def __init__(self, report: Report, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("reportDialog")
        self.report = report
        self.setWindowTitle(
            translate("ReportDialog", "Grading report: {title}").format(title=report.title))
        layout = QVBoxLayout(self)
        top = QHBoxLayout()
        heading = QVBoxLayout()
        self.title_label = plain_label(self, "reportTitle", report.title)
        font = self.title_label.font()
        font.setPointSizeF(font.pointSizeF() * 1.3)
        font.setBold(True)
        self.title_label.setFont(font)
        self.goal_label = plain_label(self, "reportGoal", report.goal)
        self.summary_label = plain_label(self, "reportSummary", self._summary())
        heading.addWidget(self.title_label)
        heading.addWidget(self.goal_label)
        heading.addWidget(self.summary_label)
        top.addLayout(heading, 1)
        self.score_label = plain_label(self, "reportScore", f"{report.score}/100")
        score_font = self.score_label.font()
        score_font.setPointSizeF(score_font.pointSizeF() * 2.6)
        score_font.setBold(True)
        self.score_label.setFont(score_font)
        self.score_label.setWordWrap(False)
        colour = WINDOW_OPEN if report.score >= 80 else WINDOW_CLOSED
        self.score_label.setStyleSheet(f"color: {colour.name()};")
        self.score_label.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop)
        top.addWidget(self.score_label)
        layout.addLayout(top)

        self.model = ReportModel(report, self)
        self.table = QTableView(self)
        self.table.setObjectName("reportTable")
        self.table.setModel(self.model)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setWordWrap(True)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().hide()
        self.table.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        header = self.table.horizontalHeader()
        header.setHighlightSections(False)
        widths = {0: 110, 1: 120, 2: 190, 3: 210, 4: 170, 6: 64}
        for column, width in widths.items():
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
            self.table.setColumnWidth(column, width)
        for column in (0, ReportModel.PENALTY):  # short texts on one line, in any language
            self.table.setColumnWidth(column, max(widths[column],
                                                  self.table.sizeHintForColumn(column),
                                                  header.sectionSizeHint(column)))
        header.setSectionResizeMode(ReportModel.WHY, QHeaderView.ResizeMode.Stretch)
        header.setStretchLastSection(False)
        self.table.verticalHeader().setSectionResizeMode(
            QHeaderView.ResizeMode.ResizeToContents)
        layout.addWidget(self.table, 1)

        self.buttons = QDialogButtonBox(self)
        self.html_button = QPushButton(translate("ReportDialog", "Export HTML…"), self)
        self.html_button.setObjectName("exportHtml")
        self.csv_button = QPushButton(translate("ReportDialog", "Export CSV…"), self)
        self.csv_button.setObjectName("exportCsv")
        self.buttons.addButton(self.html_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.buttons.addButton(self.csv_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.buttons.addButton(QDialogButtonBox.StandardButton.Close)
        self.buttons.rejected.connect(self.reject)
        self.html_button.clicked.connect(lambda: self._export_dialog("html"))
        self.csv_button.clicked.connect(lambda: self._export_dialog("csv"))
        layout.addWidget(self.buttons)
        self.resize(1180, 620)

    def _summary(self) -> str:
        report = self.report
        mistakes = len(report.mistakes)
        tally = (translate("ReportDialog", "1 mistake, {points} points off · spent {amount}")
                 if mistakes == 1 else
                 translate("ReportDialog", "{count} mistakes, {points} points off · spent "
                                           "{amount}"))
        lines = [tally.format(count=mistakes, points=report.penalties,
                              amount=exact_money(report.spent, report.currency))]
        if report.best is not None:
            lines.append(translate("ReportDialog", "The cheapest way costs {amount}").format(
                amount=exact_money(report.best, report.currency)))
        if report.goal_met is not None:
            lines.append(translate("ReportDialog", "Goal met") if report.goal_met
                         else translate("ReportDialog", "Goal not met"))
        return " · ".join(lines) + f" · {report.regime.label}"

    def export(self, path: Path, fmt: str) -> bool:
        """Write the report to `path` as "html" or "csv"; a dialog if it cannot be."""
        try:
            write_report(self.report, path, fmt)
        except OSError as error:
            warn(self, translate("ReportDialog", "Cannot export the report"),
                 f"{path}: {error.strerror or error}")
            return False
        return True

    def _export_dialog(self, fmt: str) -> None:
        stem = "".join(c if c.isalnum() else "-" for c in self.report.title.lower()).strip("-")
        filters = "HTML (*.html)" if fmt == "html" else "CSV (*.csv)"
        path, _ = ask_save(self, EXPORTS, translate("ReportDialog", "Export the report"),
                           f"{stem or 'report'}.{fmt}", filters)
        if path:
            self.export(Path(path), fmt)
