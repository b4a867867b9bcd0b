"""Messages written a batch at a time in a recorded action (the journal's `inserting`) are
undone and redone like any other write: undo equals a replay of the rest, redo gives back
exactly what was done, the totals and the daily aggregates equal the history's; and a batch
costs the journal one entry, whatever its size."""

from __future__ import annotations

import tempfile
from datetime import UTC, datetime, timedelta
from decimal import Decimal
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from tests.test_timetravel import dump
from waboard.rules.model import Consent, CustomerState
from waboard.store import CustomerRecord, MessageRecord, Store
from waboard.store.daily import rebuild_daily
from waboard.store.totals import rebuild_totals

START = datetime(2023, 6, 30, 22, 0, tzinfo=UTC)  # months and days turn during a history
CUSTOMERS = 3

MESSAGE = st.tuples(
    st.integers(0, CUSTOMERS - 1),  # whose
    st.integers(0, 3 * 86400),  # seconds after START
    st.sampled_from(("in", "out", "event")),
    st.booleans(),  # accepted
    st.sampled_from((None, "utility", "marketing", "service")),
    st.sampled_from(("0", "0.0100", "0.0436", "0.25")),
)
STEP = st.one_of(
    st.tuples(st.just("batch"), st.lists(MESSAGE, max_size=8)),
    st.tuples(st.just("one"), MESSAGE),
    st.tuples(st.just("deliver"), st.integers(1, 4)),  # the last n messages reach the phone
)
ACTIONS = st.lists(st.lists(STEP, min_size=1, max_size=3), min_size=1, max_size=5)


def new_store(path: Path) -> Store:
    store = Store.open(path)
    with store.transaction():
        for n in range(CUSTOMERS):
            store.add_customer(CustomerRecord(
                None, f"c{n}", f"Customer {n}", f"+5215500{n:06d}", ("MX", "BR", "")[n],
                CustomerState(consent=Consent.OPTED_IN)))
    return store


def record(store: Store, message: tuple) -> MessageRecord:
    whose, seconds, direction, accepted, category, charge = message
    at = START + timedelta(seconds=seconds)
    return MessageRecord(None, store.customer_ids()[whose], at, direction,
                         "template" if direction == "out" else "text", accepted=accepted,
                         category=category if direction == "out" else None,
                         opened=seconds % 2 == 0, charge=Decimal(charge),
                         delivered_at=at + timedelta(seconds=seconds % 7))


def act(store: Store, steps: list[tuple]) -> None:
    """One recorded action doing `steps`."""
    with store.transaction(), store.journal.action("steps", "test", START) as done:
        for kind, what in steps:
            if kind == "batch":
                store.add_messages(record(store, m) for m in what)
            elif kind == "one":
                store.add_message(record(store, what))
            else:
                last = [m.id for m in store.messages(None)[-what:]]
                store.set_delivered(last, START)
        done(START)


def undo(store: Store) -> None:
    with store.transaction():
        store.journal.undo(store.journal.head)


def redo(store: Store) -> None:
    with store.transaction():
        store.journal.redo(store.journal.redo_target().seq)


def aggregates(store: Store) -> dict[str, list[tuple]]:
    """The totals' and daily aggregates' rows, but for their ids."""
    return {table: sorted(row[1:] for row in store._conn.execute(f"SELECT * FROM {table}"))
            for table in ("customer_months", "month_totals", "daily_billing",
                          "pricing_bases")}


def assert_aggregates_are_the_historys(store: Store) -> None:
    kept = aggregates(store)
    with store.transaction():
        rebuild_totals(store._conn)
        rebuild_daily(store._conn)
    assert aggregates(store) == kept


def entries(store: Store) -> int:
    return store._conn.execute("SELECT count(*) FROM journal_entries").fetchone()[0]


@settings(max_examples=25, deadline=None)
@given(actions=ACTIONS, data=st.data())
def test_undoing_batches_equals_replaying_the_rest_and_redo_restores_them(actions, data):
    with tempfile.TemporaryDirectory() as folder:
        full = new_store(Path(folder, "full.waboard"))
        for steps in actions:
            act(full, steps)
        done = dump(full.path)
        undos = data.draw(st.integers(0, len(full.journal.applied())), label="undos")
        for _ in range(undos):
            undo(full)
        replay = new_store(Path(folder, "replay.waboard"))
        for steps in actions:
            if len(replay.journal.applied()) == len(full.journal.applied()):
                break
            act(replay, steps)
        assert dump(full.path) == dump(replay.path)
        for _ in range(undos):
            redo(full)
        assert dump(full.path) == done
        assert_aggregates_are_the_historys(full)
        full.close()
        replay.close()


def test_a_batch_costs_the_journal_one_entry_whatever_its_size(tmp_path):
    """Its messages and the customers' new totals: one entry each."""
    sizes = []
    for count in (3, 50, 500):
        store = new_store(tmp_path / f"{count}.waboard")
        act(store, [("batch", [(n % CUSTOMERS, n, "in", True, None, "0")
                               for n in range(count)])])
        sizes.append(entries(store))
        store.close()
    assert sizes[0] == sizes[1] == sizes[2]


def test_after_an_undo_a_batch_is_again_one_entry_and_unrecorded_outside_actions(tmp_path):
    """Undo and redo put messages back one row at a time; the batches after them are
    recorded as before."""
    store = new_store(tmp_path / "w.waboard")
    batch = ("batch", [(1, n, "out", True, "utility", "0.0100") for n in range(20)])
    act(store, [batch])
    before = entries(store)
    act(store, [batch])
    per_batch = entries(store) - before
    undo(store)
    redo(store)
    before = entries(store)
    store.add_messages(record(store, m) for m in batch[1])
    assert entries(store) == before
    act(store, [batch])
    assert entries(store) == before + per_batch
    kept = dump(store.path)
    undo(store)
    redo(store)
    assert dump(store.path) == kept
    store.close()
