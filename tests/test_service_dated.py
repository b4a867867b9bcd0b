"""The workspace by date: the account, the customer's marketing stop, template changes from
the current instant, the rate card at an instant, and random histories under `auto`."""

from __future__ import annotations

import tempfile
from datetime import UTC, datetime, timedelta
from decimal import Decimal
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from waboard.billing.bill import bill
from waboard.billing.periods import custom_period
from waboard.billing.replay import as_charged, reprice, same_charges
from waboard.clock import ClockSetting
from waboard.inputs import InputError
from waboard.rules.model import AccountSettings, Category, Reason, Regime, Template
from waboard.rules.regimes import AUTO, regime_at
from waboard.service import Workspace
from waboard.settings import ACCOUNT, CLOCK, PRICING
from waboard.store import Store

RATES = {"marketing": "0.0400", "utility": "0.0100", "authentication": "0.0200",
         "service": "0.0080"}


def test_a_new_workspace_prices_under_auto(tmp_path):
    with Store.open(tmp_path / "new.waboard") as store:
        workspace = Workspace(store)
        assert workspace.pricing == AUTO
        workspace.set_clock(ClockSetting(datetime(2026, 11, 2, tzinfo=UTC)))
        assert workspace.regime is Regime.PMP_2026_10
        workspace.set_regime(Regime.CBP_2024_11)
        assert workspace.regime is Regime.CBP_2024_11
        workspace.set_real_time(True)
        assert workspace.pricing == AUTO  # Real time follows today's rules


@pytest.mark.parametrize(("account", "message"), [
    (AccountSettings(timezone="Mars/Olympus"), "Time zone: 'Mars/Olympus' is not a time zone"),
    (AccountSettings(currency="XBT"), "Currency 'XBT': use one of USD"),
    (AccountSettings(country="Mexico"), "Country 'Mexico': use a two-letter ISO code"),
    (AccountSettings(marketing_limit_per_24h=-1), "Marketing limit -1: a whole number"),
])
def test_a_bad_account_is_refused_and_nothing_stored(workspace, account, message):
    with pytest.raises(InputError, match="^" + message.replace("(", r"\(")):
        workspace.set_account(account)
    assert workspace.store.get_setting(ACCOUNT.key) is None


def test_the_account_is_kept_and_prices_in_its_currency(workspace, ana):
    workspace.set_rate_overrides({"*": RATES})
    workspace.set_account(AccountSettings("mx", "America/Mexico_City", "MXN"))
    assert workspace.account == AccountSettings("MX", "America/Mexico_City", "MXN")
    assert workspace.rate_card.for_region("MX").currency == "MXN"
    assert Workspace(workspace.store).account.timezone == "America/Mexico_City"


def test_stop_and_resume_marketing_leave_the_consent_ledger_alone(workspace, ana):
    ledger = workspace.store.consent_events(ana)
    workspace.stop_marketing(ana)
    refused = workspace.send_template(ana, "spring_sale", "es_MX", ["Ana"])
    assert refused.outcome.refusal is not None
    assert refused.outcome.refusal.reason is Reason.MARKETING_STOPPED
    assert workspace.store.consent_events(ana) == ledger
    workspace.resume_marketing(ana)
    sent = workspace.send_template(ana, "spring_sale", "es_MX", ["Ana"])
    assert sent.outcome.accepted


def test_a_category_change_applies_from_now_and_billing_keeps_the_earlier_one(workspace, ana):
    workspace.set_regime(Regime.PMP_2025_07)
    workspace.set_rate_overrides({"*": RATES})
    utility = workspace.store.template("order_update", "es_MX")
    assert utility is not None
    first = workspace.send_template(ana, utility.name, utility.language, ["Ana", "A-1"])
    workspace.jump(timedelta(hours=1))
    workspace.set_template_category(utility.key, "marketing")
    second = workspace.send_template(ana, utility.name, utility.language, ["Ana", "A-2"])
    assert (first.outcome.charge, second.outcome.charge) == (Decimal("0.0100"),
                                                              Decimal("0.0400"))
    assert [m.charge for m in reprice(workspace.store, Regime.PMP_2025_07) if m.business] == [
        Decimal("0.0100"), Decimal("0.0400")]
    workspace.set_template_status(utility.key, "paused")
    paused = workspace.send_template(ana, utility.name, utility.language, ["Ana", "A-3"])
    assert paused.outcome.refusal is not None and paused.outcome.refusal.code == 132015
    with pytest.raises(InputError, match="no template 'nope'"):
        workspace.set_template_status(("nope", "en_US"), "paused")
    with pytest.raises(InputError, match="a template's category is marketing"):
        workspace.set_template_category(utility.key, "service")


def test_the_rate_card_answers_for_an_instant(workspace):
    june_2023 = workspace.rate_card_at(datetime(2023, 6, 1, tzinfo=UTC))
    assert june_2023.for_region("MX").rates[Category.MARKETING] == Decimal("0.0436")
    assert workspace.rate_card_at(datetime(2025, 10, 1, tzinfo=UTC)).for_region(
        "ZW").market == "Rest of Africa"


# Random histories under auto, across the switches, in a non-UTC account


GAPS = [timedelta(0), timedelta(seconds=1), timedelta(hours=1), timedelta(hours=23),
        timedelta(hours=24), timedelta(days=3)]
STARTS = [datetime(2024, 10, 31, 12, tzinfo=UTC), datetime(2025, 3, 31, 12, tzinfo=UTC),
          datetime(2025, 6, 30, 6, tzinfo=UTC), datetime(2026, 9, 30, 12, tzinfo=UTC)]
ACTIONS = st.sampled_from(["hello", "ad", "text", "promo", "receipt", "code", "stop",
                           "resume", "recategorise"])
HISTORY = st.lists(st.tuples(st.integers(0, 2), st.sampled_from(GAPS), ACTIONS), max_size=30)


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(start=st.sampled_from(STARTS), history=HISTORY)
def test_auto_histories_replay_to_their_charges_under_the_regime_of_each_date(start, history):
    with tempfile.TemporaryDirectory() as folder, Store.open(Path(folder) / "w.waboard") as store:
        PRICING.write(store, AUTO)
        CLOCK.write(store, ClockSetting(start))
        workspace = Workspace(store)
        workspace.set_account(AccountSettings("IN", "America/Mexico_City", "USD",
                                              start, 2))
        workspace.set_rate_overrides({"*": {
            **RATES, "authentication_international": "0.0300",
            "tiers": {"utility": [[1, "0.0100"], [3, "0.0050"]]}}})
        for template in (Template("promo", "en_US", Category.MARKETING, "Sale {{1}}"),
                         Template("receipt", "en_US", Category.UTILITY, "Receipt {{1}}"),
                         Template("code", "en_US", Category.AUTHENTICATION, "Code {{1}}")):
            workspace.add_template(template)
        customers = [workspace.add_customer("Ana", "+52 55 1234 5678", opt_in=True),
                     workspace.add_customer("Emily", "+1 312 847 2290", opt_in=True),
                     workspace.add_customer("Priya", "+91 98765 43210", opt_in=True)]
        at = start
        results = []
        for who, gap, action in history:
            at += gap
            customer = customers[who]
            if action in ("hello", "ad"):
                results.append(workspace.customer_message(
                    customer, "hi", "ctwa_ad" if action == "ad" else None, at=at))
            elif action == "text":
                results.append(workspace.send_text(customer, "hello", at=at))
            elif action in ("promo", "receipt", "code"):
                results.append(workspace.send_template(customer, action, "en_US", ["x"], at=at))
            elif action == "stop":
                results.append(workspace.stop_marketing(customer, at=at))
            elif action == "resume":
                results.append(workspace.resume_marketing(customer, at=at))
            else:
                # a change in the very second of an earlier send is not told apart from one
                # before it by the history (both are at that instant): a second later
                at += timedelta(seconds=1) if results and results[-1].at == at else timedelta(0)
                workspace.set_template_category(("receipt", "en_US"), "marketing", at=at)
        for result in results:
            assert result.outcome.regime is regime_at(result.at)  # the regime in force then
            use = result.outcome.conversation
            if use is not None and result.outcome.regime.per_message:
                assert use.opened is None or (use.opened is False
                                              and use.category is Category.UTILITY)
        stored = as_charged(store)
        assert same_charges(stored, reprice(store, AUTO)) == []
        period = custom_period(start, at + timedelta(days=1))
        total = sum((m.charge for m in store.all_messages()), Decimal(0))
        assert bill(store, period).total == total
        assert sum((r.outcome.charge for r in results), Decimal(0)) == total
