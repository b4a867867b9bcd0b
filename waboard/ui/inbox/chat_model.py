"""The rows of one customer's chat: message bubbles, day separators and system notes.

The rows are derived from what the store holds (messages, conversations, the consent
ledger) and the workspace clock; nothing here decides anything about the rules. A long
thread is loaded newest page first; older pages come in through `fetchMore`.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from enum import IntEnum, StrEnum
from typing import Any

from babel.dates import format_date as babel_date
from PySide6.QtCore import QAbstractListModel, QModelIndex, QObject, QPersistentModelIndex, Qt

from ...consent import source_text
from ...explain import (
    PlatformReport,
    category_label,
    outcome_note,
    platform_report,
    record_outcome,
)
from ...formats import babel_locale, long_date
from ...history.rule_notes import RuleNote, customer_notes
from ...history.windows import WindowChange, window_changes
from ...i18n import ENGLISH, QT_TRANSLATE_NOOP, TranslatedLabels, language, translate
from ...rules.instants import format_span
from ...rules.model import Category, Conversation, Regime
from ...rules.pricing import MarketRates
from ...rules.refusals import explained
from ...rules.regimes import AUTO
from ...service import Workspace
from ...store import ConsentRecord, MessageRecord

PAGE_SIZE = 200
ALL_TIME = (datetime.min.replace(tzinfo=UTC), datetime.max.replace(tzinfo=UTC))
"""Every dated change a chat may note (it shows those between the first message and now)."""

Index = QModelIndex | QPersistentModelIndex

REFERRAL_LABELS = TranslatedLabels("Chat", {
    "ctwa_ad": QT_TRANSLATE_NOOP("Chat", "Came from a click-to-WhatsApp ad"),
    "page_cta": QT_TRANSLATE_NOOP("Chat", "Came from a Page button"),
})
"""What a customer message that came from an ad or a Page button says above its text."""


# Times as the GUI shows them (always UTC, the workspace clock's zone).


def clock_text(at: datetime) -> str:
    """`16:41`"""
    return f"{at:%H:%M}"


def day_text(at: datetime) -> str:
    """`Friday, 7 March 2025`, in the user's language"""
    return long_date(at.date())


def date_in_language(at: datetime, pattern: str) -> str:
    """The date of `at` in a CLDR pattern, in the language in force (abbreviations without
    their dots, as the English ones have none)."""
    return babel_date(at.date(), pattern, locale=babel_locale()).replace(".", "")


def short_instant(at: datetime) -> str:
    """`Fri 7 Mar 16:41` (`vie 7 mar 16:41`)"""
    if language() != ENGLISH:
        return f"{date_in_language(at, 'EEE d MMM')} {at:%H:%M}"
    return f"{at:%a} {at.day} {at:%b %H:%M}"


def compact_instant(at: datetime) -> str:
    """`7 Mar 16:41` (`7 mar 16:41`)"""
    if language() != ENGLISH:
        return f"{date_in_language(at, 'd MMM')} {at:%H:%M}"
    return f"{at.day} {at:%b %H:%M}"


def first_name(name: str) -> str:
    return name.split()[0] if name.split() else name


def failure_text(record: MessageRecord) -> str:
    """`Not sent · 131047 · Re-engagement message: ...` for a refused business message."""
    if record.accepted or record.direction != "out":
        return ""
    parts = [translate("Chat", "Not sent")]
    if record.error_code is not None:
        parts.append(str(record.error_code))
    if record.error_message:
        parts.append(explained(record.error_message))
    else:
        parts.append(record.reason.replace("_", " ") if record.reason
                     else translate("Chat", "refused"))
    return " · ".join(parts)


TICKS = {"sent": "✓", "delivered": "✓✓", "read": "✓✓"}
"""A business message's ticks by its delivery status (read ones drawn blue)."""


def ticks_text(record: MessageRecord, now: datetime) -> str:
    """Delivery ticks of a business message at `now`: ✓ sent, ✓✓ delivered or read."""
    return TICKS.get(record.delivery_status(now), "")


QUOTE_CHARS = 80


def quote_text(replied: MessageRecord | None) -> str:
    """How a reply quotes the message it answers: its first line, cut short."""
    if replied is None:
        return translate("Chat", "(message no longer in the chat)")
    first = (replied.text or replied.header).strip().split("\n", 1)[0]
    return first if len(first) <= QUOTE_CHARS else first[:QUOTE_CHARS - 1] + "…"


class RowKind(IntEnum):
    DAY = 0
    MESSAGE = 1
    NOTE = 2


class NoteKind(StrEnum):
    WINDOW = "window"  # a customer message opened or restarted the service window
    WINDOW_CLOSED = "window_closed"
    OUTCOME = "outcome"  # how an accepted business message was counted and charged
    ENDED = "ended"  # a conversation expired
    CONSENT = "consent"
    RULES = "rules"  # a dated rule change took effect


class Roles(IntEnum):
    KIND = Qt.ItemDataRole.UserRole + 1
    NOTE_KIND = KIND + 1
    RECORD = KIND + 2
    DIRECTION = KIND + 3
    TIME = KIND + 4
    TICKS = KIND + 5
    FAILURE = KIND + 6
    HEADER = KIND + 7
    FOOTER = KIND + 8
    BUTTONS = KIND + 9
    REFERRAL = KIND + 10
    READ = KIND + 11
    CATEGORY = KIND + 12  # of the conversation a note is about
    PLATFORM_REPORT = KIND + 13  # what the platform reports (explain.PlatformReport)


@dataclass(frozen=True, slots=True)
class ChatRow:
    """One row of the chat. A window note with `until` counts down to it (live text)."""

    kind: RowKind
    at: datetime
    record: MessageRecord | None = None
    note: NoteKind | None = None
    text: str = ""
    until: datetime | None = None
    category: str | None = None

    def display(self, now: datetime) -> str:
        if self.record is not None and self.kind is RowKind.MESSAGE:
            return self.record.text
        if self.until is None:
            return self.text
        if now < self.until:
            return translate("Chat", "{note} · closes in {span}").format(
                note=self.text, span=format_span(now, self.until))
        return translate("Chat", "{note} · closed").format(note=self.text)

    def live(self, now: datetime) -> bool:
        return self.until is not None and now < self.until


@dataclass(frozen=True, slots=True)
class Thread:
    """What the chat is built from: the loaded messages (oldest first) and their context."""

    messages: Sequence[MessageRecord]
    complete: bool  # no older messages than these
    conversations: Sequence[Conversation] = ()
    consents: Sequence[ConsentRecord] = ()
    name: str = ""
    market: MarketRates | None = None
    regime: Regime = Regime.CBP_2023_06
    rule_notes: Sequence[RuleNote] = ()  # every dated change that touches the customer


def build_rows(thread: Thread, now: datetime) -> list[ChatRow]:
    """The chat's rows: messages with their notes, timed notes in between, day separators."""
    messages = thread.messages
    lower = None if thread.complete or not messages else messages[0].at
    windows = _window_notes(messages)
    timed = _timed_notes(thread, windows, now, lower)
    rows: list[ChatRow] = []
    day = None

    def put(row: ChatRow) -> None:
        nonlocal day
        if row.at.date() != day:
            day = row.at.date()
            rows.append(ChatRow(RowKind.DAY, row.at, text=day_text(row.at)))
        rows.append(row)

    pending = 0
    for i, record in enumerate(messages):
        while pending < len(timed) and timed[pending].at <= record.at:
            put(timed[pending])
            pending += 1
        if record.direction == "event":
            if record.kind in EVENT_SENTENCES:
                put(ChatRow(RowKind.NOTE, record.at, note=NoteKind.CONSENT,
                            text=_consent_sentence(thread.name, record.kind)))
            continue
        put(ChatRow(RowKind.MESSAGE, record.at, record))
        if i in windows:
            put(windows[i])
        elif record.direction == "out" and record.accepted:
            note = _outcome_sentence(record, thread)
            if note:
                put(ChatRow(RowKind.NOTE, record.at, note=NoteKind.OUTCOME, text=note,
                            category=record.category))
    for row in timed[pending:]:
        put(row)
    return rows


def _window_notes(messages: Sequence[MessageRecord]) -> dict[int, ChatRow]:
    """A note after the last of each run of customer messages, by message position."""
    inbound = [i for i, m in enumerate(messages) if m.direction == "in"]
    changes = window_changes([messages[i].at for i in inbound])
    notes: dict[int, ChatRow] = {}
    run_start: WindowChange | None = None
    for n, i in enumerate(inbound):
        change = changes[n]
        run_start = run_start or change
        if i + 1 >= len(messages) or messages[i + 1].direction != "in":
            text = translate("Chat", "Customer service window restarted") \
                if run_start.restarted else translate("Chat", "Customer service window opened")
            superseded = n + 1 < len(changes) and changes[n + 1].restarted
            notes[i] = ChatRow(RowKind.NOTE, change.at, note=NoteKind.WINDOW, text=text,
                               until=None if superseded else change.closes_at)
            run_start = None
    return notes


def _timed_notes(thread: Thread, windows: dict[int, ChatRow], now: datetime,
                 lower: datetime | None) -> list[ChatRow]:
    """Notes at instants of their own: a conversation or a window ended, a ledger entry."""
    notes: list[ChatRow] = []
    ended: dict[Category, str] = {}  # a long chat ends thousands of conversations
    for conversation in thread.conversations:
        if conversation.expires_at <= now:
            category = conversation.category
            if category not in ended:
                ended[category] = translate("Chat", "{category} conversation ended").format(
                    category=category_label(category))
            notes.append(ChatRow(RowKind.NOTE, conversation.expires_at, note=NoteKind.ENDED,
                                 text=ended[category], category=category.value))
    for window in windows.values():
        if window.until is not None and window.until <= now:
            notes.append(ChatRow(RowKind.NOTE, window.until, note=NoteKind.WINDOW_CLOSED,
                                 text=translate("Chat", "Customer service window closed")))
    if thread.messages:  # from the customer's first message until the clock
        first = thread.messages[0].at
        notes.extend(ChatRow(RowKind.NOTE, n.at, note=NoteKind.RULES, text=n.marked)
                     for n in thread.rule_notes if first < n.at <= now)
    recorded = {(m.kind, m.at) for m in thread.messages if m.direction == "event"}
    for event in thread.consents:
        if (event.kind, event.at) not in recorded:
            sentence = _consent_sentence(thread.name, event.kind)
            if event.source:
                sentence = translate("Chat", "{sentence} ({source})").format(
                    sentence=sentence, source=source_text(event.source))
            notes.append(ChatRow(RowKind.NOTE, event.at, note=NoteKind.CONSENT, text=sentence))
    if lower is not None:
        notes = [n for n in notes if n.at >= lower]
    notes.sort(key=lambda n: n.at)
    return notes


EVENT_SENTENCES = TranslatedLabels("Chat", {
    "opt_in": QT_TRANSLATE_NOOP("Chat", "{name} opted in"),
    "opt_out": QT_TRANSLATE_NOOP("Chat", "{name} opted out"),
    "stop_marketing": QT_TRANSLATE_NOOP(
        "Chat", "{name} stopped promotions from this business in WhatsApp (marketing "
        "templates now fail; the consent ledger is unchanged)"),
    "resume_marketing": QT_TRANSLATE_NOOP(
        "Chat", "{name} resumed promotions from this business in WhatsApp"),
})
"""What a customer's event in the thread says, with their first name."""


def _consent_sentence(name: str, kind: str) -> str:
    return EVENT_SENTENCES[kind].format(name=first_name(name))


def _outcome_sentence(record: MessageRecord, thread: Thread) -> str:
    if thread.market is None or record.category is None:
        return ""
    regime = thread.regime
    if record.opened is None:  # decided per message: no conversation opened
        regime = Regime.PMP_2025_07
    elif regime.per_message:
        regime = Regime.CBP_2024_11
    return outcome_note(record_outcome(record), thread.market, regime)


class ChatModel(QAbstractListModel):
    """One customer's chat as rows; loads the newest page, older pages on `fetchMore`."""

    def __init__(self, workspace: Workspace, parent: QObject | None = None,
                 page_size: int = PAGE_SIZE) -> None:
        super().__init__(parent)
        self.workspace = workspace
        self.page_size = page_size
        self.customer_id: int | None = None
        self._thread = Thread((), True)
        self._rows: list[ChatRow] = []
        self._now = workspace.now()
        self._live: dict[int, str] = {}  # row -> the text it shows now
        self._next_change: datetime | None = None

    # Qt model

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row = self._rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return row.display(self._now)
        if role == Qt.ItemDataRole.ToolTipRole:
            return _tooltip(row, self._thread.conversations)
        if role == Roles.KIND:
            return int(row.kind)
        if role == Roles.NOTE_KIND:
            return None if row.note is None else row.note.value
        if role == Roles.CATEGORY:
            return row.category
        record = row.record
        if record is None:
            return None
        if role == Roles.RECORD:
            return record
        if role == Roles.PLATFORM_REPORT:
            return _report(record, self._thread.conversations)
        if role == Roles.DIRECTION:
            return record.direction
        if role == Roles.TIME:
            return clock_text(record.at)
        if role == Roles.TICKS:
            return ticks_text(record, self._now)
        if role == Roles.READ:
            return record.delivery_status(self._now) == "read"
        if role == Roles.FAILURE:
            return failure_text(record)
        if role == Roles.HEADER:
            return record.header
        if role == Roles.FOOTER:
            return record.footer
        if role == Roles.BUTTONS:
            return list(record.buttons)
        if role == Roles.REFERRAL:
            return REFERRAL_LABELS.get(record.referral or "", "")
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemNeverHasChildren

    def roleNames(self) -> dict[int, bytes]:
        names = super().roleNames()
        names.update({int(role): role.name.lower().encode() for role in Roles})
        return names

    def canFetchMore(self, parent: Index = QModelIndex()) -> bool:  # noqa: B008
        return not parent.isValid() and self.customer_id is not None and \
            not self._thread.complete

    def fetchMore(self, parent: Index = QModelIndex()) -> None:  # noqa: B008
        """Load the next page of older messages above the loaded ones."""
        if not self.canFetchMore(parent) or not self._thread.messages:
            return
        assert self.customer_id is not None
        oldest = self._thread.messages[0].id
        older, complete = self._page(oldest)
        self._set_thread(self._context(older + list(self._thread.messages), complete))

    # public

    def row(self, index: int) -> ChatRow:
        return self._rows[index]

    def quoted(self, record: MessageRecord) -> str:
        """The start of the message a button reply answers, as the reply quotes it."""
        if record.reply_to is None:
            return ""
        return quote_text(self.workspace.store.message(record.reply_to))

    @property
    def now(self) -> datetime:
        """The instant live notes are counted from."""
        return self._now

    @property
    def rows(self) -> tuple[ChatRow, ...]:
        return tuple(self._rows)

    @property
    def loaded_messages(self) -> int:
        return len(self._thread.messages)

    def set_customer(self, customer_id: int | None) -> None:
        """Show this customer's newest page (an empty model for None)."""
        self.beginResetModel()
        self.customer_id = customer_id
        self._now = self.workspace.now()
        if customer_id is None:
            self._thread = Thread((), True)
        else:
            messages, complete = self._page(None)
            self._thread = self._context(messages, complete)
        self._rows = build_rows(self._thread, self._now)
        self._track_live()
        self.endResetModel()

    def refresh(self) -> None:
        """Take in what changed for this customer: new messages, conversations, names."""
        if self.customer_id is None:
            return
        self._now = self.workspace.now()
        loaded = list(self._thread.messages)
        newest, complete = self._page(None)
        if not loaded:
            self._set_thread(self._context(newest, complete))
            return
        last_id = loaded[-1].id or 0
        again = {m.id: m for m in newest if (m.id or 0) <= last_id}  # reads move their ticks
        loaded = [again.get(m.id, m) for m in loaded]
        fresh = [m for m in newest if (m.id or 0) > last_id]
        if len(fresh) == len(newest) and not complete:
            # a page or more arrived at once: there may be a gap, start from the newest page
            self.set_customer(self.customer_id)
            return
        self._set_thread(self._context(loaded + fresh, self._thread.complete))

    def set_now(self, now: datetime) -> None:
        """The clock moved: count down live notes; add notes for what has just ended."""
        moved_back = now < self._now
        self._now = now
        if moved_back or (self._next_change is not None and now >= self._next_change):
            self._apply(build_rows(self._thread, now))
            return
        for position, shown in list(self._live.items()):
            text = self._rows[position].display(now)
            if text != shown:
                self._live[position] = text
                index = self.index(position, 0)
                self.dataChanged.emit(index, index, [Qt.ItemDataRole.DisplayRole])

    # loading

    def _page(self, before_id: int | None) -> tuple[list[MessageRecord], bool]:
        assert self.customer_id is not None
        page = self.workspace.store.messages(self.customer_id, self.page_size + 1, before_id)
        if len(page) > self.page_size:
            return page[1:], False
        return page, True

    def _context(self, messages: list[MessageRecord], complete: bool) -> Thread:
        assert self.customer_id is not None
        workspace = self.workspace
        customer = workspace.customer(self.customer_id)
        # Older conversations than the loaded messages leave no note on screen.
        since = None if complete or not messages else messages[0].at
        conversations = [c for _, c in workspace.store.conversations(
            self.customer_id, between=None if since is None else (since, None))]
        notes = customer_notes(ALL_TIME[0], ALL_TIME[1], customer.region,
                               workspace.pricing == AUTO, workspace.rate_card_at)
        return Thread(messages, complete, conversations,
                      workspace.store.consent_events(self.customer_id), customer.name,
                      workspace.market(customer), workspace.regime, notes)

    def _set_thread(self, thread: Thread) -> None:
        self._thread = thread
        self._apply(build_rows(thread, self._now))

    def _apply(self, rows: list[ChatRow]) -> None:
        """Replace the rows, telling views only about the stretch that differs."""
        old = self._rows
        shortest = min(len(old), len(rows))
        start = 0
        while start < shortest and old[start] == rows[start]:
            start += 1
        tail = 0
        while tail < shortest - start and old[-1 - tail] == rows[-1 - tail]:
            tail += 1
        old_end, new_end = len(old) - tail, len(rows) - tail
        if old_end > start:
            self.beginRemoveRows(QModelIndex(), start, old_end - 1)
            del self._rows[start:old_end]
            self.endRemoveRows()
        if new_end > start:
            self.beginInsertRows(QModelIndex(), start, new_end - 1)
            self._rows[start:start] = rows[start:new_end]
            self.endInsertRows()
        self._track_live()

    def _track_live(self) -> None:
        now = self._now
        self._live = {i: row.display(now) for i, row in enumerate(self._rows) if row.live(now)}
        upcoming = [row.until for row in self._rows if row.until is not None and row.until > now]
        upcoming += [c.expires_at for c in self._thread.conversations if c.expires_at > now]
        upcoming += [n.at for n in self._thread.rule_notes if n.at > now]
        self._next_change = min(upcoming) if upcoming else None


def _tooltip(row: ChatRow, conversations: Sequence[Conversation]) -> str:
    day = date_in_language(row.at, "EEEE dd MMMM y") if language() != ENGLISH \
        else f"{row.at:%A %d %B %Y}"
    at = f"{day}, {row.at:%H:%M:%S} UTC"
    record = row.record
    if record is None or row.kind is not RowKind.MESSAGE:
        return at
    if record.kind == "template":
        at += "\n" + translate("Chat", "Template {name} ({language})").format(
            name=record.template_name, language=record.template_language)
    report = _report(record, conversations)
    if report is not None:
        at += "\n\n" + translate("Chat", "What the platform reports:") + "\n" + report.as_text()
    return at


def _report(record: MessageRecord, conversations: Sequence[Conversation]
            ) -> PlatformReport | None:
    """The platform's report of an accepted business message; None for anything else."""
    if record.direction != "out" or not record.accepted or record.category is None:
        return None
    return platform_report(record, conversations)


def window_countdown(until: datetime, now: datetime) -> str:
    """`closes in 3h 05m` / `closed 2h 10m ago`, for a window or conversation end."""
    if now < until:
        return translate("Chat", "closes in {span}").format(span=format_span(now, until))
    return translate("Chat", "closed {span} ago").format(span=format_span(until, now))


__all__ = [
    "PAGE_SIZE", "ChatModel", "ChatRow", "NoteKind", "Roles", "RowKind", "Thread", "build_rows",
    "clock_text", "compact_instant", "day_text", "failure_text", "first_name", "short_instant",
    "TICKS", "ticks_text", "window_countdown",
]
