"""An undo or redo says which customers' rows it wrote (`Change.customers`), so views
refresh those alone; a trip that wrote anything else, or moved the clock, says nothing
of the kind. The list refreshed that way equals one read from scratch."""

from __future__ import annotations

from datetime import timedelta

from waboard.changes import Change
from waboard.service import Workspace
from waboard.ui.inbox.activity_log import ActivityModel
from waboard.ui.inbox.customer_list import CustomerListPanel


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
    workspace.jump(timedelta(hours=1))
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
