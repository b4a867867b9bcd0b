"""The Billing view: the period bar and two tabs, a period's bill and the three pricing
regimes side by side.

The figures come from waboard.billing, never from the view: the history as charged when it
agrees with a replay under the workspace's regime, otherwise (the regime was switched, or the
rate card changed) the history repriced under that regime, with what was charged when the
messages were sent shown beside it. Nothing here writes a message.

"This day / week / month" is relative to the workspace's simulated clock. The figures are
recomputed on workspace changes, at most once per `DEBOUNCE_MS`, and only while the view is
shown; the clock's ticks only move the period when the simulated day changes.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from datetime import datetime
from pathlib import Path

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QComboBox,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QPushButton,
    QScrollArea,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from ...billing.bill import Bill, charged_bill, without_tables, workspace_bill
from ...billing.compare import REGIMES, Comparison, comparison
from ...billing.export import html_report, write_bill_csv
from ...billing.periods import Period, period_slug
from ...billing.whatif import Replays
from ...billing.wording import entry_points_line, unreplayed_note
from ...formats import count
from ...i18n import translate
from ...money import money
from ...outputs import write_output
from ...rules.regimes import AUTO, PricingChoice, choice_label
from ...service import Change, ChangeKind, Workspace
from ..common.bus import WorkspaceBus
from ..common.file_dialogs import EXPORTS, ask_save
from ..common.widgets import plain_label, warn
from .charts import COST, COUNT, CategoryShareChart, DailyCostChart
from .figures import TableModel, big_label, figures_table, section_title
from .period_bar import PeriodBar
from .regime_card import RegimeCard
from .rows import (
    category_headers,
    category_rows,
    explanation_text,
    free_tier_lines,
    market_headers,
    market_rows,
    refused_headers,
    refused_rows,
    regime_headers,
    regime_rows,
    summary_line,
)

DEBOUNCE_MS = 250
CHART_HEIGHT = 300
BILL_TAB, COMPARE_TAB = 0, 1


class BillingView(QWidget):
    """The period bar and two tabs: the bill, and the regime comparison."""

    status = Signal(str)  # a sentence for the window's status bar (after an export)

    def __init__(self, workspace: Workspace, bus: WorkspaceBus,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.workspace = workspace
        self.bus = bus
        self.bill: Bill | None = None
        self.decided: Bill | None = None  # as charged, when it differs from `bill`
        self.comparison: Comparison | None = None
        self.period: Period | None = None
        self.refresh_count = 0
        self._stale = True
        self._compare_stale = True
        self.replays = Replays(workspace.store, lambda: workspace.rate_card)
        self._replay_asked = False  # the person asked for the replays since the last change
        self._replay_pending = False  # the bill waits for a replay under the pricing now
        self._detailed: Callable[[], Bill] | None = None  # the bill shown, with its tables
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(DEBOUNCE_MS)
        self._timer.timeout.connect(self.refresh)
        self._build()
        bus.changed.connect(self._on_change)
        bus.ticked.connect(self._on_tick)

    # layout

    def _build(self) -> None:
        self.period_bar = PeriodBar(self.workspace.now, self)
        self.period_bar.changed.connect(self.refresh)

        self.tabs = QTabWidget(self)
        self.tabs.setObjectName("billingTabs")
        self.tabs.addTab(self._bill_page(), translate("BillingView", "Bill"))
        self.tabs.addTab(self._compare_page(), translate("BillingView", "Compare regimes"))
        self.tabs.currentChanged.connect(self._tab_changed)

        self.replay_note = plain_label(self, "billingReplayNote")
        self.replay_button = QPushButton(translate("BillingView", "&Replay the history"), self)
        self.replay_button.setObjectName("billingReplay")
        self.replay_button.clicked.connect(self.replay_now)
        note = QHBoxLayout()
        note.addWidget(self.replay_note, 1)
        note.addWidget(self.replay_button)
        self._show_replay_note("")

        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addWidget(self.period_bar)
        layout.addLayout(note)
        layout.addWidget(self.tabs, 1)

    def _scroll(self, page: QWidget) -> QScrollArea:
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(page)
        return scroll

    def _bill_page(self) -> QWidget:
        page = QWidget(self)
        self.total_label = big_label(page, "billingTotal")
        self.summary_label = plain_label(page, "billingSummary")
        self.basis_label = plain_label(page, "billingBasis")
        self.unreplayed_label = plain_label(page, "billingUnreplayed")
        self.unreplayed_label.hide()
        self.daily_chart = DailyCostChart(page)
        self.share_chart = CategoryShareChart(page)
        for chart in (self.daily_chart, self.share_chart):
            chart.setMaximumHeight(CHART_HEIGHT)
        self.share_combo = QComboBox(page)
        self.share_combo.setObjectName("shareMeasure")
        self.share_combo.addItem(translate("BillingView", "of the cost"), COST)
        self.share_combo.addItem(translate("BillingView", "of the conversations"), COUNT)
        self.share_combo.currentIndexChanged.connect(
            lambda _i: self.share_chart.set_measure(self.share_combo.currentData()))
        self.category_model = TableModel(category_headers(None), self)
        self.market_model = TableModel(market_headers(None), self)
        self.refused_model = TableModel(refused_headers(), self)
        self.category_table = figures_table(self.category_model, "billingCategories", page)
        self.market_table = figures_table(self.market_model, "billingMarkets", page)
        self.refused_table = figures_table(self.refused_model, "billingRefused", page)
        self.free_tier_label = plain_label(page, "billingFreeTier")
        self.entry_label = plain_label(page, "billingEntryPoints")
        self.no_refusals = plain_label(page, "billingNoRefusals",
                                      translate("BillingView", "No message was refused."))

        head = QHBoxLayout()
        head.addWidget(self.total_label)
        head.addSpacing(16)
        head.addWidget(self.summary_label, 1)

        share_head = QHBoxLayout()
        share_head.addWidget(section_title(page, translate("BillingView", "Share by category")))
        share_head.addStretch(1)
        share_head.addWidget(self.share_combo)
        charts = QGridLayout()
        charts.addWidget(section_title(
            page, translate("BillingView", "Cost per day, by category")), 0, 0)
        charts.addLayout(share_head, 0, 1)
        charts.addWidget(self.daily_chart, 1, 0)
        charts.addWidget(self.share_chart, 1, 1)
        charts.setColumnStretch(0, 3)
        charts.setColumnStretch(1, 2)

        tables = QGridLayout()
        tables.addWidget(section_title(page, translate("BillingView", "By category")), 0, 0)
        tables.addWidget(self.category_table, 1, 0)
        tables.addWidget(section_title(page, translate("BillingView", "By market")), 0, 1)
        tables.addWidget(self.market_table, 1, 1, 3, 1)
        tables.addWidget(section_title(
            page, translate("BillingView", "Free tier and free entry points")), 2, 0)
        allowances = QVBoxLayout()
        allowances.addWidget(self.free_tier_label)
        allowances.addWidget(self.entry_label)
        allowances.addStretch(1)
        tables.addLayout(allowances, 3, 0)
        tables.addWidget(section_title(
            page, translate("BillingView", "Refused messages, by reason")), 0, 2)
        refused = QVBoxLayout()
        refused.addWidget(self.refused_table)
        refused.addWidget(self.no_refusals)
        refused.addStretch(1)
        tables.addLayout(refused, 1, 2, 3, 1)
        tables.setRowStretch(3, 1)
        for column, stretch in enumerate((3, 3, 2)):
            tables.setColumnStretch(column, stretch)

        layout = QVBoxLayout(page)
        layout.addLayout(head)
        layout.addWidget(self.basis_label)
        layout.addLayout(charts, 1)
        layout.addLayout(tables)
        layout.addWidget(self.unreplayed_label)
        return self._scroll(page)

    def _compare_page(self) -> QWidget:
        page = QWidget(self)
        self.compare_intro = plain_label(page, "compareIntro")
        self.regime_cards = {choice: RegimeCard(choice, page) for choice in (AUTO, *REGIMES)}
        cards = QHBoxLayout()
        for card in self.regime_cards.values():
            cards.addWidget(card, 1)
        self.compare_model = TableModel([translate("BillingView", "Category")], self)
        self.compare_table = figures_table(self.compare_model, "compareTable", page)
        # nine columns at five regimes: the figures take their width, the names the rest
        self.compare_table.horizontalHeader().setSectionResizeMode(
            QHeaderView.ResizeMode.ResizeToContents)
        self.compare_table.horizontalHeader().setStretchLastSection(True)
        self.explanations_label = plain_label(page, "compareExplanations")
        self.explanations_label.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextSelectableByMouse)
        layout = QVBoxLayout(page)
        layout.addWidget(self.compare_intro)
        layout.addLayout(cards)
        layout.addWidget(section_title(page, translate("BillingView", "By category")))
        layout.addWidget(self.compare_table)
        layout.addWidget(section_title(page, translate("BillingView", "Why the totals differ")))
        layout.addWidget(self.explanations_label)
        layout.addStretch(1)
        return self._scroll(page)

    # keeping the figures current

    def _on_change(self, change: Change) -> None:
        if change.kind is ChangeKind.CLOCK and self._period_still_chosen():
            return  # the clock moved (or played, or paused) within the period shown
        self.replays.changed(change)
        if change.kind is not ChangeKind.CLOCK:
            self._replay_asked = False
        self._stale = self._compare_stale = True
        if self.isVisible():
            self._timer.start()

    def _on_tick(self, _now: datetime) -> None:
        """The clock moved: only a new day, week or month needs new figures."""
        if self.period_bar.kind == "custom" or not self.isVisible():
            return
        if not self._period_still_chosen() and not self._timer.isActive():
            self._stale = self._compare_stale = True
            self._timer.start()

    def _period_still_chosen(self) -> bool:
        """Whether the figures shown are of the period chosen now (the figures of a period
        come from what was sent in it, whatever the clock reads within it)."""
        try:
            return self.period is not None and self.period_bar.selected_period() == self.period
        except ValueError:
            return False

    @property
    def refresh_pending(self) -> bool:
        return self._timer.isActive()

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802
        super().showEvent(event)
        if self._stale or (self._compare_stale and self.tabs.currentIndex() == COMPARE_TAB):
            self._timer.start(0)

    def _tab_changed(self, index: int) -> None:
        if index == COMPARE_TAB and self._compare_stale and not self._stale:
            self._refresh_comparison()
        elif index != COMPARE_TAB and self.bill is not None:
            self._show_replay_note(self._bill_replay_note())

    def current_bill(self) -> Bill | None:
        """The bill shown, with its per-customer and per-template tables (for exports),
        computed now if the figures are not current."""
        if self._stale or self._timer.isActive():
            self.refresh()
        return None if self._detailed is None else self._detailed()

    def current_comparison(self) -> Comparison | None:
        if self._stale or self._timer.isActive():
            self.refresh()
        if self._compare_stale and self.bill is not None:
            self._refresh_comparison()
        return self.comparison

    def replay_now(self) -> None:
        """Replay the history for what the view shows (asked for on a long history)."""
        self._replay_asked = True
        self.refresh()
        if self.tabs.currentIndex() == COMPARE_TAB:
            self._refresh_comparison()

    def _may_replay(self, *regimes: PricingChoice) -> bool:
        return all(self.replays.has(r) for r in regimes) or self._replay_asked or \
            self.replays.automatic

    def refresh(self) -> None:
        """Recompute the bill for the chosen period (and the comparison, if it is shown).

        The bill as charged comes from the per-day aggregates. Only when some messages were
        decided under other settings than the workspace's now (another regime, account or
        rate card) is the history replayed under its pricing, to bill it as it would be
        decided now, with what was charged beside it."""
        self._timer.stop()
        try:
            period = self.period_bar.selected_period()
        except ValueError as error:
            self.period_bar.show_error(str(error))
            return
        self.refresh_count += 1
        self.period = period
        self.period_bar.show_period(period)
        store, regime, card = self.workspace.store, self.workspace.regime, \
            self.workspace.rate_card
        charged = charged_bill(store, period, card, details=False)
        self.bill, self.decided = charged, None
        self._detailed = lambda: charged_bill(store, period, card)
        self._replay_pending = False
        choice = self.workspace.pricing
        if not store.pricing_bases() <= {store.pricing_basis()}:
            if self._may_replay(choice):
                priced = self.replays.priced(choice)
                replayed = workspace_bill(store, priced, period, regime, as_charged=False)
                if without_tables(replace(replayed, as_charged=True)) != charged:
                    self.bill, self.decided = without_tables(replayed), charged
                    self._detailed = lambda: replayed
            else:
                self._replay_pending = True
        self._stale = False
        self._compare_stale = True
        self._show_bill()
        if self.tabs.currentIndex() == COMPARE_TAB:
            self._refresh_comparison()
        else:
            self._show_replay_note(self._bill_replay_note())

    def _bill_replay_note(self) -> str:
        if not self._replay_pending:
            return ""
        return translate(
            "BillingView", "Some messages were decided under another regime, account or rate "
            "card than this workspace's now. Replaying its {count} messages shows them as "
            "{regime} would charge them.").format(
                count=count(self.workspace.store.message_count()),
                regime=self.workspace.regime.label)

    def _show_replay_note(self, text: str) -> None:
        self.replay_note.setText(text)
        self.replay_note.setVisible(bool(text))
        self.replay_button.setVisible(bool(text))

    def _show_bill(self) -> None:
        bill = self.bill
        assert bill is not None
        self.total_label.setText(money(bill.total, bill.currency))
        self.summary_label.setText(summary_line(bill))
        self.basis_label.setText(self.basis_text())
        self.daily_chart.set_bill(bill)
        self.share_chart.set_bill(bill)
        self.share_combo.setItemText(1, translate("BillingView", "of the messages") if
                                     bill.regime.per_message else
                                     translate("BillingView", "of the conversations"))
        self.category_model.set_headers(category_headers(bill))
        self.category_model.set_rows(category_rows(bill))
        self.market_model.set_headers(market_headers(bill))
        self.market_model.set_rows(market_rows(bill))
        self.refused_model.set_rows(refused_rows(bill))
        self.refused_table.setVisible(bool(bill.refused))
        self.no_refusals.setVisible(not bill.refused)
        self.free_tier_label.setText("\n".join(free_tier_lines(bill)))
        self.entry_label.setText(entry_points_line(bill))
        self.unreplayed_label.setText(unreplayed_note(bill.unreplayed) if bill.unreplayed
                                      else "")
        self.unreplayed_label.setVisible(bool(bill.unreplayed))

    def basis_text(self) -> str:
        """How the figures were read: as charged, or repriced (and what was charged)."""
        bill = self.bill
        if bill is None:
            return ""
        if self.decided is None:
            return translate("BillingView", "As charged, under {regime}.").format(
                regime=bill.regime.label)
        decided = money(self.decided.total, self.decided.currency)
        return translate(
            "BillingView", "Under {regime}: the history repriced with the rate card in use, "
            "because some messages were decided under another regime or other rates. As "
            "decided when they were sent, this period's messages were charged {decided}."
        ).format(regime=bill.regime.label, decided=decided)

    def _refresh_comparison(self) -> None:
        if self.period is None or self.bill is None:
            return
        if not self._may_replay(AUTO, *REGIMES):
            note = translate(
                "BillingView", "The comparison replays this workspace's {count} messages under "
                "each regime (the figures below are from before the last change)."
            ) if self.comparison is not None else translate(
                "BillingView", "The comparison replays this workspace's {count} messages under "
                "each regime.")
            self._show_replay_note(note.format(count=count(self.workspace.store.message_count())))
            return
        self._show_replay_note("")
        store, own, period = self.workspace.store, self.workspace.regime, self.period
        choice = self.workspace.pricing
        priced = {regime: self.replays.priced(regime) for regime in REGIMES}
        bills = {regime: workspace_bill(store, priced[regime], period, regime, as_charged=False)
                 for regime in REGIMES}
        self.comparison = comparison(period, own, priced, bills)
        self._compare_stale = False
        by_date = {**bills, AUTO: workspace_bill(store, self.replays.priced(AUTO), period, own,
                                                 as_charged=False)}
        own_total = by_date[choice].total
        for regime, card in self.regime_cards.items():
            card.show_bill(by_date[regime], choice, own_total)
        self.compare_intro.setText(translate(
            "BillingView", "The same history replayed under each pricing regime, and under the "
            "rules in force on each message's date (auto), for {period}, with the rate card in "
            "use. This workspace's pricing: {pricing}.").format(
                period=period.label, pricing=choice_label(choice)))
        self.compare_model.set_headers(regime_headers(bills))
        self.compare_model.set_rows(regime_rows(bills))
        self.explanations_label.setText(
            "\n".join(f"• {explanation_text(e)}" for e in self.comparison.explanations))

    def show_tab(self, index: int) -> None:
        self.tabs.setCurrentIndex(index)
        if index == COMPARE_TAB and (self._compare_stale or self._stale):
            self.current_comparison()

    # reports

    def _default_name(self, suffix: str) -> str:
        slug = period_slug(self.period) if self.period else "bill"
        return f"bill-{slug}{suffix}"

    def export_csv(self, path: str | Path | None = None) -> Path | None:
        """Write the bill shown as CSV (asking where when `path` is None)."""
        bill = self.current_bill()
        if bill is None:
            self._cannot(translate("BillingView", "Cannot export the bill"),
                         translate("BillingView", "Choose a period first."))
            return None
        target = path or self._ask(translate("BillingView", "Export bill as CSV"), ".csv",
                                   translate("BillingView", "CSV files (*.csv);;All files (*)"))
        if not target:
            return None
        try:
            write_bill_csv(bill, target)
        except OSError as error:
            self._cannot(translate("BillingView", "Cannot export the bill"),
                         _os_text(target, error))
            return None
        self.status.emit(translate("BillingView", "Saved the bill for {period} as CSV to {path}"
                                   ).format(period=bill.period.label, path=target))
        return Path(target)

    def export_html(self, path: str | Path | None = None) -> Path | None:
        """Write the one-page HTML report (bill, charts, comparison)."""
        bill = self.current_bill()
        if bill is None:
            self._cannot(translate("BillingView", "Cannot export the report"),
                         translate("BillingView", "Choose a period first."))
            return None
        target = path or self._ask(
            translate("BillingView", "Export HTML report"), ".html",
            translate("BillingView", "HTML files (*.html *.htm);;All files (*)"))
        if not target:
            return None
        self._replay_asked = True  # the report has the comparison: asked for with it
        text = html_report(bill, self.current_comparison())
        try:
            write_output(target, text)
        except OSError as error:
            self._cannot(translate("BillingView", "Cannot export the report"),
                         _os_text(target, error))
            return None
        self.status.emit(translate("BillingView", "Saved the report for {period} to {path}"
                                   ).format(period=bill.period.label, path=target))
        return Path(target)

    def _ask(self, title: str, suffix: str, filters: str) -> str:
        path, _ = ask_save(self, EXPORTS, title, self._default_name(suffix), filters)
        if path and not Path(path).suffix:
            path += suffix
        return path

    def _cannot(self, title: str, text: str) -> None:
        warn(self, title, text)


def _os_text(path: str | Path, error: OSError) -> str:
    return f"{path}: {error.strerror or error}"
