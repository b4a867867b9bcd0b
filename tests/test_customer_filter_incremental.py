"""The customer list keeps its rows and the ids it shows up to date one change at a time;
over random sequences of actions, searches, filters, orders, clock jumps and undos, both
equal what a full reload and a full refilter make."""

from __future__ import annotations

from contextlib import suppress
from datetime import timedelta

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from waboard.clock import ClockSetting
from waboard.rules.model import Regime
from waboard.service import InputError, Workspace
from waboard.settings import CLOCK, PRICING
from waboard.store import Store
from waboard.ui.common.bus import WorkspaceBus
from waboard.ui.inbox.customer_filter import (
    FILTERS,
    filter_predicate,
    matching_ids,
    narrows,
    parse_search,
)
from waboard.ui.inbox.customer_list import CustomerListPanel
from waboard.ui.inbox.customer_model import CustomerListModel, Role, SortOrder, sort_key

from .conftest import START

NAMES = ("Ana López", "Andrés", "Bea", "Carlos", "Ana Bea", "Zoë")
SEARCHES = ("", "a", "an", "ana", "ana l", "b", "+52", "+5255", "55", "5512", "00 52", "zo")

actions = st.lists(st.one_of(
    st.tuples(st.just("add"), st.integers(0, len(NAMES) - 1)),
    st.tuples(st.sampled_from(["inbound", "send", "opt_out", "read"]), st.integers(0, 9)),
    st.tuples(st.just("jump"), st.sampled_from([1, 5, 23, 25, 72])),
    st.tuples(st.just("undo"), st.just(0)),
    st.tuples(st.just("search"), st.sampled_from(SEARCHES)),
    st.tuples(st.just("filter"), st.integers(0, len(FILTERS) - 1)),
    st.tuples(st.just("order"), st.sampled_from(list(SortOrder))),
), max_size=25)


def act(workspace: Workspace, panel: CustomerListPanel, kind: str, arg) -> None:
    ids = [c.id for c in workspace.customers()]
    customer = ids[arg % len(ids)] if ids and isinstance(arg, int) else None
    if kind == "add":
        workspace.add_customer(NAMES[arg], f"+52 55 1234 {5600 + len(ids):04d}")
    elif kind == "inbound" and customer is not None:
        workspace.customer_message(customer, "hola")
    elif kind == "send" and customer is not None:
        workspace.send_text(customer, "hi")
    elif kind == "opt_out" and customer is not None:
        workspace.opt_out(customer)
    elif kind == "read" and customer is not None:
        panel.select_customer(customer)
    elif kind == "jump":
        workspace.jump(timedelta(hours=arg))
    elif kind == "undo" and workspace.undo_label() is not None:
        workspace.undo()
    elif kind == "search":
        panel.search.setText(arg)
    elif kind == "filter":
        panel.filter_box.setCurrentIndex(arg)
    elif kind == "order":
        panel.sort_box.setCurrentIndex(list(SortOrder).index(arg))


@settings(max_examples=40, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(steps=actions)
def test_the_list_equals_a_full_reload_and_refilter(qtbot, steps):
    store = Store.open(":memory:")
    CLOCK.write(store, ClockSetting(START))
    PRICING.write(store, Regime.CBP_2023_06)
    workspace = Workspace(store)
    bus = WorkspaceBus(workspace)
    panel = CustomerListPanel(workspace, bus)
    qtbot.addWidget(panel)
    try:
        for kind, arg in steps:
            with suppress(InputError):  # refused (a closed window...): nothing changed
                act(workspace, panel, kind, arg)
            model, proxy = panel.model, panel.proxy
            now = workspace.now()
            model.set_now(now)
            fresh = CustomerListModel(now)
            fresh.set_order(model.order)
            fresh.load(store.customer_summaries(now), now)
            key = sort_key(model.order, now)
            assert [key(r) for r in model.rows] == [key(r) for r in fresh.rows]
            search = parse_search(panel.search.text())
            kept = filter_predicate(proxy.customer_filter, now)
            shown = [proxy.index(n, 0).data(Role.CUSTOMER_ID) for n in range(proxy.rowCount())]
            assert shown == matching_ids(model.rows, search, kept)
            assert all(proxy.row_of(i) == n for n, i in enumerate(shown))
    finally:
        bus.stop()
        store.close()


@given(st.sampled_from(SEARCHES), st.sampled_from(SEARCHES))
def test_a_narrowing_search_matches_only_rows_the_wider_one_matched(new, old):
    if narrows(parse_search(new), parse_search(old)):
        names, phones = [*NAMES, "Bea 55"], ["525512345678", "15551234567", "5255", "34912"]
        for name in names:
            for digits in phones:
                row = type("Row", (), {"id": 1, "name_key": name.lower(), "digits": digits})
                if matching_ids([row], parse_search(new), None):
                    assert matching_ids([row], parse_search(old), None)
