"""The rules by date: the regime timeline, months in the account's time zone, and each rule
of rules.md "Rules by date" at its boundaries (to the second, at 1,000/1,001, at band edges)."""

from __future__ import annotations

from datetime import datetime, timedelta
from decimal import Decimal

import pytest

from waboard.rules.engine import band_rate, decide, refusal_for
from waboard.rules.model import (
    Account,
    AccountSettings,
    Category,
    Consent,
    Conversation,
    CustomerMessage,
    CustomerState,
    Reason,
    Regime,
    ResumeMarketing,
    SendTemplate,
    SendText,
    StopMarketing,
    Template,
)
from waboard.rules.months import TimeZoneError, month_bounds, month_key
from waboard.rules.regimes import (
    AUTO,
    REGIMES,
    RULE_CHANGES,
    ChangeKind,
    Confidence,
    changes_between,
    parse_choice,
    regime_at,
    resolve,
)
from waboard.rules.reports import conversation_object, pricing_object

SECOND = timedelta(seconds=1)
RATES = {Category.MARKETING: Decimal("0.0400"), Category.UTILITY: Decimal("0.0100"),
         Category.AUTHENTICATION: Decimal("0.0200"), Category.SERVICE: Decimal("0.0080")}
MARKETING = Template("sale", "en_US", Category.MARKETING, "Sale for {{1}}")
UTILITY = Template("receipt", "en_US", Category.UTILITY, "Receipt {{1}}")
AUTH = Template("code", "en_US", Category.AUTHENTICATION, "Code {{1}}")
OPTED_IN = CustomerState(consent=Consent.OPTED_IN)


def at(text: str) -> datetime:
    return datetime.fromisoformat(text.replace("Z", "+00:00"))


def send(template: Template, value: str = "x") -> SendTemplate:
    return SendTemplate(template.name, template.language, (value,), template)


# The timeline


@pytest.mark.parametrize(("switch", "before", "after"), [
    ("2024-11-01T00:00:00Z", Regime.CBP_2023_06, Regime.CBP_2024_11),
    ("2025-07-01T00:00:00Z", Regime.CBP_2024_11, Regime.PMP_2025_07),
    ("2026-10-01T00:00:00Z", Regime.PMP_2025_07, Regime.PMP_2026_10),
])
def test_each_switch_to_the_second(switch, before, after):
    instant = at(switch)
    assert regime_at(instant - SECOND) is before
    assert regime_at(instant) is after
    assert resolve(AUTO, instant) is after and resolve(before, instant) is before


def test_before_june_2023_the_earliest_regime_applies():
    assert regime_at(at("2020-01-01T00:00:00Z")) is Regime.CBP_2023_06


def test_every_regime_is_on_the_timeline_with_its_confidence_and_sources():
    assert [info.regime for info in REGIMES] == list(Regime)
    assert [info.effective for info in REGIMES] == sorted(info.effective for info in REGIMES)
    assert REGIMES[-1].confidence is Confidence.REPORTED
    assert all(info.sources and info.differs.endswith(".") for info in REGIMES)


def test_the_timeline_holds_every_dated_change_of_rules_md():
    dates = {(c.at.date().isoformat(), c.kind) for c in RULE_CHANGES}
    for day, kind in [("2024-11-01", ChangeKind.REGIME), ("2025-04-01", ChangeKind.RULE),
                      ("2025-07-01", ChangeKind.REGIME), ("2025-10-01", ChangeKind.RATES),
                      ("2025-10-01", ChangeKind.MARKETS), ("2026-01-01", ChangeKind.RATES),
                      ("2026-01-01", ChangeKind.CURRENCY), ("2026-04-01", ChangeKind.RATES),
                      ("2026-04-01", ChangeKind.CURRENCY), ("2026-07-01", ChangeKind.MARKETS),
                      ("2026-07-01", ChangeKind.RATES), ("2026-07-01", ChangeKind.CURRENCY),
                      ("2026-10-01", ChangeKind.MARKETS), ("2026-10-01", ChangeKind.REGIME)]:
        assert (day, kind) in dates
    assert [c.at for c in RULE_CHANGES] == sorted(c.at for c in RULE_CHANGES)
    assert all(c.meaning.endswith(".") and c.sources for c in RULE_CHANGES)


def test_changes_between_is_what_a_clock_crosses():
    switch = at("2026-10-01T00:00:00Z")
    crossed = changes_between(switch - SECOND, switch)
    assert {c.kind for c in crossed} == {ChangeKind.REGIME, ChangeKind.MARKETS}
    assert changes_between(switch, switch + SECOND) == ()
    assert changes_between(switch, switch - SECOND) == ()


def test_a_pricing_choice_is_a_regime_or_auto():
    assert parse_choice("auto") == AUTO
    assert parse_choice("pmp-2026-10") is Regime.PMP_2026_10
    with pytest.raises(ValueError, match="'pmp-2027-01' is not a pricing regime"):
        parse_choice("pmp-2027-01")


# Months in the account's time zone


def test_a_month_ends_at_midnight_in_the_account_time_zone():
    end = at("2026-11-01T06:00:00Z")  # midnight in Mexico City (UTC-6)
    assert month_key(end - SECOND, "America/Mexico_City") == "2026-10"
    assert month_key(end, "America/Mexico_City") == "2026-11"
    assert month_key(end - SECOND) == "2026-11"
    assert month_bounds("2026-10", "America/Mexico_City") == (
        at("2026-10-01T06:00:00Z"), end)
    assert month_bounds("2026-12", "Asia/Kolkata")[1] == at("2026-12-31T18:30:00Z")


def test_an_unknown_time_zone_is_named():
    with pytest.raises(TimeZoneError, match="'Mars/Olympus' is not a time zone"):
        month_key(at("2026-10-01T00:00:00Z"), "Mars/Olympus")


# October 2026: free-form charged after 1,000 a month


def _free_form(used: int, when: str, timezone: str = "UTC"):
    state = decide(OPTED_IN, CustomerMessage("hi"), at(when), AUTO, RATES).state
    month = month_key(at(when), timezone)
    return decide(state, SendText("hello"), at(when), AUTO, RATES, Account(month, 0, used),
                  AccountSettings(timezone=timezone))


def test_the_1000th_free_form_is_free_and_the_1001st_charged_the_utility_rate():
    thousandth = _free_form(999, "2026-10-15T12:00:00Z")
    assert (thousandth.charge, thousandth.account.non_template) == (0, 1000)
    assert pricing_object(thousandth)["type"] == "free_customer_service"
    next_one = _free_form(1000, "2026-10-15T12:00:00Z")
    assert next_one.charge == RATES[Category.UTILITY]
    assert pricing_object(next_one) == {"billable": True, "pricing_model": "PMP",
                                        "type": "regular", "category": "service"}


def test_the_free_form_count_resets_with_the_month_in_the_account_zone():
    last = _free_form(1000, "2026-11-01T05:59:59Z", "America/Mexico_City")
    assert last.charge == RATES[Category.UTILITY]
    # the account still counts October: November's first reply is free again
    state = last.state
    first = decide(state, SendText("again"), at("2026-11-01T06:00:00Z"), AUTO, RATES,
                   last.account, AccountSettings(timezone="America/Mexico_City"))
    assert (first.charge, first.account.month, first.account.non_template) == (0, "2026-11", 1)


def test_before_october_2026_free_form_is_free_at_any_count():
    assert _free_form(5000, "2026-09-30T23:59:59Z").charge == 0


def test_utility_inside_the_window_is_charged_from_october_2026():
    state = decide(OPTED_IN, CustomerMessage("hi"), at("2026-09-30T23:00:00Z"), AUTO,
                   RATES).state
    july = decide(state, send(UTILITY), at("2026-09-30T23:59:59Z"), AUTO, RATES)
    october = decide(state, send(UTILITY), at("2026-10-01T00:00:00Z"), AUTO, RATES)
    assert (july.charge, july.regime) == (0, Regime.PMP_2025_07)
    assert (october.charge, october.regime) == (RATES[Category.UTILITY], Regime.PMP_2026_10)


# The July 2025 edge case


def test_a_utility_conversation_open_across_the_switch_keeps_its_templates():
    opened_at = at("2025-06-30T12:00:00Z")
    conversation = Conversation(Category.UTILITY, opened_at, opened_at + timedelta(hours=24),
                                RATES[Category.UTILITY])
    state = CustomerState(consent=Consent.OPTED_IN, conversations=(conversation,))
    inside = decide(state, send(UTILITY), at("2025-07-01T11:59:59Z"), AUTO, RATES)
    assert inside.charge == 0 and inside.regime is Regime.PMP_2025_07
    assert pricing_object(inside)["pricing_model"] == "CBP"
    assert conversation_object(inside, "c1", "v23.0")["expiration_timestamp"] == str(
        int(conversation.expires_at.timestamp()))
    assert conversation_object(inside, "c1", "v24.0") is None
    after = decide(state, send(UTILITY), at("2025-07-01T12:00:00Z"), AUTO, RATES)
    assert after.charge == RATES[Category.UTILITY]
    assert pricing_object(after)["pricing_model"] == "PMP"
    marketing = decide(state, send(MARKETING), at("2025-07-01T11:00:00Z"), AUTO, RATES)
    assert marketing.charge == RATES[Category.MARKETING]  # the edge case is for utility only


# Volume tiers


BANDS = ((1, Decimal("0.0100")), (1001, Decimal("0.0080")), (5001, Decimal("0.0060")))


@pytest.mark.parametrize(("number", "rate"), [
    (1, "0.0100"), (1000, "0.0100"), (1001, "0.0080"), (5000, "0.0080"), (5001, "0.0060")])
def test_each_band_edge(number, rate):
    assert band_rate(BANDS, number) == Decimal(rate)


def test_a_tiered_message_counts_per_market_and_category_charged_only():
    tiers = {Category.UTILITY: BANDS}
    month = "2025-08"
    account = Account(month, charged={("Mexico", Category.UTILITY): 1000})
    when = at("2025-08-10T10:00:00Z")
    outcome = decide(OPTED_IN, send(UTILITY), when, AUTO, RATES, account, tiers=tiers,
                     market="Mexico")
    assert outcome.charge == Decimal("0.0080")
    assert outcome.account.charged[("Mexico", Category.UTILITY)] == 1001
    elsewhere = decide(OPTED_IN, send(UTILITY), when, AUTO, RATES, account, tiers=tiers,
                       market="Brazil")
    assert elsewhere.charge == Decimal("0.0100")
    in_window = decide(OPTED_IN, CustomerMessage("hi"), when, AUTO, RATES).state
    free = decide(in_window, send(UTILITY), when, AUTO, RATES, account, tiers=tiers,
                  market="Mexico")
    assert free.charge == 0 and free.account.charged == account.charged


# Authentication-international


def test_authentication_international_needs_eligibility_abroad_from_its_start():
    rates = {**RATES, Category.AUTHENTICATION_INTERNATIONAL: Decimal("0.0350")}
    start = at("2026-06-01T00:00:00Z")
    eligible = AccountSettings(country="IN", auth_international_from=start)

    def charge(when: datetime, settings: AccountSettings, region: str = "MX") -> Decimal:
        return decide(OPTED_IN, send(AUTH), when, AUTO, rates, Account(), settings,
                      region=region).charge

    assert charge(start - SECOND, eligible) == RATES[Category.AUTHENTICATION]
    assert charge(start, eligible) == Decimal("0.0350")
    assert charge(start, eligible, region="IN") == RATES[Category.AUTHENTICATION]
    assert charge(start, AccountSettings(country="IN")) == RATES[Category.AUTHENTICATION]
    outcome = decide(OPTED_IN, send(AUTH), start, AUTO, rates, Account(), eligible,
                     region="MX")
    assert pricing_object(outcome)["category"] == "authentication_international"


# Marketing: the US pause, the simulated limit, the customer's own stop


def test_marketing_to_the_us_is_paused_from_april_2025_to_the_second():
    pause = at("2025-04-01T00:00:00Z")
    assert refusal_for(OPTED_IN, send(MARKETING), pause - SECOND, region="US") is None
    refused = refusal_for(OPTED_IN, send(MARKETING), pause, region="US")
    assert refused is not None and (refused.reason, refused.code) == (
        Reason.US_MARKETING_PAUSED, 131049)
    assert refusal_for(OPTED_IN, send(MARKETING), pause, region="CA") is None
    assert refusal_for(OPTED_IN, send(UTILITY), pause, region="US") is None


def test_the_marketing_limit_counts_business_initiated_ones_in_a_rolling_day():
    limit = AccountSettings(marketing_limit_per_24h=1)
    first = at("2025-08-04T09:00:00Z")
    sent = decide(OPTED_IN, send(MARKETING), first, AUTO, RATES, Account(), limit)
    assert sent.state.marketing_sent == (first,)
    day_later = first + timedelta(hours=24)
    refused = decide(sent.state, send(MARKETING), day_later - SECOND, AUTO, RATES, Account(),
                     limit)
    assert refused.refusal is not None and refused.refusal.reason is Reason.MARKETING_LIMIT
    assert decide(sent.state, send(MARKETING), day_later, AUTO, RATES, Account(),
                  limit).accepted
    in_window = decide(sent.state, CustomerMessage("hi"), first, AUTO, RATES).state
    inside = decide(in_window, send(MARKETING), first + SECOND, AUTO, RATES, Account(), limit)
    assert inside.accepted and inside.state.marketing_sent == (first,)
    assert decide(sent.state, send(MARKETING), first + SECOND, AUTO, RATES).accepted  # off


def test_the_customers_own_stop_blocks_marketing_only_and_resumes():
    when = at("2025-08-04T09:00:00Z")
    stopped = decide(OPTED_IN, StopMarketing(), when, AUTO, RATES).state
    assert stopped.marketing_stopped and stopped.consent is Consent.OPTED_IN
    refused = decide(stopped, send(MARKETING), when, AUTO, RATES)
    assert refused.refusal is not None and (refused.refusal.reason, refused.refusal.code) == (
        Reason.MARKETING_STOPPED, 131050)
    assert decide(stopped, send(UTILITY), when, AUTO, RATES).accepted
    resumed = decide(stopped, ResumeMarketing(), when, AUTO, RATES).state
    assert decide(resumed, send(MARKETING), when, AUTO, RATES).accepted


# Parameters


def test_four_spaces_in_a_row_are_allowed_and_five_refused():
    when = at("2025-08-04T09:00:00Z")
    assert decide(OPTED_IN, send(UTILITY, "a    b"), when, AUTO, RATES).accepted
    refused = decide(OPTED_IN, send(UTILITY, "a     b"), when, AUTO, RATES)
    assert refused.refusal is not None and refused.refusal.code == 132000
    assert "more than 4 spaces" in refused.refusal.message


# What the platform reports


def test_pricing_objects_under_conversation_pricing_and_entry_points():
    when = at("2024-06-03T09:00:00Z")
    opened = decide(OPTED_IN, send(MARKETING), when, AUTO, RATES)
    assert pricing_object(opened) == {"billable": True, "pricing_model": "CBP",
                                      "type": "regular", "category": "marketing"}
    assert conversation_object(opened, "c9")["origin"] == {"type": "marketing"}
    ad = decide(OPTED_IN, CustomerMessage("ad", referral="ctwa_ad"), when, AUTO, RATES).state
    entry = decide(ad, SendText("hi"), when, Regime.PMP_2025_07, RATES)
    assert pricing_object(entry) == {"billable": False, "pricing_model": "PMP",
                                     "type": "free_entry_point",
                                     "category": "referral_conversion"}
    assert conversation_object(entry, "c9", "v24.0")["origin"] == {"type": "referral_conversion"}
    refused = decide(CustomerState(), SendText("hi"), when, AUTO, RATES)
    assert pricing_object(refused) is None and conversation_object(refused, "c9") is None
    assert pricing_object(decide(OPTED_IN, CustomerMessage("hi"), when, AUTO, RATES)) is None
