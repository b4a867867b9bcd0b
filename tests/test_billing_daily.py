"""The per-day billing aggregates (store/daily.py) bill every period as the whole history
does, after any actions (undo, redo and rewind included), and a migration builds them."""

from __future__ import annotations

import sqlite3
from contextlib import closing, suppress
from datetime import UTC, date, datetime, timedelta
from decimal import Decimal
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tests.test_customer_list_store import DROP_AFTER_V10
from tests.test_store_totals import PHONES, START, act, sample_workspace
from waboard.billing.bill import charged_bill, workspace_bill
from waboard.billing.periods import (
    Period,
    custom_period,
    day_period,
    month_period,
    week_period,
)
from waboard.billing.replay import as_charged
from waboard.rules.model import Regime
from waboard.service import InputError, Workspace
from waboard.store import Store
from waboard.store.daily import rebuild_daily
from waboard.store.schema import MIGRATIONS, _v9_daily_billing
from waboard.workspaces import open_workspace

OTHER_PHONES = ("+34 612 345 678", "+55 11 91234 5678", "+91 98765 43210")
KINDS = ("write", "text", "utility", "marketing", "opt_in", "opt_out", "ad", "wait", "undo",
         "redo", "rewind", "move", "regime")
ACTIONS = st.lists(st.tuples(
    st.sampled_from(KINDS),
    st.integers(0, len(PHONES) - 1),
    st.sampled_from((0, 5, 3600, 20 * 3600, 26 * 3600, 4 * 86400)),
), max_size=30)
REGIMES = (Regime.PMP_2025_07, Regime.CBP_2023_06, Regime.CBP_2024_11)


def stored(store: Store) -> tuple[list[tuple], list[tuple]]:
    """The aggregate rows, and the messages by pricing basis."""
    rows = store._db.execute(
        "SELECT day, region, category, reason, accepted, messages, counted, charged, amount"
        " FROM daily_billing ORDER BY day, region, category, reason, accepted").fetchall()
    bases = store._db.execute("SELECT basis, messages FROM pricing_bases ORDER BY basis")
    return [(*row[:-1], Decimal(row[-1])) for row in rows], bases.fetchall()


def periods(store: Store) -> list[Period]:
    """Every month, ISO week and day the history touches, and all of it."""
    days = sorted({date.fromisoformat(day) for (day,) in store._db.execute(
        "SELECT DISTINCT substr(at, 1, 10) FROM messages")})
    if not days:
        return [month_period(START.year, START.month)]
    chosen = {custom_period(days[0], days[-1] + timedelta(days=1))}
    for day in days:
        iso = day.isocalendar()
        chosen |= {day_period(day), week_period(iso.year, iso.week),
                   month_period(day.year, day.month)}
    return sorted(chosen, key=lambda p: (p.start, p.end))


def assert_bills_agree(workspace: Workspace) -> None:
    """Every period's bill from the aggregates is the bill of the whole history as charged,
    with the dated card and with the card in use; and rebuilding the aggregates changes
    nothing."""
    store = workspace.store
    for card in (None, workspace.rate_card):
        history = as_charged(store, card)
        for period in periods(store):
            expected = workspace_bill(store, history, period, workspace.regime,
                                      as_charged=True)
            assert charged_bill(store, period, card) == expected, period.label
    kept, bases = stored(store)
    with store.transaction():
        rebuild_daily(store._conn)
    rebuilt, _ = stored(store)
    assert kept == rebuilt
    assert sum(n for _, n in bases) == store._db.execute(
        "SELECT count(*) FROM messages WHERE direction = 'out'").fetchone()[0]


def played(actions: list[tuple[str, int, int]]) -> Workspace:
    """The sample workspace after `actions` (of ACTIONS)."""
    workspace, ids = sample_workspace()
    setup = workspace.journal.head
    for step, (kind, who, seconds) in enumerate(actions):
        workspace.jump(timedelta(seconds=seconds)) if seconds else None
        if kind == "move":  # a new number in another country: another market
            with suppress(InputError):
                workspace.edit_customer(ids[who], f"C{who}", OTHER_PHONES[step % 3], True)
        elif kind == "regime":
            workspace.set_regime(REGIMES[step % len(REGIMES)])
        else:
            act(workspace, setup, kind, ids[who], who)
    return workspace


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(ACTIONS)
def test_the_aggregates_bill_as_the_whole_history_after_any_actions(actions) -> None:
    workspace = played(actions)
    assert_bills_agree(workspace)
    workspace.store.close()


def test_the_pricing_basis_says_whether_the_history_was_decided_as_now(workspace, ana):
    store = workspace.store
    workspace.customer_message(ana, "Hola")
    workspace.send_text(ana, "Hi")
    assert store.pricing_bases() == {store.pricing_basis()}
    first = store.pricing_basis()
    workspace.set_regime(Regime.PMP_2025_07)
    assert store.pricing_bases() == {first} != {store.pricing_basis()}
    workspace.send_text(ana, "Again")
    assert store.pricing_bases() == {first, store.pricing_basis()}
    workspace.undo()  # the send
    workspace.undo()  # the switch
    assert store.pricing_bases() == {first} == {store.pricing_basis()}


def test_a_period_not_on_midnights_is_billed_from_the_history(demo):
    store = demo.store
    period = custom_period(datetime(2025, 3, 3, 12, tzinfo=UTC),
                           datetime(2025, 3, 7, 6, tzinfo=UTC))
    expected = workspace_bill(store, as_charged(store), period, demo.regime, as_charged=True)
    assert charged_bill(store, period) == expected


def test_an_older_file_gets_its_aggregates_from_the_history(tmp_path: Path) -> None:
    path = tmp_path / "older.waboard"
    workspace = open_workspace(tmp_path / "demo.waboard", seed_demo=True)
    workspace.store.copy_to(path)
    expected = stored(workspace.store)
    march = charged_bill(workspace.store, month_period(2025, 3))
    workspace.store.close()
    assert expected[0]
    before = MIGRATIONS.index(_v9_daily_billing)
    with closing(sqlite3.connect(path)) as conn:  # as the waboard before the aggregates
        conn.executescript("DROP TABLE daily_billing; DROP TABLE pricing_bases;"
                           " DROP INDEX messages_counted_texts;"
                           " DROP INDEX messages_counted_charged;" + DROP_AFTER_V10
                           + f" PRAGMA user_version = {before};")
    with Store.open(path) as store:
        assert stored(store) == expected
        assert charged_bill(store, month_period(2025, 3)) == march


def test_the_demo_is_billed_as_its_whole_history(demo):
    assert_bills_agree(demo)
