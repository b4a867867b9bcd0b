"""The activity log: every decision the rules took, in order, with the rule that decided it.

The store may hold a million messages, so the log never reads them all: it shows the newest
page, reads older pages as the reader scrolls up (`canFetchMore`/`fetchMore`), and appends
only the messages a change added.
"""

from __future__ import annotations

import bisect
from collections.abc import Iterable
from datetime import UTC, datetime

from PySide6.QtCore import (
    QAbstractListModel,
    QIdentityProxyModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    QTimer,
    Signal,
    Slot,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDockWidget,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ...explain import category_label, outcome_note, record_outcome, rule_sentence
from ...formats import count
from ...history.actions import record_action
from ...history.windows import window_closes
from ...i18n import QT_TRANSLATE_NOOP, translate
from ...rules.pricing import MarketRates
from ...rules.refusals import explained
from ...service import Change, ChangeKind, Workspace
from ...store import MessageRecord, Store, StoreError
from ..common import palette
from ..common.bus import WorkspaceBus
from ..common.table_model import HeadedTableModel
from ..common.widgets import plain_label, plain_tooltip
from .clock_bar import format_date
from .rule_crossing import RuleCrossingNote

PAGE = 200
MAX_ROWS = 5_000

COLUMNS = (QT_TRANSLATE_NOOP("ActivityLog", "Time"), QT_TRANSLATE_NOOP("ActivityLog", "Customer"),
           QT_TRANSLATE_NOOP("ActivityLog", "Action"), QT_TRANSLATE_NOOP("ActivityLog", "Result"),
           QT_TRANSLATE_NOOP("ActivityLog", "Conversation / charge"),
           QT_TRANSLATE_NOOP("ActivityLog", "Rule"))
TIME, CUSTOMER, ACTION, RESULT, NOTE, RULE = range(len(COLUMNS))

Index = QModelIndex | QPersistentModelIndex


class History:
    """Reads stored messages newest first, of one customer or all of them, page by page."""

    def __init__(self, store: Store, customer_id: int | None, page: int = PAGE) -> None:
        self._store = store
        self._customer_id = customer_id
        self._page = page
        self._oldest: int | None = None
        self.exhausted = False

    def resume_before(self, message_id: int) -> None:
        """Read from just before `message_id` again (the rows after it are kept elsewhere)."""
        self._oldest = message_id
        self.exhausted = False

    def older(self, count: int) -> list[MessageRecord]:
        """The next `count` messages going back in time, returned oldest first."""
        if self.exhausted:
            return []
        records = self._store.messages(self._customer_id, limit=count, before_id=self._oldest)
        self.exhausted = len(records) < count
        if records:
            self._oldest = _id(records[0])
        return records


def _id(record: MessageRecord) -> int:
    assert record.id is not None
    return record.id


class ActivityModel(HeadedTableModel):
    """Decisions oldest at the top, newest at the bottom.

    `canFetchMore`/`fetchMore` read the next older page and insert it at the top;
    `workspace_changed` appends what a change added (only messages newer than the newest
    the model holds). `set_customer_filter` shows one customer's decisions, or all.
    """

    HEADERS = COLUMNS
    HEADER_CONTEXT = "ActivityLog"
    customers_changed = Signal(object)  # customers told of: one customer id, or all (None)

    def __init__(self, workspace: Workspace, page: int = PAGE,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._workspace = workspace
        self._page = page
        self._customer_id: int | None = None
        self._names: dict[int, str] = {}
        self._markets: dict[int, MarketRates] = {}
        self._history = History(workspace.store, None, page)
        self._last_id = 0
        self._holds_newest = True  # the rows reach the newest message (changes append)
        self._total = 0
        self._changing = False
        self._regime = workspace.regime
        self.reload()

    # Qt model

    def cell_data(self, row: int, column: int, role: int) -> object:
        record: MessageRecord = self._rows[row]
        if role == Qt.ItemDataRole.DisplayRole:
            return self.text(record, column)
        if role == Qt.ItemDataRole.ToolTipRole and column in (ACTION, NOTE, RULE):
            return plain_tooltip(self.text(record, column))
        if role == Qt.ItemDataRole.BackgroundRole and not record.accepted:
            return palette.REFUSED_ROW
        if role == Qt.ItemDataRole.UserRole:
            return record.id
        return None

    def canFetchMore(self, parent: Index) -> bool:
        return not parent.isValid() and not self._history.exhausted

    def fetchMore(self, parent: Index) -> None:
        # Whoever hears of rows arriving, or of a reset, may ask for more (the model
        # tester does): not while the rows are changing.
        if parent.isValid() or self._changing:
            return
        older = self._history.older(self._page)
        if older:
            self._insert(0, older)
            self._trim_newest()

    @property
    def can_fetch_newer(self) -> bool:
        """Whether newer rows were let go (scrolling up) and can be read again."""
        return not self._holds_newest

    def fetch_newer(self) -> None:
        """Read the next page of newer rows back in at the bottom (the reader scrolls down)."""
        if self._holds_newest or self._changing:
            return
        newer = self._workspace.store.messages(self._customer_id, limit=self._page,
                                               after_id=self._last_id)
        self._holds_newest = len(newer) < self._page
        if newer:
            self._last_id = _id(newer[-1])
            self._insert(len(self._rows), newer)
            self._trim()

    def _trim_newest(self) -> None:
        """Keep at most MAX_ROWS after reading older rows: the newest go (read again with
        `fetch_newer`), so memory stays bounded however far the reader scrolls."""
        extra = len(self._rows) - MAX_ROWS
        if extra <= 0:
            return
        self._changing = True
        try:
            self.beginRemoveRows(QModelIndex(), MAX_ROWS, len(self._rows) - 1)
            del self._rows[MAX_ROWS:]
            self.endRemoveRows()
        finally:
            self._changing = False
        self._last_id = _id(self._rows[-1])
        self._holds_newest = False

    def _insert(self, row: int, records: list[MessageRecord]) -> None:
        self._learn_names(r.customer_id for r in records)
        self._changing = True
        try:
            self.beginInsertRows(QModelIndex(), row, row + len(records) - 1)
            self._rows[row:row] = records
            self.endInsertRows()
        finally:
            self._changing = False

    # What the rows say

    def text(self, record: MessageRecord, column: int) -> str:
        if column == TIME:
            return f"{format_date(record.at)} {record.at:%H:%M:%S}"
        if column == CUSTOMER:
            return self._names.get(record.customer_id,
                                  translate("ActivityLog", "Customer #{id}").format(
                                      id=record.customer_id))
        if column == ACTION:
            return action_text(record)
        if column == RESULT:
            return result_text(record)
        if column == NOTE:
            return self._note(record)
        if column == RULE:
            return rule_sentence(record_action(record), record_outcome(record), self._regime)
        return ""

    def _note(self, record: MessageRecord) -> str:
        if record.direction == "in":
            until = window_closes(record.at)
            shown = f"{format_date(until)[:-5]} {until:%H:%M}"
            if record.referral:
                return translate("ActivityLog", "Window open until {until}; next reply opens a "
                                 "free entry point").format(until=shown)
            return translate("ActivityLog", "Window open until {until}").format(until=shown)
        if record.kind == "opt_in":
            return translate("ActivityLog", "Opted in")
        if record.kind == "opt_out":
            return translate("ActivityLog", "Opted out")
        if not record.accepted:
            if record.error_message:
                return explained(record.error_message)
            return translate("ActivityLog", "Not sent")
        market = self._market(record.customer_id)
        if market is None:
            return category_label(record.category) if record.category else ""
        return outcome_note(record_outcome(record), market, self._regime)

    def _market(self, customer_id: int) -> MarketRates | None:
        """The customer's market, read once per customer shown (None if it is gone)."""
        if customer_id not in self._markets:
            try:
                customer = self._workspace.store.customer(customer_id)
            except StoreError:
                return None
            self._markets[customer_id] = self._workspace.market(customer)
        return self._markets[customer_id]

    # State

    @property
    def customer_filter(self) -> int | None:
        return self._customer_id

    @property
    def total(self) -> int:
        """How many decisions the filter selects, loaded or not."""
        return self._total

    def record(self, row: int) -> MessageRecord:
        return self._rows[row]

    def set_customer_filter(self, customer_id: int | None) -> None:
        if customer_id != self._customer_id:
            self._customer_id = customer_id
            self.reload()

    def reload(self) -> None:
        """Start over from the newest page (a new filter, or changes the log cannot follow)."""
        self._changing = True
        try:
            self._reset()
        finally:
            self._changing = False

    def _reset(self) -> None:
        self.beginResetModel()
        store, customer_id = self._workspace.store, self._customer_id
        self._history = History(store, customer_id, self._page)
        self._total = store.message_count(customer_id)
        self._rows = self._history.older(self._page)
        self._names = {}
        self._learn_names(r.customer_id for r in self._rows)
        # The first page is the newest: later messages are what changes add.
        self._last_id = _id(self._rows[-1]) if self._rows else 0
        self._holds_newest = True
        self.endResetModel()

    @Slot(object)
    def workspace_changed(self, change: Change) -> None:
        if change.kind is ChangeKind.CUSTOMER:
            shown = change.customer_id in self._names
            self._refresh_told(change)
            if change.customer_id is None or not shown:
                return
            self._emit_column_changed(CUSTOMER, CUSTOMER)
            self._emit_column_changed(NOTE, NOTE)
        elif change.kind is ChangeKind.SETTINGS:
            self._markets.clear()
            self._regime = self._workspace.regime
            self._emit_column_changed(NOTE, RULE)
        elif change.kind is ChangeKind.MESSAGE:
            if change.customer_id is None:
                self._refresh_told(change)
                self.reload()
            elif self._customer_id in (None, change.customer_id):
                self._append_new(change.customer_id)

    def _append_new(self, customer_id: int) -> None:
        if not self._holds_newest:  # read when the reader scrolls down to them
            self._total = self._workspace.store.message_count(self._customer_id)
            return
        limit = 8
        while True:
            records = self._workspace.store.messages(customer_id, limit=limit)
            if len(records) < limit or _id(records[0]) <= self._last_id:
                break
            limit *= 4
        new = [r for r in records if _id(r) > self._last_id]
        if not new:
            return
        self._last_id = _id(new[-1])
        self._total += len(new)
        self._insert(len(self._rows), new)
        self._trim()

    def _trim(self) -> None:
        """Keep at most MAX_ROWS in memory: the oldest go, and scrolling up reads them again."""
        extra = len(self._rows) - MAX_ROWS
        if extra <= 0:
            return
        self._changing = True
        try:
            self.beginRemoveRows(QModelIndex(), 0, extra - 1)
            del self._rows[:extra]
            self.endRemoveRows()
        finally:
            self._changing = False
        self._history.resume_before(_id(self._rows[0]))

    def _refresh_told(self, change: Change) -> None:
        """Read again the names of the customers a change is about: its one customer, those
        an undo or a redo wrote (`Change.customers`), or all."""
        if change.customer_id is None and change.customers is not None:
            for customer_id in sorted(change.customers):
                self._refresh_customers(customer_id)
        else:
            self._refresh_customers(change.customer_id)

    def _refresh_customers(self, customer_id: int | None = None) -> None:
        """Read again the names shown: one customer's (edited or gone), or all (None); then
        tell whoever shows customers (the filter's choices)."""
        if customer_id is None:
            known, self._names = list(self._names), {}
            self._markets.clear()
            self._learn_names(known)
        elif customer_id in self._names:
            del self._names[customer_id]
            self._markets.pop(customer_id, None)
            self._learn_names([customer_id])
        self.customers_changed.emit(customer_id)

    def _learn_names(self, customer_ids: Iterable[int]) -> None:
        """Read the names not read yet of these customers (those of rows shown): the log
        holds the names of the customers it shows, never every customer's."""
        missing = set(customer_ids).difference(self._names)
        if missing:
            self._names.update(self._workspace.store.customer_names(sorted(missing)))

    def _emit_column_changed(self, first: int, last: int) -> None:
        if self._rows:
            self.dataChanged.emit(self.index(0, first), self.index(len(self._rows) - 1, last))


def action_text(record: MessageRecord) -> str:
    if record.direction == "in":
        if record.referral:
            return translate("ActivityLog", "Customer message (from an ad)")
        return translate("ActivityLog", "Customer message")
    if record.kind == "opt_in":
        return translate("ActivityLog", "Opt-in")
    if record.kind == "opt_out":
        return translate("ActivityLog", "Opt-out")
    if record.kind == "template":
        return translate("ActivityLog", "Template {name} ({language})").format(
            name=record.template_name, language=record.template_language)
    if record.kind == "text":
        return translate("ActivityLog", "Free-form")
    return record.kind.replace("_", " ").capitalize()


def result_text(record: MessageRecord) -> str:
    if record.accepted:
        return translate("ActivityLog", "Accepted")
    if record.error_code:
        return translate("ActivityLog", "Refused {code}").format(code=record.error_code)
    return translate("ActivityLog", "Refused")


class CustomerChoices(QAbstractListModel):
    """The customer filter's choices: "All customers", then the customers in the order they
    were added, read a page at a time as the list is scrolled down (`canFetchMore`/
    `fetchMore`), so that a workspace of 100,000 customers builds the log at once; a new,
    renamed or removed customer changes one row."""

    ALL = QT_TRANSLATE_NOOP("ActivityLog", "All customers")

    def __init__(self, store: Store, page: int = PAGE, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._store = store
        self._page = page
        self._ids: list[int | None] = [None]
        self._names: dict[int, str] = {}
        self._rows: dict[int, int] = {}
        self._exhausted = False
        self._read(page)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self._ids)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid() or index.row() >= len(self._ids):
            return None
        customer_id = self._ids[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            if customer_id is None:
                return translate("ActivityLog", self.ALL)
            return self._names[customer_id]
        if role == Qt.ItemDataRole.UserRole:
            return customer_id
        return None

    def canFetchMore(self, parent: Index) -> bool:  # noqa: N802
        return not parent.isValid() and not self._exhausted

    def fetchMore(self, parent: Index) -> None:  # noqa: N802
        if not parent.isValid():
            self._read(self._page)

    def row_of(self, customer_id: int | None) -> int:
        """The row of a customer (reading the pages up to it first), -1 when there is none;
        0 ("All customers") for None."""
        if customer_id is None:
            return 0
        if customer_id not in self._rows and customer_id > self._last_id:
            self._read(customer_id - self._last_id)  # ids only grow: at most that many
        return self._rows.get(customer_id, -1)

    def reset(self) -> None:
        """Read the first page again (a new workspace, or many changes)."""
        self.beginResetModel()
        self._ids, self._names, self._rows = [None], {}, {}
        self._exhausted = False
        self._read(self._page, told=False)
        self.endResetModel()

    def put(self, customer_id: int) -> None:
        """Read one customer's name again: added, renamed or gone."""
        name = self._store.customer_names([customer_id]).get(customer_id)
        row = self._rows.get(customer_id)
        if row is None and name is not None:
            if customer_id < self._last_id or self._exhausted:  # else read with its page
                self._insert_one(customer_id, name)
        elif row is not None and name is None:
            self.beginRemoveRows(QModelIndex(), row, row)
            del self._ids[row], self._names[customer_id], self._rows[customer_id]
            self._reindex(row)
            self.endRemoveRows()
        elif row is not None and self._names[customer_id] != name:
            self._names[customer_id] = name
            self.dataChanged.emit(self.index(row), self.index(row))

    @property
    def _last_id(self) -> int:
        return self._ids[-1] or 0

    def _read(self, count: int, told: bool = True) -> None:
        """The next `count` customers, at the end (`told`: as inserted rows)."""
        if self._exhausted:
            return
        names = self._store.customer_names_after(self._last_id, count)
        self._exhausted = len(names) < count
        if not names:
            return
        first = len(self._ids)
        if told:
            self.beginInsertRows(QModelIndex(), first, first + len(names) - 1)
        self._ids.extend(names)
        self._names.update(names)
        self._reindex(first)
        if told:
            self.endInsertRows()

    def _insert_one(self, customer_id: int, name: str) -> None:
        row = bisect.bisect_left(self._ids, customer_id, lo=1)
        self.beginInsertRows(QModelIndex(), row, row)
        self._ids.insert(row, customer_id)
        self._names[customer_id] = name
        self._reindex(row)
        self.endInsertRows()

    def _reindex(self, first: int) -> None:
        """Number the rows from `first` on again (after rows came or went there)."""
        self._rows.update((self._ids[row], row) for row in range(first, len(self._ids)))


class _UpwardFetch(QIdentityProxyModel):
    """Hides `canFetchMore` from the view, which would otherwise fetch whenever the last
    row shows: here older pages come in at the top, fetched when the reader scrolls up."""

    def canFetchMore(self, parent: Index) -> bool:
        return False


class ActivityLogDock(QDockWidget):
    """The activity log as a dock: a customer filter over the decisions table."""

    def __init__(self, workspace: Workspace, bus: WorkspaceBus,
                 parent: QWidget | None = None) -> None:
        super().__init__(translate("ActivityLog", "Activity log"), parent)
        self.setObjectName("activityLog")
        self._workspace = workspace
        self.model = ActivityModel(workspace, parent=self)
        self._follow = True  # at the bottom: new rows scroll into view

        body = QWidget(self)
        layout = QVBoxLayout(body)
        layout.setContentsMargins(4, 4, 4, 4)
        bar = QHBoxLayout()
        label = QLabel(translate("ActivityLog", "Customer:"), body)
        self.customer_combo = QComboBox(body)
        self.customer_combo.setAccessibleName(translate("ActivityLog", "Show decisions of"))
        self.choices = CustomerChoices(workspace.store, parent=self)
        self.customer_combo.setModel(self.choices)
        # Sized to a long name, not to every name: measuring 100,000 would take seconds.
        self.customer_combo.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.customer_combo.setMinimumContentsLength(len("Valentina Ríos Álvarez"))
        label.setBuddy(self.customer_combo)
        self.count_label = plain_label(body, "activityCount", wrap=False)
        bar.addWidget(label)
        bar.addWidget(self.customer_combo)
        bar.addStretch(1)
        bar.addWidget(self.count_label)
        layout.addLayout(bar)
        self.rule_note = RuleCrossingNote(workspace, bus, body)
        layout.addWidget(self.rule_note)

        self.view = QTableView(body)
        self.view.setObjectName("activityTable")
        self._proxy = _UpwardFetch(self)
        self._proxy.setSourceModel(self.model)
        self.view.setModel(self._proxy)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.setWordWrap(False)
        self.view.setAlternatingRowColors(True)
        self.view.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.view.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerItem)
        self.view.verticalHeader().hide()
        rows = self.view.verticalHeader()
        rows.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        rows.setDefaultSectionSize(self.view.fontMetrics().height() + 8)
        columns = self.view.horizontalHeader()
        columns.setHighlightSections(False)
        columns.setStretchLastSection(True)
        metrics = self.view.fontMetrics()
        longest = datetime(2025, 9, 30, tzinfo=UTC)
        for column, sample in (
                (TIME, f"{format_date(longest)} 00:00:00"), (CUSTOMER, "Valentina Ríos"),
                (ACTION, translate("ActivityLog", "Template {name} ({language})").format(
                    name="order_confirmation", language="es_MX")),
                (RESULT, translate("ActivityLog", "Refused {code}").format(code=131047)),
                (NOTE, translate("OutcomeNote",
                                 "Free entry point conversation opened (72 h), free"))):
            columns.resizeSection(column, metrics.horizontalAdvance(sample) + 20)
        layout.addWidget(self.view, 1)
        self.setWidget(body)

        self._fetch_timer = QTimer(self)
        self._fetch_timer.setSingleShot(True)
        self._fetch_timer.setInterval(0)
        self._fetch_timer.timeout.connect(self._fetch_if_at_top)
        self._newer_timer = QTimer(self)
        self._newer_timer.setSingleShot(True)
        self._newer_timer.setInterval(0)
        self._newer_timer.timeout.connect(self._fetch_if_at_bottom)
        scroll = self.view.verticalScrollBar()
        scroll.valueChanged.connect(self._scrolled)
        scroll.rangeChanged.connect(self._range_changed)
        self.model.rowsInserted.connect(self._rows_came)
        self.model.rowsRemoved.connect(self._rows_went)
        self.model.modelReset.connect(self._was_reset)
        self.model.customers_changed.connect(self._fill_customers)
        self.customer_combo.activated.connect(self._customer_chosen)
        bus.changed.connect(self.model.workspace_changed)
        self._was_reset()

    # Public

    @Slot(object)
    def set_customer_filter(self, customer_id: int | None) -> None:
        """Show one customer's decisions, or everyone's (None)."""
        index = self.choices.row_of(customer_id)
        if index < 0:
            raise ValueError(f"no customer {customer_id}")
        self.customer_combo.setCurrentIndex(max(index, 0))
        self.model.set_customer_filter(customer_id)

    @property
    def customer_filter(self) -> int | None:
        return self.model.customer_filter

    # Reacting

    def _customer_chosen(self, index: int) -> None:
        self.model.set_customer_filter(self.customer_combo.itemData(index))

    def _fill_customers(self, customer_id: int | None = None) -> None:
        """Read the choices again: one customer's, or every customer's (None)."""
        if customer_id is not None:
            self.choices.put(customer_id)
            return
        combo = self.customer_combo
        combo.blockSignals(True)
        self.choices.reset()
        combo.setCurrentIndex(max(self.choices.row_of(self.model.customer_filter), 0))
        combo.blockSignals(False)

    def _scrolled(self, value: int) -> None:
        scroll = self.view.verticalScrollBar()
        at_bottom = value >= scroll.maximum()
        self._follow = at_bottom and not self.model.can_fetch_newer
        if value == scroll.minimum():
            self._fetch_timer.start()
        elif at_bottom and self.model.can_fetch_newer:
            self._newer_timer.start()

    def _range_changed(self, _low: int, high: int) -> None:
        """Stay at the bottom while following (new rows, a taller table)."""
        scroll = self.view.verticalScrollBar()
        if self._follow:
            scroll.setValue(high)
        if scroll.value() == scroll.minimum():
            self._fetch_timer.start()

    def _rows_came(self, _parent: QModelIndex, first: int, last: int) -> None:
        if first == 0 and last + 1 < self.model.rowCount() and not self._follow:
            # Older rows came in above: keep the rows that were on screen there.
            scroll = self.view.verticalScrollBar()
            value = scroll.value()
            self.view.doItemsLayout()
            scroll.setValue(value + last - first + 1)
        self._show_count()

    def _rows_went(self, _parent: QModelIndex, first: int, last: int) -> None:
        if first == 0 and not self._follow:
            # The oldest rows went (newer ones came in below): keep the rows on screen there.
            scroll = self.view.verticalScrollBar()
            value = scroll.value()
            self.view.doItemsLayout()
            scroll.setValue(value - (last - first + 1))
        self._show_count()

    def _fetch_if_at_bottom(self) -> None:
        scroll = self.view.verticalScrollBar()
        if self.view.isVisible() and scroll.value() == scroll.maximum():
            self.model.fetch_newer()

    def _was_reset(self) -> None:
        self._follow = True
        self.view.scrollToBottom()
        self._show_count()

    def _fetch_if_at_top(self) -> None:
        scroll = self.view.verticalScrollBar()
        if (self.view.isVisible() and scroll.value() == scroll.minimum()
                and self.model.canFetchMore(QModelIndex())):
            self.model.fetchMore(QModelIndex())

    def _show_count(self) -> None:
        total, loaded = self.model.total, self.model.rowCount()
        if loaded < total:
            text = translate("ActivityLog", "{loaded} of {total} decision; scroll up for older") \
                if total == 1 else \
                translate("ActivityLog", "{loaded} of {total} decisions; scroll up for older")
            self.count_label.setText(text.format(loaded=count(loaded), total=count(total)))
        elif total == 1:
            self.count_label.setText(translate("ActivityLog", "{count} decision").format(
                count=count(total)))
        else:
            self.count_label.setText(translate("ActivityLog", "{count} decisions").format(
                count=count(total)))
