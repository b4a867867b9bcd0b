"""Repricing: replaying a workspace under its own regime gives back its charges exactly,
message for message, and replaying never writes to the store."""

from __future__ import annotations

import tempfile
from datetime import timedelta
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tests.test_billing_support import MX, snapshot, utc
from waboard.billing.replay import as_charged, reprice, same_charges
from waboard.clock import ClockSetting
from waboard.resources import resource
from waboard.rules.instants import parse_instant
from waboard.rules.model import Category, Regime, Template, TemplateStatus
from waboard.scenario.loader import load_scenario
from waboard.scenario.runner import play
from waboard.service import Workspace
from waboard.settings import CLOCK, PRICING
from waboard.store import Store

SCENARIOS = sorted(resource("scenarios").glob("*.json"))


@pytest.mark.parametrize("scenario", SCENARIOS, ids=lambda p: p.stem)
def test_each_teaching_scenario_reprices_to_its_own_charges(tmp_path, scenario: Path):
    with Store.open(tmp_path / "w.waboard") as store:
        play(load_scenario(scenario), store)
        own = Workspace(store).pricing
        stored = as_charged(store)
        assert same_charges(stored, reprice(store, own)) == []
        assert [m.charge for m in stored] == [m.charge for m in store.all_messages()]


def test_the_demo_reprices_to_its_own_charges_and_is_left_untouched(demo):
    store = demo.store
    before = snapshot(store)
    assert same_charges(as_charged(store), reprice(store, demo.regime)) == []
    for regime in Regime:
        assert len(reprice(store, regime)) == store.message_count()
    assert snapshot(store) == before


def test_a_template_edited_or_renamed_since_it_was_sent_still_replays(workspace, ana):
    at = utc("2025-03-03T09:00:00")
    workspace.send_template(ana, "order_update", "es_MX", ["Ana", "A-1"], at=at)
    workspace.send_template(ana, "spring_sale", "es_MX", ["Ana"], at=at + timedelta(hours=1))
    workspace.edit_template(("order_update", "es_MX"), Template(
        "order_update_v2", "es_MX", Category.UTILITY, "Hola {{1}}: {{2}} {{3}}"))
    workspace.edit_template(("spring_sale", "es_MX"), Template(
        "spring_sale", "es_MX", Category.MARKETING, "¡Ofertas!", TemplateStatus.PAUSED))
    stored = as_charged(workspace.store)
    assert [(m.category, m.charge) for m in stored if m.business] == [
        (Category.UTILITY, MX["utility"]), (Category.MARKETING, MX["marketing"])]
    assert same_charges(stored, reprice(workspace.store, workspace.regime)) == []
    per_message = reprice(workspace.store, Regime.PMP_2025_07)
    assert [m.charge for m in per_message if m.business] == [MX["utility"], MX["marketing"]]


# Random histories through the workspace service.

GAPS = [timedelta(0), timedelta(seconds=1), timedelta(minutes=5), timedelta(hours=1),
        timedelta(hours=23, minutes=59, seconds=59), timedelta(hours=24),
        timedelta(hours=25), timedelta(hours=71, minutes=59), timedelta(hours=72),
        timedelta(days=5), timedelta(days=20)]
TEMPLATE_NAMES = ["promo", "receipt", "code", "old_promo", "promo_pending"]
ACTIONS = st.one_of(
    st.tuples(st.just("customer_message"), st.sampled_from([None, "ctwa_ad", "page_cta"])),
    st.tuples(st.just("send_text"), st.none()),
    st.tuples(st.just("send_template"), st.sampled_from(TEMPLATE_NAMES)),
    st.tuples(st.just("opt_in"), st.none()),
    st.tuples(st.just("opt_out"), st.none()),
    st.tuples(st.just("reachable"), st.booleans()),
)
HISTORY = st.lists(st.tuples(st.integers(0, 2), st.sampled_from(GAPS), ACTIONS),
                   max_size=40)


def _seed(workspace: Workspace) -> list[int]:
    for template in (
        Template("promo", "en_US", Category.MARKETING, "Sale for {{1}}"),
        Template("receipt", "en_US", Category.UTILITY, "Receipt {{1}}"),
        Template("code", "en_US", Category.AUTHENTICATION, "Code {{1}}"),
        Template("old_promo", "en_US", Category.MARKETING, "Old {{1}}", TemplateStatus.PAUSED),
        Template("promo_pending", "en_US", Category.MARKETING, "New {{1}}",
                 TemplateStatus.PENDING),
    ):
        workspace.add_template(template)
    return [
        workspace.add_customer("Ana", "+52 55 1234 5678", opt_in=True),
        workspace.add_customer("João", "+55 11 98765 4321"),
        workspace.add_customer("Emily", "+1 312 847 2290", opt_in=True),
    ]


@settings(max_examples=80, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(regime=st.sampled_from(list(Regime)), history=HISTORY)
def test_repricing_a_random_history_under_its_own_regime_gives_its_charges(regime, history):
    with tempfile.TemporaryDirectory() as folder, Store.open(Path(folder) / "w.waboard") as store:
        PRICING.write(store, regime)
        CLOCK.write(store, ClockSetting(parse_instant("2023-06-30T20:00:00Z")))
        workspace = Workspace(store)
        customers = _seed(workspace)
        at = workspace.now()
        for who, gap, (action, value) in history:
            at += gap
            customer = customers[who]
            if action == "customer_message":
                workspace.customer_message(customer, "hi", value, at=at)
            elif action == "send_text":
                workspace.send_text(customer, "hello", at=at)
            elif action == "send_template":
                workspace.send_template(customer, value, "en_US", ["x"], at=at)
            elif action == "opt_in":
                workspace.opt_in(customer, at=at, source="test")
            elif action == "opt_out":
                workspace.opt_out(customer, at=at, source="test")
            else:
                record = workspace.customer(customer)
                workspace.edit_customer(customer, record.name, record.phone, value)
        before = snapshot(store)
        stored = as_charged(store)
        replayed = reprice(store, regime)
        assert same_charges(stored, replayed) == []
        assert not any(m.note for m in replayed)
        assert snapshot(store) == before
