"""The audit trail read in one sweep: over random histories it lists every message once,
each customer's windows as `service_windows` strings them, every conversation opened once
and closed once it ended, in time order; and it is written a piece at a time."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tests.conftest import JUNE_2023_CARD
from waboard.audit import audit_csv, audit_events, write_audit
from waboard.clock import ClockSetting
from waboard.history.windows import service_windows
from waboard.rules.model import Category, Template
from waboard.service import InputError, Workspace
from waboard.settings import CLOCK, RATE_CARD
from waboard.store import Store

T0 = datetime(2025, 3, 3, 8, 0, tzinfo=UTC)

STEPS = st.lists(st.tuples(
    st.sampled_from(("wrote", "reply", "template", "opt_in", "opt_out")),
    st.integers(0, 2),  # which customer
    st.sampled_from((0, 0, 60, 3_600, 6 * 3_600, 23 * 3_600, 24 * 3_600, 30 * 3_600)),
), max_size=30)


def _workspace(path) -> Workspace:
    store = Store.open(path)
    CLOCK.write(store, ClockSetting(T0))
    RATE_CARD.write(store, JUNE_2023_CARD)
    workspace = Workspace(store)
    workspace.add_template(Template("order_update", "es_MX", Category.UTILITY,
                                    "Hola {{1}}, tu pedido {{2}} va en camino."))
    return workspace


def _play(workspace: Workspace, steps) -> list[int]:
    customers = [workspace.add_customer(name, phone, key=key, opt_in=True) for name, phone, key
                 in (("Ana López", "+52 55 1234 5678", "ana"),
                     ("Bruno Dias", "+55 11 91234 5678", "bruno"),
                     ("Carla Ruiz", "+52 55 8765 4321", "carla"))]
    at = T0
    for kind, who, wait in steps:
        at += timedelta(seconds=wait)
        customer = customers[who]
        try:
            if kind == "wrote":
                workspace.customer_message(customer, "Hola", at=at)
            elif kind == "reply":
                workspace.send_text(customer, "Claro", at=at)
            elif kind == "template":
                workspace.send_template(customer, "order_update", "es_MX", ["Ana", "A-1"],
                                        at=at)
            elif kind == "opt_in":
                workspace.opt_in(customer, at=at)
            else:
                workspace.opt_out(customer, at=at)
        except InputError:
            pass  # refused by the rules: nothing to list but what was stored
    return customers


@settings(max_examples=40, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(steps=STEPS, later=st.sampled_from((0, 12, 25, 60)))
def test_the_sweep_lists_what_the_history_holds(tmp_path_factory, steps, later):
    workspace = _workspace(tmp_path_factory.mktemp("sweep") / "w.waboard")
    store = workspace.store
    customers = _play(workspace, steps)
    now = max([T0, *(m.at for m in store.all_messages())]) + timedelta(hours=later)
    events = list(audit_events(store, now))

    assert [(e.at, e.order) for e in events] == sorted((e.at, e.order) for e in events)
    listed = [e.message_id for e in events
              if e.kind in ("customer_message", "business_message")]
    assert sorted(listed) == sorted(m.id for m in store.all_messages()
                                    if m.direction in ("in", "out"))
    keys = {c: store.customer(c).key for c in customers}
    for customer_id, key in keys.items():
        inbound = [m.at for m in store.all_messages()
                   if m.customer_id == customer_id and m.direction == "in"]
        windows = service_windows(inbound)
        mine = [e for e in events if e.customer == key and e.kind.startswith("window_")]
        assert [e.at for e in mine if e.kind == "window_opened"] == \
            [w.opened_at for w in windows]
        assert [e.at for e in mine if e.kind == "window_restarted"] == \
            [at for w in windows for at in w.restarts]
        assert [e.at for e in mine if e.kind == "window_closed"] == \
            [w.closes_at for w in windows if w.closes_at <= now]
    conversations = store.conversations()
    opened = [(e.customer, e.at, e.category) for e in events if e.kind == "conversation_opened"]
    assert sorted(opened) == sorted((keys[c], v.opened_at, v.category.value)
                                    for c, v in conversations)
    closed = [(e.customer, e.at) for e in events if e.kind == "conversation_closed"]
    assert sorted(closed) == sorted((keys[c], v.expires_at) for c, v in conversations
                                    if v.expires_at <= now)
    for event, after in zip(events, events[1:], strict=False):  # the message, then what it opened
        if event.kind == "business_message" and event.opened:
            assert (after.kind, after.customer, after.at, after.category) == (
                "conversation_opened", event.customer, event.at, event.category)


def test_a_long_trail_is_written_in_pieces_with_one_byte_order_mark(tmp_path):
    workspace = _workspace(tmp_path / "long.waboard")
    ana = workspace.add_customer("Ana López", "+52 55 1234 5678", key="ana", opt_in=True)
    for minute in range(700):  # 1,400 events and more: two CSV pieces at least
        workspace.customer_message(ana, f"mensaje {minute}", at=T0 + timedelta(minutes=minute))
    events = list(audit_events(workspace.store))
    path = tmp_path / "trail.csv"
    assert write_audit(iter(events), path, "csv") == len(events) > 1_000
    data = path.read_bytes()
    assert data.count(b"\xef\xbb\xbf") == 1 and data.startswith(b"\xef\xbb\xbf")
    assert data.decode("utf-8-sig") == audit_csv(events)


def test_a_trail_that_fails_half_way_leaves_no_file(tmp_path):
    workspace = _workspace(tmp_path / "w.waboard")
    ana = workspace.add_customer("Ana López", "+52 55 1234 5678", key="ana", opt_in=True)
    workspace.customer_message(ana, "Hola", at=T0)
    path = tmp_path / "trail.jsonl"
    path.write_text("the previous trail\n", encoding="utf-8")

    def failing():
        yield from audit_events(workspace.store)
        raise OSError(28, "No space left on device")
    with pytest.raises(OSError):
        write_audit(failing(), path, "jsonl")
    assert path.read_text(encoding="utf-8") == "the previous trail\n"
    assert [p.name for p in tmp_path.iterdir() if "trail" in p.name] == ["trail.jsonl"]
