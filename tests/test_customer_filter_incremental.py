"""The customer list keeps its entries and the ids it shows up to date one change at a time;
over random sequences of actions, searches, filters, orders, clock jumps and undos, both
equal what a full reload and a full refilter make, and what the rules make of the records."""

from __future__ import annotations

from contextlib import suppress
from datetime import datetime, timedelta

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from waboard.clock import ClockSetting
from waboard.rules.model import Consent, CustomerState, Regime
from waboard.service import InputError, Workspace
from waboard.settings import CLOCK, PRICING
from waboard.store import CustomerSummary, Store
from waboard.store.listing import fold
from waboard.ui.common.bus import WorkspaceBus
from waboard.ui.inbox.customer_filter import (
    FILTERS,
    CustomerFilter,
    filter_predicate,
    matching_ids,
    narrows,
    parse_search,
)
from waboard.ui.inbox.customer_list import CustomerListPanel
from waboard.ui.inbox.customer_model import (
    CustomerListModel,
    CustomerRow,
    EntryColumns,
    Role,
    SortOrder,
    sort_key,
)

from .conftest import START

NAMES = ("Ana López", "Andrés", "Bea", "Carlos", "Ana Bea", "Zoë", "Local +5512")
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


def by_the_rules(summaries: list[CustomerSummary], now: datetime, order: SortOrder,
                 search: str, chosen: CustomerFilter) -> list[int]:
    """The ids the list must show, worked out from whole records with the rules' own
    `CustomerState` tests: the order, filter and search the list had before its entries."""
    def activity(state: CustomerState, summary: CustomerSummary) -> tuple:
        at = summary.last_message.at if summary.last_message else state.last_inbound_at
        return (at is None, -at.timestamp() if at else 0.0)

    def window(state: CustomerState) -> tuple:
        expires = state.window_expires()
        if expires is None:
            return (2, 0.0)
        if state.window_open(now):
            return (0, expires.timestamp())
        return (1, -expires.timestamp())

    def kept(state: CustomerState) -> bool:
        kind = chosen.kind
        if kind == "window_open":
            return state.window_open(now)
        if kind == "window_closed":
            return not state.window_open(now)
        if kind == "opted_out":
            return state.consent is Consent.OPTED_OUT
        if kind == "category":
            return any(c.category is chosen.category and c.is_open(now)
                       for c in state.conversations)
        return True

    words, digits, prefix = parse_search(search)

    def found(name: str, phone: str) -> bool:
        number = phone.lstrip("+")
        if digits:
            return words in fold(name) or (number.startswith(digits) if prefix
                                           else digits in number)
        return words in fold(name)

    ordered = sorted(summaries, key=lambda s: (
        activity(s.customer.state, s) if order is SortOrder.LAST_ACTIVITY
        else window(s.customer.state), fold(s.customer.name), s.customer.id))
    return [s.customer.id for s in ordered
            if found(s.customer.name, s.customer.phone) and kept(s.customer.state)]


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
            fresh = CustomerListModel(now, store.customer_summaries)
            fresh.set_order(model.order)
            fresh.load(store.customer_list_entries(now), now)
            key = sort_key(model.order, now)
            assert [key(e) for e in model.entries] == [key(e) for e in fresh.entries]
            search = parse_search(panel.search.text())
            kept = filter_predicate(proxy.customer_filter, now)
            shown = [proxy.index(n, 0).data(Role.CUSTOMER_ID) for n in range(proxy.rowCount())]
            assert shown == matching_ids(EntryColumns(model.entries), search, kept)
            assert all(proxy.row_of(i) == n for n, i in enumerate(shown))
            summaries = store.customer_summaries(now)
            assert shown == by_the_rules(summaries, now, model.order, panel.search.text(),
                                         proxy.customer_filter)
            built = {s.customer.id: CustomerRow.of(s.customer, s.last_message, now)
                     for s in summaries}
            painted = [model.row(model.row_of(i)) for i in shown]
            assert [(r.id, r.name, r.preview, r.unread, r.state) for r in painted] == \
                [(r.id, r.name, r.preview, r.unread, r.state) for r in map(built.get, shown)]
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
                if matching_ids(EntryColumns([row]), parse_search(new), None):
                    assert matching_ids(EntryColumns([row]), parse_search(old), None)
