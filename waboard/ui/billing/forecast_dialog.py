"""The cost forecast: what a plan of messages would cost in one market, under each regime.

The plan (customers messaged a day, customers writing first, the template mix, how many
reply and get a follow-up, how many come from ads) is simulated by billing.forecast in a
worker thread, which reports each simulated day to a progress bar; the three bills are
then shown side by side. The dialog is given a rate card and never sees a workspace.
"""

from __future__ import annotations

import calendar
from datetime import date
from decimal import Decimal
from fractions import Fraction
from typing import Any

import phonenumbers
from PySide6.QtCore import QDate, QObject, QThread, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QProgressBar,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from ...billing.bill import Bill
from ...billing.compare import REGIMES
from ...billing.forecast import forecast, plan
from ...billing.wording import entry_points_line
from ...formats import country
from ...i18n import QT_TRANSLATE_NOOP, TranslatedLabels, translate
from ...rules.model import TEMPLATE_CATEGORIES, Category, Regime
from ...rules.pricing import RateCard, RateCardError
from ..common.widgets import plain_label
from .figures import TableModel, figures_table, section_title
from .regime_card import RegimeCard
from .rows import free_tier_lines, regime_headers, regime_rows

DEFAULT_MIX = {Category.MARKETING: 50, Category.UTILITY: 40, Category.AUTHENTICATION: 10}
MIX_LABELS = TranslatedLabels("ForecastDialog", {
    Category.MARKETING: QT_TRANSLATE_NOOP("ForecastDialog", "Marketing templates"),
    Category.UTILITY: QT_TRANSLATE_NOOP("ForecastDialog", "Utility templates"),
    Category.AUTHENTICATION: QT_TRANSLATE_NOOP("ForecastDialog", "Authentication templates"),
})
"""The template mix's fields, one per template category."""
MAX_CUSTOMERS = 1_000_000
MAX_DAYS = 366


class _Cancelled(Exception):
    """Raised from the progress callback to stop a forecast nobody waits for any more."""


class ForecastRun(QThread):
    """One forecast off the GUI thread: `progressed(done, total)` after each simulated day,
    then `succeeded(bills)` or `failed(message)`."""

    progressed = Signal(int, int)
    succeeded = Signal(object)  # dict[Regime, Bill]
    failed = Signal(str)

    def __init__(self, arguments: dict[str, Any], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._arguments = arguments
        self._cancelled = False

    def cancel(self) -> None:
        self._cancelled = True

    def _progress(self, done: int, total: int) -> None:
        if self._cancelled:
            raise _Cancelled
        self.progressed.emit(done, total)

    def run(self) -> None:
        try:
            bills = forecast(**self._arguments, regimes=REGIMES, progress=self._progress)
        except _Cancelled:
            return
        except (ValueError, RateCardError) as error:
            self.failed.emit(str(error))
            return
        self.succeeded.emit(bills)


def markets(card: RateCard) -> list[tuple[str, str]]:
    """(label, region) for every country the card can price, by name: "Kenya (KE) - Rest
    of Africa"."""
    found = []
    for region in phonenumbers.SUPPORTED_REGIONS:
        try:
            row = card.for_region(region)
        except RateCardError:
            continue
        name = country(region)
        label = f"{name} ({region})" if row.market == name else (
            f"{name} ({region}) - {row.market}")
        found.append((label, region))
    return sorted(found, key=lambda item: item[0].casefold())


def _percent_spin(parent: QWidget, name: str, value: int, maximum: int = 100) -> QSpinBox:
    spin = QSpinBox(parent)
    spin.setObjectName(name)
    spin.setRange(0, maximum)
    spin.setSuffix(" %")
    spin.setValue(value)
    return spin


def _count_spin(parent: QWidget, name: str, value: int, minimum: int, maximum: int,
                suffix: str = "") -> QSpinBox:
    spin = QSpinBox(parent)
    spin.setObjectName(name)
    spin.setRange(minimum, maximum)
    spin.setGroupSeparatorShown(True)
    spin.setSuffix(suffix)
    spin.setValue(value)
    return spin


class ForecastDialog(QDialog):
    """The plan's inputs, Run forecast, a progress bar, and the three bills."""

    def __init__(self, rate_card: RateCard, start: date, region: str = "US",
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.rate_card = rate_card
        self.bills: dict[Regime, Bill] | None = None
        self._run: ForecastRun | None = None
        self.setWindowTitle(translate("ForecastDialog", "Cost forecast"))

        a_day = translate("ForecastDialog", " a day")
        self.customers_spin = _count_spin(self, "forecastCustomers", 100, 0, MAX_CUSTOMERS,
                                          a_day)
        self.inbound_spin = _count_spin(self, "forecastInbound", 20, 0, MAX_CUSTOMERS, a_day)
        days = calendar.monthrange(start.year, start.month)[1]
        self.days_spin = _count_spin(self, "forecastDays", days, 1, MAX_DAYS,
                                     translate("ForecastDialog", " days"))
        self.start_edit = QDateEdit(QDate(start.year, start.month, start.day), self)
        self.start_edit.setObjectName("forecastStart")
        self.start_edit.setCalendarPopup(True)
        self.start_edit.setDisplayFormat("d MMM yyyy")
        self.market_combo = QComboBox(self)
        self.market_combo.setObjectName("forecastMarket")
        for label, code in markets(rate_card):
            self.market_combo.addItem(label, code)
        self.set_region(region)
        self.mix_spins = {c: _percent_spin(self, f"forecastMix_{c.value}", DEFAULT_MIX[c])
                          for c in TEMPLATE_CATEGORIES}
        self.reply_spin = _percent_spin(self, "forecastReply", 30)
        self.follow_spin = _percent_spin(self, "forecastFollowUp", 20)
        self.entry_spin = _percent_spin(self, "forecastEntryPoint", 25)

        plan_box = QGroupBox(translate("ForecastDialog", "Plan"), self)
        form = QFormLayout(plan_box)
        form.addRow(translate("ForecastDialog", "Customers &messaged"), self.customers_spin)
        form.addRow(translate("ForecastDialog", "Customers &writing first"), self.inbound_spin)
        form.addRow(translate("ForecastDialog", "&Market"), self.market_combo)
        form.addRow(translate("ForecastDialog", "&First day"), self.start_edit)
        form.addRow(translate("ForecastDialog", "&Days"), self.days_spin)
        mix_box = QGroupBox(translate("ForecastDialog", "Template mix and replies"), self)
        mix = QFormLayout(mix_box)
        for category, spin in self.mix_spins.items():
            mix.addRow(MIX_LABELS[category], spin)
        self.mix_note = plain_label(mix_box, "forecastMixNote")
        mix.addRow("", self.mix_note)
        mix.addRow(translate("ForecastDialog", "&Reply (messaged customers)"), self.reply_spin)
        mix.addRow(translate("ForecastDialog", "Get a &follow-up utility template"),
                   self.follow_spin)
        mix.addRow(translate("ForecastDialog", "Write first from an &ad"), self.entry_spin)
        inputs = QHBoxLayout()
        inputs.addWidget(plan_box, 1)
        inputs.addWidget(mix_box, 1)

        self.run_button = QPushButton(translate("ForecastDialog", "&Run forecast"), self)
        self.run_button.setObjectName("forecastRun")
        self.run_button.setDefault(True)
        self.run_button.clicked.connect(self.run)
        self.progress = QProgressBar(self)
        self.progress.setObjectName("forecastProgress")
        self.progress.setRange(0, 100)
        self.progress.setValue(0)
        self.progress.setFormat("%p%")
        self.error_label = plain_label(self, "inlineError")
        self.error_label.hide()
        run_row = QHBoxLayout()
        run_row.addWidget(self.run_button)
        run_row.addWidget(self.progress, 1)

        self.title_label = plain_label(self, "forecastTitle")
        self.cards = {regime: RegimeCard(regime, self) for regime in REGIMES}
        cards = QHBoxLayout()
        for card in self.cards.values():
            cards.addWidget(card, 1)
        self.results_model = TableModel([translate("ForecastDialog", "Category")], self)
        self.results_table = figures_table(self.results_model, "forecastTable", self)
        # nine columns: the figures and the categories' names take their width
        self.results_table.horizontalHeader().setSectionResizeMode(
            QHeaderView.ResizeMode.ResizeToContents)
        self.results_table.horizontalHeader().setStretchLastSection(True)
        self.notes_label = plain_label(self, "forecastNotes")
        self.results = QWidget(self)
        results = QVBoxLayout(self.results)
        results.setContentsMargins(0, 0, 0, 0)
        results.addWidget(self.title_label)
        results.addLayout(cards)
        results.addWidget(section_title(self.results, translate("ForecastDialog", "By category")))
        results.addWidget(self.results_table)
        results.addWidget(self.notes_label)
        results.addStretch(1)
        self.results.hide()

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(plain_label(
            self, "forecastIntro",
            translate("ForecastDialog", "What a month of messages would cost in one market, "
                      "under each pricing regime. Nothing is sent: the plan is simulated "
                      "through the same rules as the inbox.")))
        layout.addLayout(inputs)
        layout.addLayout(run_row)
        layout.addWidget(self.error_label)
        layout.addWidget(self.results, 1)
        layout.addStretch(0)
        layout.addWidget(buttons)

        for spin in self.mix_spins.values():
            spin.valueChanged.connect(self._describe_mix)
        self._describe_mix()

    # inputs

    def set_region(self, region: str) -> None:
        index = self.market_combo.findData(region)
        if index < 0:
            index = self.market_combo.findData("US")
        self.market_combo.setCurrentIndex(max(index, 0))

    @property
    def region(self) -> str:
        return str(self.market_combo.currentData() or "")

    def _describe_mix(self) -> None:
        total = sum(spin.value() for spin in self.mix_spins.values())
        self.mix_note.setText(translate("ForecastDialog", "Shares are weighed against each other")
                              if total != 100 else "")
        self.mix_note.setVisible(total != 100)

    def arguments(self) -> dict[str, Any]:
        """The plan as billing.forecast takes it."""
        return {
            "customers_per_day": self.customers_spin.value(),
            "days": self.days_spin.value(),
            "mix": {c: spin.value() for c, spin in self.mix_spins.items()},
            "market_region": self.region,
            "reply_share": Fraction(self.reply_spin.value(), 100),
            "follow_up_share": Fraction(self.follow_spin.value(), 100),
            "inbound_per_day": self.inbound_spin.value(),
            "entry_point_share": Fraction(self.entry_spin.value(), 100),
            "start": self.start_edit.date().toPython(),
            "rate_card": self.rate_card,
        }

    # running

    @property
    def running(self) -> bool:
        return self._run is not None

    def run(self) -> bool:
        """Check the plan and start the forecast; False (with the reason shown) if the plan
        cannot be forecast."""
        if self._run is not None:
            return False
        arguments = self.arguments()
        try:
            plan(**arguments)
        except (ValueError, RateCardError) as error:
            self._fail(_sentence(str(error)))
            return False
        self.error_label.hide()
        self.progress.setValue(0)
        self.run_button.setEnabled(False)
        self._run = ForecastRun(arguments, self)
        self._run.progressed.connect(self._progressed)
        self._run.succeeded.connect(self._succeeded)
        self._run.failed.connect(self._fail)
        self._run.finished.connect(self._finished)
        self._run.start()
        return True

    def wait_for_run(self, milliseconds: int) -> None:
        """Block up to `milliseconds` for the worker (screenshots and tests only)."""
        if self._run is not None:
            self._run.wait(milliseconds)

    def _progressed(self, done: int, total: int) -> None:
        self.progress.setValue(round(100 * done / total) if total else 100)

    def _succeeded(self, bills: dict[Regime, Bill]) -> None:
        self.bills = bills
        self.progress.setValue(100)
        self._show(bills)

    def _fail(self, message: str) -> None:
        self.error_label.setText(message)
        self.error_label.show()

    def _finished(self) -> None:
        run, self._run = self._run, None
        if run is not None:
            run.deleteLater()
        self.run_button.setEnabled(True)

    def _show(self, bills: dict[Regime, Bill]) -> None:
        ordered = {regime: bills[regime] for regime in REGIMES}
        cheapest = min(ordered, key=lambda r: (ordered[r].total, REGIMES.index(r)))
        for regime, card in self.cards.items():
            card.show_bill(ordered[regime], cheapest, ordered[cheapest].total,
                           mark=translate("ForecastDialog", "cheapest"),
                           against=translate("ForecastDialog", "the cheapest"))
        any_bill = ordered[cheapest]
        self.title_label.setText(translate(
            "ForecastDialog", "{forecast}: {period}. Cheapest: {regime}.").format(
                forecast=any_bill.title, period=any_bill.period.label, regime=cheapest.label))
        self.results_model.set_headers(regime_headers(ordered))
        self.results_model.set_rows(regime_rows(ordered))
        june = ordered[Regime.CBP_2023_06]
        notes = [translate("ForecastDialog", "Under {regime}: {line}").format(
            regime=june.regime.label, line=line) for line in free_tier_lines(june)]
        notes.append(entry_points_line(any_bill))
        self.notes_label.setText("\n".join(notes))
        self.results.show()
        self._fit_to_content()

    def _fit_to_content(self) -> None:
        """Grow to show the results whole (within the screen): they cut totals in half."""
        table = self.results_table
        table.setMinimumHeight(table.sizeHint().height())  # a few rows: never cut
        self.layout().activate()
        hint, screen = self.sizeHint(), self.screen().availableGeometry()
        self.resize(max(self.width(), min(hint.width(), screen.width())),
                    max(self.height(), min(hint.height(), screen.height())))

    @property
    def totals(self) -> dict[Regime, Decimal]:
        return {regime: bill.total for regime, bill in (self.bills or {}).items()}

    def done(self, result: int) -> None:
        """Closing stops a forecast still running (its result is not wanted)."""
        if self._run is not None:
            self._run.cancel()
            self._run.wait()
        super().done(result)


def _sentence(text: str) -> str:
    text = text.replace("_", " ")
    return text[:1].upper() + text[1:]
