"""The customer list's data: one row per customer, in the chosen order.

`CustomerListModel` holds every customer as a `CustomerRow` built from the store's
summaries, kept in the chosen order; `CustomerFilterModel` (customer_filter.py) shows the
rows that match the search and the filter. The source keeps the order because a Python
`lessThan` costs about 0.5 s for 10,000 rows, while one `sorted()` takes a few milliseconds.

Time-dependent roles (window countdown, conversation chips, message time) are computed from
the model's `now`, which the panel sets from the bus's tick: never from the wall clock.
"""

from __future__ import annotations

import bisect
import heapq
import unicodedata
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field, replace
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
from ...rules.model import Consent, Conversation, CustomerState
from ...rules.phones import format_phone
from ...store import CustomerRecord, CustomerSummary, MessageRecord
from ...store.rows import PREVIEW_CHARS
from ..common import palette
from .chat_model import date_in_language

Index = QModelIndex | QPersistentModelIndex
RESORT_ABOVE = 64  # more ended at once than this: one re-sort instead of one move each


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


def fold(text: str) -> str:
    """Lower case without accents, for search: "López" -> "lopez"."""
    if text.isascii():
        return text.lower()
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


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
    """One customer as the list needs it; the formatted phone is computed on first use."""

    id: int
    name: str
    e164: str
    region: str
    unread: int
    state: CustomerState
    last_message: MessageRecord | None
    preview: str = ""
    name_key: str = ""
    digits: str = ""
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
                   customer.unread, state, last, preview_text(last), fold(customer.name),
                   customer.phone.lstrip("+"))

    @property
    def phone(self) -> str:
        if self._phone is None:
            self._phone = format_phone(self.e164)
        return self._phone

    @property
    def last_activity(self) -> datetime | None:
        if self.last_message is not None:
            return self.last_message.at
        return self.state.last_inbound_at

    def expiries(self, now: datetime) -> list[datetime]:
        """The instants after `now` when this row's window or a conversation ends."""
        ends = [c.expires_at for c in self.state.conversations if c.expires_at > now]
        window = self.state.window_expires()
        if window is not None and window > now:
            ends.append(window)
        return ends

    def snapshot(self) -> CustomerRow:
        """The same customer as a new row object (filter verdicts are cached per object)."""
        return replace(self)


def sort_key(order: SortOrder, now: datetime) -> Callable[[CustomerRow], tuple]:
    """Newest activity first; or open windows by time left, then closed ones (most recently
    closed first), then customers without a window. Ties go by name, then id."""
    if order is SortOrder.LAST_ACTIVITY:
        def by_activity(row: CustomerRow) -> tuple:
            at = row.last_activity
            return (at is None, -at.timestamp() if at else 0.0, row.name_key, row.id)
        return by_activity

    def by_window(row: CustomerRow) -> tuple:
        expires = row.state.window_expires()
        if expires is None:
            return (2, 0.0, row.name_key, row.id)
        if row.state.window_open(now):
            return (0, expires.timestamp(), row.name_key, row.id)
        return (1, -expires.timestamp(), row.name_key, row.id)
    return by_window


class CustomerListModel(QAbstractListModel):
    """Every customer of the workspace, in `order`; `now` is the simulated instant shown.

    `rows` is the list itself (read it, never change it). A row object is a snapshot: any
    change to a customer, or to what the clock makes of it, puts a new object in its place.
    """

    def __init__(self, now: datetime, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.rows: list[CustomerRow] = []
        self._position: dict[int, int] = {}
        self._now = now
        self._order = SortOrder.LAST_ACTIVITY
        self._expiries: list[tuple[datetime, int]] = []  # heap of (instant, customer id)

    # reading

    @property
    def now(self) -> datetime:
        return self._now

    @property
    def order(self) -> SortOrder:
        return self._order

    def row_of(self, customer_id: int) -> int | None:
        return self._position.get(customer_id)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self.rows)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self.rows):
            return None
        return row_data(self.rows[index.row()], role, self._now)

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return (Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
                | Qt.ItemFlag.ItemNeverHasChildren)

    # changing

    def load(self, summaries: Iterable[CustomerSummary], now: datetime) -> None:
        """Replace every row (a new workspace, or a change to many customers)."""
        self.beginResetModel()
        self._now = now
        rows = [CustomerRow.of(s.customer, s.last_message, now) for s in summaries]
        rows.sort(key=sort_key(self._order, now))
        self.rows = rows
        self._reindex()
        self._expiries = [(at, row.id) for row in rows for at in row.expiries(now)]
        heapq.heapify(self._expiries)
        self.endResetModel()

    def set_order(self, order: SortOrder) -> None:
        if order is not self._order:
            self._order = order
            self._resort()

    def put(self, customer: CustomerRecord, last: MessageRecord | None) -> None:
        """Add or refresh one customer's row, moving it where the order puts it."""
        assert customer.id is not None
        row = CustomerRow.of(customer, last, self._now)
        for at in row.expiries(self._now):
            heapq.heappush(self._expiries, (at, row.id))
        if customer.id in self._position:
            self._replace(row)
            return
        key = sort_key(self._order, self._now)
        at = bisect.bisect_left(self.rows, key(row), key=key)
        self.beginInsertRows(QModelIndex(), at, at)
        self.rows.insert(at, row)
        self._reindex()
        self.endInsertRows()

    def remove(self, customer_id: int) -> None:
        at = self._position.get(customer_id)
        if at is None:
            return
        self.beginRemoveRows(QModelIndex(), at, at)
        del self.rows[at]
        self._reindex()
        self.endRemoveRows()

    def set_now(self, now: datetime) -> list[int]:
        """Move the model's clock. Returns the customers whose window or conversation ended
        on the way: their rows are renewed (so filters look at them again) and, when the
        order depends on it, moved."""
        self._now = now
        ended: set[int] = set()
        expiries = self._expiries
        while expiries and expiries[0][0] <= now:
            ended.add(heapq.heappop(expiries)[1])
        ended.intersection_update(self._position)
        if len(ended) > RESORT_ABOVE:
            self.rows = [row.snapshot() if row.id in ended else row for row in self.rows]
            if self._order is SortOrder.WINDOW_CLOSES_SOONEST:
                self._resort()
            self.dataChanged.emit(self.index(0), self.index(len(self.rows) - 1), [])
        else:
            for customer_id in sorted(ended, key=self._position.__getitem__):
                self._replace(self.rows[self._position[customer_id]].snapshot())
        return sorted(ended)

    def _replace(self, row: CustomerRow) -> None:
        """Put a customer's new row in place of its old one, and where the order wants it.

        A move is told as a removal and an insertion: a filtering proxy then looks at the
        one row again, where a move would make it filter every row (100,000 Python calls)."""
        old = self._position[row.id]
        key = sort_key(self._order, self._now)
        new = bisect.bisect_left(self.rows, key(row), key=key)  # the old row still counts
        if new > old:
            new -= 1
        if new == old:
            self.rows[old] = row
        else:
            self.beginRemoveRows(QModelIndex(), old, old)
            del self.rows[old]
            self.endRemoveRows()
            self.beginInsertRows(QModelIndex(), new, new)
            self.rows.insert(new, row)
            self._reindex(min(old, new), max(old, new) + 1)
            self.endInsertRows()
        index = self.index(new)
        self.dataChanged.emit(index, index, [])

    def _resort(self) -> None:
        self.layoutAboutToBeChanged.emit()
        persistent = self.persistentIndexList()
        ids = [self.rows[index.row()].id for index in persistent]
        self.rows.sort(key=sort_key(self._order, self._now))
        self._reindex()
        self.changePersistentIndexList(persistent,
                                       [self.index(self._position[i]) for i in ids])
        self.layoutChanged.emit()

    def _reindex(self, start: int = 0, stop: int | None = None) -> None:
        """Record where each row is: all of them, or those of rows start..stop-1."""
        if start == 0 and stop is None:
            self._position = {row.id: n for n, row in enumerate(self.rows)}
            return
        rows, position = self.rows, self._position
        for n in range(start, len(rows) if stop is None else stop):
            position[rows[n].id] = n


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


