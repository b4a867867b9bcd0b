"""The customer list's data: one row per customer, in the chosen order.

`CustomerListModel` holds every customer as the store's `ListEntry` (what ordering,
filtering and searching need: a handful of plain values), kept in the chosen order, and
builds a `CustomerRow` (preview, phone, state) only for the rows asked for, a page at a time,
keeping a bounded number of them; `CustomerFilterModel` (customer_filter.py) shows the rows
that match the search and the filter. The source keeps the order because a Python
`lessThan` costs about 0.5 s for 10,000 rows, while one `sorted()` takes a few milliseconds.

Time-dependent roles (window countdown, conversation chips, message time) are computed from
the model's `now`, which the panel sets from the bus's tick: never from the wall clock.
"""

from __future__ import annotations

import bisect
import heapq
from collections import OrderedDict
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime
from enum import Enum, IntEnum
from typing import Any

from PySide6.QtCore import (
    QAbstractListModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QColor

from ...explain import category_label
from ...formats import country
from ...i18n import ENGLISH, QT_TRANSLATE_NOOP, TranslatedLabels, language, translate
from ...rules.instants import format_span
from ...rules.model import DAY, Consent, Conversation, CustomerState
from ...rules.phones import format_phone
from ...store import CustomerRecord, CustomerSummary, MessageRecord
from ...store.listing import ListEntry
from ...store.rows import PREVIEW_CHARS
from ..common import palette
from .chat_model import date_in_language

Index = QModelIndex | QPersistentModelIndex
RESORT_ABOVE = 64  # more ended at once than this: one re-sort instead of one move each
PAGE = 32  # rows built at once around the one asked for: a screenful and more
KEPT_ROWS = 4 * PAGE  # rows kept built, the least recently asked for dropped first
WINDOW_SECONDS = int(DAY.total_seconds())

Summaries = Callable[[datetime, list[int]], list[CustomerSummary]]
"""Reads the customers of these ids at an instant (`Store.customer_summaries`)."""


class Role(IntEnum):
    """Data roles of the customer list; DisplayRole is the customer's name, as typed."""

    CUSTOMER_ID = Qt.ItemDataRole.UserRole + 1
    PHONE = Qt.ItemDataRole.UserRole + 2
    REGION = Qt.ItemDataRole.UserRole + 3
    COUNTRY = Qt.ItemDataRole.UserRole + 4
    PREVIEW = Qt.ItemDataRole.UserRole + 5
    UNREAD = Qt.ItemDataRole.UserRole + 6
    CONSENT = Qt.ItemDataRole.UserRole + 7
    REACHABLE = Qt.ItemDataRole.UserRole + 8
    # roles that change with the clock
    TIME_TEXT = Qt.ItemDataRole.UserRole + 20
    WINDOW_STATE = Qt.ItemDataRole.UserRole + 21
    WINDOW_TEXT = Qt.ItemDataRole.UserRole + 22
    WINDOW_COLOUR = Qt.ItemDataRole.UserRole + 23
    CONVERSATIONS = Qt.ItemDataRole.UserRole + 24


TIME_ROLES = [int(Qt.ItemDataRole.ToolTipRole), Role.TIME_TEXT, Role.WINDOW_STATE,
              Role.WINDOW_TEXT, Role.WINDOW_COLOUR, Role.CONVERSATIONS]


class WindowState(Enum):
    NONE = "none"
    OPEN = "open"
    CLOSED = "closed"


class SortOrder(Enum):
    """How the list is ordered (the sort box names each: customer_list.SORT_LABELS)."""

    LAST_ACTIVITY = "Last activity"
    WINDOW_CLOSES_SOONEST = "Window closes soonest"


@dataclass(frozen=True, slots=True)
class Chip:
    """A badge as the delegate paints it."""

    text: str
    colour: QColor


def window_state(state: CustomerState, now: datetime) -> WindowState:
    if state.window_expires() is None:
        return WindowState.NONE
    return WindowState.OPEN if state.window_open(now) else WindowState.CLOSED


def window_badge(state: CustomerState, now: datetime) -> Chip:
    """The window countdown: "window 3h 05m left", "closed 3h 05m ago" or "no window yet"."""
    expires = state.window_expires()
    if expires is None:
        return Chip(translate("CustomerRows", "no window yet"), palette.WINDOW_NONE)
    if state.window_open(now):
        left = expires - now
        return Chip(translate("CustomerRows", "window {span} left").format(
                        span=format_span(now, expires)),
                    palette.window_colour(left.total_seconds()))
    return Chip(translate("CustomerRows", "closed {span} ago").format(
        span=format_span(expires, now)), palette.WINDOW_CLOSED)


def conversation_chips(state: CustomerState, now: datetime) -> list[Chip]:
    return [
        Chip(f"{category_label(c.category)} {format_span(now, c.expires_at)}",
             palette.CATEGORY_COLOURS[c.category])
        for c in state.open_conversations(now)
    ]


PROMOTION_EVENTS = TranslatedLabels("CustomerRows", {
    "stop_marketing": QT_TRANSLATE_NOOP("CustomerRows", "Stopped promotions in WhatsApp"),
    "resume_marketing": QT_TRANSLATE_NOOP("CustomerRows", "Resumed promotions in WhatsApp"),
})
"""The customer's own marketing stop, as the list's last line says it."""


def preview_text(message: MessageRecord | None) -> str:
    """The last message on one line: what the customer wrote, "You: ..." for the business."""
    if message is None:
        return translate("CustomerRows", "No messages yet")
    if message.direction == "event":
        if message.kind in PROMOTION_EVENTS:
            return PROMOTION_EVENTS[message.kind]
        consent = Consent.OPTED_IN if message.kind == "opt_in" else Consent.OPTED_OUT
        return palette.CONSENT_LABELS[consent]
    text = " ".join(message.text[:PREVIEW_CHARS].split())
    if message.direction == "in":
        return text
    if not text and message.template_name:
        text = translate("CustomerRows", "template {name}").format(name=message.template_name)
    if message.accepted:
        return translate("CustomerRows", "You: {text}").format(text=text)
    return translate("CustomerRows", "Not sent: {text}").format(text=text)


def time_text(at: datetime | None, now: datetime) -> str:
    """When the last message was, as a list shows it: 14:05, Yesterday, Mon, 3 Mar."""
    if at is None:
        return ""
    days = (now.date() - at.date()).days
    english = language() == ENGLISH
    if days <= 0:
        return at.strftime("%H:%M")
    if days == 1:
        return translate("CustomerRows", "Yesterday")
    if days < 7:
        return at.strftime("%a") if english else date_in_language(at, "EEE")
    if at.year == now.year:
        return f"{at.day} {at:%b}" if english else date_in_language(at, "d MMM")
    return f"{at.day} {at:%b %Y}" if english else date_in_language(at, "d MMM y")


@dataclass(slots=True, eq=False)
class CustomerRow:
    """One customer as the list paints it; the formatted phone is computed on first use."""

    id: int
    name: str
    e164: str
    region: str
    unread: int
    state: CustomerState
    last_message: MessageRecord | None
    preview: str = ""
    _phone: str | None = field(default=None, repr=False)

    @classmethod
    def of(cls, customer: CustomerRecord, last: MessageRecord | None,
           now: datetime) -> CustomerRow:
        assert customer.id is not None
        state = customer.state
        live = tuple(c for c in state.conversations if c.expires_at > now)
        if len(live) != len(state.conversations):
            state = CustomerState(state.consent, state.reachable, state.last_inbound_at,
                                  state.entry_point_pending, live)
        return cls(customer.id, customer.name, customer.phone, customer.region,
                   customer.unread, state, last, preview_text(last))

    @property
    def phone(self) -> str:
        if self._phone is None:
            self._phone = format_phone(self.e164)
        return self._phone


def page_around(at: int) -> slice:
    """The rows built at once with row `at` when it is not built yet."""
    return slice(max(0, at - PAGE // 4), at + PAGE)


def window_open(entry: ListEntry, now: float) -> bool:
    """`CustomerState.window_open` in the Unix seconds of a `ListEntry`."""
    inbound = entry.inbound
    return inbound is not None and inbound <= now < inbound + WINDOW_SECONDS


def expiries(entry: ListEntry, now: float) -> list[int]:
    """The instants after `now` when this customer's window or a conversation ends."""
    ends = [c.expires for c in entry.conversations if c.expires > now]
    if entry.inbound is not None and entry.inbound + WINDOW_SECONDS > now:
        ends.append(entry.inbound + WINDOW_SECONDS)
    return ends


def sort_key(order: SortOrder, now: datetime) -> Callable[[ListEntry], tuple]:
    """Newest activity first; or open windows by time left, then closed ones (most recently
    closed first), then customers without a window. Ties go by name, then id."""
    if order is SortOrder.LAST_ACTIVITY:
        def by_activity(entry: ListEntry) -> tuple:
            at = entry.activity
            return (at is None, 0 if at is None else -at, entry.name_key, entry.id)
        return by_activity

    seconds = now.timestamp()

    def by_window(entry: ListEntry) -> tuple:
        if entry.inbound is None:
            return (2, 0, entry.name_key, entry.id)
        expires = entry.inbound + WINDOW_SECONDS
        if window_open(entry, seconds):
            return (0, expires, entry.name_key, entry.id)
        return (1, -expires, entry.name_key, entry.id)
    return by_window


class EntryColumns:
    """Entries in order, with their ids, folded names and phone digits as lists of their
    own: a search goes over those with `map` and `compress`, in C, not entry by entry."""

    __slots__ = ("_names_text", "digits", "entries", "ids", "name_keys")

    def __init__(self, entries: list[ListEntry]) -> None:
        self.entries = entries
        self.ids = [entry.id for entry in entries]
        self.name_keys = [entry.name_key for entry in entries]
        self.digits = [entry.digits for entry in entries]
        self._names_text: str | None = None

    @property
    def names_text(self) -> str:
        """Every folded name, one a line: a search looks for a text in all of them at once
        (joined once, until the names change)."""
        if self._names_text is None:
            self._names_text = "\n".join(self.name_keys)
        return self._names_text

    def insert(self, at: int, entry: ListEntry) -> None:
        self.entries.insert(at, entry)
        self.ids.insert(at, entry.id)
        self.name_keys.insert(at, entry.name_key)
        self.digits.insert(at, entry.digits)
        self._names_text = None

    def delete(self, at: int) -> None:
        del self.entries[at], self.ids[at], self.name_keys[at], self.digits[at]
        self._names_text = None

    def put(self, at: int, entry: ListEntry) -> None:
        self.entries[at], self.name_keys[at], self.digits[at] = (
            entry, entry.name_key, entry.digits)
        self._names_text = None


class CustomerListModel(QAbstractListModel):
    """Every customer of the workspace, in `order`; `now` is the simulated instant shown.

    `entries` is the list itself and `columns` the same as columns (read them, never change
    them): any change to a customer puts a new entry in its place. The rows painted are
    read with `summaries` a page at a time; at most `KEPT_ROWS` of them are kept, so
    scrolling through the list holds no more.
    """

    def __init__(self, now: datetime, summaries: Summaries,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.columns = EntryColumns([])
        self._position: dict[int, int] = {}
        self._now = now
        self._order = SortOrder.LAST_ACTIVITY
        self._expiries: list[tuple[int, int]] = []  # heap of (Unix second, customer id)
        self._summaries = summaries
        self._rows: OrderedDict[int, CustomerRow] = OrderedDict()

    # reading

    @property
    def entries(self) -> list[ListEntry]:
        return self.columns.entries

    @property
    def now(self) -> datetime:
        return self._now

    @property
    def order(self) -> SortOrder:
        return self._order

    def row_of(self, customer_id: int) -> int | None:
        return self._position.get(customer_id)

    def entries_of(self, customer_ids: list[int]) -> list[ListEntry]:
        """The entries of these customers (each one in the list), in the order given."""
        return list(map(self.entries.__getitem__, map(self._position.__getitem__, customer_ids)))

    @property
    def built(self) -> int:
        """How many rows are built now: never more than `KEPT_ROWS`."""
        return len(self._rows)

    def row(self, at: int) -> CustomerRow | None:
        """The customer of row `at` as the list paints it (built with its page if need be)."""
        if not 0 <= at < len(self.entries):
            return None
        return self.row_among(self.entries[at].id,
                              lambda: self.columns.ids[page_around(at)])

    def row_among(self, customer_id: int, page: Callable[[], list[int]]) -> CustomerRow | None:
        """The customer as the list paints it; when it is not built, it is built with the
        customers of `page` (ids) not built yet, and the least recently asked for beyond
        `KEPT_ROWS` are dropped."""
        rows = self._rows
        row = rows.get(customer_id)
        if row is not None:
            rows.move_to_end(customer_id)
            return row
        wanted = [i for i in page() if i not in rows]
        for summary in self._summaries(self._now, wanted):
            built = CustomerRow.of(summary.customer, summary.last_message, self._now)
            rows[built.id] = built
        while len(rows) > KEPT_ROWS:
            rows.popitem(last=False)
        return rows.get(customer_id)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self.entries)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        row = self.row(index.row()) if index.isValid() else None
        return None if row is None else row_data(row, role, self._now)

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return (Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
                | Qt.ItemFlag.ItemNeverHasChildren)

    # changing

    def load(self, entries: list[ListEntry], now: datetime) -> None:
        """Replace every row (a new workspace, or a change to many customers)."""
        self.beginResetModel()
        self._now = now
        entries.sort(key=sort_key(self._order, now))
        self.columns = EntryColumns(entries)
        self._reindex()
        self._rows.clear()
        seconds = now.timestamp()
        closed = seconds - WINDOW_SECONDS  # windows opened by then have closed
        self._expiries = [(at, entry.id) for entry in entries
                          if entry.conversations
                          or (entry.inbound is not None and entry.inbound > closed)
                          for at in expiries(entry, seconds)]
        heapq.heapify(self._expiries)
        self.endResetModel()

    def set_order(self, order: SortOrder) -> None:
        if order is not self._order:
            self._order = order
            self._resort()

    def put(self, entry: ListEntry) -> None:
        """Add or refresh one customer's row, moving it where the order puts it."""
        self._rows.pop(entry.id, None)
        for at in expiries(entry, self._now.timestamp()):
            heapq.heappush(self._expiries, (at, entry.id))
        if entry.id in self._position:
            self._replace(entry)
            return
        key = sort_key(self._order, self._now)
        at = bisect.bisect_left(self.entries, key(entry), key=key)
        self.beginInsertRows(QModelIndex(), at, at)
        self.columns.insert(at, entry)
        self._reindex(at)
        self.endInsertRows()

    def remove(self, customer_id: int) -> None:
        at = self._position.get(customer_id)
        if at is None:
            return
        self.beginRemoveRows(QModelIndex(), at, at)
        self.columns.delete(at)
        del self._position[customer_id]
        self._rows.pop(customer_id, None)
        self._reindex(at)
        self.endRemoveRows()

    def set_now(self, now: datetime) -> list[int]:
        """Move the model's clock. Returns the customers whose window or conversation ended
        on the way: their rows are told changed (so filters look at them again), built
        again when next painted and, when the order depends on it, moved."""
        self._now = now
        ended: set[int] = set()
        expiring, seconds, position = self._expiries, now.timestamp(), self._position
        while expiring and expiring[0][0] <= seconds:
            customer_id = heapq.heappop(expiring)[1]
            if customer_id in position:  # not an intersection with the dict: that copies it
                ended.add(customer_id)
        for customer_id in ended:
            self._rows.pop(customer_id, None)
        if len(ended) > RESORT_ABOVE:
            if self._order is SortOrder.WINDOW_CLOSES_SOONEST:
                self._resort()
            self.dataChanged.emit(self.index(0), self.index(len(self.entries) - 1), [])
        else:
            for customer_id in sorted(ended, key=self._position.__getitem__):
                self._replace(self.entries[self._position[customer_id]])
        return sorted(ended)

    def _replace(self, entry: ListEntry) -> None:
        """Put a customer's new entry in place of its old one, and where the order wants it.

        A move is told as a removal and an insertion: a filtering proxy then looks at the
        one row again, where a move would make it filter every row (100,000 Python calls)."""
        old = self._position[entry.id]
        key = sort_key(self._order, self._now)
        new = bisect.bisect_left(self.entries, key(entry), key=key)  # the old one still counts
        if new > old:
            new -= 1
        if new == old:
            self.columns.put(old, entry)
        else:
            self.beginRemoveRows(QModelIndex(), old, old)
            self.columns.delete(old)
            self.endRemoveRows()
            self.beginInsertRows(QModelIndex(), new, new)
            self.columns.insert(new, entry)
            self._reindex(min(old, new), max(old, new) + 1)
            self.endInsertRows()
        index = self.index(new)
        self.dataChanged.emit(index, index, [])

    def _resort(self) -> None:
        self.layoutAboutToBeChanged.emit()
        persistent = self.persistentIndexList()
        ids = [self.entries[index.row()].id for index in persistent]
        self.entries.sort(key=sort_key(self._order, self._now))
        self.columns = EntryColumns(self.entries)
        self._reindex()
        self.changePersistentIndexList(persistent,
                                       [self.index(self._position[i]) for i in ids])
        self.layoutChanged.emit()

    def _reindex(self, start: int = 0, stop: int | None = None) -> None:
        """Record where each row is: all of them, or those of rows start..stop-1."""
        ids = self.columns.ids
        if start == 0 and stop is None:
            self._position = dict(zip(ids, range(len(ids)), strict=True))
            return
        position = self._position
        for n in range(start, len(ids) if stop is None else stop):
            position[ids[n]] = n


def row_data(row: CustomerRow, role: int, now: datetime) -> Any:
    """The value of one role for one row at `now`; customer text is returned as typed."""
    if role == Qt.ItemDataRole.DisplayRole:
        return row.name
    if role == Role.CUSTOMER_ID:
        return row.id
    if role == Role.PHONE:
        return row.phone
    if role == Role.REGION:
        return row.region
    if role == Role.COUNTRY:
        return country(row.region) if row.region else ""
    if role == Role.PREVIEW:
        return row.preview
    if role == Role.UNREAD:
        return row.unread
    if role == Role.CONSENT:
        return row.state.consent
    if role == Role.REACHABLE:
        return row.state.reachable
    if role == Role.TIME_TEXT:
        return time_text(row.last_message.at if row.last_message else None, now)
    if role == Role.WINDOW_STATE:
        return window_state(row.state, now)
    if role == Role.WINDOW_TEXT:
        return window_badge(row.state, now).text
    if role == Role.WINDOW_COLOUR:
        return window_badge(row.state, now).colour
    if role == Role.CONVERSATIONS:
        return conversation_chips(row.state, now)
    if role == Qt.ItemDataRole.ToolTipRole:
        return window_tooltip(row.state, now)
    if role == Qt.ItemDataRole.AccessibleTextRole:
        return f"{row.name}, {row.phone}, {window_badge(row.state, now).text}"
    return None


def window_tooltip(state: CustomerState, now: datetime) -> str:
    """Plain sentences (no customer text) on the window and the open conversations."""
    expires = state.window_expires()
    if expires is None:
        lines = [translate("CustomerRows", "The customer has not written yet: templates only.")]
    elif state.window_open(now):
        lines = [translate("CustomerRows", "Customer service window open until {until} UTC.")
                 .format(until=_moment(expires))]
    else:
        lines = [translate("CustomerRows", "Customer service window closed at {until} UTC: "
                           "templates only.").format(until=_moment(expires))]
    lines += [_conversation_line(c) for c in state.open_conversations(now)]
    consent = palette.CONSENT_LABELS[state.consent]
    lines.append(translate("CustomerRows", "{consent}.").format(consent=consent)
                 if state.reachable else
                 translate("CustomerRows", "{consent}. No WhatsApp account.").format(
                     consent=consent))
    return "\n".join(lines)


def _conversation_line(conversation: Conversation) -> str:
    return translate("CustomerRows", "{category} conversation open until {until} UTC.").format(
        category=category_label(conversation.category),
        until=_moment(conversation.expires_at))


def _moment(at: datetime) -> str:
    """`Fri 07 Mar 16:41` (`vie 07 mar 16:41`)."""
    if language() != ENGLISH:
        return f"{date_in_language(at, 'EEE dd MMM')} {at:%H:%M}"
    return f"{at:%a %d %b %H:%M}"


