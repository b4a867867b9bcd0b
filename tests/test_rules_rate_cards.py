"""Dated rate cards: the rate in force is the latest sourced one on or before an instant,
in the account's currency; the market of a region by date; no figure is ever guessed."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from decimal import Decimal

import pytest

from waboard.resources import bundled_rates
from waboard.rules.model import Category
from waboard.rules.pricing import RateCardError, parse_rate_card
from waboard.rules.rate_cards import (
    CURRENCIES,
    DatedRateCard,
    parse_cards,
    parse_markets,
    rows_of_card,
)

CARDS = """market,category,currency,rate,effective,tier_from,source,confirmed
Mexico,utility,USD,0.0200,2025-07-01,1,Meta card,yes
Mexico,utility,USD,0.0150,2025-07-01,100001,Meta card,yes
Mexico,utility,USD,0.0085,2025-10-01,1,Meta card,yes
Mexico,marketing,USD,0.0436,2025-07-01,1,Meta card,yes
Mexico,marketing,MXN,0.7800,2026-10-01,1,provider copy,no
Rest of Africa,marketing,USD,0.0379,2025-07-01,1,Meta card,yes
Other,marketing,USD,0.0604,2025-07-01,1,Meta card,yes
"""
MARKETS = """region,market,effective,source
MX,Mexico,2023-06-01,Meta
ZW,Other,2023-06-01,Meta
ZW,Rest of Africa,2025-10-01,Meta card October 2025
"""
SECOND = timedelta(seconds=1)


def day(text: str) -> datetime:
    return datetime.fromisoformat(text).replace(tzinfo=UTC)


@pytest.fixture
def card(tmp_path) -> DatedRateCard:
    (tmp_path / "cards.csv").write_text(CARDS, encoding="utf-8")
    (tmp_path / "markets.csv").write_text(MARKETS, encoding="utf-8")
    return DatedRateCard(parse_cards((tmp_path / "cards.csv").read_text(encoding="utf-8")),
                         parse_markets((tmp_path / "markets.csv").read_text(encoding="utf-8")))


def test_the_rate_in_force_is_the_latest_on_or_before_the_instant(card):
    switch = day("2025-10-01")
    assert card.at(switch - SECOND).for_region("MX").rates[Category.UTILITY] == Decimal("0.0200")
    assert card.at(switch).for_region("MX").rates[Category.UTILITY] == Decimal("0.0085")
    figure = card.figure("Mexico", Category.UTILITY, "USD", switch - SECOND)
    assert figure is not None and figure.row.source == "Meta card" and figure.row.confirmed


def test_bands_of_one_date_are_its_volume_tiers(card):
    row = card.at(day("2025-08-01")).for_region("MX")
    assert row.tiers[Category.UTILITY] == ((1, Decimal("0.0200")), (100001, Decimal("0.0150")))
    assert Category.UTILITY not in card.at(day("2025-10-01")).for_region("MX").tiers


def test_a_region_moves_market_on_its_date(card):
    move = day("2025-10-01")
    assert card.market_of("ZW", move - SECOND) == "Other"
    assert card.market_of("ZW", move) == "Rest of Africa"
    assert card.at(move).for_region("ZW").market == "Rest of Africa"
    assert card.market_of("FR", move) == "Other"


def test_no_sourced_figure_is_said_not_guessed(card):
    when = day("2026-10-15")
    assert card.figure("Mexico", Category.UTILITY, "MXN", when) is None
    mexico = card.at(when, "MXN").for_region("MX")
    assert mexico.currency == "MXN" and mexico.rates == {Category.MARKETING: Decimal("0.7800")}
    assert card.no_figure("Mexico", Category.UTILITY, "MXN", when) == (
        "no sourced figure for Mexico utility in MXN on 2026-10-15")
    assert card.at(day("2025-06-30")).for_region("MX").rates == {}


@pytest.mark.parametrize(("line", "message"), [
    ("Mexico,utility,XYZ,0.01,2025-07-01,1,s,yes", "currency: 'XYZ' is not one of the 16"),
    ("Mexico,premium,USD,0.01,2025-07-01,1,s,yes", "category: 'premium' is not one of"),
    ("Mexico,utility,USD,0.01,2025-13-01,1,s,yes", "effective: '2025-13-01' is not a date"),
    ("Mexico,utility,USD,-1,2025-07-01,1,s,yes", "rate: '-1' is not a non-negative amount"),
    ("Mexico,utility,USD,0.01,2025-07-01,0,s,yes", "tier_from: '0' is not a message number"),
    ("Mexico,utility,USD,0.01,2025-07-01,1,s,maybe", "confirmed: 'maybe' is not yes or no"),
])
def test_a_bad_row_is_refused_naming_line_and_column(line, message):
    header = CARDS.splitlines()[0]
    with pytest.raises(RateCardError, match="^line 2, column " + message.split(":")[0]) as error:
        parse_cards(f"{header}\n{line}\n")
    assert message in str(error.value)


def test_bands_must_start_at_message_one():
    header = CARDS.splitlines()[0]
    rows = parse_cards(f"{header}\nMexico,utility,USD,0.01,2025-07-01,5,s,yes\n")
    with pytest.raises(RateCardError, match="must start at message 1"):
        DatedRateCard(rows, ())


def test_a_users_wide_card_is_dated_by_its_effective_column():
    wide = ("market,regions,marketing,utility,authentication,service,currency,effective,source\n"
            "Mexico,MX,0.0500,0.0100,0.0200,0.0000,EUR,2026-01-01,my card\n"
            "Other,,0.0600,0.0100,0.0200,0.0000,EUR,,my card\n")
    rows, moves = rows_of_card(parse_rate_card(wide))
    card = DatedRateCard(rows, moves)
    assert card.at(day("2026-01-01"), "EUR").for_region("MX").rates[Category.MARKETING] == (
        Decimal("0.0500"))
    before = card.at(day("2025-12-31"), "EUR").for_region("MX")  # its own row not yet
    assert (before.market, before.rates[Category.MARKETING]) == ("Other", Decimal("0.0600"))
    assert card.at(day("2020-01-01"), "EUR").for_region("FR").rates[Category.MARKETING] == (
        Decimal("0.0600"))


def test_the_bundled_cards_read_and_their_currencies_are_billing_currencies():
    bundled = bundled_rates()
    assert set(bundled.currencies) <= set(CURRENCIES)
    june = bundled.at(day("2023-06-01"))
    assert june.for_region("MX").market == "Mexico"
    assert june.for_region("MX").rates[Category.MARKETING] == Decimal("0.0436")
    assert bundled.market_of("ZW", day("2025-10-01")) == "Rest of Africa"
