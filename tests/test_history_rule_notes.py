"""The notes the rules by date leave in a chat and in the activity log."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from decimal import Decimal

from waboard.history.rule_notes import customer_notes, workspace_notes
from waboard.rules.model import Category
from waboard.rules.pricing import MarketRates, RateCard
from waboard.rules.regimes import Confidence, Regime

OCT_2026 = datetime(2026, 10, 1, tzinfo=UTC)
SECOND = timedelta(seconds=1)


def rates_at(at: datetime) -> RateCard:
    """Mexico's utility goes from 0.0200 to 0.0100 on 1 Oct 2026; Zimbabwe joins Rest of
    Africa on 1 Oct 2025; India has no utility figure."""
    utility = Decimal("0.0100") if at >= OCT_2026 else Decimal("0.0200")
    zimbabwe_moved = at >= datetime(2025, 10, 1, tzinfo=UTC)
    return RateCard((
        MarketRates("Mexico", {Category.UTILITY: utility, Category.MARKETING: Decimal("0.03")},
                    frozenset({"MX"})),
        MarketRates("India", {Category.MARKETING: Decimal("0.01")}, frozenset({"IN"})),
        MarketRates("Rest of Africa", {Category.UTILITY: Decimal("0.004")},
                    frozenset({"ZW"} if zimbabwe_moved else set())),
        MarketRates("Other", {Category.UTILITY: Decimal("0.005")}, frozenset()),
    ))


def texts(notes) -> list[str]:
    return [n.text for n in notes]


def test_crossing_october_2026_names_the_free_form_price_of_the_market():
    notes = customer_notes(OCT_2026 - SECOND, OCT_2026, "MX", True, rates_at)
    assert [n.marked for n in notes] == [
        "From 1 Oct 2026 free-form replies cost $0.01 in Mexico after 1,000 a month, and "
        "utility templates inside the window are charged too [reported]"]
    assert notes[0].change.regime is Regime.PMP_2026_10
    assert notes[0].confidence is Confidence.REPORTED


def test_nothing_is_crossed_before_the_second_it_takes_effect():
    assert customer_notes(OCT_2026 - 2 * SECOND, OCT_2026 - SECOND, "MX", True, rates_at) == []
    assert customer_notes(OCT_2026, OCT_2026 + SECOND, "MX", True, rates_at) == []


def test_a_fixed_regime_notes_no_regime_switch():
    assert customer_notes(OCT_2026 - SECOND, OCT_2026, "MX", False, rates_at) == []


def test_a_market_without_a_sourced_figure_says_so():
    notes = customer_notes(OCT_2026 - SECOND, OCT_2026, "IN", True, rates_at)
    assert "cost India's utility rate (no sourced figure) after" in notes[0].text


def test_a_move_to_another_market_is_noted_for_its_customers_only():
    start, end = datetime(2025, 9, 30, tzinfo=UTC), datetime(2025, 10, 2, tzinfo=UTC)
    zimbabwe = texts(customer_notes(start, end, "ZW", True, rates_at))
    assert "From 1 Oct 2025 ZW numbers are priced as Rest of Africa (until then Other)" \
        in zimbabwe
    assert not any("ZW" in t for t in texts(customer_notes(start, end, "MX", True, rates_at)))


def test_a_rate_change_of_the_customers_market_lists_old_and_new():
    def cheaper(at: datetime) -> RateCard:
        card = rates_at(at)
        if at < datetime(2026, 1, 1, tzinfo=UTC):
            return card
        mexico = MarketRates("Mexico", {Category.UTILITY: Decimal("0.0200"),
                                        Category.MARKETING: Decimal("0.025")},
                             frozenset({"MX"}))
        return RateCard((mexico, *card.rows[1:]))

    start = datetime(2025, 12, 31, tzinfo=UTC)
    notes = texts(customer_notes(start, start + timedelta(days=2), "MX", True, cheaper))
    assert "From 1 Jan 2026 Mexico's rates change: marketing $0.03 → $0.025" in notes


def test_the_workspace_note_adds_the_rules_that_are_not_prices():
    start, end = datetime(2025, 3, 31, tzinfo=UTC), datetime(2025, 4, 2, tzinfo=UTC)
    notes = texts(workspace_notes(start, end, ["MX"], True, rates_at))
    assert notes == ["From 1 Apr 2025: Marketing templates to United States numbers are not "
                     "delivered (error 131049); Canada and the other +1 regions are not "
                     "affected."]


def test_the_workspace_note_names_each_market_once():
    notes = workspace_notes(OCT_2026 - SECOND, OCT_2026, ["MX", "IN", "MX"], True, rates_at)
    assert notes[0].text.startswith(
        "From 1 Oct 2026 free-form replies cost India's utility rate (no sourced figure), "
        "$0.01 in Mexico after 1,000 a month")
