"""The undo journal: every user action's writes, recorded so they can be taken back.

The technique of sqlite.org/undoredo.html, made generic: when a store opens, a temporary
trigger on every table of the file (whatever migration made it) writes, for each row a
recorded action inserts, updates or deletes, the SQL that puts the row back as it was into
`journal_entries`, tagged with the action's sequence number, in the action's own transaction.

The inserts into a table of `BULK_TABLES` (messages and their totals per customer, written
a batch at a time) are the exception: the writer wraps them in `inserting`, which records
one entry deleting the whole run of new rowids, so no trigger runs per row; that table's
insert trigger exists only from an undo or redo (whose entries put rows back one by one) to
the next batch written.

Undoing an action runs its entries newest first while the triggers record the SQL that
undoes the undo; those become the action's entries (to redo it). Applying entries, in either
direction, is one transaction, so a kill leaves the old state or the new one.

Actions form a tree: each has the action it followed (`parent`, 0 for none); the applied
ones are a path from the root to the head (the applied action with the highest number).
Undo takes the head back; redo applies the child last taken back; `go_to` any action undoes
to the common ancestor and redoes down to it, so a bookmark stays reachable after new
actions replace what was undone.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import datetime

from waboard.rules.instants import parse_instant

from .rows import instant

JOURNAL_TABLES = ("journal_actions", "journal_entries", "journal_bookmarks", "journal_events")
"""The journal's own tables, which it never records."""

BULK_TABLES = ("messages", "customer_months")
"""Tables whose one writer (the store's `_insert_messages`) records its inserts itself, a
batch at a time (see `inserting`)."""

_REDOING = -1
"""Entries recorded while an action is applied one way are kept under -seq until done."""


@dataclass(frozen=True, slots=True)
class JournalAction:
    """One recorded user action: `at` is the simulated instant once it was done."""

    seq: int
    parent: int
    label: str
    kind: str
    at: datetime
    applied: bool


@dataclass(frozen=True, slots=True)
class Bookmark:
    """A named moment: the head action then (`seq`, 0 for none) and the clock's instant."""

    id: int
    name: str
    seq: int
    at: datetime


@dataclass(frozen=True, slots=True)
class JournalEvent:
    """An undo, redo, rewind or return to a bookmark, for the audit trail."""

    id: int
    at: datetime
    kind: str
    detail: str


EVENT_KINDS = ("undo", "redo", "rewind", "return_to_bookmark")


class Journal:
    """The undo journal of one open store (see the module docstring)."""

    def __init__(self, conn: sqlite3.Connection) -> None:
        self._conn = conn
        conn.execute("PRAGMA recursive_triggers = ON")  # REPLACE's deletes are recorded too
        conn.execute("CREATE TEMP TABLE IF NOT EXISTS journal_now (seq INTEGER NOT NULL)")
        conn.execute("CREATE TEMP TABLE IF NOT EXISTS journal_touched (name TEXT NOT NULL,"
                     " customer_id INTEGER NOT NULL, UNIQUE (name, customer_id))")
        self._bulk_inserts: dict[str, str] = {}
        """The insert trigger of each of BULK_TABLES, created only while entries are applied."""
        for (table,) in conn.execute(
            "SELECT name FROM main.sqlite_master WHERE type = 'table'"
            " AND name NOT LIKE 'sqlite_%'"
        ).fetchall():
            if table not in JOURNAL_TABLES:
                self._watch(table)

    def _watch(self, table: str) -> None:
        """Create the temporary triggers that record `table`'s writes (for one of
        BULK_TABLES, keep its insert trigger aside: see `_bulk_triggers`)."""
        columns = [row[1] for row in self._conn.execute(f'PRAGMA main.table_info("{table}")')]
        key = ["rowid"] if _has_rowid(self._conn, table) else [
            row[1] for row in self._conn.execute(f'PRAGMA main.table_info("{table}")') if row[5]]
        name = _quoted(table)

        def where(row: str) -> str:
            return " || ' AND ' || ".join(f"'{_ident(k)} = ' || quote({row}.{_ident(k)})"
                                          for k in key)

        def values(row: str, names: list[str]) -> str:
            return " || ', ' || ".join(f"quote({row}.{_ident(c)})" for c in names)

        every = key + columns if key == ["rowid"] else columns
        insert_back = (f"'INSERT INTO {name} ({', '.join(map(_ident, every))}) VALUES (' || "
                       f"{values('OLD', every)} || ')'")
        assign = " || ', ' || ".join(f"'{_ident(c)} = ' || quote(OLD.{_ident(c)})" for c in every)
        update_back = f"'UPDATE {name} SET ' || {assign} || ' WHERE ' || {where('NEW')}"
        delete_back = f"'DELETE FROM {name} WHERE ' || {where('NEW')}"
        owner = "id" if table == "customers" else "customer_id" if "customer_id" in columns \
            else None
        for event, sql in (("INSERT", delete_back), ("UPDATE", update_back),
                           ("DELETE", insert_back)):
            trigger = (
                f"CREATE TEMP TRIGGER IF NOT EXISTS {_quoted(_trigger(table, event))}"
                f" AFTER {event} ON main.{name} WHEN EXISTS (SELECT 1 FROM journal_now)"
                f" BEGIN INSERT INTO journal_entries (seq, sql)"
                f" SELECT seq, {sql} FROM journal_now;"
                f" {_touch(table, owner, event)} END"
            )
            if event == "INSERT" and table in BULK_TABLES:
                self._bulk_inserts[table] = trigger
            else:
                self._conn.execute(trigger)

    def _bulk_triggers(self, present: bool) -> None:
        """Create (`present`) or drop the insert triggers of BULK_TABLES, when not so
        already: a trigger costs every row inserted, even when it records nothing."""
        names = [_trigger(table, "INSERT") for table in self._bulk_inserts]
        there = {name for (name,) in self._conn.execute(
            "SELECT name FROM temp.sqlite_master WHERE type = 'trigger'"
            f" AND name IN ({', '.join('?' * len(names))})", names)}
        for name, trigger in zip(names, self._bulk_inserts.values(), strict=True):
            if present and name not in there:
                self._conn.execute(trigger)
            elif not present and name in there:
                self._conn.execute(f"DROP TRIGGER temp.{_quoted(name)}")

    # Recording

    @property
    def recording(self) -> bool:
        return self._conn.execute("SELECT 1 FROM journal_now").fetchone() is not None

    @contextmanager
    def action(self, label: str, kind: str, start: datetime) -> Iterator[_Done]:
        """Record the writes of one user action begun at `start` (call inside a
        transaction). The block calls the yielded `done(at)` with the action's instant once
        done; an action that wrote nothing is not kept."""
        conn = self._conn
        seq = conn.execute(
            "INSERT INTO journal_actions (parent, label, kind, at, applied, touched)"
            " VALUES (?, ?, ?, ?, 1, ?)",
            (self.head, label, kind, instant(start), self._next_touch()),
        ).lastrowid
        conn.execute("INSERT INTO journal_now (seq) VALUES (?)", (seq,))
        done = _Done()
        try:
            yield done
        finally:
            conn.execute("DELETE FROM journal_now")
        wrote = conn.execute("SELECT 1 FROM journal_entries WHERE seq = ? LIMIT 1",
                             (seq,)).fetchone()
        if wrote is None or done.at is None:
            conn.execute("DELETE FROM journal_actions WHERE seq = ?", (seq,))
        else:
            conn.execute("UPDATE journal_actions SET at = ? WHERE seq = ?",
                         (instant(done.at), seq))

    @contextmanager
    def inserting(self, table: str) -> Iterator[Inserted]:
        """Around writes that insert rows into `table` (one of BULK_TABLES) with new
        rowids: when an action is recorded, one entry that deletes them all records those
        inserts (the block's other writes are recorded by their triggers). The yielded
        `Inserted` says which rowids they got, once done."""
        self._bulk_triggers(present=False)
        last = f"SELECT coalesce(max(rowid), 0) FROM main.{_quoted(table)}"
        inserted = Inserted(self._conn.execute(last).fetchone()[0] + 1)
        yield inserted
        inserted.last = self._conn.execute(last).fetchone()[0]
        if inserted.count:
            self._conn.execute(
                "INSERT INTO journal_entries (seq, sql) SELECT seq, ? FROM journal_now"
                " WHERE seq > 0",
                (f"DELETE FROM {_quoted(table)} WHERE rowid BETWEEN {inserted.first}"
                 f" AND {inserted.last}",))

    # Reading

    @property
    def head(self) -> int:
        """The last applied action's number; 0 when none is applied."""
        row = self._conn.execute(
            "SELECT coalesce(max(seq), 0) FROM journal_actions WHERE applied = 1").fetchone()
        return row[0]

    def get(self, seq: int) -> JournalAction | None:
        row = self._conn.execute(f"SELECT {_ACTION_COLUMNS} FROM journal_actions WHERE seq = ?",
                                 (seq,)).fetchone()
        return None if row is None else _read_action(row)

    def applied(self) -> list[JournalAction]:
        """The applied actions, first to last (the path from the root to the head)."""
        rows = self._conn.execute(
            f"SELECT {_ACTION_COLUMNS} FROM journal_actions WHERE applied = 1 ORDER BY seq")
        return [_read_action(row) for row in rows]

    def first_instant(self) -> datetime | None:
        """The earliest instant of the applied actions; None when none is applied."""
        row = self._conn.execute(
            "SELECT min(at) FROM journal_actions WHERE applied = 1").fetchone()
        return None if row[0] is None else parse_instant(row[0])

    def applied_after(self, at: datetime) -> list[JournalAction]:
        """The applied actions after the last one at or before `at`, newest first."""
        rows = self._conn.execute(
            f"SELECT {_ACTION_COLUMNS} FROM journal_actions WHERE applied = 1 AND seq >"
            " (SELECT coalesce(max(seq), 0) FROM journal_actions WHERE applied = 1 AND at <= ?)"
            " ORDER BY seq DESC", (instant(at),))
        return [_read_action(row) for row in rows]

    def redo_target(self) -> JournalAction | None:
        """The action redo would apply: the head's child taken back most recently."""
        row = self._conn.execute(
            f"SELECT {_ACTION_COLUMNS} FROM journal_actions WHERE parent = ? AND applied = 0"
            " ORDER BY touched DESC LIMIT 1", (self.head,)).fetchone()
        return None if row is None else _read_action(row)

    def path_to(self, seq: int) -> tuple[list[int], list[int]]:
        """What going to action `seq` takes: the actions to undo (head first) and those
        to redo (in order)."""
        undo, redo = [], []
        applied = {a.seq for a in self.applied()}
        node = seq
        while node and node not in applied:
            redo.append(node)
            action = self.get(node)
            if action is None:
                raise KeyError(seq)
            node = action.parent
        for action in reversed(self.applied()):
            if action.seq == node:
                break
            undo.append(action.seq)
        return undo, redo[::-1]

    # Applying

    def undo(self, seq: int) -> None:
        """Take back applied action `seq` (it must be the head; call inside a transaction)."""
        self._apply(seq, applied=False)

    def redo(self, seq: int) -> None:
        """Apply again action `seq` (a child of the head; call inside a transaction)."""
        self._apply(seq, applied=True)

    def touched(self) -> tuple[frozenset[str], frozenset[int]]:
        """What the undos and redos since the last call wrote: the tables of rows that
        belong to no customer, and the customers whose rows (in any table with a customer's
        id) they wrote. Forgets them."""
        rows = self._conn.execute("SELECT name, customer_id FROM journal_touched").fetchall()
        self._conn.execute("DELETE FROM journal_touched")
        return (frozenset(name for name, customer in rows if not customer),
                frozenset(customer for _, customer in rows if customer))

    def _apply(self, seq: int, applied: bool) -> None:
        conn = self._conn
        self._bulk_triggers(present=True)
        conn.execute("INSERT INTO journal_now (seq) VALUES (?)", (_REDOING * seq,))
        try:
            for (sql,) in conn.execute(
                    "SELECT sql FROM journal_entries WHERE seq = ? ORDER BY id DESC",
                    (seq,)).fetchall():
                conn.execute(sql)
        finally:
            conn.execute("DELETE FROM journal_now")
        conn.execute("DELETE FROM journal_entries WHERE seq = ?", (seq,))
        conn.execute("UPDATE journal_entries SET seq = ? WHERE seq = ?", (seq, _REDOING * seq))
        conn.execute("UPDATE journal_actions SET applied = ?, touched = ? WHERE seq = ?",
                     (int(applied), self._next_touch(), seq))

    def _next_touch(self) -> int:
        return self._conn.execute(
            "SELECT coalesce(max(touched), 0) + 1 FROM journal_actions").fetchone()[0]

    # Bookmarks and events

    def add_bookmark(self, name: str, at: datetime) -> int:
        return self._conn.execute(
            "INSERT INTO journal_bookmarks (name, seq, at) VALUES (?, ?, ?)",
            (name, self.head, instant(at))).lastrowid

    def bookmarks(self) -> list[Bookmark]:
        rows = self._conn.execute("SELECT id, name, seq, at FROM journal_bookmarks ORDER BY id")
        return [Bookmark(r[0], r[1], r[2], parse_instant(r[3])) for r in rows]

    def bookmark(self, bookmark_id: int) -> Bookmark | None:
        return next((b for b in self.bookmarks() if b.id == bookmark_id), None)

    def delete_bookmark(self, bookmark_id: int) -> bool:
        return self._conn.execute("DELETE FROM journal_bookmarks WHERE id = ?",
                                  (bookmark_id,)).rowcount > 0

    def add_event(self, at: datetime, kind: str, detail: str) -> None:
        if kind not in EVENT_KINDS:
            raise ValueError(f"{kind!r} is not a journal event ({', '.join(EVENT_KINDS)})")
        self._conn.execute("INSERT INTO journal_events (at, kind, detail) VALUES (?, ?, ?)",
                           (instant(at), kind, detail))

    def events(self) -> list[JournalEvent]:
        rows = self._conn.execute("SELECT id, at, kind, detail FROM journal_events ORDER BY id")
        return [JournalEvent(r[0], parse_instant(r[1]), r[2], r[3]) for r in rows]


@dataclass(slots=True)
class Inserted:
    """The rowids a run of inserts got: `first` to `last` (none when `last` < `first`)."""

    first: int
    last: int = 0

    @property
    def count(self) -> int:
        return max(self.last - self.first + 1, 0)


class _Done:
    """Given to an action's block: call it with the action's instant once it is done."""

    at: datetime | None = None

    def __call__(self, at: datetime) -> None:
        self.at = at


_ACTION_COLUMNS = "seq, parent, label, kind, at, applied"


def _trigger(table: str, event: str) -> str:
    """The name of the trigger recording `event` ("INSERT", ...) on `table`."""
    return f"journal_{table}_{event.lower()}"


def _touch(table: str, owner: str | None, event: str) -> str:
    """The trigger statement noting, while an action is undone or redone (its entries run
    under a negative seq), that `table` and the customers of the row (column `owner`,
    before and after an update) were written."""
    rows = {"INSERT": ("NEW",), "UPDATE": ("OLD", "NEW"), "DELETE": ("OLD",)}[event]
    customers = [f"{row}.{_quoted(owner)}" for row in rows] if owner else ["0"]
    literal = "'" + table.replace("'", "''") + "'"
    return " ".join(
        f"INSERT OR IGNORE INTO journal_touched (name, customer_id)"
        f" SELECT {literal}, coalesce({customer}, 0)"
        f" FROM journal_now WHERE seq < 0;" for customer in customers)


def _read_action(row: tuple) -> JournalAction:
    return JournalAction(row[0], row[1], row[2], row[3], parse_instant(row[4]), bool(row[5]))


def _has_rowid(conn: sqlite3.Connection, table: str) -> bool:
    try:
        conn.execute(f"SELECT rowid FROM main.{_quoted(table)} LIMIT 0")
    except sqlite3.OperationalError:
        return False
    return True


def _quoted(name: str) -> str:
    return '"' + name.replace('"', '""') + '"'


def _ident(name: str) -> str:
    """A column name for the SQL text a trigger writes (inside a SQL string literal)."""
    return "rowid" if name == "rowid" else _quoted(name).replace("'", "''")
