"""The workspace service: actions persist atomically, listeners hear, bad input changes
nothing, and the stored decisions replay to the same decisions."""

from __future__ import annotations

from datetime import timedelta

import pytest

from tests.conftest import START
from waboard.explain import record_outcome
from waboard.history.actions import record_action
from waboard.resources import DEMO_WORKSPACE, resource
from waboard.rules.engine import decide
from waboard.rules.model import (
    Account,
    Category,
    Consent,
    CustomerState,
    Regime,
    SendTemplate,
    Template,
)
from waboard.scenario.loader import load_scenario
from waboard.service import InputError, Workspace
from waboard.store import Store


def snapshot(workspace: Workspace) -> tuple:
    store = workspace.store
    return (store.customers(), list(store.all_messages()), store.conversations(),
            store.templates())


def test_customer_message_opens_the_window_and_is_stored(workspace, ana):
    heard = []
    workspace.subscribe(heard.append)
    result = workspace.customer_message(ana, "Hola")
    assert result.outcome.accepted
    assert workspace.state(ana).window_open(START)
    assert workspace.customer(ana).unread == 1
    [message] = workspace.store.messages(ana)
    assert (message.direction, message.text, message.status) == ("in", "Hola", "received")
    assert [c.kind for c in heard] == ["message"]


def test_send_template_charges_the_market_rate_and_stores_the_decision(workspace, ana):
    result = workspace.send_template(ana, "order_update", "es_MX", ["Ana", "A-17"])
    rate = workspace.market(workspace.customer(ana)).rate(Category.UTILITY)
    assert result.outcome.charge == rate
    assert result.market.market == "Mexico"
    [message] = workspace.store.messages(ana)
    assert message.text == "Hola Ana, tu pedido A-17 va en camino."
    assert (message.category, message.opened, message.charge) == ("utility", True, rate)
    assert message.expires == START + timedelta(hours=24)
    [(_, conversation)] = workspace.store.conversations(ana)
    assert conversation.category is Category.UTILITY


def test_refused_send_is_stored_as_failed_and_charges_nothing(workspace, ana):
    result = workspace.send_text(ana, "Hola")
    assert not result.outcome.accepted
    [message] = workspace.store.messages(ana)
    assert (message.status, message.error_code, message.reason) == (
        "failed", 131047, "window_closed")
    assert workspace.store.conversations(ana) == []


def test_free_entry_point_ends_open_conversations_in_the_store(workspace, ana):
    workspace.send_template(ana, "order_update", "es_MX", ["Ana", "A-1"])
    workspace.jump(timedelta(hours=1))
    workspace.customer_message(ana, "Vi el anuncio", referral="ctwa_ad")
    workspace.jump(timedelta(minutes=5))
    result = workspace.send_text(ana, "¡Hola!")
    assert result.outcome.conversation.category is Category.FREE_ENTRY_POINT
    state = workspace.state(ana)
    assert [c.category for c in state.conversations] == [Category.FREE_ENTRY_POINT]
    utility = workspace.store.conversations(ana)[0][1]
    assert utility.expires_at == workspace.now().replace(microsecond=0)


def test_preview_decides_without_storing(workspace, ana):
    before = snapshot(workspace)
    outcome, market = workspace.preview(
        ana, workspace.template_action("spring_sale", "es_MX", ["Ana"]))
    assert outcome.accepted and outcome.charge == market.rate(Category.MARKETING)
    assert snapshot(workspace) == before


def test_editing_a_customer_onto_another_customers_number_is_refused(workspace, ana):
    bo = workspace.add_customer("Bo", "+52 33 1987 6543")
    with pytest.raises(InputError, match="already the number of Ana"):
        workspace.edit_customer(bo, "Bo", "+52 55 1234 5678", True)
    assert workspace.customer(bo).phone == "+523319876543"
    workspace.edit_customer(ana, "Ana L.", "+52 55 1234 5678", True)  # her own number is fine


@pytest.mark.parametrize(("call", "message"), [
    (lambda w, c: w.send_text(c, ""), "The message is empty"),
    (lambda w, c: w.send_text(c, "x" * 5000), "The message is 5,000 characters"),
    (lambda w, c: w.customer_message(c, "a\x00b"), "NUL"),
    (lambda w, c: w.add_customer("", "+52 55 1234 5678"), "Enter the customer's name"),
    (lambda w, c: w.add_customer("Bo", "abc"), "contains letters"),
    (lambda w, c: w.add_customer("Bo", "5512345678"), "no country code"),
    (lambda w, c: w.add_customer("Bo", "+52 55"), "too short"),
    (lambda w, c: w.add_customer("Bo", "+1 555 0100"), "not a valid number"),
    (lambda w, c: w.add_customer("Bo", "+52 33 1987 6543", key="ana"), "already exists"),
    (lambda w, c: w.add_customer("Bo", "+52 1 55 1234 5678"), "already the number of Ana"),
    (lambda w, c: w.add_template(Template("x", "en_US", Category.UTILITY, "{{1}} {{3}}")),
     "missing {{2}}"),
    (lambda w, c: w.add_template(Template("order_update", "es_MX", Category.UTILITY, "Hi")),
     "already exists"),
    (lambda w, c: w.edit_customer(c, "Ana", "+52", True), "+52"),
    (lambda w, c: w.customer(999), "no customer #999"),
])
def test_bad_input_is_refused_with_a_message_and_changes_nothing(workspace, ana, call,
                                                                  message):
    before = snapshot(workspace)
    with pytest.raises(InputError) as error:
        call(workspace, ana)
    assert message in str(error.value)
    assert snapshot(workspace) == before


def test_opt_out_is_recorded_in_the_ledger(workspace, ana):
    workspace.opt_out(ana, source="reply keyword", text="STOP")
    assert workspace.state(ana).consent is Consent.OPTED_OUT
    events = workspace.store.consent_events(ana)
    assert [(e.kind, e.source, e.text) for e in events][-1] == ("opt_out", "reply keyword",
                                                                 "STOP")


def test_clock_persists_across_reopening(tmp_path, workspace, ana):
    workspace.jump(timedelta(hours=5))
    workspace.set_speed(60)
    path = workspace.store.path
    workspace.store.close()
    with Store.open(path) as store:
        reopened = Workspace(store)
        assert reopened.now() == START + timedelta(hours=5)
        assert reopened.clock.speed == 60


def test_next_expiry_is_the_first_window_or_conversation_end(workspace, ana):
    assert workspace.next_expiry() is None
    workspace.customer_message(ana, "Hola")
    workspace.jump(timedelta(hours=2))
    workspace.send_template(ana, "spring_sale", "es_MX", ["Ana"])
    assert workspace.next_expiry() == START + timedelta(hours=24)
    assert workspace.jump_to_next_expiry() == START + timedelta(hours=24)
    assert workspace.next_expiry() == START + timedelta(hours=26)


def test_regime_switch_changes_the_next_decision_only(workspace, ana):
    workspace.customer_message(ana, "Hola")
    workspace.set_regime(Regime.PMP_2025_07)
    result = workspace.send_template(ana, "order_update", "es_MX", ["Ana", "A-1"])
    assert result.outcome.charge == 0 and result.outcome.conversation.opened is None


def test_replaying_stored_messages_gives_the_same_decisions(demo):
    """Every stored decision of the demo comes out again from the rules alone."""
    store = demo.store
    templates = {t.key: t for t in store.templates()}
    customers = {c.id: c for c in store.customers()}
    opted_in = {c.id for c in load_scenario(resource(DEMO_WORKSPACE)).customers if c.opt_in}
    states = {cid: CustomerState(consent=Consent.OPTED_IN if c.key in opted_in
                                 else Consent.NONE, reachable=c.state.reachable)
              for cid, c in customers.items()}
    account = Account()
    replayed = 0
    for record in store.all_messages():
        action = record_action(record)
        if isinstance(action, SendTemplate):
            key = (action.name, action.language)
            action = SendTemplate(action.name, action.language, action.params,
                                  templates.get(key))
        market = demo.market(customers[record.customer_id])
        outcome = decide(states[record.customer_id], action, record.at, demo.regime,
                         market.rates, account)
        states[record.customer_id], account = outcome.state, outcome.account
        stored = record_outcome(record)
        assert (outcome.accepted, outcome.refusal and outcome.refusal.code, outcome.charge,
                outcome.conversation) == (stored.accepted, stored.refusal and stored.refusal.code,
                                          stored.charge, stored.conversation), record
        replayed += 1
    assert replayed == store.message_count() > 50



def test_a_customer_who_writes_or_opens_the_chat_has_read_it(workspace, ana):
    workspace.customer_message(ana, "Hola")
    first = workspace.send_text(ana, "Uno").message_id
    second = workspace.send_text(ana, "Dos").message_id
    assert workspace.customer_reads(ana) == 2
    assert {workspace.store.message(m).delivery_status(workspace.now())
            for m in (first, second)} == {"read"}
    third = workspace.send_text(ana, "Tres").message_id
    workspace.customer_message(ana, "Gracias")
    assert workspace.store.message(third).delivery_status(workspace.now()) == "read"
