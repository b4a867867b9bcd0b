"""What the store keeps for the customer list (folded name, last message) and its reads:
schema 11 builds them for an older file, every write keeps them, an undo takes them back."""

from __future__ import annotations

import sqlite3
from contextlib import closing
from datetime import timedelta
from pathlib import Path

from waboard.store import Store
from waboard.store.listing import OpenConversation, fold
from waboard.store.schema import MIGRATIONS, _v11_customer_list_keys
from waboard.workspaces import open_workspace

DROP_LIST_KEYS = " DROP INDEX conversations_by_customer_expiry;" + "".join(
    f" ALTER TABLE customers DROP COLUMN {column};"
    for column in ("name_key", "last_message_id", "last_message_at"))
"""What schema 11 adds, taken out of a file made today."""
DROP_AFTER_V10 = DROP_LIST_KEYS + " DROP INDEX messages_by_read;"
"""What schemas 11 and 12 add, taken out of a file made today."""

KEYS = "SELECT id, name_key, last_message_id, last_message_at FROM customers ORDER BY id"


def stored_keys(store: Store) -> list[tuple]:
    return store._db.execute(KEYS).fetchall()


def worked_out_keys(store: Store) -> list[tuple]:
    """The same columns worked out from the names and the messages."""
    found = []
    for customer in store.customers():
        last = store.last_message(customer.id)
        found.append((customer.id, fold(customer.name), last and last.id,
                      last and store._db.execute("SELECT at FROM messages WHERE id = ?",
                                                 (last.id,)).fetchone()[0]))
    return found


def test_a_v10_file_gets_the_list_keys_from_its_history(tmp_path: Path) -> None:
    path = tmp_path / "v10.waboard"
    workspace = open_workspace(tmp_path / "demo.waboard", seed_demo=True)
    workspace.store.copy_to(path)
    expected = stored_keys(workspace.store)
    workspace.store.close()
    assert any(name for _, name, _, _ in expected)
    assert any(last for _, _, last, _ in expected)
    before = MIGRATIONS.index(_v11_customer_list_keys)
    with closing(sqlite3.connect(path)) as conn:  # as waboard left it before schema 11
        conn.executescript(DROP_AFTER_V10 + f" PRAGMA user_version = {before};")
    with Store.open(path) as store:
        assert stored_keys(store) == expected == worked_out_keys(store)


def test_every_write_keeps_the_keys_and_an_undo_takes_them_back(tmp_path: Path) -> None:
    workspace = open_workspace(tmp_path / "w.waboard")
    store = workspace.store
    ana = workspace.add_customer("Ana López", "+52 55 1234 5678")
    bea = workspace.add_customer("Bea", "+34 612 34 56 78")
    assert stored_keys(store) == worked_out_keys(store)
    workspace.customer_message(ana, "Hola")
    workspace.send_text(ana, "Buenas")
    workspace.edit_customer(bea, "Beatriz Núñez", "+34 612 34 56 78", reachable=True)
    assert stored_keys(store) == worked_out_keys(store)
    assert [key for _, key, _, _ in stored_keys(store)] == ["ana lopez", "beatriz nunez"]
    states = [stored_keys(store)]
    for _ in range(3):
        workspace.undo()
        assert stored_keys(store) == worked_out_keys(store)
        states.append(stored_keys(store))
    for _ in range(3):
        workspace.redo()
        assert stored_keys(store) == worked_out_keys(store)
    assert stored_keys(store) == states[0]


def test_list_entries_say_what_the_records_say(tmp_path: Path) -> None:
    workspace = open_workspace(tmp_path / "demo.waboard", seed_demo=True)
    store, now = workspace.store, workspace.now()
    entries = {entry.id: entry for entry in store.customer_list_entries(now)}
    summaries = store.customer_summaries(now)
    assert sorted(entries) == [s.customer.id for s in summaries]
    for summary in summaries:
        customer, entry = summary.customer, entries[summary.customer.id]
        state = store.customer_state(customer.id, now)
        last = summary.last_message.at if summary.last_message else state.last_inbound_at
        assert entry.name_key == fold(customer.name)
        assert entry.digits == customer.phone.lstrip("+")
        assert entry.activity == (last and int(last.timestamp()))
        assert entry.inbound == (state.last_inbound_at
                                 and int(state.last_inbound_at.timestamp()))
        assert entry.consent == customer.state.consent
        assert entry.conversations == tuple(
            OpenConversation(c.category, int(c.opened_at.timestamp()),
                             int(c.expires_at.timestamp())) for c in state.conversations)
    assert any(e.conversations for e in entries.values())
    by_id = {s.customer.id: s for s in summaries}
    some = [s.customer.id for s in summaries][::-2]
    assert store.customer_summaries(now, [*some, 10**6]) == [by_id[i] for i in some]
    assert {e.id for e in store.customer_list_entries(now, [*some, 10**6])} == set(some)
    later = now + timedelta(days=400)
    assert all(not e.conversations for e in store.customer_list_entries(later))
