"""The Billing dock: a period's bill and the three pricing regimes side by side.

The figures come from waboard.billing, never from the view: the history as charged when it
agrees with a replay under the workspace's regime, otherwise (the regime was switched, or the
rate card changed) the history repriced under that regime, with what was charged when the
messages were sent shown beside it. Nothing here writes a message.

"This day / week / month" is relative to the workspace's simulated clock. The figures are
recomputed on workspace changes, at most once per `DEBOUNCE_MS`, and only while the dock is
shown; the clock's ticks only move the period when the simulated day changes.

`install_billing(window)` adds the dock and the Billing menu to the main window;
`render_billing(window, out)` draws the billing screens to PNG files.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime
from decimal import Decimal
from pathlib import Path

from PySide6.QtCore import (
    QAbstractTableModel,
    QDate,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QFont, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QAbstractScrollArea,
    QComboBox,
    QDateEdit,
    QDockWidget,
    QFileDialog,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QScrollArea,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from ...billing.bill import CATEGORY_ORDER, Bill, workspace_bill
from ...billing.compare import REGIMES, Comparison, Explanation, comparison
from ...billing.export import html_report, write_bill_csv
from ...billing.periods import (
    ONE_DAY,
    Period,
    custom_period,
    day_period,
    month_period,
    week_period,
)
from ...billing.replay import PricedMessage, as_charged, reprice, same_charges
from ...explain import REASON_RULES, category_label
from ...money import money
from ...rules.model import Reason, Regime
from ...service import Change, Workspace
from ..common.bus import WorkspaceBus
from ..common.host import WorkspaceWindow
from ..common.table_model import read_only_table
from ..common.widgets import add_action, plain_label, plain_tooltip
from .charts import COST, COUNT, CategoryShareChart, DailyCostChart

Index = QModelIndex | QPersistentModelIndex

DEBOUNCE_MS = 250
STATUS_MS = 8000
CHART_HEIGHT = 300
PERIOD_KINDS = {
    "day": "This day",
    "week": "This week",
    "month": "This month",
    "custom": "Custom range",
}
REGIME_SHORT = {
    Regime.CBP_2023_06: "June 2023",
    Regime.CBP_2024_11: "November 2024",
    Regime.PMP_2025_07: "Per message (July 2025)",
}
REASON_LABELS = {
    Reason.UNDELIVERABLE: "Undeliverable (no WhatsApp)",
    Reason.TEMPLATE_NOT_FOUND: "Template not found",
    Reason.TEMPLATE_NOT_APPROVED: "Template not approved",
    Reason.TEMPLATE_PAUSED: "Template paused",
    Reason.TEMPLATE_DISABLED: "Template disabled",
    Reason.PARAM_MISMATCH: "Wrong parameters",
    Reason.WINDOW_CLOSED: "Outside the 24-hour window",
    Reason.OPTED_OUT: "Opted out of marketing",
    Reason.NO_OPT_IN: "No opt-in",
}
CSV_FILTER = "CSV files (*.csv);;All files (*)"
HTML_FILTER = "HTML files (*.html *.htm);;All files (*)"
BILL_TAB, COMPARE_TAB = 0, 1


# Periods


def period_for(kind: str, now: datetime, first: date | None = None,
               last: date | None = None) -> Period:
    """The period a choice names: this day, ISO week or month of `now` (UTC), or the days
    `first` to `last`, both included. Raises ValueError for an empty custom range."""
    today = now.astimezone(UTC).date()
    if kind == "day":
        return day_period(today)
    if kind == "week":
        iso = today.isocalendar()
        return week_period(iso.year, iso.week)
    if kind == "month":
        return month_period(today.year, today.month)
    if kind != "custom":
        raise ValueError(f"unknown period {kind!r}")
    if first is None or last is None:
        raise ValueError("Choose the first and the last day")
    if last < first:
        raise ValueError("The range ends before it starts: choose a last day on or after "
                         "the first")
    return custom_period(first, last + ONE_DAY)


def period_slug(period: Period) -> str:
    """A file-name-friendly name: 2025-03-07, 2025-W10, 2025-03 or 2025-03-01..2025-03-15."""
    first, last = period.first_day, period.last_day
    if period.kind == "day":
        return first.isoformat()
    if period.kind == "week":
        iso = first.isocalendar()
        return f"{iso.year}-W{iso.week:02d}"
    if period.kind == "month":
        return f"{first:%Y-%m}"
    return first.isoformat() if first == last else f"{first.isoformat()}..{last.isoformat()}"


# Tables


@dataclass(frozen=True, slots=True)
class Cell:
    """One table cell: its text, right-aligned when `numeric`, bold when `strong`."""

    text: str
    numeric: bool = False
    tooltip: str = ""
    strong: bool = False


class TableModel(QAbstractTableModel):
    """A read-only table of plain-text cells, replaced as a whole when the figures change."""

    def __init__(self, headers: Sequence[str], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._headers = list(headers)
        self._rows: list[list[Cell]] = []

    def set_headers(self, headers: Sequence[str]) -> None:
        if list(headers) != self._headers:
            self.beginResetModel()
            self._headers = list(headers)
            self._rows = [row for row in self._rows if len(row) == len(self._headers)]
            self.endResetModel()

    def set_rows(self, rows: Sequence[Sequence[Cell]]) -> None:
        if any(len(row) != len(self._headers) for row in rows):
            raise ValueError("every row needs one cell per column")
        self.beginResetModel()
        self._rows = [list(row) for row in rows]
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self._headers)

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802
                   role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(self._headers):
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self._headers[section]
        if role == Qt.ItemDataRole.TextAlignmentRole and section:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid() or index.row() >= len(self._rows):
            return None
        if index.column() >= len(self._headers):
            return None
        cell = self._rows[index.row()][index.column()]
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

    def text(self, row: int, column: int) -> str:
        return self._rows[row][column].text

    def row_texts(self, row: int) -> list[str]:
        return [cell.text for cell in self._rows[row]]

    def column_texts(self, column: int) -> list[str]:
        return [row[column].text for row in self._rows]


def _number(value: int, strong: bool = False, tooltip: str = "") -> Cell:
    return Cell(f"{value:,}", True, tooltip, strong)


def _amount(value: Decimal, currency: str, strong: bool = False) -> Cell:
    return Cell(money(value, currency), True, "", strong)


def category_headers(bill: Bill | None) -> list[str]:
    unit = bill.unit.capitalize() if bill else "Conversations"
    return ["Category", unit, "Charged", "Amount"]


def category_rows(bill: Bill) -> list[list[Cell]]:
    """Every category (zeros included) over all markets, then the total."""
    rows = [[Cell(category_label(category)), _number(line.count), _number(line.charged),
             _amount(line.amount, bill.currency)]
            for category, line in bill.by_category().items()]
    charged = sum(line.charged for line in bill.lines)
    rows.append([Cell("Total", strong=True), _number(bill.count, True),
                 _number(charged, True), _amount(bill.total, bill.currency, True)])
    return rows


def market_headers(bill: Bill | None) -> list[str]:
    unit = bill.unit.capitalize() if bill else "Conversations"
    return ["Market", unit, "Charged", "Amount"]


def market_rows(bill: Bill) -> list[list[Cell]]:
    """Markets by amount (largest first), each with its categories in the tooltip."""
    totals = bill.by_market()
    rows = []
    for market in sorted(totals, key=lambda m: (-totals[m][2], m)):
        count, charged, amount = totals[market]
        detail = "\n".join(
            f"{category_label(line.category)}: {line.count:,} {bill.unit}, "
            f"{money(line.amount, bill.currency)}"
            for line in bill.lines if line.market == market)
        rows.append([Cell(market, tooltip=detail), _number(count), _number(charged),
                     _amount(amount, bill.currency)])
    return rows


REFUSED_HEADERS = ["Reason", "Error", "Messages"]


def refused_rows(bill: Bill) -> list[list[Cell]]:
    rows = [[Cell(REASON_LABELS[reason], tooltip=REASON_RULES[reason]),
             Cell(str(reason.code) if reason.code else "-", True), _number(count)]
            for reason, count in bill.refused.items()]
    if rows:
        rows.append([Cell("Total", strong=True), Cell(""), _number(bill.refused_total, True)])
    return rows


def regime_headers(bills: Mapping[Regime, Bill]) -> list[str]:
    headers = ["Category"]
    for regime in bills:
        headers += [f"{REGIME_SHORT[regime]}\n{bills[regime].unit}",
                    f"{REGIME_SHORT[regime]}\namount"]
    return headers


def regime_rows(bills: Mapping[Regime, Bill]) -> list[list[Cell]]:
    """Each category with anything in it under some regime, then the totals."""
    lines = {regime: bill.by_category() for regime, bill in bills.items()}
    rows = []
    for category in CATEGORY_ORDER:
        if not any(lines[r][category].count or lines[r][category].amount for r in bills):
            continue
        row = [Cell(category_label(category))]
        for regime, bill in bills.items():
            line = lines[regime][category]
            row += [_number(line.count), _amount(line.amount, bill.currency)]
        rows.append(row)
    total = [Cell("Total", strong=True)]
    for bill in bills.values():
        total += [_number(bill.count, True), _amount(bill.total, bill.currency, True)]
    rows.append(total)
    return rows


def explanation_text(explanation: Explanation) -> str:
    """One sentence of the comparison, after the regimes it goes between."""
    before, after = REGIME_SHORT[explanation.before], REGIME_SHORT[explanation.after]
    where = before if explanation.before is explanation.after else f"{before} → {after}"
    return f"{where}: {explanation.text}."


def free_tier_lines(bill: Bill) -> list[str]:
    """The monthly free tier as the bill's regime has it (or why there is none)."""
    if bill.free_tier:
        return [tier.text + (f" ({tier.beyond:,} charged beyond it)" if tier.beyond else "")
                for tier in bill.free_tier]
    if bill.regime.per_message:
        return ["No monthly free tier under per-message pricing: free-form replies, and "
                "utility templates inside the window, are free"]
    return ["No monthly free tier from November 2024: every service conversation is free"]


def summary_line(bill: Bill) -> str:
    charged = sum(line.charged for line in bill.lines)
    entry = f"{bill.entry_points:,} free entry point{'' if bill.entry_points == 1 else 's'}"
    refused = f"{bill.refused_total:,} message{'' if bill.refused_total == 1 else 's'} refused"
    return f"{bill.count:,} {bill.unit} counted, {charged:,} charged · {entry} · {refused}"


# Widgets


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


class RegimeCard(QFrame):
    """One regime's total, its count, and how it differs from the workspace's regime."""

    def __init__(self, regime: Regime, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.regime = regime
        self.setObjectName("regimeCard")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.title = plain_label(self, "regimeTitle", regime.label)
        self.total = big_label(self, "regimeTotal", 1.6)
        self.detail = plain_label(self, "regimeDetail")
        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addWidget(self.total)
        layout.addWidget(self.detail)
        layout.addStretch(1)

    def show_bill(self, bill: Bill, reference: Regime, reference_total: Decimal, *,
                  mark: str = "this workspace", against: str = "this workspace's regime"
                  ) -> None:
        """Show `bill`; the `reference` regime's card is marked (`mark`), the others say
        how much more or less they charge than it."""
        here = self.regime is reference
        self.title.setText(self.regime.label + (f"  ({mark})" if here else ""))
        font = self.title.font()
        font.setBold(here)
        self.title.setFont(font)
        self.total.setText(money(bill.total, bill.currency))
        detail = f"{bill.count:,} {bill.unit} counted"
        if not here:
            difference = bill.total - reference_total
            detail += (f" · {money(difference, bill.currency, signed=True)} against "
                       f"{against}" if difference else f" · the same as {against}")
        self.detail.setText(detail)


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
        self._charged: list[PricedMessage] | None = None
        self._priced: dict[Regime, list[PricedMessage]] = {}
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(DEBOUNCE_MS)
        self._timer.timeout.connect(self.refresh)
        self._build()
        bus.changed.connect(self._on_change)
        bus.ticked.connect(self._on_tick)

    # layout

    def _build(self) -> None:
        self.period_combo = QComboBox(self)
        self.period_combo.setObjectName("billingPeriod")
        for kind, text in PERIOD_KINDS.items():
            self.period_combo.addItem(text, kind)
        self.period_combo.setCurrentIndex(list(PERIOD_KINDS).index("month"))
        self.start_edit = self._date_edit("billingFrom")
        self.end_edit = self._date_edit("billingTo")
        self.period_label = plain_label(self, "billingPeriodLabel", wrap=False)
        self.range_error = plain_label(self, "inlineError")
        self.range_error.hide()
        bar = QHBoxLayout()
        period_title = QLabel("&Period", self)
        period_title.setBuddy(self.period_combo)
        bar.addWidget(period_title)
        bar.addWidget(self.period_combo)
        bar.addSpacing(8)
        bar.addWidget(QLabel("From", self))
        bar.addWidget(self.start_edit)
        bar.addWidget(QLabel("to", self))
        bar.addWidget(self.end_edit)
        bar.addSpacing(12)
        bar.addWidget(self.period_label, 1)

        self.tabs = QTabWidget(self)
        self.tabs.setObjectName("billingTabs")
        self.tabs.addTab(self._bill_page(), "Bill")
        self.tabs.addTab(self._compare_page(), "Compare regimes")
        self.tabs.currentChanged.connect(self._tab_changed)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addLayout(bar)
        layout.addWidget(self.range_error)
        layout.addWidget(self.tabs, 1)

        self.period_combo.currentIndexChanged.connect(self._period_kind_changed)
        self.start_edit.dateChanged.connect(self._dates_changed)
        self.end_edit.dateChanged.connect(self._dates_changed)
        self._show_range_of(self._chosen_period_or_none())

    def _date_edit(self, name: str) -> QDateEdit:
        edit = QDateEdit(self)
        edit.setObjectName(name)
        edit.setCalendarPopup(True)
        edit.setDisplayFormat("d MMM yyyy")
        edit.setEnabled(False)
        return edit

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
        self.share_combo.addItem("of the cost", COST)
        self.share_combo.addItem("of the conversations", COUNT)
        self.share_combo.currentIndexChanged.connect(
            lambda _i: self.share_chart.set_measure(self.share_combo.currentData()))
        self.category_model = TableModel(category_headers(None), self)
        self.market_model = TableModel(market_headers(None), self)
        self.refused_model = TableModel(REFUSED_HEADERS, self)
        self.category_table = figures_table(self.category_model, "billingCategories", page)
        self.market_table = figures_table(self.market_model, "billingMarkets", page)
        self.refused_table = figures_table(self.refused_model, "billingRefused", page)
        self.free_tier_label = plain_label(page, "billingFreeTier")
        self.entry_label = plain_label(page, "billingEntryPoints")
        self.no_refusals = plain_label(page, "billingNoRefusals", "No message was refused.")

        head = QHBoxLayout()
        head.addWidget(self.total_label)
        head.addSpacing(16)
        head.addWidget(self.summary_label, 1)

        share_head = QHBoxLayout()
        share_head.addWidget(section_title(page, "Share by category"))
        share_head.addStretch(1)
        share_head.addWidget(self.share_combo)
        charts = QGridLayout()
        charts.addWidget(section_title(page, "Cost per day, by category"), 0, 0)
        charts.addLayout(share_head, 0, 1)
        charts.addWidget(self.daily_chart, 1, 0)
        charts.addWidget(self.share_chart, 1, 1)
        charts.setColumnStretch(0, 3)
        charts.setColumnStretch(1, 2)

        tables = QGridLayout()
        tables.addWidget(section_title(page, "By category"), 0, 0)
        tables.addWidget(self.category_table, 1, 0)
        tables.addWidget(section_title(page, "By market"), 0, 1)
        tables.addWidget(self.market_table, 1, 1, 3, 1)
        tables.addWidget(section_title(page, "Free tier and free entry points"), 2, 0)
        allowances = QVBoxLayout()
        allowances.addWidget(self.free_tier_label)
        allowances.addWidget(self.entry_label)
        allowances.addStretch(1)
        tables.addLayout(allowances, 3, 0)
        tables.addWidget(section_title(page, "Refused messages, by reason"), 0, 2)
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
        self.regime_cards = {regime: RegimeCard(regime, page) for regime in REGIMES}
        cards = QHBoxLayout()
        for card in self.regime_cards.values():
            cards.addWidget(card, 1)
        self.compare_model = TableModel(["Category"], self)
        self.compare_table = figures_table(self.compare_model, "compareTable", page)
        self.explanations_label = plain_label(page, "compareExplanations")
        self.explanations_label.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextSelectableByMouse)
        layout = QVBoxLayout(page)
        layout.addWidget(self.compare_intro)
        layout.addLayout(cards)
        layout.addWidget(section_title(page, "By category"))
        layout.addWidget(self.compare_table)
        layout.addWidget(section_title(page, "Why the totals differ"))
        layout.addWidget(self.explanations_label)
        layout.addStretch(1)
        return self._scroll(page)

    # choosing the period

    @property
    def period_kind(self) -> str:
        return str(self.period_combo.currentData())

    def set_period_kind(self, kind: str) -> None:
        self.period_combo.setCurrentIndex(list(PERIOD_KINDS).index(kind))

    def set_custom_range(self, first: date, last: date) -> None:
        """Choose the custom range `first` to `last` (both included) and show its bill."""
        for edit, day in ((self.start_edit, first), (self.end_edit, last)):
            edit.blockSignals(True)
            edit.setDate(QDate(day.year, day.month, day.day))
            edit.blockSignals(False)
        if self.period_kind != "custom":
            self.set_period_kind("custom")
        else:
            self.refresh()

    def selected_period(self) -> Period:
        """The chosen period now (raises ValueError for an empty custom range)."""
        return period_for(self.period_kind, self.workspace.now(),
                          self.start_edit.date().toPython(), self.end_edit.date().toPython())

    def _chosen_period_or_none(self) -> Period | None:
        try:
            return self.selected_period()
        except ValueError:
            return None

    def _show_range_of(self, period: Period | None) -> None:
        """Show a period's first and last day in the (read-only) date fields."""
        if period is None or self.period_kind == "custom":
            return
        for edit, day in ((self.start_edit, period.first_day), (self.end_edit, period.last_day)):
            edit.blockSignals(True)
            edit.setDate(QDate(day.year, day.month, day.day))
            edit.blockSignals(False)

    def _period_kind_changed(self, _index: int) -> None:
        custom = self.period_kind == "custom"
        self.start_edit.setEnabled(custom)
        self.end_edit.setEnabled(custom)
        self.refresh()

    def _dates_changed(self, _date: QDate) -> None:
        if self.period_kind == "custom":
            self.refresh()

    # keeping the figures current

    def _on_change(self, change: Change) -> None:
        if change.kind != "clock":
            self._charged = None
            self._priced.clear()
        self._stale = self._compare_stale = True
        if self.isVisible():
            self._timer.start()

    def _on_tick(self, now: datetime) -> None:
        """The clock moved: only a new day, week or month needs new figures."""
        if self.period_kind == "custom" or self.period is None or not self.isVisible():
            return
        if not self.period.contains(now) and not self._timer.isActive():
            self._stale = self._compare_stale = True
            self._timer.start()

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

    def current_bill(self) -> Bill | None:
        """The bill shown, computed now if the figures are not current."""
        if self._stale or self._timer.isActive():
            self.refresh()
        return self.bill

    def current_comparison(self) -> Comparison | None:
        if self._stale or self._timer.isActive():
            self.refresh()
        if self._compare_stale and self.bill is not None:
            self._refresh_comparison()
        return self.comparison

    def _charged_history(self) -> list[PricedMessage]:
        if self._charged is None:
            self._charged = as_charged(self.workspace.store, self.workspace.rate_card)
        return self._charged

    def _repriced(self, regime: Regime) -> list[PricedMessage]:
        if regime not in self._priced:
            self._priced[regime] = reprice(self.workspace.store, regime,
                                           self.workspace.rate_card)
        return self._priced[regime]

    def refresh(self) -> None:
        """Recompute the bill for the chosen period (and the comparison, if it is shown)."""
        self._timer.stop()
        try:
            period = self.selected_period()
        except ValueError as error:
            self.range_error.setText(str(error))
            self.range_error.show()
            return
        self.range_error.hide()
        self.refresh_count += 1
        self.period = period
        self._show_range_of(period)
        store, regime = self.workspace.store, self.workspace.regime
        charged = self._charged_history()
        replayed = self._repriced(regime)
        if not same_charges(charged, replayed):
            self.bill = workspace_bill(store, charged, period, regime, as_charged=True)
            self.decided = None
        else:
            self.bill = workspace_bill(store, replayed, period, regime, as_charged=False)
            self.decided = workspace_bill(store, charged, period, regime, as_charged=True)
        self._stale = False
        self._compare_stale = True
        self._show_bill()
        if self.tabs.currentIndex() == COMPARE_TAB:
            self._refresh_comparison()

    def _show_bill(self) -> None:
        bill = self.bill
        assert bill is not None and self.period is not None
        self.period_label.setText(f"{self.period.label} (UTC)")
        self.total_label.setText(money(bill.total, bill.currency))
        self.summary_label.setText(summary_line(bill))
        self.basis_label.setText(self.basis_text())
        self.daily_chart.set_bill(bill)
        self.share_chart.set_bill(bill)
        self.share_combo.setItemText(1, f"of the {bill.unit}")
        self.category_model.set_headers(category_headers(bill))
        self.category_model.set_rows(category_rows(bill))
        self.market_model.set_headers(market_headers(bill))
        self.market_model.set_rows(market_rows(bill))
        self.refused_model.set_rows(refused_rows(bill))
        self.refused_table.setVisible(bool(bill.refused))
        self.no_refusals.setVisible(not bill.refused)
        self.free_tier_label.setText("\n".join(free_tier_lines(bill)))
        self.entry_label.setText(f"Free entry points opened: {bill.entry_points:,}")
        self.unreplayed_label.setText(
            f"{bill.unreplayed:,} accepted message(s) could not be decided again under this "
            "regime and are counted as free." if bill.unreplayed else "")
        self.unreplayed_label.setVisible(bool(bill.unreplayed))

    def basis_text(self) -> str:
        """How the figures were read: as charged, or repriced (and what was charged)."""
        bill = self.bill
        if bill is None:
            return ""
        if self.decided is None:
            return f"As charged, under {bill.regime.label}."
        decided = money(self.decided.total, self.decided.currency)
        return (f"Under {bill.regime.label}: the history repriced with the rate card in use, "
                f"because some messages were decided under another regime or other rates. As "
                f"decided when they were sent, this period's messages were charged {decided}.")

    def _refresh_comparison(self) -> None:
        if self.period is None or self.bill is None:
            return
        store, own, period = self.workspace.store, self.workspace.regime, self.period
        priced = {regime: self._repriced(regime) for regime in REGIMES}
        bills = {regime: workspace_bill(store, priced[regime], period, regime, as_charged=False)
                 for regime in REGIMES}
        self.comparison = comparison(period, own, priced, bills)
        self._compare_stale = False
        own_total = bills[own].total
        for regime, card in self.regime_cards.items():
            card.show_bill(bills[regime], own, own_total)
        self.compare_intro.setText(
            f"The same history replayed under each pricing regime, for {period.label}, with "
            f"the rate card in use. This workspace prices new messages under {own.label}.")
        self.compare_model.set_headers(regime_headers(bills))
        self.compare_model.set_rows(regime_rows(bills))
        self.explanations_label.setText(
            "\n".join(f"• {explanation_text(e)}" for e in self.comparison.explanations))

    def show_tab(self, index: int) -> None:
        self.tabs.setCurrentIndex(index)
        if index == COMPARE_TAB and (self._compare_stale or self._stale):
            self.current_comparison()

    # reports

    def _default_path(self, suffix: str) -> str:
        path = self.workspace.store.path
        folder = path.parent if path is not None else Path.home()
        slug = period_slug(self.period) if self.period else "bill"
        return str(folder / f"bill-{slug}{suffix}")

    def export_csv(self, path: str | Path | None = None) -> Path | None:
        """Write the bill shown as CSV (asking where when `path` is None)."""
        bill = self.current_bill()
        if bill is None:
            self._cannot("Cannot export the bill", "Choose a period first.")
            return None
        target = path or self._ask("Export bill as CSV", ".csv", CSV_FILTER)
        if not target:
            return None
        try:
            write_bill_csv(bill, target)
        except OSError as error:
            self._cannot("Cannot export the bill", _os_text(target, error))
            return None
        self.status.emit(f"Saved the bill for {bill.period.label} as CSV to {target}")
        return Path(target)

    def export_html(self, path: str | Path | None = None) -> Path | None:
        """Write the one-page HTML report (bill, charts, comparison)."""
        bill = self.current_bill()
        if bill is None:
            self._cannot("Cannot export the report", "Choose a period first.")
            return None
        target = path or self._ask("Export HTML report", ".html", HTML_FILTER)
        if not target:
            return None
        text = html_report(bill, self.current_comparison())
        try:
            Path(target).write_text(text, encoding="utf-8")
        except OSError as error:
            self._cannot("Cannot export the report", _os_text(target, error))
            return None
        self.status.emit(f"Saved the report for {bill.period.label} to {target}")
        return Path(target)

    def _ask(self, title: str, suffix: str, filters: str) -> str:
        path, _ = QFileDialog.getSaveFileName(self, title, self._default_path(suffix), filters)
        if path and not Path(path).suffix:
            path += suffix
        return path

    def _cannot(self, title: str, text: str) -> None:
        QMessageBox.warning(self, title, text)


def _os_text(path: str | Path, error: OSError) -> str:
    return f"{path}: {error.strerror or error}"


class BillingDock(QDockWidget):
    """The billing view in a dock (hidden until View billing, or Compare regimes)."""

    def __init__(self, workspace: Workspace, bus: WorkspaceBus,
                 parent: QWidget | None = None) -> None:
        super().__init__("Billing", parent)
        self.setObjectName("billingDock")
        self.view = BillingView(workspace, bus, self)
        self.setWidget(self.view)

    def show_bill(self) -> None:
        self._reveal()
        self.view.show_tab(BILL_TAB)

    def show_comparison(self) -> None:
        self._reveal()
        self.view.show_tab(COMPARE_TAB)

    def _reveal(self) -> None:
        self.show()
        self.raise_()


# The main window


def install_billing(window: WorkspaceWindow) -> BillingDock:
    """Add the Billing dock (tabbed with the activity log) and the Billing menu."""
    dock = BillingDock(window.workspace, window.bus, window)
    window.addDockWidget(Qt.DockWidgetArea.BottomDockWidgetArea, dock)
    log = window.findChild(QDockWidget, "activityLog")
    if log is not None:
        window.tabifyDockWidget(log, dock)
    dock.hide()
    dock.view.status.connect(lambda text: window.show_status(text, STATUS_MS))

    menu = window.feature_menu("&Billing")
    menu.setObjectName("billingMenu")
    toggle = dock.toggleViewAction()
    toggle.setText("View &billing")
    toggle.triggered.connect(lambda checked: dock.raise_() if checked else None)
    menu.addAction(toggle)
    add_action(menu, "&Compare regimes", dock.show_comparison)
    menu.addSeparator()
    add_action(menu, "&Rate card…", lambda: open_rate_card(window))
    menu.addSeparator()
    add_action(menu, "Export bill as &CSV…", dock.view.export_csv)
    add_action(menu, "Export &HTML report…", dock.view.export_html)
    menu.addSeparator()
    add_action(menu, "Cost &forecast…", lambda: open_forecast(window))
    return dock


def open_rate_card(window: WorkspaceWindow) -> None:
    from .rate_card_dialog import RateCardDialog

    RateCardDialog(window.workspace, window).exec()


def forecast_defaults(workspace: Workspace) -> tuple[date, str]:
    """A forecast's first day (the first of the simulated month) and market (the region
    most of the workspace's customers are in, else the United States)."""
    today = workspace.now().astimezone(UTC).date()
    regions = Counter(c.region for c in workspace.customers() if c.region)
    region = regions.most_common(1)[0][0] if regions else "US"
    return today.replace(day=1), region


def open_forecast(window: WorkspaceWindow) -> None:
    from .forecast_dialog import ForecastDialog

    workspace = window.workspace
    start, region = forecast_defaults(workspace)
    ForecastDialog(workspace.rate_card, start, region, window).exec()
