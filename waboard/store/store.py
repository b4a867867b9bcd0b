"""The store: one waboard database file (or an in-memory one) and every query on it.

Over 500 lines on purpose: this is the one class that holds SQL, a section per table, so
that every query and its index live side by side (records, schema and the file lock are
their own modules)."""

from __future__ import annotations

import gc
import json
import os
import re
import sqlite3
from collections import Counter, defaultdict
from collections.abc import Iterable, Iterator
from contextlib import closing, contextmanager, suppress
from datetime import UTC, datetime, time, timedelta
from decimal import Decimal
from itertools import islice
from pathlib import Path
from typing import Any

from sqlite_utils import Database

from waboard.rules.instants import parse_instant
from waboard.rules.model import DAY, ZERO, Category, Conversation, CustomerState, Template

from ..i18n import QT_TRANSLATE_NOOP, translate
from .daily import DailyReads, DailyTally, move_customer
from .errors import CANNOT_OPEN, StoreError
from .files import (
    check_file,
    flush_to_disk,
    is_open_here,
    read_only_uri,
    refuse_workspace_target,
    register_open,
    replace_atomically,
    temporary_sibling,
)
from .integrity import check_wal, recover_hot_journal, validate
from .journal import Inserted, Journal
from .listing import ENTRIES_SELECT, OPEN_CONVERSATIONS_SELECT, ListEntry, fold, read_entries
from .lock import DatabaseFailure, FileLock, GuardedConnection, failure_message, lock_path
from .records import (
    ClockEventRecord,
    ConsentRecord,
    CustomerRecord,
    CustomerSummary,
    MessageRecord,
)
from .rows import (
    CONSENT_COLUMNS,
    CONVERSATION_COLUMNS,
    CUSTOMER_COLUMNS,
    MESSAGE_COLUMNS,
    PREVIEW_COLUMNS,
    STATE_COLUMNS,
    TEMPLATE_COLUMNS,
    Row,
    conversation_row,
    customer_row,
    instant,
    message_row,
    read_consent,
    read_conversation,
    read_customer,
    read_instant,
    read_message,
    read_preview,
    read_state,
    read_template,
    state_row,
    template_row,
)
from .schema import migrate
from .seal import remove_seal, seal_matches, write_seal
from .totals import Tally, register_decimal_sum

_MONTH = re.compile(r"\d{4}-\d{2}")
CLOCK_EVENT_KINDS = ("jump", "play", "pause", "speed", "real_time")
_NO_COPY = QT_TRANSLATE_NOOP("Store", "cannot write a copy to {file}: {problem}")


def _placeholders(columns: str) -> str:
    return ", ".join("?" * len(columns.split(",")))


def _without_id(columns: str) -> str:
    return columns.removeprefix("id, ")


_INSERT_CUSTOMER = (
    f"INSERT INTO customers ({_without_id(CUSTOMER_COLUMNS)}, name_key)"
    f" VALUES ({_placeholders(_without_id(CUSTOMER_COLUMNS))}, ?)"
)
_INSERT_CONVERSATION = (
    f"INSERT INTO conversations (customer_id, {CONVERSATION_COLUMNS})"
    f" VALUES (?, {_placeholders(CONVERSATION_COLUMNS)})"
)
_INSERT_TEMPLATE = (
    f"INSERT INTO templates ({TEMPLATE_COLUMNS}) VALUES ({_placeholders(TEMPLATE_COLUMNS)})"
)
_INSERT_MESSAGE = (
    f"INSERT INTO messages ({_without_id(MESSAGE_COLUMNS)})"
    f" VALUES ({_placeholders(_without_id(MESSAGE_COLUMNS))})"
)
_BATCH = 10_000
"""Messages a bulk insert turns into rows at a time."""
_CHOSEN = "SELECT value FROM json_each(?)"
"""The ids of a JSON list parameter, for `IN (...)`."""
_SET_STATE = " = ?, ".join(STATE_COLUMNS.split(", ")) + " = ?"



def _whole_utc_days(start: datetime, end: datetime) -> tuple[datetime, datetime]:
    """The first and the last UTC midnight in [start, end]: the whole UTC days inside
    [start, end) run from the one to the other (none if the first is not before the last)."""
    start, end = start.astimezone(UTC), end.astimezone(UTC)
    first = datetime.combine(start.date(), time(), UTC)
    if first < start:
        first += timedelta(days=1)
    return first, datetime.combine(end.date(), time(), UTC)


class Store(DailyReads):
    """A waboard database. Open one with `Store.open`.

    Outside `transaction()` every write method commits on its own; inside one, writes
    become part of it. Instants are kept as `format_instant` text, amounts as decimal text.
    """

    def __init__(self, db: Database, path: Path | None) -> None:
        self._db = db
        self._conn = db.conn
        self.path = path
        """The database file; None for an in-memory store."""
        self.checked_fully = path is not None
        """Whether opening read every page and row (False: the file was sealed, see seal)."""
        self._data_version = self._count("PRAGMA data_version", ())
        self.journal = Journal(self._conn)
        """The undo journal: what each user action wrote, to take it back."""

    @classmethod
    def open(cls, path: str | Path | None = None) -> Store:
        """Open the database at `path`, creating it (with the latest schema) if missing or
        empty and migrating an older one forward; None or ":memory:" opens an in-memory one.

        Raises StoreError, leaving the file untouched, for a file that is not a waboard
        database, one made by a newer waboard, a damaged one (see `integrity`), one that
        cannot be read or written, and one open in another waboard (an OS lock on the file
        itself says so, whatever name it is opened by; see lock).
        """
        if path is None or str(path) == ":memory:":
            return cls(cls._connect(":memory:", wal=False), None)
        file = Path(os.path.realpath(path))
        if is_open_here(file):
            raise StoreError(translate("Store", "{file} is already open in this waboard (pid "
                                       "{pid})").format(file=file, pid=os.getpid()))
        existed = file.exists()
        holds_database = check_file(file)
        lock = FileLock(file).acquire()
        try:
            if holds_database:
                recover_hot_journal(file)
                check_wal(file)
                sealed = seal_matches(file)
                validate(file, read_only_uri(file), full=not sealed)
                remove_seal(file)
                lock.reassert()
            elif file.stat().st_size == 0:
                cls._create(file, lock)
            store = cls(cls._connect(file, wal=True, lock=lock), file)
            store.checked_fully = not (holds_database and sealed)
        except BaseException as error:
            lock.release()
            if not existed:
                file.unlink(missing_ok=True)
            if isinstance(error, sqlite3.Error):
                raise StoreError(translate("Store", CANNOT_OPEN).format(file=file, problem=error)
                                 ) from None
            raise
        register_open(file, True)
        return store

    @classmethod
    def _create(cls, file: Path, lock: FileLock) -> None:
        """Make a new database aside and rename it into place: killed while making it,
        waboard leaves at worst a stale draft, never a half-made file. The draft is locked
        before it is renamed, so the lock moves with it."""
        draft = Path(f"{file}-new")
        for suffix in ("", "-journal", "-wal", "-shm"):
            Path(f"{draft}{suffix}").unlink(missing_ok=True)
        draft_lock = FileLock(draft).acquire()
        try:
            cls._connect(draft, wal=True).close()
            draft_lock.reassert()
            os.replace(draft, file)
            lock.take_over(draft_lock)
        finally:
            draft_lock.release()
            lock_path(draft).unlink(missing_ok=True)

    @staticmethod
    def _connect(target: str | Path, wal: bool, lock: FileLock | None = None) -> Database:
        connection = sqlite3.connect(target, isolation_level=None, factory=GuardedConnection)
        try:
            if isinstance(target, Path):
                connection.watch(target, lock)
            db = Database(connection, execute_plugins=False)
            # sqlite_utils finds out whether SQLite has ON CONFLICT upserts by creating a
            # table on first use; if that probe fails (disk full, file locked) it falls back
            # for good to an upsert that silently stores nothing for a new NOT NULL row.
            db._supports_on_conflict = sqlite3.sqlite_version_info >= (3, 24, 0)
            db.execute("PRAGMA foreign_keys = ON")
            register_decimal_sum(connection)
            migrate(db)
            if wal:
                db.enable_wal()
                # FULL: a confirmed action survives power loss and OS crashes too, not only
                # a killed process (docs/qa.md; bench/sync_bench.py measures the cost).
                db.execute("PRAGMA synchronous = FULL")
        except BaseException:
            connection.close()
            raise
        return db

    def close(self) -> None:
        """Close the file; sealed as sound (see seal) unless another connection wrote to it
        while it was open, which waboard cannot vouch for."""
        if self.path is not None and self._untouched_by_others():
            self._conn.on_closed = lambda: write_seal(self.path)
        self._db.close()
        if self.path is not None:
            register_open(self.path, False)

    def _untouched_by_others(self) -> bool:
        """No other connection committed to the file since it was opened, and it is still
        the file at its path."""
        try:
            version = self._count("PRAGMA data_version", ())
        except (StoreError, sqlite3.Error):
            return False
        return version == self._data_version and self._conn.is_same_file()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()

    @contextmanager
    def transaction(self) -> Iterator[None]:
        """One atomic unit: committed when the block ends, rolled back if it raises.

        Inside an open transaction this joins it: the outermost block decides. A failure of
        SQLite itself (file locked, read-only, disk full...) raises StoreError saying so,
        with everything the block wrote undone.
        """
        conn = self._conn
        if conn.in_transaction:
            yield
            return
        conn.execute("BEGIN IMMEDIATE")
        try:
            yield
            conn.execute("COMMIT")
        except BaseException as error:
            if conn.in_transaction:
                with suppress(sqlite3.Error):  # the error may have ended it already
                    conn.execute("ROLLBACK")
            if isinstance(error, sqlite3.Error) and not isinstance(error, StoreError):
                raise DatabaseFailure(failure_message(error, self.path)) from error
            raise

    def copy_to(self, path: str | Path) -> None:
        """Write a consistent copy of the whole database to a new file at `path`, whole or
        not at all: made under a temporary name, flushed, checked (it must open as a sound
        waboard file), then renamed to `path`."""
        target = Path(os.path.realpath(path))
        if target.exists() and target.stat().st_size:
            raise StoreError(translate("Store", "{file} already exists: choose a new file name")
                             .format(file=path))
        refuse_workspace_target(target)
        temp, fd = temporary_sibling(target)
        os.close(fd)
        try:
            with closing(sqlite3.connect(temp)) as copy:
                self._conn.backup(copy)
            flush_to_disk(temp)
            validate(temp, read_only_uri(temp))
            replace_atomically(temp, target)
        except sqlite3.Error as error:
            raise StoreError(translate("Store", _NO_COPY).format(file=path, problem=error)
                             ) from None
        except OSError as error:
            raise StoreError(translate("Store", _NO_COPY).format(file=path,
                                                                 problem=error.strerror)
                             ) from None
        finally:
            for suffix in ("", "-journal"):
                Path(f"{temp}{suffix}").unlink(missing_ok=True)

    @property
    def writes(self) -> int:
        """A count that grows with every row written through this store (never shrinks,
        rolled back or not): equal counts mean nothing was written in between."""
        return self._conn.total_changes

    def integrity_ok(self) -> bool:
        """Whether SQLite finds the file sound and every reference points at a row."""
        checks = self._db.execute("PRAGMA integrity_check").fetchall()
        return checks == [("ok",)] and not self._db.execute("PRAGMA foreign_key_check").fetchall()

    # Settings

    def get_setting(self, key: str, default: Any = None) -> Any:
        row = self._one("SELECT value FROM settings WHERE key = ?", (key,))
        return default if row is None else json.loads(row[0])

    def set_setting(self, key: str, value: Any) -> None:
        """Store a JSON-serialisable value under `key`, replacing any earlier one."""
        try:
            text = json.dumps(value, ensure_ascii=False)
        except (TypeError, ValueError) as error:
            raise StoreError(f"setting {key!r} cannot be stored: {error}") from None
        self._db["settings"].upsert({"key": key, "value": text}, pk="key")

    # Customers

    def add_customer(self, record: CustomerRecord) -> int:
        """Add a customer (its `id` is ignored) with any conversations its state holds."""
        with self.transaction():
            with _constraints(unique=StoreError(
                    f"a customer with id {record.key!r} already exists")):
                customer_id = self._conn.execute(
                    _INSERT_CUSTOMER, (*customer_row(record), fold(record.name))).lastrowid
            for conversation in record.state.conversations:
                self.add_conversation(customer_id, conversation)
        return customer_id

    def update_customer(self, record: CustomerRecord) -> None:
        """Rewrite a customer's name, phone, region, unread count and state columns."""
        if record.id is None:
            raise StoreError(f"customer {record.key!r} has no id to update it by")
        old = self._one("SELECT region FROM customers WHERE id = ?", (record.id,))
        with self.transaction():
            if old is not None and old[0] != record.region:
                move_customer(self._conn, record.id, record.region)
            self._update(
                "UPDATE customers SET name = ?, name_key = ?, phone = ?, region = ?,"
                f" unread = ?, {_SET_STATE} WHERE id = ?",
                (record.name, fold(record.name), record.phone, record.region, record.unread)
                + state_row(record.state)
                + (record.id,),
                record.id,
            )

    def customer(self, customer_id: int, at: datetime | None = None) -> CustomerRecord:
        """A customer with all its conversations, or (given `at`) those not expired then:
        a long history holds thousands."""
        row = self._one(f"SELECT {CUSTOMER_COLUMNS} FROM customers WHERE id = ?", (customer_id,))
        if row is None:
            raise _no_customer(customer_id)
        live = None if at is None else instant(at)
        return read_customer(row, self._conversations_of(customer_id, live))

    def customer_by_key(self, key: str) -> CustomerRecord | None:
        row = self._one(f"SELECT {CUSTOMER_COLUMNS} FROM customers WHERE key = ?", (key,))
        return None if row is None else read_customer(row, self._conversations_of(row[0]))

    def customer_by_phone(self, phone: str) -> CustomerRecord | None:
        """The first customer with this E.164 number, if any."""
        row = self._one(f"SELECT {CUSTOMER_COLUMNS} FROM customers WHERE phone = ? ORDER BY id",
                        (phone,))
        return None if row is None else read_customer(row, self._conversations_of(row[0]))

    def customers(self) -> list[CustomerRecord]:
        """Every customer in the order they were added, each with all its conversations."""
        conversations: defaultdict[int, list[Conversation]] = defaultdict(list)
        for customer_id, conversation in self.conversations():
            conversations[customer_id].append(conversation)
        rows = self._db.execute(f"SELECT {CUSTOMER_COLUMNS} FROM customers ORDER BY id")
        return [read_customer(row, tuple(conversations[row[0]])) for row in rows]

    def customer_count(self) -> int:
        return self._db["customers"].count

    def customer_ids(self) -> list[int]:
        """Every customer's id, in the order they were added."""
        return [row[0] for row in self._db.execute("SELECT id FROM customers ORDER BY id")]

    def customer_names(self, customer_ids: Iterable[int] | None = None) -> dict[int, str]:
        """Customers' names by id: of `customer_ids` (those that exist), or of every
        customer in the order they were added."""
        if customer_ids is None:
            rows = self._db.execute("SELECT id, name FROM customers ORDER BY id")
        else:
            wanted = json.dumps(list(customer_ids))
            rows = self._db.execute(
                "SELECT id, name FROM customers WHERE id IN (SELECT value FROM json_each(?))",
                (wanted,),
            )
        return dict(rows.fetchall())

    def customer_names_after(self, after_id: int, limit: int) -> dict[int, str]:
        """The names of the next `limit` customers added after customer `after_id` (0: from
        the first), by id in that order: one page of a long list."""
        rows = self._db.execute(
            "SELECT id, name FROM customers WHERE id > ? ORDER BY id LIMIT ?", (after_id, limit))
        return dict(rows.fetchall())

    def region_counts(self) -> dict[str, int]:
        """How many customers each region has (customers without a region left out)."""
        return dict(self._db.execute(
            "SELECT region, count(*) FROM customers WHERE region != '' GROUP BY region"
        ).fetchall())

    # Rules state

    def customer_state(self, customer_id: int, at: datetime) -> CustomerState:
        """The customer's state at `at`: conversations are those not yet expired then."""
        row = self._one(f"SELECT {STATE_COLUMNS} FROM customers WHERE id = ?", (customer_id,))
        if row is None:
            raise _no_customer(customer_id)
        return read_state(row, self._conversations_of(customer_id, instant(at)))

    def save_state(self, customer_id: int, state: CustomerState) -> None:
        """Write the state's columns; its conversations are added with `add_conversation`."""
        self._update(
            f"UPDATE customers SET {_SET_STATE} WHERE id = ?",
            state_row(state) + (customer_id,),
            customer_id,
        )

    # Conversations

    def add_conversation(self, customer_id: int, conversation: Conversation) -> int:
        with _constraints(foreign_key=_no_customer(customer_id)):
            return self._conn.execute(
                _INSERT_CONVERSATION, (customer_id, *conversation_row(conversation))
            ).lastrowid

    def conversations(
        self, customer_id: int | None = None,
        between: tuple[datetime, datetime | None] | None = None,
    ) -> list[tuple[int, Conversation]]:
        """(customer id, conversation) pairs, of one customer or all, in the order opened;
        with `between` (start, end), only those open some time in [start, end) (an end of
        None: from start on)."""
        sql = f"SELECT customer_id, {CONVERSATION_COLUMNS} FROM conversations WHERE 1"
        params: list[Any] = []
        if customer_id is not None:
            sql += " AND customer_id = ?"
            params.append(customer_id)
        if between is not None:
            start, end = between
            sql += " AND expires_at > ?"
            params.append(instant(start))
            if end is not None:
                sql += " AND opened_at < ?"
                params.append(instant(end))
        rows = self._db.execute(sql + " ORDER BY opened_at, id", params).fetchall()
        return [(row[0], read_conversation(row[1:])) for row in rows]

    def conversations_newest_first(self, customer_id: int, limit: int, offset: int = 0
                                   ) -> list[Conversation]:
        """A customer's conversations, the last opened first: `limit` of them, after the
        `offset` newest (a list that shows them a page at a time)."""
        rows = self._db.execute(
            f"SELECT {CONVERSATION_COLUMNS} FROM conversations WHERE customer_id = ?"
            " ORDER BY opened_at DESC, id DESC LIMIT ? OFFSET ?", (customer_id, limit, offset))
        return [read_conversation(row) for row in rows]

    def service_conversations_in_month(self, month: str) -> int:
        """How many service conversations opened in the UTC month `month` ("YYYY-MM")."""
        if not _MONTH.fullmatch(month):
            raise ValueError(f"{month!r} is not a month (YYYY-MM)")
        # Instants are "YYYY-MM-DDThh:mm:ssZ", so the month is everything in [MM-01, MM-32).
        return self._count(
            "SELECT count(*) FROM conversations"
            " WHERE category = ? AND opened_at >= ? AND opened_at < ?",
            (Category.SERVICE, f"{month}-01", f"{month}-32"),
        )

    def counters_between(self, start: datetime, end: datetime
                         ) -> tuple[int, int, dict[tuple[str, str], int]]:
        """What the business's monthly counters hold for [start, end): service conversations
        opened, non-template messages delivered, and charged messages per (customer region,
        category) for the volume tiers."""
        span = (instant(start), instant(end))
        service = self._count(
            "SELECT count(*) FROM conversations"
            " WHERE category = ? AND opened_at >= ? AND opened_at < ?", (Category.SERVICE, *span))
        texts = self._count(  # from the partial index of v10 (and each entry's row)
            "SELECT count(*) FROM messages INDEXED BY messages_counted_texts"
            " WHERE direction = 'out' AND kind = 'text' AND accepted = 1 AND at >= ? AND at < ?",
            span)
        return service, texts, self._charged_between(start, end)

    def _charged_between(self, start: datetime, end: datetime) -> dict[tuple[str, str], int]:
        """Charged messages per (customer region, category) in [start, end): the whole UTC
        days from the daily aggregates (a row per day, region and category), the hours
        before and after them (a month in a time zone other than UTC) from the messages."""
        first, stop = _whole_utc_days(start, end)
        charged: Counter[tuple[str, str]] = Counter()
        edges = ((start, end),)
        if first < stop:
            charged.update({(region, category): n for region, category, n in self._db.execute(
                "SELECT region, category, sum(charged) FROM daily_billing"
                " WHERE day >= ? AND day < ? AND accepted = 1 AND charged > 0"
                " GROUP BY region, category", (first.date().isoformat(),
                                               stop.date().isoformat()))})
            edges = ((start, first), (stop, end))
        for since, until in edges:
            if since < until:
                charged.update({(region, category): n for region, category, n in self._db.execute(
                    "SELECT c.region, m.category, count(*) FROM messages m"
                    " INDEXED BY messages_counted_charged JOIN customers c ON c.id = m.customer_id"
                    " WHERE m.direction = 'out' AND m.accepted = 1 AND m.at >= ? AND m.at < ?"
                    " AND CAST(m.charge AS REAL) > 0 GROUP BY c.region, m.category",
                    (instant(since), instant(until)))})
        return dict(charged)

    # Templates

    def add_template_change(self, name: str, language: str, at: datetime, field: str,
                            value: str) -> None:
        """Record that a template's status or category became `value` at `at`."""
        self._conn.execute(
            "INSERT INTO template_changes (name, language, at, field, value)"
            " VALUES (?, ?, ?, ?, ?)", (name, language, instant(at), field, value))

    def template_changes(self) -> list[tuple[str, str, datetime, str, str]]:
        """Every recorded template change (name, language, at, field, value), in order."""
        rows = self._db.execute(
            "SELECT name, language, at, field, value FROM template_changes ORDER BY at, id")
        return [(n, lang, parse_instant(at), f, v) for n, lang, at, f, v in rows]

    def add_template(self, template: Template) -> int:
        with _constraints(unique=_template_exists(template)):
            return self._conn.execute(_INSERT_TEMPLATE, template_row(template)).lastrowid

    def update_template(self, old_key: tuple[str, str], template: Template) -> None:
        """Replace the template named `old_key` (name, language), which may rename it."""
        assignments = " = ?, ".join(TEMPLATE_COLUMNS.split(", ")) + " = ?"
        with _constraints(unique=_template_exists(template)):
            cursor = self._conn.execute(
                f"UPDATE templates SET {assignments} WHERE name = ? AND language = ?",
                template_row(template) + tuple(old_key),
            )
        if cursor.rowcount == 0:
            name, language = old_key
            raise StoreError.of(QT_TRANSLATE_NOOP(
                "Store", "there is no template {name} in language {language}"),
                name=repr(name), language=repr(language))

    def template(self, name: str, language: str) -> Template | None:
        row = self._one(
            f"SELECT {TEMPLATE_COLUMNS} FROM templates WHERE name = ? AND language = ?",
            (name, language),
        )
        return None if row is None else read_template(row)

    def templates(self) -> list[Template]:
        rows = self._db.execute(f"SELECT {TEMPLATE_COLUMNS} FROM templates ORDER BY name, language")
        return [read_template(row) for row in rows]

    # Messages

    def add_message(self, record: MessageRecord) -> int:
        """Add a message (its `id` is ignored) and return its id."""
        return self._insert_messages([record], _no_customer(record.customer_id),
                                     self.customer_regions([record.customer_id])).last

    def add_messages(self, records: Iterable[MessageRecord]) -> int:
        """Add many messages in one statement batch (ids ignored); return how many."""
        return self._insert_messages(
            records, StoreError("a message refers to a customer that does not exist"),
            self.customer_regions()).count

    def _insert_messages(self, records: Iterable[MessageRecord], refusal: StoreError,
                         regions: dict[int, str]) -> Inserted:
        """Insert the messages and count them in the totals and the daily aggregates, in
        one transaction; `refusal` when one's customer does not exist."""
        tally, daily = Tally(), DailyTally(regions)
        rows = map(message_row, records)
        with self.transaction(), _constraints(foreign_key=refusal):
            with self.journal.inserting("messages") as inserted, _collector_paused():
                while batch := list(islice(rows, _BATCH)):
                    tally.count_rows(batch)
                    daily.count_rows(batch)
                    self._conn.executemany(_INSERT_MESSAGE, batch)
            self._conn.execute(
                "UPDATE customers SET (last_message_id, last_message_at) = (SELECT id, at"
                " FROM messages WHERE customer_id = customers.id ORDER BY id DESC LIMIT 1)"
                f" WHERE id IN ({_CHOSEN})", (json.dumps(sorted(tally.customers())),))
            with self.journal.inserting("customer_months"):
                tally.add_to(self._conn)
            daily.add_to(self._conn)
        return inserted

    def messages(
        self, customer_id: int | None, limit: int | None = None, before_id: int | None = None,
        after_id: int | None = None,
    ) -> list[MessageRecord]:
        """A customer's messages (every customer's for None), oldest first: all of them, or
        the `limit` newest (before message `before_id`, when given) for loading page by page;
        with `after_id`, the `limit` oldest after that message instead."""
        where, params = ("customer_id = ?", [customer_id]) if customer_id is not None else (
            "1", [])
        if before_id is not None:
            where += " AND id < ?"
            params.append(before_id)
        if after_id is not None:
            where += " AND id > ?"
            params.append(after_id)
        sql = f"SELECT {MESSAGE_COLUMNS} FROM messages WHERE {where} ORDER BY id"
        if limit is None:
            return [read_message(row) for row in self._db.execute(sql, params)]
        if after_id is not None:
            return [read_message(row) for row in self._db.execute(sql + " LIMIT ?",
                                                                    [*params, limit])]
        rows = self._db.execute(sql + " DESC LIMIT ?", [*params, limit]).fetchall()
        return [read_message(row) for row in reversed(rows)]

    def message_times(self, customer_id: int, limit: int, before_id: int | None = None
                      ) -> list[tuple[int, datetime, str]]:
        """(id, at, direction) of a customer's `limit` newest messages (before message
        `before_id`, when given), oldest first: `messages` without the rest of each row."""
        where, params = "customer_id = ?", [customer_id]
        if before_id is not None:
            where += " AND id < ?"
            params.append(before_id)
        rows = self._db.execute(f"SELECT id, at, direction FROM messages WHERE {where}"
                                " ORDER BY id DESC LIMIT ?", [*params, limit]).fetchall()
        return [(message_id, read_instant(at), direction)
                for message_id, at, direction in reversed(rows)]

    def charges(self, customer_id: int) -> tuple[Decimal, int]:
        """What a customer's messages were charged in all, and how many were charged (from
        the running totals: one row a month)."""
        rows = self._db.execute(
            "SELECT charged, amount FROM customer_months WHERE customer_id = ?", (customer_id,)
        ).fetchall()
        return sum((Decimal(amount) for _, amount in rows), ZERO), sum(n for n, _ in rows)

    def message_count(self, customer_id: int | None = None) -> int:
        """How many messages a customer (every customer, for None) has, from the running
        totals."""
        if customer_id is None:
            return self._count("SELECT coalesce(sum(messages), 0) FROM month_totals", ())
        return self._count(
            "SELECT coalesce(sum(messages), 0) FROM customer_months WHERE customer_id = ?",
            (customer_id,),
        )

    def last_message(self, customer_id: int) -> MessageRecord | None:
        row = self._one(
            f"SELECT {MESSAGE_COLUMNS} FROM messages WHERE customer_id = ?"
            " ORDER BY id DESC LIMIT 1",
            (customer_id,),
        )
        return None if row is None else read_message(row)

    def message(self, message_id: int) -> MessageRecord | None:
        """One message by its id, or None."""
        row = self._one(f"SELECT {MESSAGE_COLUMNS} FROM messages WHERE id = ?", (message_id,))
        return None if row is None else read_message(row)
    def set_delivered(self, message_ids: Iterable[int], at: datetime) -> None:
        """These business messages reached the phone at `at` (if not earlier)."""
        when = instant(at)
        with self.transaction():
            self._conn.executemany(
                "UPDATE messages SET delivered_at = ? WHERE id = ? AND delivered_at > ?",
                [(when, message_id, when) for message_id in message_ids])

    def set_read(self, message_ids: Iterable[int], at: datetime) -> None:
        """The customer read these business messages at `at` (so they had them by then)."""
        when = instant(at)
        with self.transaction():
            self._conn.executemany(
                "UPDATE messages SET read_at = ?, delivered_at = min(delivered_at, ?)"
                " WHERE id = ? AND (read_at IS NULL OR read_at > ?)",
                [(when, when, message_id, when) for message_id in message_ids])

    def forget_reads_after(self, at: datetime) -> None:
        """Reads later than `at` did not happen (the clock went back before them)."""
        with self.transaction():
            self._conn.execute("UPDATE messages SET read_at = NULL WHERE read_at > ?",
                               (instant(at),))

    def unread_business_messages(self, customer_id: int, until: datetime) -> list[int]:
        """Ids of the customer's business messages on their phone at `until` and not read
        by then."""
        when = instant(until)
        rows = self._db.execute(
            "SELECT id FROM messages WHERE customer_id = ? AND direction = 'out'"
            " AND delivered_at <= ? AND (read_at IS NULL OR read_at > ?) ORDER BY id",
            (customer_id, when, when))
        return [row[0] for row in rows]

    def deliveries_between(self, start: datetime, end: datetime,
                           customer_id: int | None = None) -> list[MessageRecord]:
        """Business messages (of one customer, or all) that reach the phone in [start,
        end], in that order."""
        return self._messages_by("delivered_at", start, end, customer_id)

    def reads_between(self, start: datetime, end: datetime, customer_id: int
                      ) -> list[MessageRecord]:
        """The customer's business messages read in [start, end], in that order."""
        return self._messages_by("read_at", start, end, customer_id)

    def _messages_by(self, column: str, start: datetime, end: datetime,
                     customer_id: int | None) -> list[MessageRecord]:
        whose = "" if customer_id is None else f" AND customer_id = {int(customer_id)}"
        rows = self._db.execute(
            f"SELECT {MESSAGE_COLUMNS} FROM messages WHERE {column} IS NOT NULL{whose}"
            f" AND {column} BETWEEN ? AND ? ORDER BY {column}, id",
            (instant(start), instant(end)))
        return [read_message(row) for row in rows]

    def all_messages(self) -> Iterator[MessageRecord]:
        """Every message in the order added, read lazily."""
        rows = self._db.execute(f"SELECT {MESSAGE_COLUMNS} FROM messages ORDER BY id")
        return map(read_message, rows)

    def message_steps(self) -> Iterator[tuple[int, str, str, str, str, str | None,
                                              str | None, str, str | None]]:
        """Every message in the order added, as the raw columns a scenario step needs:
        (customer id, at text, direction, kind, text, template name, template language,
        params JSON text, referral), read lazily and undecoded, for speed."""
        return iter(self._db.execute(
            "SELECT customer_id, at, direction, kind, text, template_name, template_language,"
            " params, referral FROM messages ORDER BY id"))

    # Reads for the audit trail, lazily and in the order it lists things

    def messages_by_time(self) -> Iterator[MessageRecord]:
        """Every message by its instant, those of one instant in the order added."""
        rows = self._db.execute(f"SELECT {MESSAGE_COLUMNS} FROM messages ORDER BY at, id")
        return map(read_message, rows)

    def conversations_by_opening(self) -> Iterator[tuple[int, Conversation]]:
        """(customer id, conversation) pairs in the order opened, read lazily."""
        rows = self._db.execute(
            f"SELECT customer_id, {CONVERSATION_COLUMNS} FROM conversations"
            " ORDER BY opened_at, id")
        return ((row[0], read_conversation(row[1:])) for row in rows)

    def conversations_ended(self, by: datetime) -> Iterator[tuple[int, Conversation]]:
        """The conversations that ended at or before `by`, by end, then in the order
        opened, read lazily."""
        rows = self._db.execute(
            f"SELECT customer_id, {CONVERSATION_COLUMNS} FROM conversations"
            " WHERE expires_at <= ? ORDER BY expires_at, opened_at, id", (instant(by),))
        return ((row[0], read_conversation(row[1:])) for row in rows)

    def consent_ledger(self) -> list[ConsentRecord]:
        """Every customer's consent ledger: by customer, each oldest first."""
        rows = self._db.execute(
            f"SELECT {CONSENT_COLUMNS} FROM consent_events ORDER BY customer_id, at, id")
        return [read_consent(row) for row in rows]

    def consent_messages(self) -> list[tuple[int, int, str, datetime]]:
        """(message id, customer id, kind, instant) of every opt-in and opt-out message, in
        the order added."""
        rows = self._db.execute(
            "SELECT id, customer_id, kind, at FROM messages"
            " WHERE kind IN ('opt_in', 'opt_out') ORDER BY id")
        return [(row[0], row[1], row[2], read_instant(row[3])) for row in rows]

    def first_inbound(self) -> dict[int, int]:
        """Each customer's first customer message id, by customer (those who wrote)."""
        return dict(self._db.execute(
            "SELECT customer_id, min(id) FROM messages WHERE direction = 'in'"
            " GROUP BY customer_id").fetchall())

    def customer_labels(self) -> dict[int, tuple[str, str, str]]:
        """(key, name, region) of every customer by id, in the order added."""
        rows = self._db.execute("SELECT id, key, name, region FROM customers ORDER BY id")
        return {row[0]: (row[1], row[2], row[3]) for row in rows}

    # Inbox queries

    def close_conversations(self, customer_id: int, at: datetime) -> None:
        """End the customer's conversations still open at `at` (a free entry point opened)."""
        moment = instant(at)
        self._conn.execute(
            "UPDATE conversations SET expires_at = ?"
            " WHERE customer_id = ? AND opened_at <= ? AND expires_at > ?",
            (moment, customer_id, moment, moment),
        )

    def next_expiry(self, after: datetime) -> datetime | None:
        """The first instant after `after` when a customer service window or a
        conversation ends (two index look-ups)."""
        moment = instant(after)
        row = self._one(
            "SELECT min(t) FROM ("
            " SELECT strftime('%Y-%m-%dT%H:%M:%SZ', min(last_inbound_at), '+24 hours') AS t"
            "  FROM customers WHERE last_inbound_at > strftime('%Y-%m-%dT%H:%M:%SZ', ?,"
            "  '-24 hours')"
            " UNION ALL SELECT min(expires_at) FROM conversations WHERE expires_at > ?)",
            (moment, moment),
        )
        return None if row is None or row[0] is None else parse_instant(row[0])

    def ending_at(self, at: datetime) -> tuple[list[str], list[tuple[str, Category]]]:
        """What ends at `at`: the names of the customers whose service window closes then,
        and (name, category) of the conversations that end then (index look-ups)."""
        moment = instant(at)
        windows = self._db.execute(
            "SELECT name FROM customers WHERE last_inbound_at ="
            " strftime('%Y-%m-%dT%H:%M:%SZ', ?, '-24 hours') ORDER BY id",
            (moment,),
        )
        conversations = self._db.execute(
            "SELECT customers.name, conversations.category FROM conversations"
            " JOIN customers ON customers.id = conversations.customer_id"
            " WHERE conversations.expires_at = ? ORDER BY customers.id, conversations.id",
            (moment,),
        )
        return [name for (name,) in windows], [(n, Category(c)) for n, c in conversations]

    def customers_with_events_between(self, start: datetime, end: datetime) -> frozenset[int]:
        """The customers for whom something happens after `start` and up to `end`: their
        service window or a conversation ends, a business message reaches the phone or is
        read. What shows of everyone else is the same at both instants."""
        low, high = instant(start), instant(end)
        rows = self._db.execute(
            "SELECT id FROM customers WHERE last_inbound_at > ? AND last_inbound_at <= ?"
            " UNION SELECT customer_id FROM conversations WHERE expires_at > ? AND expires_at <= ?"
            " UNION SELECT customer_id FROM messages WHERE delivered_at IS NOT NULL"
            " AND delivered_at > ? AND delivered_at <= ?"
            " UNION SELECT customer_id FROM messages WHERE read_at IS NOT NULL"
            " AND read_at > ? AND read_at <= ?",
            (instant(start - DAY), instant(end - DAY)) + (low, high) * 3,  # window_expires
        )
        return frozenset(customer_id for (customer_id,) in rows)

    def customer_summaries(self, at: datetime, customer_ids: Iterable[int] | None = None
                           ) -> list[CustomerSummary]:
        """Customers with their state at `at` and their last message, for the inbox list
        (the message's preview fields only: see `CustomerSummary`): every customer in the
        order they were added, or those of `customer_ids` that exist, in that order."""
        if customer_ids is None:
            chosen, params = "", (instant(at),)
        else:
            wanted = list(customer_ids)
            chosen = f" AND customer_id IN ({_CHOSEN})"
            params = (instant(at), json.dumps(wanted))
        conversations: defaultdict[int, list[Conversation]] = defaultdict(list)
        rows = self._db.execute(
            f"SELECT customer_id, {CONVERSATION_COLUMNS} FROM conversations"
            f" WHERE expires_at > ?{chosen} ORDER BY opened_at, id", params).fetchall()
        for row in rows:
            conversations[row[0]].append(read_conversation(row[1:]))
        customers = f"SELECT {CUSTOMER_COLUMNS}, last_message_id FROM customers"
        if customer_ids is not None:
            customers = f"SELECT * FROM ({customers}) WHERE id IN ({_CHOSEN})"
        found = self._db.execute(customers, params[1:]).fetchall()
        last = {
            row[1]: read_preview(row)
            for row in self._db.execute(
                f"SELECT {PREVIEW_COLUMNS} FROM messages WHERE id IN ({_CHOSEN})",
                (json.dumps([row[-1] for row in found if row[-1] is not None]),)).fetchall()
        }
        summaries = {
            row[0]: CustomerSummary(read_customer(row[:-1], tuple(conversations[row[0]])),
                                    last.get(row[0]))
            for row in found
        }
        order = sorted(summaries) if customer_ids is None else wanted
        return [summaries[i] for i in order if i in summaries]

    def customer_list_entries(self, at: datetime, customer_ids: Iterable[int] | None = None
                              ) -> list[ListEntry]:
        """What the inbox list orders, filters and searches by (see `listing`), with the
        conversations not expired at `at`: of every customer, or of those of
        `customer_ids` that exist; in no particular order."""
        customers, conversations, params = ENTRIES_SELECT, OPEN_CONVERSATIONS_SELECT, ()
        if customer_ids is not None:
            customers = f"SELECT * FROM ({customers}) WHERE id IN ({_CHOSEN})"
            conversations += f" AND customer_id IN ({_CHOSEN})"
            params = (json.dumps(list(customer_ids)),)
        rows = self._db.execute(customers, params).fetchall()
        live = self._db.execute(conversations + " ORDER BY opened_at, id",
                                (instant(at), *params)).fetchall()
        return read_entries(rows, live)

    # Consent ledger

    def add_consent_event(
        self, customer_id: int, at: datetime, kind: str, source: str, text: str = ""
    ) -> int:
        """Record an "opt_in" or "opt_out", where it came from and the words used."""
        if kind not in ("opt_in", "opt_out"):
            raise StoreError(f"{kind!r} is not a consent event (opt_in or opt_out)")
        with _constraints(foreign_key=_no_customer(customer_id)):
            return self._conn.execute(
                "INSERT INTO consent_events (customer_id, at, kind, source, text)"
                " VALUES (?, ?, ?, ?, ?)",
                (customer_id, instant(at), kind, source, text),
            ).lastrowid

    def consent_events(self, customer_id: int) -> list[ConsentRecord]:
        """The customer's consent ledger, oldest first."""
        rows = self._db.execute(
            f"SELECT {CONSENT_COLUMNS} FROM consent_events WHERE customer_id = ? ORDER BY at, id",
            (customer_id,),
        )
        return [read_consent(row) for row in rows]

    # Helpers

    def _one(self, sql: str, params: Iterable[Any]) -> Row | None:
        return self._db.execute(sql, tuple(params)).fetchone()

    def _count(self, sql: str, params: Iterable[Any]) -> int:
        return self._db.execute(sql, tuple(params)).fetchone()[0]

    def _update(self, sql: str, params: Row, customer_id: int) -> None:
        if self._conn.execute(sql, params).rowcount == 0:
            raise _no_customer(customer_id)

    def _conversations_of(
        self, customer_id: int, expiring_after: str | None = None
    ) -> tuple[Conversation, ...]:
        sql = f"SELECT {CONVERSATION_COLUMNS} FROM conversations WHERE customer_id = ?"
        params: tuple[Any, ...] = (customer_id,)
        if expiring_after is not None:
            sql += " AND expires_at > ?"
            params += (expiring_after,)
        rows = self._db.execute(sql + " ORDER BY opened_at, id", params)
        return tuple(read_conversation(row) for row in rows)

    # Clock events

    def add_clock_event(self, at: datetime, kind: str, detail: str = "") -> int:
        """Record a change of the simulated clock (see `ClockEventRecord`)."""
        if kind not in CLOCK_EVENT_KINDS:
            raise StoreError(f"{kind!r} is not a clock event ({', '.join(CLOCK_EVENT_KINDS)})")
        return self._conn.execute(
            "INSERT INTO clock_events (at, kind, detail) VALUES (?, ?, ?)",
            (instant(at), kind, detail),
        ).lastrowid

    def clock_events(self) -> list[ClockEventRecord]:
        """Every recorded clock change, in the order made."""
        rows = self._db.execute("SELECT id, at, kind, detail FROM clock_events ORDER BY id")
        return [ClockEventRecord(row[0], parse_instant(row[1]), row[2], row[3]) for row in rows]


def _no_customer(customer_id: int) -> StoreError:
    return StoreError.of(QT_TRANSLATE_NOOP("Store", "there is no customer #{id}"), id=customer_id)


def _template_exists(template: Template) -> StoreError:
    return StoreError.of(QT_TRANSLATE_NOOP(
        "Store", "a template named {name} in language {language} already exists"),
        name=repr(template.name), language=repr(template.language))


@contextmanager
def _collector_paused() -> Iterator[None]:
    """Pause Python's cycle collector: a bulk insert's rows hold no cycles, and every few
    hundred of them would have it walk the objects the program holds (the caller's million
    records, say) again."""
    if not gc.isenabled():
        yield
        return
    gc.disable()
    try:
        yield
    finally:
        gc.enable()


@contextmanager
def _constraints(unique: StoreError | None = None, foreign_key: StoreError | None = None
                 ) -> Iterator[None]:
    """Turn a failed constraint into StoreError, saying `unique` or `foreign_key` for those."""
    try:
        yield
    except sqlite3.IntegrityError as error:
        reason = str(error)
        if unique is not None and reason.startswith("UNIQUE"):
            raise unique from None
        if foreign_key is not None and reason.startswith("FOREIGN KEY"):
            raise foreign_key from None
        raise StoreError(f"the database refused the change: {reason}") from None
