"""An undo or redo says which customers' rows it wrote (`Change.customers`), so views
refresh those alone; one that changed only the clock tells the clock and each customer that
looks different at its new instant; a trip that wrote anything else, or moved the clock
with other writes, says that everything may have changed. The views refreshed that way
equal ones read from scratch."""

from __future__ import annotations

from datetime import timedelta

import pytest
from PySide6.QtCore import Qt

from tests.test_ui_clock_bar import Ticks
from waboard import timetravel
from waboard.changes import Change, ChangeKind
from waboard.service import Workspace
from waboard.ui.common.bus import WorkspaceBus
from waboard.ui.inbox.activity_log import ActivityLogDock, ActivityModel
from waboard.ui.inbox.customer_filter import FILTERS, CustomerFilter
from waboard.ui.inbox.customer_list import CustomerListPanel
from waboard.ui.inbox.customer_model import Role


def told(workspace: Workspace, travel) -> list[Change]:
    changes: list[Change] = []
    workspace.subscribe(changes.append)
    travel()
    return changes


def test_undo_and_redo_of_a_send_tell_the_one_customer(workspace: Workspace, ana: int) -> None:
    workspace.add_customer("Bea Ruiz", "+52 55 8765 4321")
    workspace.customer_message(ana, "Hola")
    workspace.send_text(ana, "¡Hola!")
    for travel in (workspace.undo, workspace.redo):
        changes = told(workspace, travel)
        assert changes and {c.customers for c in changes} == {frozenset({ana})}


def test_undo_of_a_new_customer_tells_that_customer(workspace: Workspace) -> None:
    new = workspace.add_customer("Bea Ruiz", "+52 55 8765 4321")
    assert {c.customers for c in told(workspace, workspace.undo)} == {frozenset({new})}


def test_undo_of_what_is_not_one_customers_tells_every_customer(workspace: Workspace,
                                                                  ana: int) -> None:
    workspace.set_delivery_delay(60)
    assert {c.customers for c in told(workspace, workspace.undo)} == {None}
    workspace.customer_message(ana, "Hola")
    changes = told(workspace, lambda: workspace.rewind(workspace.first_instant()))
    assert {c.customers for c in changes} == {None}  # the clock moved


def painted(panel: CustomerListPanel) -> list:
    """Every row of the panel's list as it paints it."""
    return [panel.model.row(n) for n in range(panel.model.rowCount())]


def test_the_list_refreshed_after_an_undo_equals_a_fresh_one(qtbot, workspace: Workspace,
                                                              bus, ana: int) -> None:
    other = workspace.add_customer("Bea Ruiz", "+52 55 8765 4321")
    workspace.customer_message(other, "Hola")
    panel = CustomerListPanel(workspace, bus)
    qtbot.addWidget(panel)
    workspace.customer_message(ana, "Buenas")
    for travel in (workspace.undo, workspace.undo, workspace.redo):
        travel()
        fresh = CustomerListPanel(workspace, bus)
        qtbot.addWidget(fresh)
        assert [(r.id, r.preview, r.unread, r.state) for r in painted(panel)] == \
            [(r.id, r.preview, r.unread, r.state) for r in painted(fresh)]


def test_the_log_names_after_an_undo_equal_a_fresh_logs(qtbot, workspace: Workspace,
                                                         ana: int) -> None:
    workspace.customer_message(ana, "Hola")
    log = ActivityModel(workspace)
    workspace.subscribe(log.workspace_changed)
    workspace.edit_customer(ana, "Ana María López", "+52 55 1234 5678", True)
    new = workspace.add_customer("Bea Ruiz", "+52 55 8765 4321")
    for travel in (workspace.undo, workspace.undo, workspace.redo):
        travel()
        assert log._names == ActivityModel(workspace)._names
    assert log._names[ana] == "Ana María López" and new not in log._names


@pytest.fixture
def hand() -> Ticks:
    return Ticks()


@pytest.fixture
def clocked(workspace: Workspace, ana: int, hand: Ticks) -> Workspace:
    """The empty workspace's file with Ana and Bea, on a clock that plays by `hand`: Ana's
    window closes in 24 h, a marketing conversation with Bea ends in 24 h, a text to Bea
    reaches her phone in a minute."""
    clocked = Workspace(workspace.store, hand)
    bea = clocked.add_customer("Bea Ruiz", "+52 55 8765 4321", opt_in=True)
    clocked.customer_message(ana, "Hola")
    clocked.customer_message(bea, "Hola")
    clocked.send_template(bea, "spring_sale", "es_MX", ["Bea"])
    clocked.set_delivery_delay(60)
    clocked.send_text(bea, "¿Te interesa?")
    return clocked


def played(workspace: Workspace, hand: Ticks, seconds: float) -> None:
    workspace.play()
    hand.seconds += seconds
    workspace.pause()


def test_undo_of_a_clock_action_tells_the_clock_and_whom_it_shows_otherwise(
        clocked: Workspace, hand: Ticks, ana: int) -> None:
    bea = clocked.store.customer_names_after(ana, 1).popitem()[0]
    played(clocked, hand, 5)
    for travel in (clocked.undo, clocked.undo):  # the pause, then the play: 5 s, no event
        assert told(clocked, travel) == [Change(ChangeKind.CLOCK)]
    clocked.jump(timedelta(hours=25))  # Bea's text arrives, both windows, her conversation
    for travel in (clocked.undo, clocked.redo, clocked.undo):
        assert told(clocked, travel) == [Change(ChangeKind.CLOCK),
                                         Change(ChangeKind.MESSAGE, ana),
                                         Change(ChangeKind.MESSAGE, bea)]


def test_reads_the_clock_takes_back_are_told(clocked: Workspace, ana: int) -> None:
    bea = clocked.store.customer_names_after(ana, 1).popitem()[0]
    clocked.jump(timedelta(minutes=2))  # the text reached Bea's phone
    clocked.jump(timedelta(minutes=1))
    assert clocked.customer_reads(bea) == 2  # the template and the text
    assert told(clocked, clocked.undo) == [Change(ChangeKind.CLOCK),
                                           Change(ChangeKind.MESSAGE, bea)]
    assert all(m.read_at is None for m in clocked.store.messages(bea))


def test_a_clock_move_over_many_customers_tells_every_customer(
        workspace: Workspace, monkeypatch) -> None:
    monkeypatch.setattr(timetravel, "MOVED_CUSTOMERS_TOLD", 1)
    for phone in ("+52 55 8765 4321", "+52 55 8765 4322"):
        workspace.customer_message(workspace.add_customer("Bea", phone), "Hola")
    workspace.jump(timedelta(hours=25))
    assert {c.customers for c in told(workspace, workspace.undo)} == {None}


def shown(panel: CustomerListPanel) -> list[tuple]:
    """Every role of every row of the list, in its order, at its clock."""
    model = panel.model
    roles = [Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole, *Role]
    return [tuple(model.index(row).data(role) for role in roles)
            for row in range(model.rowCount())]


def open_windows(panel: CustomerListPanel) -> list[int]:
    """The customers the list shows filtered to open windows (the filter looks at a row
    again when the clock renews it)."""
    proxy = panel.proxy
    return [proxy.index(row, 0).data(Role.CUSTOMER_ID) for row in range(proxy.rowCount())]


def listed(workspace: Workspace, bus: WorkspaceBus) -> CustomerListPanel:
    panel = CustomerListPanel(workspace, bus)
    panel.filter_box.setCurrentIndex(FILTERS.index(CustomerFilter("window_open")))
    return panel


def logged(dock: ActivityLogDock) -> list[list[str]]:
    model = dock.model
    return [[model.index(row, column).data() for column in range(model.columnCount())]
            for row in range(model.rowCount())]


def test_views_after_undoing_clock_actions_equal_fresh_ones(qtbot, clocked: Workspace,
                                                            hand: Ticks) -> None:
    bus = WorkspaceBus(clocked)
    panel = listed(clocked, bus)
    dock = ActivityLogDock(clocked, bus)
    for widget in (panel, dock):
        qtbot.addWidget(widget)
    clocked.jump(timedelta(minutes=2))
    clocked.customer_reads(clocked.store.customer_names_after(0, 2).popitem()[0])
    played(clocked, hand, 90)
    clocked.jump(timedelta(hours=25))
    try:
        for travel in (clocked.undo, clocked.redo, clocked.undo, clocked.undo, clocked.undo,
                       clocked.undo, clocked.redo):
            travel()
            fresh_bus = WorkspaceBus(clocked)
            fresh, fresh_dock = listed(clocked, fresh_bus), ActivityLogDock(clocked, fresh_bus)
            for widget in (fresh, fresh_dock):
                qtbot.addWidget(widget)
            assert panel.model.now == fresh.model.now == clocked.now()
            assert shown(panel) == shown(fresh)
            assert open_windows(panel) == open_windows(fresh)
            assert logged(dock) == logged(fresh_dock)
            fresh_bus.stop()
    finally:
        bus.stop()
