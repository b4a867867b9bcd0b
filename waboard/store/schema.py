"""Schema versions: one migration per version, applied in order inside one transaction.

A migration, once released, never changes: version N of a file always means the tables
that migrations 1..N built. New needs get a new migration appended to `MIGRATIONS`.
"""

from __future__ import annotations

from collections.abc import Callable

from sqlite_utils import Database

from .daily import rebuild_daily
from .listing import fold
from .totals import rebuild_totals

APPLICATION_ID = 0x57414244
"""`PRAGMA application_id` of every waboard database: "WABD" in ASCII."""


def _v1_initial(db: Database) -> None:
    """Settings, customers with their rules state, templates, conversations and messages."""
    db.executescript(
        """
        CREATE TABLE settings (
            key TEXT PRIMARY KEY,
            value TEXT NOT NULL
        );
        CREATE TABLE customers (
            id INTEGER PRIMARY KEY,
            key TEXT NOT NULL UNIQUE,
            name TEXT NOT NULL,
            phone TEXT NOT NULL,
            region TEXT NOT NULL,
            unread INTEGER NOT NULL DEFAULT 0,
            consent TEXT NOT NULL DEFAULT 'none',
            reachable INTEGER NOT NULL DEFAULT 1,
            last_inbound_at TEXT,
            entry_point_pending INTEGER NOT NULL DEFAULT 0
        );
        CREATE TABLE templates (
            id INTEGER PRIMARY KEY,
            name TEXT NOT NULL,
            language TEXT NOT NULL,
            category TEXT NOT NULL,
            body TEXT NOT NULL,
            status TEXT NOT NULL,
            header TEXT NOT NULL DEFAULT '',
            footer TEXT NOT NULL DEFAULT '',
            buttons TEXT NOT NULL DEFAULT '[]',
            UNIQUE (name, language)
        );
        CREATE TABLE conversations (
            id INTEGER PRIMARY KEY,
            customer_id INTEGER NOT NULL REFERENCES customers (id),
            category TEXT NOT NULL,
            opened_at TEXT NOT NULL,
            expires_at TEXT NOT NULL,
            charge TEXT NOT NULL
        );
        CREATE INDEX conversations_by_customer ON conversations (customer_id, opened_at);
        CREATE TABLE messages (
            id INTEGER PRIMARY KEY,
            customer_id INTEGER NOT NULL REFERENCES customers (id),
            at TEXT NOT NULL,
            direction TEXT NOT NULL,
            kind TEXT NOT NULL,
            text TEXT NOT NULL DEFAULT '',
            template_name TEXT,
            template_language TEXT,
            params TEXT NOT NULL DEFAULT '[]',
            header TEXT NOT NULL DEFAULT '',
            footer TEXT NOT NULL DEFAULT '',
            buttons TEXT NOT NULL DEFAULT '[]',
            referral TEXT,
            accepted INTEGER NOT NULL DEFAULT 1,
            error_code INTEGER,
            reason TEXT,
            error_message TEXT,
            status TEXT NOT NULL DEFAULT '',
            category TEXT,
            opened INTEGER,
            expires TEXT,
            free INTEGER,
            charge TEXT NOT NULL DEFAULT '0'
        );
        CREATE INDEX messages_by_customer ON messages (customer_id, id);
        """
    )


def _v2_consent_ledger(db: Database) -> None:
    """A consent ledger, seeded from the opt-in/opt-out events already in the threads;
    and an index for counting a month's conversations of one category."""
    db.executescript(
        """
        CREATE TABLE consent_events (
            id INTEGER PRIMARY KEY,
            customer_id INTEGER NOT NULL REFERENCES customers (id),
            at TEXT NOT NULL,
            kind TEXT NOT NULL CHECK (kind IN ('opt_in', 'opt_out')),
            source TEXT NOT NULL,
            text TEXT NOT NULL DEFAULT ''
        );
        CREATE INDEX consent_events_by_customer ON consent_events (customer_id, at);
        INSERT INTO consent_events (customer_id, at, kind, source, text)
            SELECT customer_id, at, kind, 'migration', text FROM messages
            WHERE kind IN ('opt_in', 'opt_out') ORDER BY id;
        CREATE INDEX conversations_by_category ON conversations (category, opened_at);
        """
    )


def _v3_clock_events(db: Database) -> None:
    """The simulated clock's changes (jumps, play, pause, speed, real time), for the audit
    trail: `at` is the simulated instant once the change was made."""
    db.executescript(
        """
        CREATE TABLE clock_events (
            id INTEGER PRIMARY KEY,
            at TEXT NOT NULL,
            kind TEXT NOT NULL CHECK (kind IN ('jump', 'play', 'pause', 'speed', 'real_time')),
            detail TEXT NOT NULL DEFAULT ''
        );
        CREATE INDEX clock_events_by_time ON clock_events (at);
        """
    )


def _v4_dated_rules(db: Database) -> None:
    """The customer's own marketing stop and recent marketing deliveries (the simulated
    per-user limit), the history of template status and category changes, and, in a file
    made before dated rules, its pricing choice kept as the June 2023 regime it always used
    (new files default to `auto`)."""
    existing = schema_version(db) > 0
    db.executescript(
        """
        ALTER TABLE customers ADD COLUMN marketing_stopped INTEGER NOT NULL DEFAULT 0;
        ALTER TABLE customers ADD COLUMN marketing_sent TEXT NOT NULL DEFAULT '[]';
        CREATE TABLE template_changes (
            id INTEGER PRIMARY KEY,
            name TEXT NOT NULL,
            language TEXT NOT NULL,
            at TEXT NOT NULL,
            field TEXT NOT NULL CHECK (field IN ('status', 'category')),
            value TEXT NOT NULL
        );
        CREATE INDEX template_changes_by_template ON template_changes (name, language, at);
        """
    )
    if existing:
        db.execute("INSERT OR IGNORE INTO settings (key, value) VALUES ('pricing', ?)",
                   ('"cbp-2023-06"',))


def _v5_message_origin(db: Database) -> None:
    """Which front end a business message came through when not the inbox ("api": the
    local Cloud API), so the chat can mark it."""
    db.execute("ALTER TABLE messages ADD COLUMN origin TEXT NOT NULL DEFAULT ''")



def _v6_undo_journal(db: Database) -> None:
    """The undo journal (waboard.store.journal): recorded user actions, the SQL that takes
    each back (or applies it again), bookmarks, and the undo/redo/rewind events."""
    db.executescript(
        """
        CREATE TABLE journal_actions (
            seq INTEGER PRIMARY KEY,
            parent INTEGER NOT NULL DEFAULT 0,
            label TEXT NOT NULL,
            kind TEXT NOT NULL,
            at TEXT NOT NULL,
            applied INTEGER NOT NULL DEFAULT 1,
            touched INTEGER NOT NULL DEFAULT 0
        );
        CREATE INDEX journal_actions_by_parent ON journal_actions (parent, applied);
        CREATE INDEX journal_actions_applied ON journal_actions (applied, seq);
        CREATE INDEX journal_actions_by_touch ON journal_actions (touched);
        CREATE INDEX journal_actions_by_time ON journal_actions (applied, at);
        CREATE TABLE journal_entries (
            id INTEGER PRIMARY KEY,
            seq INTEGER NOT NULL,
            sql TEXT NOT NULL
        );
        CREATE INDEX journal_entries_by_action ON journal_entries (seq, id);
        CREATE TABLE journal_bookmarks (
            id INTEGER PRIMARY KEY,
            name TEXT NOT NULL,
            seq INTEGER NOT NULL,
            at TEXT NOT NULL
        );
        CREATE TABLE journal_events (
            id INTEGER PRIMARY KEY,
            at TEXT NOT NULL,
            kind TEXT NOT NULL,
            detail TEXT NOT NULL DEFAULT ''
        );
        """
    )


def _v7_inbox_aggregates(db: Database) -> None:
    """What the inbox reads often, kept up to date by every write instead of worked out
    from the whole history: messages and charges per customer and month, and per month for
    the whole workspace (see `totals`); indexes for the next expiry, and one by time for
    the business's counters of a month."""
    db.executescript(
        """
        CREATE TABLE customer_months (
            id INTEGER PRIMARY KEY,
            customer_id INTEGER NOT NULL REFERENCES customers (id),
            month TEXT NOT NULL,
            messages INTEGER NOT NULL,
            charged INTEGER NOT NULL,
            amount TEXT NOT NULL,
            UNIQUE (customer_id, month)
        );
        CREATE TABLE month_totals (
            id INTEGER PRIMARY KEY,
            month TEXT NOT NULL UNIQUE,
            messages INTEGER NOT NULL,
            charged INTEGER NOT NULL,
            amount TEXT NOT NULL
        );
        CREATE INDEX conversations_by_expiry ON conversations (expires_at);
        CREATE INDEX customers_by_last_inbound ON customers (last_inbound_at);
        CREATE INDEX messages_by_time ON messages (at);
        """
    )
    rebuild_totals(db.conn)


def _v9_daily_billing(db: Database) -> None:
    """Per-day billing aggregates of the business messages, kept up to date by every write
    so a bill reads days instead of the history, and the messages counted by the pricing
    basis they were decided under (see `daily`)."""
    db.executescript(
        """
        CREATE TABLE daily_billing (
            id INTEGER PRIMARY KEY,
            day TEXT NOT NULL,
            region TEXT NOT NULL,
            category TEXT NOT NULL,
            reason TEXT NOT NULL,
            accepted INTEGER NOT NULL,
            messages INTEGER NOT NULL,
            counted INTEGER NOT NULL,
            charged INTEGER NOT NULL,
            amount TEXT NOT NULL,
            UNIQUE (day, region, category, reason, accepted)
        );
        CREATE TABLE pricing_bases (
            id INTEGER PRIMARY KEY,
            basis TEXT NOT NULL UNIQUE,
            messages INTEGER NOT NULL
        );
        """
    )
    rebuild_daily(db.conn)


def _v8_delivery_and_replies(db: Database) -> None:
    """When each accepted business message reaches the phone and is read (its status then
    follows the clock), the customer's taps on buttons (the tapped message, the button's
    payload or option id) and what a business message offers to tap."""
    db.executescript(
        """
        ALTER TABLE messages ADD COLUMN delivered_at TEXT;
        ALTER TABLE messages ADD COLUMN read_at TEXT;
        ALTER TABLE messages ADD COLUMN reply_to INTEGER;
        ALTER TABLE messages ADD COLUMN reply_key TEXT NOT NULL DEFAULT '';
        ALTER TABLE messages ADD COLUMN choices TEXT;
        UPDATE messages SET read_at = at WHERE direction = 'out' AND status = 'read';
        UPDATE messages SET delivered_at = at, status = 'sent'
            WHERE direction = 'out' AND status IN ('delivered', 'read');
        CREATE INDEX messages_by_delivery ON messages (delivered_at)
            WHERE delivered_at IS NOT NULL;
        CREATE INDEX messages_by_customer_delivery ON messages (customer_id, delivered_at)
            WHERE delivered_at IS NOT NULL;
        CREATE INDEX messages_by_customer_read ON messages (customer_id, read_at)
            WHERE read_at IS NOT NULL;
        """
    )

def _v10_counter_indexes(db: Database) -> None:
    """Partial indexes holding exactly the messages the business's monthly counters count
    (`Store.counters_between`): free-form texts sent, and charged business messages with
    their customer and category, so a month is counted from the index alone."""
    db.executescript(
        """
        CREATE INDEX messages_counted_texts ON messages (at)
            WHERE direction = 'out' AND kind = 'text' AND accepted = 1;
        CREATE INDEX messages_counted_charged ON messages (at, customer_id, category)
            WHERE direction = 'out' AND accepted = 1 AND CAST(charge AS REAL) > 0;
        """
    )


def _v11_customer_list_keys(db: Database) -> None:
    """What the customer list orders and searches by, per customer (see `listing`): the
    folded name, and the id and instant of the last message; and an index for the
    conversations of a few customers not expired at an instant (the rows it paints)."""
    db.executescript(
        """
        ALTER TABLE customers ADD COLUMN name_key TEXT NOT NULL DEFAULT '';
        ALTER TABLE customers ADD COLUMN last_message_id INTEGER;
        ALTER TABLE customers ADD COLUMN last_message_at TEXT;
        UPDATE customers SET last_message_id =
            (SELECT max(id) FROM messages WHERE customer_id = customers.id);
        UPDATE customers SET last_message_at =
            (SELECT at FROM messages WHERE id = customers.last_message_id);
        CREATE INDEX conversations_by_customer_expiry ON conversations (customer_id, expires_at);
        """
    )
    db.conn.executemany("UPDATE customers SET name_key = ? WHERE id = ?",
                        [(fold(name), customer_id) for customer_id, name
                         in db.execute("SELECT id, name FROM customers").fetchall()])


def _v12_read_index(db: Database) -> None:
    """The read messages by when they were read, so that the clock going back finds the
    reads it takes back (`Store.forget_reads_after`) without reading every message."""
    db.execute("CREATE INDEX messages_by_read ON messages (read_at) WHERE read_at IS NOT NULL")


MIGRATIONS: tuple[Callable[[Database], None], ...] = (
    _v1_initial, _v2_consent_ledger, _v3_clock_events, _v4_dated_rules, _v5_message_origin,
    _v6_undo_journal, _v7_inbox_aggregates, _v8_delivery_and_replies, _v9_daily_billing,
    _v10_counter_indexes, _v11_customer_list_keys, _v12_read_index,
)
"""`MIGRATIONS[n]` takes a database from schema n to schema n + 1."""

SCHEMA_VERSION = len(MIGRATIONS)


def schema_version(db: Database) -> int:
    """The schema version recorded in the database (0 for a new, empty one)."""
    return db.execute("PRAGMA user_version").fetchone()[0]


def migrate(db: Database, target: int = SCHEMA_VERSION) -> None:
    """Bring the database forward to schema `target` in one transaction.

    `db` must be in autocommit mode (`isolation_level=None`) with no transaction open.
    """
    version = schema_version(db)
    if version >= target:
        return
    db.execute("BEGIN IMMEDIATE")
    try:
        for step in MIGRATIONS[version:target]:
            step(db)
        db.execute(f"PRAGMA application_id = {APPLICATION_ID}")
        db.execute(f"PRAGMA user_version = {target}")
    except BaseException:
        db.execute("ROLLBACK")
        raise
    db.execute("COMMIT")
