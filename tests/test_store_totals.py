"""The running totals (store/totals.py) equal what the whole history says, always."""

from __future__ import annotations

import gc
import sqlite3
from collections import defaultdict
from contextlib import closing, suppress
from datetime import UTC, datetime, timedelta
from decimal import Decimal
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from waboard.billing.replay import reprice
from waboard.clock import ClockSetting
from waboard.rules.model import ZERO, Category, Referral, Template, TemplateStatus
from waboard.service import InputError, Workspace
from waboard.settings import CLOCK
from waboard.store import SCHEMA_VERSION, MessageRecord, Store
from waboard.store import store as store_module
from waboard.store.daily import rebuild_daily
from waboard.store.schema import MIGRATIONS, _v7_inbox_aggregates
from waboard.store.totals import rebuild_totals
from waboard.workspaces import open_workspace

from .test_customer_list_store import DROP_AFTER_V10

START = datetime(2023, 6, 28, 8, 0, tzinfo=UTC)  # months turn during the sequences
PHONES = ("+52 55 1234 5678", "+1 415 555 0100", "+44 7911 123456")


def stored_totals(store: Store) -> tuple[list[tuple], list[tuple]]:
    db = store._db
    customers = db.execute("SELECT customer_id, month, messages, charged, amount"
                           " FROM customer_months ORDER BY customer_id, month").fetchall()
    months = db.execute("SELECT month, messages, charged, amount FROM month_totals"
                        " ORDER BY month").fetchall()
    return ([(c, m, n, k, Decimal(a)) for c, m, n, k, a in customers],
            [(m, n, k, Decimal(a)) for m, n, k, a in months])


def replayed_totals(store: Store, workspace: Workspace) -> dict[tuple[int, str], list]:
    """Per customer and month from the stored messages, each charge as a replay under the
    workspace's regime decides it again."""
    charges = {p.message_id: p.charge for p in reprice(store, workspace.regime)
               if p.message_id is not None}
    totals: defaultdict[tuple[int, str], list] = defaultdict(lambda: [0, 0, ZERO])
    for message in store.all_messages():
        counts = totals[message.customer_id, f"{message.at:%Y-%m}"]
        counts[0] += 1
        charge = charges.get(message.id, ZERO) if message.accepted else ZERO
        assert charge == (message.charge if message.accepted else ZERO)
        if charge:
            counts[1] += 1
            counts[2] += charge
    return totals


def assert_totals_agree(workspace: Workspace) -> None:
    store = workspace.store
    customers, months = stored_totals(store)
    replayed = replayed_totals(store, workspace)
    assert customers == [(c, m, *replayed[c, m]) for c, m in sorted(replayed)]
    by_month: defaultdict[str, list] = defaultdict(lambda: [0, 0, ZERO])
    for (_, month), counts in replayed.items():
        for n, value in enumerate(counts):
            by_month[month][n] += value
    assert months == [(m, *by_month[m]) for m in sorted(by_month)]
    assert store.message_count() == sum(c[0] for c in replayed.values())
    for customer_id in store.customer_ids():
        mine = [v for (c, _), v in replayed.items() if c == customer_id]
        assert store.message_count(customer_id) == sum(v[0] for v in mine)
        assert store.charges(customer_id) == (sum((v[2] for v in mine), ZERO),
                                               sum(v[1] for v in mine))
    with store.transaction():  # and working them out again changes nothing
        rebuild_totals(store._conn)
    assert stored_totals(store) == (customers, months)


ACTIONS = st.lists(st.tuples(
    st.sampled_from(("write", "text", "utility", "marketing", "opt_in", "opt_out", "ad",
                     "wait", "undo", "redo", "rewind")),
    st.integers(0, len(PHONES) - 1),
    st.sampled_from((0, 5, 3600, 20 * 3600, 26 * 3600, 4 * 86400)),
), max_size=30)


def sample_workspace() -> tuple[Workspace, list[int]]:
    """An in-memory workspace with two templates and a customer per phone (the second not
    opted in), its clock at START; and the customers' ids."""
    store = Store.open(None)
    CLOCK.write(store, ClockSetting(START))
    workspace = Workspace(store)
    workspace.add_template(Template("order_update", "es_MX", Category.UTILITY,
                                    "Hola {{1}}", TemplateStatus.APPROVED))
    workspace.add_template(Template("spring_sale", "es_MX", Category.MARKETING,
                                    "Oferta {{1}}", TemplateStatus.APPROVED))
    ids = [workspace.add_customer(f"C{n}", phone, opt_in=n != 1)
           for n, phone in enumerate(PHONES)]
    return workspace, ids


def act(workspace: Workspace, setup: int, kind: str, customer: int, who: int) -> None:
    """One action of ACTIONS' kinds (undo and rewind stop short of the journal's `setup`)."""
    if kind == "write":
        workspace.customer_message(customer, "Hola")
    elif kind == "ad":
        workspace.customer_message(customer, "From the ad", referral=Referral.CTWA_AD)
    elif kind == "text":
        workspace.send_text(customer, "Hi")
    elif kind in ("utility", "marketing"):
        name = "order_update" if kind == "utility" else "spring_sale"
        workspace.send_template(customer, name, "es_MX", ["Ana"])
    elif kind == "opt_in":
        workspace.opt_in(customer)
    elif kind == "opt_out":
        workspace.opt_out(customer)
    elif kind == "undo":
        if workspace.journal.head > setup:
            workspace.undo()
    elif kind == "redo":
        with suppress(InputError):  # nothing to redo
            workspace.redo()
    elif kind == "rewind":
        with suppress(InputError):  # nothing to take back
            workspace.rewind(max(workspace.now() - timedelta(hours=who + 1),
                                 START + timedelta(seconds=1)))
    else:
        workspace.wait(customer)


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(ACTIONS)
def test_the_totals_equal_a_full_replay_after_any_actions(actions) -> None:
    workspace, ids = sample_workspace()
    setup = workspace.journal.head  # undo and rewind stop short of the setup
    for kind, who, seconds in actions:
        workspace.jump(timedelta(seconds=seconds)) if seconds else None
        act(workspace, setup, kind, ids[who], who)
    assert_totals_agree(workspace)
    workspace.store.close()


def test_the_demo_workspace_totals_equal_a_full_replay(tmp_path: Path) -> None:
    workspace = open_workspace(tmp_path / "demo.waboard", seed_demo=True)
    assert_totals_agree(workspace)
    workspace.store.close()


def test_bulk_added_messages_are_counted(tmp_path: Path, monkeypatch) -> None:
    monkeypatch.setattr(store_module, "_BATCH", 7)  # the 40 messages in several batches
    with Store.open(tmp_path / "bulk.waboard") as store:
        workspace = Workspace(store)
        customer = workspace.add_customer("Ana", PHONES[0])
        other = workspace.add_customer("Bea", PHONES[1])
        at = START
        records = [MessageRecord(None, customer, at + timedelta(days=n), "out", "template",
                                 accepted=n % 4 != 0, charge=Decimal("0.0436") * (n % 3))
                   for n in range(40)]
        records[20:20] = [MessageRecord(None, other, at, "in", "text", text="hola")]
        assert store.add_messages(iter(records)) == 41
        assert gc.isenabled()
        assert store.last_message(other).text == "hola"
        store.add_message(MessageRecord(None, customer, at, "in", "text", text="hi"))
        assert store.message_count() == store.message_count(customer) + 1 == 42
        charged = [r.charge for r in records if r.accepted and r.charge]
        assert store.charges(customer) == (sum(charged, ZERO), len(charged))
        counted, daily = stored_totals(store), stored_daily(store)
        with store.transaction():
            rebuild_totals(store._conn)
            rebuild_daily(store._conn)
        assert stored_totals(store) == counted
        assert stored_daily(store) == daily


def stored_daily(store: Store) -> list[tuple]:
    return store._db.execute("SELECT day, region, category, reason, accepted, messages,"
                             " counted, charged, amount FROM daily_billing ORDER BY 1, 2, 3, 4, 5"
                             ).fetchall()


LATER_THAN_TOTALS = (
    DROP_AFTER_V10 + " DROP INDEX messages_by_delivery; DROP INDEX messages_by_customer_delivery;"
    " DROP INDEX messages_by_customer_read;"
    " DROP INDEX messages_counted_texts; DROP INDEX messages_counted_charged;"
    + "".join(f" ALTER TABLE messages DROP COLUMN {column};"
              for column in ("delivered_at", "read_at", "reply_to", "reply_key", "choices")))
"""What the migrations after the totals' add, taken out of a file made today."""


def test_an_older_file_gets_its_totals_from_the_history(tmp_path: Path) -> None:
    """The migration works the totals out from the messages a file of the version before
    it already holds."""
    path = tmp_path / "older.waboard"
    workspace = open_workspace(tmp_path / "demo.waboard", seed_demo=True)
    workspace.store.copy_to(path)
    expected = stored_totals(workspace.store)
    workspace.store.close()
    before = MIGRATIONS.index(_v7_inbox_aggregates)
    with closing(sqlite3.connect(path)) as conn:  # as the waboard before the totals left it
        conn.executescript("DROP TABLE customer_months; DROP TABLE month_totals;"
                           " DROP INDEX conversations_by_expiry;"
                           " DROP INDEX customers_by_last_inbound;"
                           " DROP INDEX messages_by_time;"
                           " DROP TABLE daily_billing; DROP TABLE pricing_bases;"
                           + LATER_THAN_TOTALS +
                           f" PRAGMA user_version = {before};")
    with Store.open(path) as store:
        assert stored_totals(store) == expected
        assert expected[0] and expected[1]
    with closing(sqlite3.connect(path)) as conn:
        assert conn.execute("PRAGMA user_version").fetchone() == (SCHEMA_VERSION,)
        indexes = {row[0] for row in conn.execute("SELECT name FROM sqlite_master")}
        assert {"conversations_by_expiry", "customers_by_last_inbound",
                "messages_by_time"} <= indexes
