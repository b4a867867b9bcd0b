"""The customer list builds the rows it paints a page at a time and keeps a bounded number:
opening, a tick, a change or scrolling through every customer read only what is shown."""

from __future__ import annotations

from datetime import timedelta

import pytest

from waboard.clock import ClockSetting
from waboard.rules.model import CustomerState, Regime
from waboard.service import Workspace
from waboard.settings import CLOCK, PRICING
from waboard.store import CustomerRecord, Store
from waboard.ui.common.bus import WorkspaceBus
from waboard.ui.inbox.customer_list import CustomerListPanel
from waboard.ui.inbox.customer_model import KEPT_ROWS, PAGE, Role

from .conftest import START

CUSTOMERS = 3 * KEPT_ROWS


@pytest.fixture
def crowd(tmp_path):
    """A workspace of `CUSTOMERS` customers, and the ids of every customer_summaries read."""
    store = Store.open(tmp_path / "crowd.waboard")
    CLOCK.write(store, ClockSetting(START))
    PRICING.write(store, Regime.CBP_2023_06)
    with store.transaction():
        for n in range(CUSTOMERS):
            store.add_customer(CustomerRecord(None, f"c{n}", f"Customer {n}",
                                              f"+5255{n:08d}", "MX", CustomerState()))
    reads: list[list[int]] = []
    summaries = store.customer_summaries

    def reading(at, customer_ids=None):
        chosen = list(customer_ids)
        reads.append(chosen)
        return summaries(at, chosen)

    store.customer_summaries = reading
    workspace = Workspace(store)
    yield workspace, reads
    store.close()


@pytest.fixture
def panel(qtbot, crowd):
    workspace, _ = crowd
    bus = WorkspaceBus(workspace)
    shown = CustomerListPanel(workspace, bus)
    qtbot.addWidget(shown)
    shown.resize(380, 800)
    with qtbot.waitExposed(shown):
        shown.show()
    shown.view.grab()
    yield shown
    bus.stop()


def test_opening_builds_the_rows_on_screen_and_a_page_around(panel, crowd):
    _, reads = crowd
    assert panel.model.rowCount() == CUSTOMERS
    assert 0 < sum(map(len, reads)) <= PAGE + PAGE // 4
    assert panel.model.built <= PAGE + PAGE // 4


def test_a_tick_reads_nothing_and_a_change_reads_its_customer_alone(panel, crowd):
    workspace, reads = crowd
    reads.clear()
    workspace.jump(timedelta(minutes=5))
    panel.bus.tick()
    panel.view.grab()
    assert reads == []
    customer = panel.proxy.customer_id_at(3)
    workspace.customer_message(customer, "hola")
    panel.view.grab()
    assert reads == [[customer]]
    assert panel.proxy.customer_id_at(0) == customer
    assert panel.proxy.index(0, 0).data(Role.PREVIEW) == "hola"


def test_scrolling_through_every_customer_keeps_a_bounded_number_of_rows(panel, crowd):
    _, reads = crowd
    bar = panel.view.verticalScrollBar()
    seen, built = set(), []
    while True:
        panel.view.grab()
        seen.update(panel.proxy.customer_id_at(row) for row in range(panel.proxy.rowCount())
                    if panel.view.visualRect(panel.proxy.index(row, 0)).intersects(
                        panel.view.viewport().rect()))
        built.append(panel.model.built)
        if bar.value() == bar.maximum():
            break
        bar.setValue(bar.value() + bar.pageStep())
    assert len(seen) == CUSTOMERS
    assert max(built) <= KEPT_ROWS
    assert sum(map(len, reads)) < 2 * CUSTOMERS  # each row read about once
