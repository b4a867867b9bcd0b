"""The store's records, queries and transactions, on real files."""

from __future__ import annotations

import gc
import sqlite3
from collections.abc import Iterator
from contextlib import closing
from dataclasses import replace
from datetime import UTC, datetime, timedelta
from decimal import Decimal
from pathlib import Path

import pytest

from waboard.rules.model import (
    Category,
    Consent,
    Conversation,
    CustomerState,
    Template,
    TemplateStatus,
)
from waboard.store import CustomerRecord, MessageRecord, Store, StoreError

T0 = datetime(2023, 6, 5, 9, 0, tzinfo=UTC)
HOUR = timedelta(hours=1)


@pytest.fixture
def path(tmp_path: Path) -> Path:
    return tmp_path / "inbox.waboard"


@pytest.fixture
def store(path: Path) -> Iterator[Store]:
    with Store.open(path) as store:
        yield store


def customer(key: str = "ana", **state: object) -> CustomerRecord:
    return CustomerRecord(
        id=None,
        key=key,
        name="Ana López",
        phone="+5215512345678",
        region="MX",
        state=CustomerState(**state),  # type: ignore[arg-type]
    )


def conversation(category: Category, opened_at: datetime, charge: str = "0") -> Conversation:
    return Conversation(category, opened_at, opened_at + 24 * HOUR, Decimal(charge))


def text(customer_id: int, at: datetime, body: str, direction: str = "in") -> MessageRecord:
    return MessageRecord(None, customer_id, at, direction, "text", body)


def reopened(store: Store) -> Store:
    assert store.path is not None
    store.close()
    return Store.open(store.path)


# Customers and their state


def test_customer_round_trip_with_full_state(store: Store) -> None:
    record = replace(
        customer(
            consent=Consent.OPTED_OUT,
            reachable=False,
            last_inbound_at=T0,
            entry_point_pending=True,
            conversations=(
                conversation(Category.SERVICE, T0, "0.0088"),
                conversation(Category.FREE_ENTRY_POINT, T0 + HOUR),
            ),
        ),
        unread=3,
    )
    customer_id = store.add_customer(record)
    store = reopened(store)
    expected = replace(record, id=customer_id)
    assert store.customer(customer_id) == expected
    assert store.customer_by_key("ana") == expected
    assert store.customers() == [expected]
    assert store.customer_count() == 1
    assert store.customer_by_key("bea") is None
    store.close()


def test_customers_keep_their_order_and_their_own_conversations(store: Store) -> None:
    ana = store.add_customer(customer("ana", conversations=(conversation(Category.UTILITY, T0),)))
    bea = store.add_customer(customer("bea"))
    store.add_conversation(bea, conversation(Category.MARKETING, T0 + HOUR, "0.0436"))
    ana_record, bea_record = store.customers()
    assert (ana_record.id, bea_record.id) == (ana, bea)
    assert [c.category for c in ana_record.state.conversations] == [Category.UTILITY]
    assert [c.charge for c in bea_record.state.conversations] == [Decimal("0.0436")]


def test_duplicate_customer_key_is_refused(store: Store) -> None:
    store.add_customer(customer("ana"))
    with pytest.raises(StoreError, match="^a customer with id 'ana' already exists$"):
        store.add_customer(customer("ana"))
    assert store.customer_count() == 1


def test_update_customer(store: Store) -> None:
    customer_id = store.add_customer(customer())
    changed = CustomerRecord(
        customer_id, "ana", "Ana L.", "+5215500000000", "US",
        CustomerState(consent=Consent.OPTED_IN, last_inbound_at=T0), unread=7,
    )  # fmt: skip
    store.update_customer(changed)
    assert store.customer(customer_id) == changed
    with pytest.raises(StoreError, match="no customer #99"):
        store.update_customer(replace(changed, id=99))
    with pytest.raises(StoreError, match="no id"):
        store.update_customer(replace(changed, id=None))


def test_unknown_customer_is_a_store_error(store: Store) -> None:
    with pytest.raises(StoreError, match="^there is no customer #5$"):
        store.customer(5)
    with pytest.raises(StoreError, match="no customer #5"):
        store.customer_state(5, T0)
    with pytest.raises(StoreError, match="no customer #5"):
        store.save_state(5, CustomerState())
    with pytest.raises(StoreError, match="no customer #5"):
        store.add_conversation(5, conversation(Category.SERVICE, T0))
    with pytest.raises(StoreError, match="no customer #5"):
        store.add_message(text(5, T0, "hola"))


def test_customer_state_holds_the_conversations_not_yet_expired(store: Store) -> None:
    customer_id = store.add_customer(customer())
    old = conversation(Category.MARKETING, T0 - 30 * HOUR)  # expired at T0 - 6h
    later = conversation(Category.UTILITY, T0 + 2 * HOUR)
    current = conversation(Category.SERVICE, T0 - HOUR)
    for c in (old, later, current):
        store.add_conversation(customer_id, c)
    state = CustomerState(Consent.OPTED_IN, True, T0 - HOUR, False)
    store.save_state(customer_id, state)
    assert store.customer_state(customer_id, T0) == replace(state, conversations=(current, later))
    assert store.customer_state(customer_id, T0 - 7 * HOUR).conversations == (old, current, later)
    assert store.customer_state(customer_id, current.expires_at).conversations == (later,)
    assert store.customer(customer_id).state.conversations == (old, current, later)


# Conversations


def test_conversations_and_service_count_per_month(store: Store) -> None:
    ana = store.add_customer(customer("ana"))
    bea = store.add_customer(customer("bea"))
    last_second_of_june = datetime(2023, 6, 30, 23, 59, 59, tzinfo=UTC)
    opened = [
        (ana, conversation(Category.SERVICE, datetime(2023, 5, 31, 23, 59, 59, tzinfo=UTC))),
        (bea, conversation(Category.SERVICE, datetime(2023, 6, 1, tzinfo=UTC))),
        (ana, conversation(Category.MARKETING, T0, "0.0436")),
        (ana, conversation(Category.SERVICE, last_second_of_june, "0.0088")),
        (bea, conversation(Category.SERVICE, datetime(2023, 7, 1, tzinfo=UTC))),
    ]
    for customer_id, c in opened:
        store.add_conversation(customer_id, c)
    assert store.conversations() == opened
    assert store.conversations(bea) == [opened[1], opened[4]]
    assert store.service_conversations_in_month("2023-05") == 1
    assert store.service_conversations_in_month("2023-06") == 2
    assert store.service_conversations_in_month("2023-07") == 1
    assert store.service_conversations_in_month("2023-08") == 0
    with pytest.raises(ValueError, match="not a month"):
        store.service_conversations_in_month("2023-6")


# Templates


ORDER_UPDATE = Template(
    "order_update", "es_MX", Category.UTILITY, "Hola {{1}}, tu pedido {{2}} va en camino.",
    TemplateStatus.PAUSED, header="Pedido", footer="Gracias", buttons=("Rastrear", "Ayuda"),
)  # fmt: skip


def test_template_round_trip_and_order(store: Store) -> None:
    template_id = store.add_template(ORDER_UPDATE)
    assert isinstance(template_id, int)
    store.add_template(replace(ORDER_UPDATE, language="en_US", buttons=()))
    store.add_template(Template("alert", "en_US", Category.AUTHENTICATION, "Code {{1}}"))
    store = reopened(store)
    assert store.template("order_update", "es_MX") == ORDER_UPDATE
    assert store.template("order_update", "pt_BR") is None
    assert [t.key for t in store.templates()] == [
        ("alert", "en_US"),
        ("order_update", "en_US"),
        ("order_update", "es_MX"),
    ]
    store.close()


def test_duplicate_template_is_refused(store: Store) -> None:
    store.add_template(ORDER_UPDATE)
    message = "^a template named 'order_update' in language 'es_MX' already exists$"
    with pytest.raises(StoreError, match=message):
        store.add_template(replace(ORDER_UPDATE, body="Otro"))


def test_update_template_can_rename_but_not_onto_another(store: Store) -> None:
    store.add_template(ORDER_UPDATE)
    store.add_template(replace(ORDER_UPDATE, name="shipping"))
    renamed = replace(ORDER_UPDATE, name="order_status", status=TemplateStatus.APPROVED)
    store.update_template(ORDER_UPDATE.key, renamed)
    assert store.template("order_update", "es_MX") is None
    assert store.template("order_status", "es_MX") == renamed
    with pytest.raises(StoreError, match="'shipping' in language 'es_MX' already exists"):
        store.update_template(renamed.key, replace(renamed, name="shipping"))
    with pytest.raises(StoreError, match="no template 'gone' in language 'es_MX'"):
        store.update_template(("gone", "es_MX"), renamed)


# Messages


def full_messages(customer_id: int) -> list[MessageRecord]:
    return [
        MessageRecord(None, customer_id, T0, "in", "text", "Hola 👋", referral="ctwa_ad",
                      status="received"),
        MessageRecord(
            None, customer_id, T0 + HOUR, "out", "template", "Hola Ana, tu pedido A-17",
            template_name="order_update", template_language="es_MX", params=("Ana", "A-17"),
            header="Pedido", footer="Gracias", buttons=("Rastrear",), status="read",
            category="utility", opened=True, expires=T0 + 25 * HOUR, free=False,
            charge=Decimal("0.0100"),
        ),
        MessageRecord(
            None, customer_id, T0 + 30 * HOUR, "out", "text", "¿Sigues ahí?", accepted=False,
            error_code=131047, reason="window_closed", error_message="Re-engagement message",
            status="failed",
        ),
        MessageRecord(None, customer_id, T0 + 31 * HOUR, "out", "text", "ok",
                      category="service", opened=False, expires=T0 + 32 * HOUR, free=True),
        MessageRecord(None, customer_id, T0 + 32 * HOUR, "event", "opt_out"),
    ]  # fmt: skip


def test_message_round_trip(store: Store) -> None:
    customer_id = store.add_customer(customer())
    messages = full_messages(customer_id)
    ids = [store.add_message(m) for m in messages]
    assert ids == sorted(ids)
    store = reopened(store)
    expected = [replace(m, id=i) for m, i in zip(messages, ids, strict=True)]
    assert store.messages(customer_id) == expected
    assert list(store.all_messages()) == expected
    assert store.last_message(customer_id) == expected[-1]
    assert store.messages(customer_id)[1].charge == Decimal("0.0100")
    assert str(store.messages(customer_id)[1].charge) == "0.0100"
    store.close()


def test_bulk_messages_match_single_ones(store: Store) -> None:
    customer_id = store.add_customer(customer())
    assert store.add_messages(full_messages(customer_id)) == 5
    one_by_one = [store.add_message(m) for m in full_messages(customer_id)]
    stored = store.messages(customer_id)
    assert [replace(m, id=None) for m in stored[:5]] == full_messages(customer_id)
    assert [m.id for m in stored[5:]] == one_by_one
    assert store.message_count(customer_id) == 10


def test_bulk_messages_for_an_unknown_customer_add_nothing(store: Store) -> None:
    customer_id = store.add_customer(customer())
    batch = [text(customer_id, T0, "one"), text(customer_id + 1, T0, "two")]
    with pytest.raises(StoreError, match="customer that does not exist"):
        store.add_messages(batch)
    assert store.message_count() == 0
    assert gc.isenabled()  # paused while the rows are made, and back


def test_bulk_messages_leave_a_collector_paused_by_the_caller_paused(store: Store) -> None:
    customer_id = store.add_customer(customer())
    gc.disable()
    try:
        assert store.add_messages([text(customer_id, T0, "one")]) == 1
        assert not gc.isenabled()
    finally:
        gc.enable()


def test_lazy_paging_of_a_long_thread(store: Store) -> None:
    ana = store.add_customer(customer("ana"))
    bea = store.add_customer(customer("bea"))
    for n in range(25):
        store.add_messages(
            [text(ana, T0 + n * HOUR, f"ana {n}"), text(bea, T0 + n * HOUR, f"bea {n}")]
        )
    page = store.messages(ana, limit=10)
    assert [m.text for m in page] == [f"ana {n}" for n in range(15, 25)]
    page = store.messages(ana, limit=10, before_id=page[0].id)
    assert [m.text for m in page] == [f"ana {n}" for n in range(5, 15)]
    page = store.messages(ana, limit=10, before_id=page[0].id)
    assert [m.text for m in page] == [f"ana {n}" for n in range(5)]
    assert store.messages(ana, limit=10, before_id=page[0].id) == []
    assert [m.text for m in store.messages(bea, before_id=page[-1].id)] == [
        f"bea {n}" for n in range(4)
    ]
    assert store.message_count(ana) == 25
    assert store.message_count() == 50
    last = store.last_message(bea)
    assert last is not None and last.text == "bea 24"
    assert [m.id for m in store.all_messages()] == sorted(m.id for m in store.all_messages())


def test_message_times_are_the_pages_of_messages_without_the_rest(store: Store) -> None:
    ana = store.add_customer(customer("ana"))
    bea = store.add_customer(customer("bea"))
    store.add_messages([text(ana if n % 3 else bea, T0 + n * HOUR, f"m {n}",
                             "in" if n % 2 else "out") for n in range(40)])
    before = None
    while True:
        times = store.message_times(ana, 7, before)
        assert times == [(m.id, m.at, m.direction) for m in store.messages(ana, 7, before)]
        if not times:
            break
        before = times[0][0]


def test_a_customer_without_messages(store: Store) -> None:
    customer_id = store.add_customer(customer())
    assert store.messages(customer_id) == []
    assert store.last_message(customer_id) is None
    assert store.message_count(customer_id) == 0


# Settings and consent


def test_settings_round_trip(store: Store) -> None:
    assert store.get_setting("clock") is None
    assert store.get_setting("clock", "2023-06-01T00:00:00Z") == "2023-06-01T00:00:00Z"
    values = {"regime": "pmp-2025-07", "rates": {"MX": {"service": "0.0088"}}, "speed": 1.5,
              "paused": False, "recent": [1, 2], "nothing": None}  # fmt: skip
    for key, value in values.items():
        store.set_setting(key, value)
    store.set_setting("speed", 60)
    store = reopened(store)
    assert {key: store.get_setting(key, "missing") for key in values} == {**values, "speed": 60}
    with pytest.raises(StoreError, match="setting 'when' cannot be stored"):
        store.set_setting("when", T0)
    store.close()


def test_consent_ledger(store: Store) -> None:
    customer_id = store.add_customer(customer())
    store.add_consent_event(customer_id, T0 + HOUR, "opt_out", "customer", "STOP")
    first = store.add_consent_event(customer_id, T0, "opt_in", "web form", "Sí, acepto")
    store = reopened(store)
    events = store.consent_events(customer_id)
    assert [(e.kind, e.at, e.source, e.text) for e in events] == [
        ("opt_in", T0, "web form", "Sí, acepto"),
        ("opt_out", T0 + HOUR, "customer", "STOP"),
    ]
    assert events[0].id == first and events[0].customer_id == customer_id
    with pytest.raises(StoreError, match="'maybe' is not a consent event"):
        store.add_consent_event(customer_id, T0, "maybe", "customer", "")
    with pytest.raises(StoreError, match="no customer #9"):
        store.add_consent_event(9, T0, "opt_in", "customer", "")
    store.close()


# Transactions


def count_rows(path: Path, table: str) -> int:
    """Rows committed to the file, as another connection sees them."""
    with closing(sqlite3.connect(path)) as conn:
        return conn.execute(f"SELECT count(*) FROM {table}").fetchone()[0]


def test_rollback_leaves_nothing(store: Store, path: Path) -> None:
    with pytest.raises(RuntimeError), store.transaction():
        customer_id = store.add_customer(customer())
        store.add_messages([text(customer_id, T0, "hola")])
        store.add_message(text(customer_id, T0, "hola otra vez"))
        store.add_conversation(customer_id, conversation(Category.SERVICE, T0))
        store.add_template(ORDER_UPDATE)
        store.set_setting("clock", "x")
        store.add_consent_event(customer_id, T0, "opt_in", "customer", "")
        raise RuntimeError("boom")
    store = reopened(store)
    assert store.customer_count() == 0
    assert store.message_count() == 0
    assert store.conversations() == []
    assert store.templates() == []
    assert store.get_setting("clock") is None
    for table in ("customers", "messages", "conversations", "templates", "consent_events"):
        assert count_rows(path, table) == 0
    store.close()


def test_commit_happens_once_at_the_outermost_block(store: Store, path: Path) -> None:
    with store.transaction():
        customer_id = store.add_customer(customer())
        with store.transaction():
            store.add_message(text(customer_id, T0, "hola"))
        assert count_rows(path, "messages") == 0
    assert count_rows(path, "messages") == 1
    assert count_rows(path, "customers") == 1


def test_a_failing_inner_block_rolls_back_the_whole_transaction(store: Store) -> None:
    with pytest.raises(StoreError), store.transaction():
        store.add_customer(customer("ana"))
        with store.transaction():
            store.add_customer(customer("ana"))
    assert store.customer_count() == 0
    store.add_customer(customer("ana"))  # the store is usable afterwards
    assert store.customer_count() == 1


def test_writes_outside_a_transaction_commit_on_their_own(store: Store, path: Path) -> None:
    customer_id = store.add_customer(customer())
    store.add_message(text(customer_id, T0, "hola"))
    assert count_rows(path, "customers") == 1
    assert count_rows(path, "messages") == 1


def test_integrity_ok(store: Store) -> None:
    customer_id = store.add_customer(customer())
    store.add_messages(full_messages(customer_id))
    assert store.integrity_ok()
