"""Forecasts: hand-computed figures, the shortcut against deciding every customer, speed."""

from __future__ import annotations

import time
from datetime import UTC, date, datetime
from decimal import Decimal
from fractions import Fraction

import pytest
from hypothesis import given
from hypothesis import strategies as st

from tests.test_billing_support import MX
from waboard.billing.bill import FreeTier
from waboard.billing.forecast import forecast, forecast_by_replay, plan, split
from waboard.resources import bundled_rate_card
from waboard.rules.model import Category, Regime

JUNE, NOVEMBER, PER_MESSAGE = Regime.CBP_2023_06, Regime.CBP_2024_11, Regime.PMP_2025_07
MIX = {"marketing": 0.5, "utility": 0.3, "authentication": 0.2}


def test_one_marketing_template_a_customer_costs_the_same_under_every_regime():
    bills = forecast(10, 3, {"marketing": 1}, "MX")
    for regime in Regime:
        [line] = bills[regime].lines
        assert (line.market, line.category, line.count, line.amount) == (
            "Mexico", Category.MARKETING, 30, 30 * MX["marketing"])
        assert bills[regime].total == Decimal("1.3080")
        assert [d.total for d in bills[regime].daily] == [10 * MX["marketing"]] * 3


def test_replies_and_follow_ups_by_hand():
    # 10 a day: 5 stay silent, 5 reply; of those 3 get an answer only, 2 also a utility
    # template inside the window (split(5, [3/5, 2/5]) = [3, 2]).
    bills = forecast(10, 1, {"marketing": 1}, "MX", reply_share=0.5, follow_up_share=0.4,
                     rate_card=JUNE_2023)
    # Conversations: 10 marketing; the answers join them; each follow-up opens a utility one.
    assert bills[JUNE].total == 10 * MX["marketing"] + 2 * MX["utility"]
    assert bills[NOVEMBER].total == bills[JUNE].total
    # Per message: 10 marketing templates; answers and in-window utility templates are free.
    assert bills[PER_MESSAGE].total == 10 * MX["marketing"]
    counts = {x.category: (x.count, x.charged) for x in bills[PER_MESSAGE].lines}
    assert counts == {Category.MARKETING: (10, 10), Category.UTILITY: (2, 0),
                      Category.SERVICE: (5, 0)}


def test_customers_who_write_first_open_service_conversations_and_entry_points():
    bills = forecast(0, 2, {"utility": 1}, "MX", inbound_per_day=10, entry_point_share=0.3)
    june = bills[JUNE]
    by_category = {x.category: x.count for x in june.lines}
    assert by_category == {Category.SERVICE: 14, Category.FREE_ENTRY_POINT: 6}
    assert june.entry_points == 6 and june.total == 0
    assert june.free_tier == (FreeTier("2025-07", 14),)


def test_the_free_tier_runs_out_on_the_right_day_and_comes_back_next_month():
    # 95 customers a day write first from 20 June: 950 service conversations by the end of
    # 29 June, so on 30 June 50 are free and 45 charged; July starts a new tier.
    bills = forecast(0, 15, {"utility": 1}, "BR", inbound_per_day=95, rate_card=JUNE_2023,
                     start=date(2025, 6, 20))
    june = bills[JUNE]
    brazil_service = Decimal("0.0300")
    assert june.total == 45 * brazil_service
    assert june.free_tier == (FreeTier("2025-06", 1045), FreeTier("2025-07", 380))
    assert [d.day.day for d in june.daily if d.total] == [30]
    assert bills[NOVEMBER].total == bills[PER_MESSAGE].total == 0


JUNE_2023 = bundled_rate_card(datetime(2023, 6, 1, tzinfo=UTC))
"""The card these amounts are written for (the plans' dates have other figures in force)."""

PLANS = [
    dict(customers_per_day=7, days=4, mix=MIX, market_region="MX", reply_share=0.4,
         follow_up_share=0.5, inbound_per_day=5, entry_point_share=0.4),
    dict(customers_per_day=13, days=3, mix={"utility": 2, "authentication": 1},
         market_region="IN", reply_share=1, follow_up_share=1),
    dict(customers_per_day=0, days=30, mix={"utility": 1}, market_region="MX",
         inbound_per_day=40, follow_up_share=0.25),
    dict(customers_per_day=20, days=15, mix=MIX, market_region="BR", reply_share=0.3,
         follow_up_share=0.3, inbound_per_day=95, entry_point_share=0.1,
         start=date(2025, 6, 20)),
    dict(customers_per_day=3, days=2, mix={"marketing": 1}, market_region="GT",
         reply_share=Fraction(1, 3), inbound_per_day=3, entry_point_share=Decimal("0.5")),
]


@pytest.mark.parametrize("kwargs", PLANS)
def test_the_shortcut_equals_deciding_every_customer(kwargs):
    assert forecast(**kwargs) == forecast_by_replay(**kwargs)


def test_the_shortcut_crosses_the_free_tier_exactly_like_the_replay():
    kwargs = {**PLANS[2], "rate_card": JUNE_2023}  # 40 a day for 30 days: 1,001st on day 26
    shortcut = forecast(**kwargs)
    assert shortcut[JUNE].free_tier == (FreeTier("2025-07", 1200),)
    assert shortcut[JUNE].by_category()[Category.SERVICE].charged == 200
    assert shortcut == forecast_by_replay(**kwargs)


def test_progress_is_reported_after_each_day_of_each_regime():
    calls: list[tuple[int, int]] = []
    forecast(5, 4, {"marketing": 1}, "MX", progress=lambda done, total: calls.append(
        (done, total)))
    total = 4 * len(Regime)
    assert calls == [(n, total) for n in range(1, total + 1)]


def test_a_month_of_100000_customers_a_day_is_fast():
    started = time.perf_counter()
    bills = forecast(100_000, 30, MIX, "MX", reply_share=0.4, follow_up_share=0.5,
                     inbound_per_day=20_000, entry_point_share=0.3)
    assert time.perf_counter() - started < 10
    assert bills[JUNE].by_category()[Category.MARKETING].count == 1_500_000
    assert bills[JUNE].free_tier[0].opened == 30 * 14_000


@pytest.mark.parametrize(("kwargs", "message"), [
    (dict(mix={"service": 1}), "service is not a template category"),
    (dict(mix={"promo": 1}), "'promo' is not a template category"),
    (dict(mix={}), "the mix is empty"),
    (dict(mix={"marketing": 0}), "not all 0"),
    (dict(market_region="ZZ"), "'ZZ' is not a region code"),
    (dict(reply_share=1.5), "reply_share must be between 0 and 1"),
    (dict(customers_per_day=-1), "customers_per_day must be a whole number"),
    (dict(days=0), "days must be at least 1"),
    (dict(entry_point_share=float("nan")), "entry_point_share must be a finite number"),
])
def test_bad_plans_are_refused(kwargs, message):
    arguments = dict(customers_per_day=10, days=3, mix={"marketing": 1}, market_region="MX")
    with pytest.raises(ValueError, match=message):
        plan(**{**arguments, **kwargs})


@given(st.integers(0, 10**6), st.lists(st.fractions(0, 1), min_size=1, max_size=6))
def test_split_hands_out_exactly_the_total_as_evenly_as_possible(total, weights):
    parts = split(total, weights)
    assert len(parts) == len(weights)
    if sum(weights) == 0:
        assert parts == [0] * len(weights)
        return
    assert sum(parts) == total
    exact = [total * w / sum(weights) for w in weights]
    assert all(abs(p - e) < 1 for p, e in zip(parts, exact, strict=True))
