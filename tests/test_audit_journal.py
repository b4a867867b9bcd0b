"""The audit trail lists changes to customers, templates and settings, and undo, redo,
rewind and returns to a bookmark; an undone change is not listed."""

from __future__ import annotations

from datetime import timedelta

from tests.conftest import START
from waboard.audit import audit_events
from waboard.rules.model import Regime, TemplateStatus


def journal_lines(workspace) -> list[tuple[str, str]]:
    kinds = {"customer_created", "customer_edited", "template_created", "template_edited",
             "template_status", "setting", "undo", "redo", "rewind", "return_to_bookmark"}
    return [(e.kind, e.detail) for e in audit_events(workspace.store, workspace.now())
            if e.kind in kinds]


def test_changes_and_trips_through_history_are_in_the_trail(workspace, ana):
    workspace.edit_customer(ana, "Ana María López", "+52 55 1234 5678", True)
    workspace.set_template_status(("spring_sale", "es_MX"), TemplateStatus.PAUSED)
    workspace.set_regime(Regime.CBP_2024_11)
    workspace.undo()
    workspace.redo()
    workspace.jump(timedelta(hours=1))
    bookmark = workspace.add_bookmark("here")
    workspace.send_text(ana, "hola")
    workspace.rewind(START)
    workspace.return_to(bookmark)
    assert journal_lines(workspace) == [
        ("template_created", "new template order_update (es_MX)"),
        ("template_created", "new template spring_sale (es_MX)"),
        ("customer_created", "new customer Ana López"),
        ("customer_edited", "edit of Ana María López"),
        ("template_status", "template spring_sale (es_MX) paused"),
        ("setting", "pricing regime cbp-2024-11"),
        ("undo", "pricing regime cbp-2024-11"),
        ("redo", "pricing regime cbp-2024-11"),
        ("rewind", "Removed 2 actions after 2025-03-03T08:00:00Z "
                   "(jump +1 h, send to Ana María López)"),
        ("return_to_bookmark", "here"),
    ]


def test_an_undone_change_leaves_the_trail(workspace, ana):
    workspace.set_regime(Regime.CBP_2024_11)
    workspace.undo()
    assert ("setting", "pricing regime cbp-2024-11") not in journal_lines(workspace)
