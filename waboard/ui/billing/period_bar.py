"""The Billing dock's period bar: this day, week or month of the simulated clock, or a custom
range of days; the chosen period's days and label, and why a custom range is refused."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime

from PySide6.QtCore import QDate, Signal
from PySide6.QtWidgets import QComboBox, QDateEdit, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from ...billing.periods import Period, period_for
from ...i18n import QT_TRANSLATE_NOOP, translate
from ..common.widgets import plain_label

PERIOD_KINDS = {
    "day": QT_TRANSLATE_NOOP("PeriodBar", "This day"),
    "week": QT_TRANSLATE_NOOP("PeriodBar", "This week"),
    "month": QT_TRANSLATE_NOOP("PeriodBar", "This month"),
    "custom": QT_TRANSLATE_NOOP("PeriodBar", "Custom range"),
}


class PeriodBar(QWidget):
    """The period chooser; `changed` says to read `selected_period()` again."""

    changed = Signal()

    def __init__(self, now: Callable[[], datetime], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._now = now
        self.combo = QComboBox(self)
        self.combo.setObjectName("billingPeriod")
        for kind, text in PERIOD_KINDS.items():
            self.combo.addItem(translate("PeriodBar", text), kind)
        self.combo.setCurrentIndex(list(PERIOD_KINDS).index("month"))
        self.start_edit = self._date_edit("billingFrom")
        self.end_edit = self._date_edit("billingTo")
        self.label = plain_label(self, "billingPeriodLabel", wrap=False)
        self.error = plain_label(self, "inlineError")
        self.error.hide()

        row = QHBoxLayout()
        title = QLabel(translate("PeriodBar", "&Period"), self)
        title.setBuddy(self.combo)
        row.addWidget(title)
        row.addWidget(self.combo)
        row.addSpacing(8)
        row.addWidget(QLabel(translate("PeriodBar", "From"), self))
        row.addWidget(self.start_edit)
        row.addWidget(QLabel(translate("PeriodBar", "to"), self))
        row.addWidget(self.end_edit)
        row.addSpacing(12)
        row.addWidget(self.label, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(row)
        layout.addWidget(self.error)

        self.combo.currentIndexChanged.connect(self._kind_changed)
        self.start_edit.dateChanged.connect(self._dates_changed)
        self.end_edit.dateChanged.connect(self._dates_changed)
        self._show_days(self.selected_period())  # this month: never refused

    def _date_edit(self, name: str) -> QDateEdit:
        edit = QDateEdit(self)
        edit.setObjectName(name)
        edit.setCalendarPopup(True)
        edit.setDisplayFormat("d MMM yyyy")
        edit.setEnabled(False)
        return edit

    @property
    def kind(self) -> str:
        return str(self.combo.currentData())

    def set_kind(self, kind: str) -> None:
        self.combo.setCurrentIndex(list(PERIOD_KINDS).index(kind))

    def set_custom_range(self, first: date, last: date) -> None:
        """Choose the custom range `first` to `last` (both included)."""
        self._set_days(first, last)
        if self.kind != "custom":
            self.set_kind("custom")
        else:
            self.changed.emit()

    def selected_period(self) -> Period:
        """The chosen period now (raises ValueError for an empty custom range)."""
        return period_for(self.kind, self._now(), self.start_edit.date().toPython(),
                          self.end_edit.date().toPython())

    def show_period(self, period: Period) -> None:
        """Show the period whose figures are shown: its label, and its days in the
        (read-only unless custom) date fields."""
        self.error.hide()
        self.label.setText(translate("PeriodBar", "{period} (UTC)").format(period=period.label))
        self._show_days(period)

    def show_error(self, text: str) -> None:
        self.error.setText(text)
        self.error.show()

    def _show_days(self, period: Period) -> None:
        if self.kind != "custom":
            self._set_days(period.first_day, period.last_day)

    def _set_days(self, first: date, last: date) -> None:
        for edit, day in ((self.start_edit, first), (self.end_edit, last)):
            edit.blockSignals(True)
            edit.setDate(QDate(day.year, day.month, day.day))
            edit.blockSignals(False)

    def _kind_changed(self, _index: int) -> None:
        custom = self.kind == "custom"
        self.start_edit.setEnabled(custom)
        self.end_edit.setEnabled(custom)
        self.changed.emit()

    def _dates_changed(self, _date: QDate) -> None:
        if self.kind == "custom":
            self.changed.emit()
