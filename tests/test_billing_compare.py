"""The three regimes side by side: totals, per category, and one computed sentence each."""

from __future__ import annotations

from decimal import Decimal

import pytest

from tests.test_billing_support import MX, scenario_file, snapshot, step, template
from waboard.billing import compare, parse_period
from waboard.rules.model import Category, Regime
from waboard.store import Store

JUNE, NOVEMBER, PER_MESSAGE = Regime.CBP_2023_06, Regime.CBP_2024_11, Regime.PMP_2025_07
OCTOBER = Regime.PMP_2026_10

# Mexico. Conversation pricing: a service conversation at 09:01 (free: the monthly tier), a
# utility one at 09:02 (charged), the 09:03 utility template joins it; the next day, outside
# the window, a new utility conversation (charged) joined by 15:01, a marketing one (charged)
# joined by 15:03. Per message: the two utility templates inside the window are free, the
# four templates outside it are each charged.
STEPS = [
    step("2023-06-05T09:00:00Z", "customer_message", text="Hola"),
    step("2023-06-05T09:01:00Z", "send_text", text="¡Hola! <b>¿En qué te ayudo?</b>"),
    template("2023-06-05T09:02:00Z", "order_update"),
    template("2023-06-05T09:03:00Z", "order_update"),
    template("2023-06-06T15:00:00Z", "order_update"),
    template("2023-06-06T15:01:00Z", "order_update"),
    template("2023-06-06T15:02:00Z", "spring_sale"),
    template("2023-06-06T15:03:00Z", "spring_sale"),
]


@pytest.mark.parametrize("pricing", ["cbp-2023-06", "cbp-2024-11", "pmp-2025-07"])
def test_totals_rows_and_sentences(tmp_path, pricing):
    path = scenario_file(tmp_path / "w.waboard", STEPS, pricing=pricing)
    with Store.open(path) as store:
        before = snapshot(store)
        comparison = compare(store, None, parse_period("2023-06"))
        assert snapshot(store) == before
    conversations = 2 * MX["utility"] + MX["marketing"]
    assert conversations == Decimal("0.0968")
    assert comparison.own is Regime(pricing)
    assert comparison.totals == {JUNE: conversations, NOVEMBER: conversations,
                                 PER_MESSAGE: Decimal("0.1404"),
                                 OCTOBER: Decimal("0.1404") + 2 * MX["utility"]}
    rows = {row.category: row for row in comparison.rows}
    assert rows[Category.UTILITY].amounts == {JUNE: Decimal("0.0532"),
                                              NOVEMBER: Decimal("0.0532"),
                                              PER_MESSAGE: Decimal("0.0532"),
                                              OCTOBER: Decimal("0.1064")}
    assert rows[Category.UTILITY].counts == {JUNE: 2, NOVEMBER: 2, PER_MESSAGE: 4, OCTOBER: 4}
    assert rows[Category.MARKETING].amounts[PER_MESSAGE] == 2 * MX["marketing"]
    assert rows[Category.SERVICE].counts == {JUNE: 1, NOVEMBER: 1, PER_MESSAGE: 1, OCTOBER: 1}
    assert [e.text for e in comparison.explanations] == [
        "The first 1,000 service conversations each month were free under June 2023 pricing: "
        "1 service conversation here, worth $0.01 at service rates",
        "Service conversations are free from November 2024, but the service conversation "
        "opened here was within June 2023's monthly free tier: $0.00",
        "Utility templates sent inside an open window are free under per-message pricing: "
        "-$0.03 (1 template that opened a charged utility conversation under November 2024 "
        "pricing)",
        "Marketing templates are charged one by one under per-message pricing, not once per "
        "24-hour conversation: +$0.04 (1 template that joined an open marketing conversation "
        "for free under November 2024 pricing)",
        "Utility templates sent outside the window are charged one by one under per-message "
        "pricing, not once per 24-hour conversation: +$0.03 (1 template that joined an open "
        "utility conversation for free under November 2024 pricing)",
        "Utility templates inside an open window are charged from October 2026 (reported): "
        "+$0.05 (2 templates)",
    ]


def test_the_sentences_add_up_to_the_differences(demo):
    comparison = compare(demo.store, None, "2025-03")
    totals = comparison.totals
    for before, after in ((JUNE, NOVEMBER), (NOVEMBER, PER_MESSAGE), (PER_MESSAGE, OCTOBER)):
        explained = sum(e.amount for e in comparison.explanations
                        if (e.before, e.after) == (before, after))
        assert explained == totals[after] - totals[before]
    assert totals[JUNE] == sum(m.charge for m in demo.store.all_messages())


def test_when_nothing_differs_it_says_so(tmp_path):
    path = scenario_file(tmp_path / "w.waboard", [template("2023-06-05T09:00:00Z",
                                                           "spring_sale")])
    with Store.open(path) as store:
        comparison = compare(store, None, "2023-06")
    assert [e.text for e in comparison.explanations] == [
        "All four regimes charge the same for June 2023: $0.04"]


def test_only_the_period_is_compared(tmp_path):
    path = scenario_file(tmp_path / "w.waboard", STEPS)
    with Store.open(path) as store:
        comparison = compare(store, None, "2023-06-06")
    # 6 June: the second utility conversation and the marketing one, each joined once.
    assert comparison.totals == {JUNE: MX["utility"] + MX["marketing"],
                                 NOVEMBER: MX["utility"] + MX["marketing"],
                                 PER_MESSAGE: 2 * (MX["utility"] + MX["marketing"]),
                                 OCTOBER: 2 * (MX["utility"] + MX["marketing"])}
    assert len(comparison.explanations) == 2
    assert all("+$" in e.text for e in comparison.explanations)
