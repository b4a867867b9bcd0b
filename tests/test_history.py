"""The history module: windows over time, stored messages as actions, the consent a customer
started with, and the replayer deciding a stored history again as it was decided."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from waboard.explain import record_outcome
from waboard.history.actions import business_action, customer_action, record_action
from waboard.history.ledger import initial_consent
from waboard.history.replay import Step, month_of, replay
from waboard.history.windows import Window, service_windows, window_changes, window_closes
from waboard.resources import resource
from waboard.rules.model import (
    Category,
    Consent,
    CustomerMessage,
    CustomerState,
    OptIn,
    OptOut,
    Referral,
    SendTemplate,
    SendText,
    Template,
    TemplateStatus,
)
from waboard.rules.templates import check_params, render_body
from waboard.scenario.loader import load_scenario
from waboard.scenario.runner import play
from waboard.service import Workspace
from waboard.store import MessageRecord, Store

T0 = datetime(2025, 3, 3, 8, 0, tzinfo=UTC)
H = timedelta(hours=1)
SCENARIOS = sorted(resource("scenarios").glob("*.json"))


# Windows


def test_windows_open_restart_and_close_exactly_at_24_hours():
    windows = service_windows([T0 + 29 * H, T0, T0 + 5 * H, T0 + 30 * H, T0 + 60 * H])
    assert windows == [
        Window(T0, T0 + 29 * H, (T0 + 5 * H,)),  # closed at exactly 24 h after 5 h
        Window(T0 + 29 * H, T0 + 54 * H, (T0 + 30 * H,)),
        Window(T0 + 60 * H, T0 + 84 * H),
    ]
    assert service_windows([T0, T0 + 24 * H]) == [Window(T0, T0 + 24 * H),
                                                  Window(T0 + 24 * H, T0 + 48 * H)]


def test_a_window_closes_when_the_rules_say():
    assert window_closes(T0) == CustomerState(last_inbound_at=T0).window_expires()


def test_each_message_opens_or_restarts_the_window_in_the_order_given():
    changes = window_changes([T0, T0 + 23 * H, T0 + 47 * H, T0 + 70 * H])
    assert [(c.restarted, c.closes_at) for c in changes] == [
        (False, T0 + 24 * H), (True, T0 + 47 * H), (False, T0 + 71 * H), (True, T0 + 94 * H)]
    assert window_changes([]) == []


INSTANTS = st.lists(st.integers(0, 10 * 24 * 3600).map(lambda s: T0 + timedelta(seconds=s)),
                    max_size=12)


@given(inbound=INSTANTS, probes=INSTANTS)
def test_a_window_is_open_exactly_when_the_rules_say(inbound, probes):
    windows = service_windows(inbound)
    assert all(a.closes_at <= b.opened_at for a, b in zip(windows, windows[1:], strict=False))
    for at in [*inbound, *probes, *(w.closes_at for w in windows)]:
        last = max((i for i in inbound if i <= at), default=None)
        expected = CustomerState(last_inbound_at=last).window_open(at)
        assert sum(w.is_open(at) for w in windows) == int(expected), at


# Stored messages as actions


def test_stored_messages_record_their_actions(workspace, ana):
    workspace.customer_message(ana, "Hola", "ctwa_ad", at=T0)
    workspace.send_text(ana, "¡Hola!", at=T0 + H)
    workspace.send_template(ana, "order_update", "es_MX", ["Ana", "A-1"], at=T0 + 2 * H)
    workspace.opt_out(ana, at=T0 + 3 * H, source="test")
    workspace.opt_in(ana, at=T0 + 4 * H, source="test")
    records = list(workspace.store.all_messages())
    assert [record_action(r) for r in records] == [
        CustomerMessage("Hola", Referral.CTWA_AD), SendText("¡Hola!"),
        SendTemplate("order_update", "es_MX", ("Ana", "A-1"), None), OptOut(), OptIn()]
    assert [customer_action(r) is None for r in records] == [False, True, True, False, False]


def test_an_accepted_template_is_rebuilt_as_it_was_sent(workspace, ana):
    workspace.customer_message(ana, "Hola", at=T0)
    workspace.send_template(ana, "order_update", "es_MX", ["Ana", "A-1"], at=T0 + H)
    workspace.edit_template(("order_update", "es_MX"), Template(
        "order_update", "es_MX", Category.MARKETING, "{{1}}", TemplateStatus.PAUSED))
    sent = workspace.store.last_message(ana)
    assert sent is not None
    catalog = {t.key: t for t in workspace.templates()}
    action = business_action(sent, catalog)
    assert isinstance(action, SendTemplate) and action.template is not None
    template = action.template
    assert (template.category, template.status) == (Category.MARKETING, TemplateStatus.APPROVED)
    assert check_params(template, action.params) is None
    assert len(render_body(template, action.params)) <= len(sent.text)
    renamed = business_action(sent, {})
    assert isinstance(renamed, SendTemplate) and renamed.template is not None
    assert renamed.template.category is Category.UTILITY  # as the message was counted


def test_a_refused_template_keeps_the_catalog_entry_as_it_stands(workspace, ana):
    workspace.send_template(ana, "nothing_like_it", "es_MX", [], at=T0)
    workspace.send_template(ana, "order_update", "es_MX", ["Ana"], at=T0 + H)
    missing, short = workspace.store.all_messages()
    assert not missing.accepted and not short.accepted
    catalog = {t.key: t for t in workspace.templates()}
    assert business_action(missing, catalog) == SendTemplate("nothing_like_it", "es_MX", (), None)
    assert business_action(short, catalog) == SendTemplate(
        "order_update", "es_MX", ("Ana",), catalog[("order_update", "es_MX")])


# Initial consent


def test_the_initial_consent_is_the_one_the_customer_was_created_with(workspace, ana):
    joao = workspace.add_customer("João Silva", "+55 11 98765 4321")
    workspace.opt_in(joao, at=T0, source="website")
    workspace.opt_out(ana, at=T0, source="website")
    assert initial_consent(workspace.store, ana) is Consent.OPTED_IN
    assert initial_consent(workspace.store, joao) is Consent.NONE


# The replayer


def own_replay(store: Store) -> list[Step]:
    workspace = Workspace(store)
    customers = {c.id: c for c in store.customers() if c.id is not None}
    return list(replay(store, workspace.pricing,
                       lambda customer_id, at: workspace.market(customers[customer_id], at),
                       workspace.account))


def assert_decided_as_stored(steps: list[Step]) -> None:
    for step in steps:
        record = step.record
        if step.refused:
            assert step.outcome is None, record
        elif step.business:
            assert step.replayed, record
            stored, outcome = record_outcome(record), step.outcome
            assert outcome is not None
            assert (outcome.charge, outcome.conversation) == \
                (stored.charge, stored.conversation), record
        elif step.action is not None:
            assert step.outcome is not None and step.outcome.accepted, record


def test_the_demo_replays_to_its_stored_decisions(demo):
    steps = own_replay(demo.store)
    assert len(steps) == demo.store.message_count() > 50
    assert any(s.refused for s in steps) and any(s.replayed for s in steps)
    assert_decided_as_stored(steps)


@pytest.mark.parametrize("scenario", SCENARIOS, ids=lambda p: p.stem)
def test_each_teaching_scenario_replays_to_its_stored_decisions(tmp_path, scenario: Path):
    with Store.open(tmp_path / "w.waboard") as store:
        play(load_scenario(scenario), store)
        assert_decided_as_stored(own_replay(store))


def test_the_free_tier_is_counted_month_by_month(workspace, ana):
    workspace.customer_message(ana, "Hola", at=T0)
    workspace.send_text(ana, "¡Hola!", at=T0 + H)
    steps = own_replay(workspace.store)
    reply = steps[-1]
    assert reply.account.month == month_of(reply.record.at) == "2025-03"
    assert reply.account.service_conversations == 0
    assert reply.outcome is not None and reply.outcome.account.service_conversations == 1


def test_an_acceptance_the_ledger_does_not_explain_is_taken_as_opted_in(workspace, ana):
    joao = workspace.add_customer("João Silva", "+55 11 98765 4321")
    # Imported as sent and accepted, with no opt-in recorded for it.
    sent_id = workspace.store.add_message(MessageRecord(
        None, joao, T0, "out", "template", text="Hola João, tu pedido B-2 va en camino.",
        template_name="order_update", template_language="es_MX", params=("João", "B-2"),
        category="utility", opened=True, expires=T0 + 24 * H, free=False))
    step = next(s for s in own_replay(workspace.store) if s.record.id == sent_id)
    assert step.replayed and step.before.consent is Consent.OPTED_IN
    assert initial_consent(workspace.store, joao) is Consent.NONE
