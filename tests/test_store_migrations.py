"""Schema versions: files of older versions are brought forward with their data intact."""

from __future__ import annotations

import sqlite3
from contextlib import closing
from datetime import UTC, datetime
from decimal import Decimal
from pathlib import Path

import pytest
from sqlite_utils import Database

from waboard.rules.model import Category, Consent, Conversation
from waboard.store import SCHEMA_VERSION, Store, StoreError
from waboard.store.schema import APPLICATION_ID, MIGRATIONS, _v8_delivery_and_replies, migrate

T0 = datetime(2023, 6, 5, 9, 0, tzinfo=UTC)


def database(path: Path) -> Database:
    return Database(sqlite3.connect(path, isolation_level=None), execute_plugins=False)


def v1_file(path: Path) -> None:
    """A schema 1 file, written the way waboard 1 wrote it: plain SQL on its tables."""
    db = database(path)
    migrate(db, target=1)
    db.executescript(
        """
        INSERT INTO settings VALUES ('regime', '"cbp-2023-06"');
        INSERT INTO customers (key, name, phone, region, unread, consent, last_inbound_at)
            VALUES ('ana', 'Ana López', '+5215512345678', 'MX', 2, 'opted_in',
                    '2023-06-05T09:00:00Z');
        INSERT INTO templates (name, language, category, body, status, buttons)
            VALUES ('order_update', 'es_MX', 'utility', 'Hola {{1}}', 'approved', '["Ver"]');
        INSERT INTO conversations (customer_id, category, opened_at, expires_at, charge)
            VALUES (1, 'service', '2023-06-05T09:05:00Z', '2023-06-06T09:05:00Z', '0.0088');
        INSERT INTO messages (customer_id, at, direction, kind, text, status)
            VALUES (1, '2023-06-05T09:00:00Z', 'in', 'text', 'Hola', 'received'),
                   (1, '2023-06-05T09:01:00Z', 'event', 'opt_in', 'Sí, acepto', ''),
                   (1, '2023-06-05T09:05:00Z', 'out', 'text', '¡Hola Ana!', 'read');
        """
    )
    db.close()


def test_every_version_has_its_migration() -> None:
    assert len(MIGRATIONS) == SCHEMA_VERSION >= 2


def test_a_v1_file_is_migrated_with_its_data(tmp_path: Path) -> None:
    path = tmp_path / "old.waboard"
    v1_file(path)
    with closing(sqlite3.connect(path)) as conn:
        assert conn.execute("PRAGMA user_version").fetchone() == (1,)
        assert conn.execute("PRAGMA application_id").fetchone() == (APPLICATION_ID,)

    with Store.open(path) as store:
        assert store.integrity_ok()
        assert store.get_setting("regime") == "cbp-2023-06"
        ana = store.customer(1)
        assert (ana.key, ana.name, ana.unread, ana.state.consent) == (
            "ana", "Ana López", 2, Consent.OPTED_IN
        )  # fmt: skip
        assert ana.state.last_inbound_at == T0
        assert ana.state.conversations == (
            Conversation(
                Category.SERVICE,
                datetime(2023, 6, 5, 9, 5, tzinfo=UTC),
                datetime(2023, 6, 6, 9, 5, tzinfo=UTC),
                Decimal("0.0088"),
            ),
        )
        template = store.template("order_update", "es_MX")
        assert template is not None and template.buttons == ("Ver",)
        assert [m.text for m in store.messages(1)] == ["Hola", "Sí, acepto", "¡Hola Ana!"]
        # Version 2: the consent ledger, seeded from the opt-in already in the thread.
        [event] = store.consent_events(1)
        assert (event.kind, event.source, event.text) == ("opt_in", "migration", "Sí, acepto")
        assert event.at == datetime(2023, 6, 5, 9, 1, tzinfo=UTC)
        assert store.service_conversations_in_month("2023-06") == 1

    with closing(sqlite3.connect(path)) as conn:
        assert conn.execute("PRAGMA user_version").fetchone() == (SCHEMA_VERSION,)
        indexes = {row[0] for row in conn.execute("SELECT name FROM sqlite_master")}
        assert {"consent_events_by_customer", "conversations_by_category"} <= indexes


def test_a_file_a_migration_would_fail_on_is_refused_before_migrating(tmp_path: Path) -> None:
    path = tmp_path / "old.waboard"
    v1_file(path)
    with closing(sqlite3.connect(path)) as conn:  # a table in the way of migration 2
        conn.execute("CREATE TABLE consent_events (anything)")
        conn.commit()
    with pytest.raises(StoreError, match=r"old.waboard is damaged: its tables are not those "
                       r"of a waboard schema 1 file \(nothing was changed\)$"):
        Store.open(path)
    with closing(sqlite3.connect(path)) as conn:
        assert conn.execute("PRAGMA user_version").fetchone() == (1,)
        names = {row[0] for row in conn.execute("SELECT name FROM sqlite_master")}
        assert "conversations_by_category" not in names
        assert conn.execute("SELECT count(*) FROM messages").fetchone() == (3,)


def test_fresh_and_migrated_files_have_the_same_schema(tmp_path: Path) -> None:
    fresh, old = tmp_path / "fresh.waboard", tmp_path / "old.waboard"
    Store.open(fresh).close()
    v1_file(old)
    Store.open(old).close()

    def schema(path: Path) -> list[tuple[str, str]]:
        with closing(sqlite3.connect(path)) as conn:
            return conn.execute("SELECT name, sql FROM sqlite_master ORDER BY name").fetchall()

    assert schema(fresh) == schema(old)


def test_a_v2_file_gets_the_clock_events_table(tmp_path: Path) -> None:
    path = tmp_path / "v2.waboard"
    db = database(path)
    migrate(db, target=2)
    db.executescript(
        """
        INSERT INTO settings VALUES ('clock', '{"at": "2023-06-05T09:00:00Z", "speed": 1,
            "paused": true, "real_time": false}');
        INSERT INTO customers (key, name, phone, region, consent)
            VALUES ('ana', 'Ana López', '+5215512345678', 'MX', 'opted_out');
        INSERT INTO consent_events (customer_id, at, kind, source, text)
            VALUES (1, '2023-06-05T08:00:00Z', 'opt_out', 'reply keyword', 'STOP');
        """
    )
    db.close()
    with closing(sqlite3.connect(path)) as conn:
        assert conn.execute("PRAGMA user_version").fetchone() == (2,)

    with Store.open(path) as store:
        assert store.integrity_ok()
        [event] = store.consent_events(1)
        assert (event.source, event.text) == ("reply keyword", "STOP")
        assert store.clock_events() == []
        store.add_clock_event(T0, "jump", "+1h")
        [change] = store.clock_events()
        assert (change.at, change.kind, change.detail) == (T0, "jump", "+1h")
        with pytest.raises(StoreError, match="'rewind' is not a clock event"):
            store.add_clock_event(T0, "rewind")

    with closing(sqlite3.connect(path)) as conn:
        assert conn.execute("PRAGMA user_version").fetchone() == (SCHEMA_VERSION,)
        names = {row[0] for row in conn.execute("SELECT name FROM sqlite_master")}
        assert {"clock_events", "clock_events_by_time"} <= names


def test_a_v7_file_gets_delivery_instants_from_its_statuses(tmp_path: Path) -> None:
    """Before the delivery delay a business message was delivered when sent, and a read one
    was read then at the latest: the migration says so with instants."""
    path = tmp_path / "v7.waboard"
    db = database(path)
    migrate(db, target=MIGRATIONS.index(_v8_delivery_and_replies))
    db.executescript(
        """
        INSERT INTO customers (key, name, phone, region, consent)
            VALUES ('ana', 'Ana López', '+5215512345678', 'MX', 'opted_in');
        INSERT INTO messages (customer_id, at, direction, kind, text, status, accepted)
            VALUES (1, '2023-06-05T09:00:00Z', 'out', 'text', 'Uno', 'delivered', 1),
                   (1, '2023-06-05T09:05:00Z', 'out', 'text', 'Dos', 'read', 1),
                   (1, '2023-06-05T09:06:00Z', 'out', 'text', 'Tres', 'failed', 0),
                   (1, '2023-06-05T09:07:00Z', 'in', 'text', 'Hola', 'received', 1);
        """
    )
    db.close()
    with Store.open(path) as store:
        later = datetime(2024, 1, 1, tzinfo=UTC)
        found = [(m.status, m.delivered_at, m.read_at, m.delivery_status(later))
                 for m in store.messages(1)]
    assert found == [
        ("sent", T0, None, "delivered"),
        ("sent", T0.replace(minute=5), T0.replace(minute=5), "read"),
        ("failed", None, None, "failed"),
        ("received", None, None, "received"),
    ]
