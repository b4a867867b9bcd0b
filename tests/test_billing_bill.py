"""Bills for a period, figures computed by hand from rules.md and Mexico's rates."""

from __future__ import annotations

from collections import Counter
from datetime import timedelta
from decimal import Decimal

import pytest

from tests.test_billing_support import (
    MX,
    scenario_file,
    snapshot,
    step,
    template,
    utc,
)
from waboard.billing import bill, compare, parse_period
from waboard.billing.bill import FreeTier
from waboard.clock import ClockSetting
from waboard.rules.instants import parse_instant
from waboard.rules.model import Category, Reason, Regime
from waboard.service import Workspace
from waboard.settings import CLOCK
from waboard.store import Store

SERVICE = Category.SERVICE
FIRST_OF_JULY = utc("2023-07-01T00:00:00")


@pytest.fixture(scope="module")
def tier(tmp_path_factory):
    """1,002 Mexican customers, each writing and answered one minute later, which opens a
    service conversation: 1,000 in June up to the 28th, the 1,001st at 2023-06-30 23:59:59
    and the 1,002nd at 2023-07-01 00:00:00 (June 2023 pricing)."""
    store = Store.open(tmp_path_factory.mktemp("tier") / "tier.waboard")
    CLOCK.write(store, ClockSetting(parse_instant("2023-06-01T00:00:00Z")))
    workspace = Workspace(store)
    with store.transaction():
        for n in range(1002):
            customer = workspace.add_customer(f"Cliente {n}", f"+52 55 {2000 + n:04d} {n:04d}",
                                              key=f"c{n}")
            answered = (utc("2023-06-01T00:01:00") + timedelta(minutes=40 * n) if n < 1000
                        else utc("2023-06-30T23:59:59") if n == 1000 else FIRST_OF_JULY)
            workspace.customer_message(customer, "Hola", at=answered - timedelta(minutes=1))
            workspace.send_text(customer, "¡Hola! ¿En qué te ayudamos?", at=answered)
    yield store
    store.close()


def test_the_1001st_service_conversation_of_the_month_is_charged(tier):
    june = bill(tier, parse_period("2023-06"))
    assert june.as_charged and june.regime is Regime.CBP_2023_06
    [line] = june.lines
    assert (line.market, line.category, line.count, line.charged, line.amount) == (
        "Mexico", SERVICE, 1001, 1, MX["service"])
    assert june.total == Decimal("0.0105")
    assert june.free_tier == (FreeTier("2023-06", 1001),)
    assert (june.free_tier[0].used, june.free_tier[0].beyond) == (1000, 1)
    assert june.free_tier[0].text == "1,000 free service conversations in June 2023: 1,000 used"


def test_the_free_tier_starts_again_at_midnight_utc_on_the_first(tier):
    july = bill(tier, parse_period("2023-07"))
    assert [(x.category, x.count, x.charged, x.amount) for x in july.lines] == [
        (SERVICE, 1, 0, Decimal("0"))]
    assert july.total == 0
    assert july.free_tier == (FreeTier("2023-07", 1),)
    last_day = bill(tier, parse_period("2023-06-30"))
    assert (last_day.count, last_day.total) == (1, Decimal("0.0105"))
    assert last_day.free_tier == (FreeTier("2023-06", 1001),)  # the tier is monthly
    across = bill(tier, utc("2023-06-30T23:59:59"), FIRST_OF_JULY + timedelta(seconds=1))
    assert (across.count, across.total) == (2, Decimal("0.0105"))
    assert across.free_tier == (FreeTier("2023-06", 1001), FreeTier("2023-07", 1))
    assert [d.total for d in across.daily] == [Decimal("0.0105"), Decimal("0")]


def test_service_is_free_from_november_2024_and_per_message(tier):
    november = bill(tier, parse_period("2023-06"), regime="cbp-2024-11")
    assert not november.as_charged
    assert (november.count, november.total, november.free_tier) == (1001, 0, ())
    per_message = bill(tier, parse_period("2023-06"), regime=Regime.PMP_2025_07)
    assert per_message.unit == "messages"
    assert (per_message.count, per_message.total) == (1001, 0)


def test_the_comparison_explains_the_free_tier(tier):
    before = snapshot(tier)
    comparison = compare(tier, None, "2023-06")
    assert comparison.totals == {Regime.CBP_2023_06: Decimal("0.0105"),
                                 Regime.CBP_2024_11: Decimal("0"),
                                 Regime.PMP_2025_07: Decimal("0"),
                                 Regime.PMP_2026_10: Decimal("0.0266")}
    assert [e.text for e in comparison.explanations] == [
        "The first 1,000 service conversations each month were free under June 2023 pricing: "
        "1,000 service conversations here, worth $10.50 at service rates",
        "Service conversations are free from November 2024: -$0.01 (1 service conversation "
        "charged under June 2023 pricing once the month's free tier was used up)",
        "Free-form replies are charged at the utility rate from October 2026 (reported), "
        "after 1,000 free a month: +$0.03 (1 reply)",
    ]
    assert comparison.explanations[0].amount == Decimal("-10.5000")
    assert snapshot(tier) == before


def test_as_charged_counts_what_the_conversations_table_holds(tmp_path):
    path = scenario_file(tmp_path / "w.waboard", [
        template("2023-06-05T09:00:00Z", "spring_sale"),
        step("2023-06-05T10:00:00Z", "customer_message", text="¿Y envío?"),
        step("2023-06-05T10:01:00Z", "send_text", text="Gratis"),
        template("2023-06-05T10:02:00Z", "order_update"),
        step("2023-06-07T10:00:00Z", "customer_message", text="Gracias"),
        step("2023-06-07T10:01:00Z", "send_text", text="¡A ti!"),
    ])
    with Store.open(path) as store:
        june = bill(store, parse_period("2023-06"))
        opened = Counter(c.category for _, c in store.conversations())
    assert {c: line.count for c, line in june.by_category().items() if line.count} == opened
    assert opened == {Category.MARKETING: 1, Category.UTILITY: 1, SERVICE: 1}
    assert june.total == MX["marketing"] + MX["utility"]
    assert june.customers[0].name == "Ana López"
    assert june.customers[0].amount == june.total
    assert [(t.name, t.category, t.sent, t.amount) for t in june.templates] == [
        ("spring_sale", Category.MARKETING, 1, MX["marketing"]),
        ("order_update", Category.UTILITY, 1, MX["utility"]),
    ]


def test_month_boundary_in_utc(tmp_path):
    path = scenario_file(tmp_path / "w.waboard", [
        template("2023-06-30T23:59:59Z", "spring_sale"),
        template("2023-07-01T00:00:00Z", "order_update"),
    ])
    with Store.open(path) as store:
        june, july = bill(store, parse_period("2023-06")), bill(store, parse_period("2023-07"))
        assert [(x.category, x.amount) for x in june.lines] == [
            (Category.MARKETING, MX["marketing"])]
        assert [(x.category, x.amount) for x in july.lines] == [
            (Category.UTILITY, MX["utility"])]
        assert bill(store, parse_period("2023-06-30")).total == MX["marketing"]
        assert bill(store, parse_period("2023-07-01")).total == MX["utility"]
        assert bill(store, parse_period("2023-07"), regime="pmp-2025-07").total == MX["utility"]


FREE_ENTRY_STEPS = [
    step("2023-06-05T09:00:00Z", "customer_message", text="Vi el anuncio", referral="ctwa_ad"),
    step("2023-06-05T09:05:00Z", "send_text", text="¡Bienvenida!"),
    template("2023-06-06T10:00:00Z", "spring_sale"),  # window closed, entry point open: free
    template("2023-06-08T09:05:00Z", "order_update"),  # the 72 hours are over: charged
    step("2023-06-10T09:00:00Z", "customer_message", text="Botón", referral="page_cta"),
    step("2023-06-11T09:00:00Z", "send_text", text="Tarde"),  # window closed: 131047
    step("2023-06-12T09:00:00Z", "customer_message", text="¿Hola?"),
    step("2023-06-12T09:01:00Z", "send_text", text="Hola"),  # a service conversation
    step("2023-06-12T09:02:00Z", "send_template", template="no_such", language="es_MX"),
]


@pytest.mark.parametrize("pricing", ["cbp-2023-06", "pmp-2025-07"])
def test_free_entry_points_and_refusals(tmp_path, pricing):
    path = scenario_file(tmp_path / "w.waboard", FREE_ENTRY_STEPS, pricing=pricing)
    with Store.open(path) as store:
        june = bill(store, parse_period("2023-06"))
    assert june.entry_points == 1
    assert june.refused == {Reason.WINDOW_CLOSED: 1, Reason.TEMPLATE_NOT_FOUND: 1}
    assert june.total == MX["utility"]
    counts = {c: (x.count, x.charged) for c, x in june.by_category().items() if x.count}
    if pricing == "cbp-2023-06":
        assert counts == {Category.UTILITY: (1, 1), SERVICE: (1, 0),
                          Category.FREE_ENTRY_POINT: (1, 0)}
    else:  # per message: both messages of the entry point are counted, free
        assert counts == {Category.UTILITY: (1, 1), SERVICE: (1, 0),
                          Category.FREE_ENTRY_POINT: (2, 0)}
    assert [t.refused for t in june.templates if t.name == "no_such"] == [1]


def test_utility_inside_the_window_is_free_per_message(tmp_path):
    path = scenario_file(tmp_path / "w.waboard", [
        step("2023-06-05T09:00:00Z", "customer_message", text="Hola"),
        template("2023-06-05T09:02:00Z", "order_update"),  # inside the window: free
        template("2023-06-06T15:00:00Z", "order_update"),  # outside: charged
        template("2023-06-06T15:01:00Z", "order_update"),  # outside: charged again
    ], pricing="pmp-2025-07")
    with Store.open(path) as store:
        june = bill(store, parse_period("2023-06"))
        as_conversations = bill(store, parse_period("2023-06"), regime="cbp-2023-06")
    [line] = june.lines
    assert (line.category, line.count, line.charged, line.amount) == (
        Category.UTILITY, 3, 2, 2 * MX["utility"])
    assert june.free_tier == ()
    # Conversation pricing: one utility conversation at 09:02, a second at 15:00 the next day.
    [line] = as_conversations.lines
    assert (line.count, line.charged, line.amount) == (2, 2, 2 * MX["utility"])


def test_bill_of_an_empty_period(tmp_path):
    path = scenario_file(tmp_path / "w.waboard", [template("2023-06-05T09:00:00Z",
                                                           "spring_sale")])
    with Store.open(path) as store:
        empty = bill(store, parse_period("2024-01"))
    assert (empty.lines, empty.total, empty.count, empty.refused) == ((), 0, 0, {})
    assert len(empty.daily) == 31
    assert empty.free_tier == (FreeTier("2024-01", 0),)


def test_bill_needs_an_end_or_a_period(tmp_path):
    path = scenario_file(tmp_path / "w.waboard", [])
    with Store.open(path) as store, pytest.raises(ValueError, match="needs an end"):
        bill(store, utc("2023-06-01T00:00:00"))
