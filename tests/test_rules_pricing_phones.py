"""Rate cards and markets, phone numbers, and instants and durations as text."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta, timezone
from decimal import Decimal

import pytest

from waboard.rules.instants import (
    format_duration,
    format_instant,
    parse_duration,
    parse_instant,
    to_second,
)
from waboard.rules.model import Category
from waboard.rules.phones import PhoneError, format_phone, normalize_phone
from waboard.rules.pricing import (
    OTHER,
    RateCard,
    RateCardError,
    country_name,
    parse_amount,
    parse_rate_card,
    phone_region,
)

HEADER = "market,regions,marketing,utility,authentication,service,currency,effective,source"
CARD_CSV = f"""{HEADER}
Mexico,MX,0.0436,0.0100,0.0239,0.0088,USD,2023-06-01,Meta rate card
North America,US CA,0.0250,0.0040,0.0135,0.0088,USD,2023-06-01,Meta rate card
Rest of Latin America,,0.0740,0.0113,0.0445,0.0318,USD,2023-06-01,Meta rate card
Other,,0.0604,0.0077,0.0360,0.0190,USD,2023-06-01,Meta rate card
"""
GROUPS = {"GT": "Rest of Latin America", "CR": "Rest of Latin America"}


def card() -> RateCard:
    return parse_rate_card(CARD_CSV, GROUPS)


def rates(
    marketing: str, utility: str = "0", authentication: str = "0", service: str = "0"
) -> dict[Category, Decimal]:
    return {
        Category.MARKETING: Decimal(marketing),
        Category.UTILITY: Decimal(utility),
        Category.AUTHENTICATION: Decimal(authentication),
        Category.SERVICE: Decimal(service),
    }


# parse_rate_card


def test_parse_rate_card_rows() -> None:
    parsed = card()
    assert [row.market for row in parsed.rows] == [
        "Mexico",
        "North America",
        "Rest of Latin America",
        "Other",
    ]
    mexico = parsed.rows[0]
    assert mexico.regions == frozenset({"MX"})
    assert mexico.rates == rates("0.0436", "0.0100", "0.0239", "0.0088")
    assert all(isinstance(v, Decimal) for v in mexico.rates.values())
    assert (mexico.currency, mexico.effective, mexico.source) == (
        "USD",
        "2023-06-01",
        "Meta rate card",
    )
    assert parsed.rows[1].regions == frozenset({"US", "CA"})
    assert parsed.rows[2].regions == frozenset()
    assert mexico.rate(Category.UTILITY) == Decimal("0.0100")
    assert mexico.rate(Category.FREE_ENTRY_POINT) == Decimal("0")


def test_parse_rate_card_defaults_currency() -> None:
    parsed = parse_rate_card(f"{HEADER}\nOther,,1,2,3,4,,,\n")
    assert parsed.rows[0].currency == "USD"


@pytest.mark.parametrize(
    ("text", "message"),
    [
        (
            "market,regions,marketing\nOther,,1\n",
            "line 1: missing column(s) utility, authentication, service, currency, effective, "
            "source",
        ),
        ("", "line 1: missing column(s)"),
        (f"{HEADER}\n", "the rate card has no rows"),
        (f"{HEADER}\n,MX,1,1,1,1,USD,,\n", "line 2, column market: empty"),
        (
            f"{HEADER}\nOther,,1,1,1,1,USD,,\nOther,,1,1,1,1,USD,,\n",
            "line 3, column market: 'Other' appears twice",
        ),
        (
            f"{HEADER}\nOther,,1,abc,1,1,USD,,\n",
            "line 2, column utility: 'abc' is not a decimal amount",
        ),
        (
            f"{HEADER}\nMexico,MX,1,1,1,1,USD,,\nOther,,1,1,-0.5,1,USD,,\n",
            "line 3, column authentication: '-0.5' is not a non-negative amount",
        ),
        (
            f"{HEADER}\nOther,,NaN,1,1,1,USD,,\n",
            "line 2, column marketing: 'NaN' is not a non-negative amount",
        ),
        (
            f"{HEADER}\nOther,,Infinity,1,1,1,USD,,\n",
            "line 2, column marketing: 'Infinity' is not a non-negative amount",
        ),
        (f"{HEADER}\nOther,,1,1\n", "line 2, column authentication: expected a decimal string"),
    ],
)
def test_parse_rate_card_errors(text: str, message: str) -> None:
    with pytest.raises(RateCardError) as error:
        parse_rate_card(text)
    assert str(error.value).startswith(message)


def test_a_blank_rate_is_no_sourced_rate() -> None:
    row = parse_rate_card(f"{HEADER}\nOther,,1,1,1,,USD,,\n").rows[0]
    assert Category.SERVICE not in row.rates and row.rates[Category.MARKETING] == 1


def test_parse_amount() -> None:
    assert parse_amount(" 0.0436 ", "here") == Decimal("0.0436")
    assert parse_amount("0", "here") == Decimal("0")
    with pytest.raises(RateCardError, match="^here: expected a decimal string, got 0.5"):
        parse_amount(0.5, "here")
    with pytest.raises(RateCardError, match="^here: '1,5' is not a decimal amount"):
        parse_amount("1,5", "here")


# RateCard.for_region


def test_for_region_uses_the_own_row() -> None:
    assert card().for_region("MX").market == "Mexico"
    assert card().for_region("US").market == "North America"
    assert card().for_region("CA").market == "North America"


def test_for_region_falls_back_to_the_regional_group() -> None:
    row = card().for_region("GT")
    assert row.market == "Rest of Latin America"
    assert row.rate(Category.MARKETING) == Decimal("0.0740")
    assert card().for_region("CR").market == "Rest of Latin America"


def test_for_region_falls_back_to_other() -> None:
    assert card().for_region("JP").market == OTHER
    assert card().for_region("").market == OTHER


def test_for_region_with_a_group_missing_from_the_card_falls_back_to_other() -> None:
    parsed = parse_rate_card(CARD_CSV, {"KE": "Rest of Africa"})
    assert parsed.for_region("KE").market == OTHER


def test_for_region_without_other_row() -> None:
    parsed = parse_rate_card(f"{HEADER}\nMexico,MX,1,1,1,1,USD,,\n")
    assert parsed.for_region("MX").market == "Mexico"
    with pytest.raises(RateCardError, match="no row for JP"):
        parsed.for_region("JP")
    with pytest.raises(RateCardError, match="no row for unknown region"):
        parsed.for_region("")


# RateCard.with_overrides


def test_overrides_for_a_region_without_its_own_row() -> None:
    overridden = card().with_overrides({"GT": rates("1.5")})
    row = overridden.for_region("GT")
    assert row.rate(Category.MARKETING) == Decimal("1.5")
    assert row.market == "Guatemala"
    assert row.source == "scenario"
    # Other countries keep the card's rows and groups.
    assert overridden.for_region("CR").market == "Rest of Latin America"
    assert overridden.for_region("JP").market == OTHER
    assert overridden.for_region("MX").market == "Mexico"


def test_overrides_replace_a_region_with_its_own_row() -> None:
    overridden = card().with_overrides({"MX": rates("0.5", "0.1", "0.2", "0.3")})
    row = overridden.for_region("MX")
    assert row.rates == rates("0.5", "0.1", "0.2", "0.3")
    assert row.source == "scenario"


def test_star_overrides_every_other_region() -> None:
    overridden = card().with_overrides({"MX": rates("0.5"), "*": rates("0.9")})
    assert overridden.for_region("MX").rate(Category.MARKETING) == Decimal("0.5")
    for region in ("US", "GT", "JP", ""):
        assert overridden.for_region(region).rate(Category.MARKETING) == Decimal("0.9")
    assert overridden.for_region("JP").market == OTHER


def test_star_alone_overrides_everything() -> None:
    overridden = card().with_overrides({"*": rates("0.9", "0.8")})
    for region in ("MX", "US", "GT", "JP"):
        row = overridden.for_region(region)
        assert row.rate(Category.MARKETING) == Decimal("0.9")
        assert row.rate(Category.UTILITY) == Decimal("0.8")


def test_overrides_leave_the_original_card_alone() -> None:
    original = card()
    original.with_overrides({"*": rates("0.9")})
    assert original.for_region("JP").rate(Category.MARKETING) == Decimal("0.0604")


# Markets from phone numbers


@pytest.mark.parametrize(
    ("e164", "region"),
    [
        ("+525512345678", "MX"),
        ("+14155552671", "US"),
        ("+442079460958", "GB"),
        ("+5511912345678", "BR"),
        ("+919876543210", "IN"),
        ("+50222345678", "GT"),
        ("nonsense", ""),
        ("+999123", ""),
    ],
)
def test_phone_region(e164: str, region: str) -> None:
    assert phone_region(e164) == region


def test_country_name() -> None:
    assert country_name("MX") == "Mexico"
    assert country_name("GB") == "United Kingdom"
    assert country_name("XX") == "XX"


# normalize_phone


@pytest.mark.parametrize(
    ("text", "e164", "region"),
    [
        ("+52 1 55 1234 5678", "+525512345678", "MX"),
        ("+52 55 1234 5678", "+525512345678", "MX"),
        ("+5215512345678", "+525512345678", "MX"),
        ("+1 (415) 555-2671", "+14155552671", "US"),
        ("+1 416 555 0199", "+14165550199", "CA"),
        ("+44 20 7946 0958", "+442079460958", "GB"),
        ("0044 20 7946 0958", "+442079460958", "GB"),
        ("+49 30 901820", "+4930901820", "DE"),
        ("+55 11 91234-5678", "+5511912345678", "BR"),
        ("+91 98765 43210", "+919876543210", "IN"),
        ("+234 803 123 4567", "+2348031234567", "NG"),
        ("+33 6 12 34 56 78", "+33612345678", "FR"),
        ("  +81 90-1234-5678  ", "+819012345678", "JP"),
    ],
)
def test_normalize_valid_numbers(text: str, e164: str, region: str) -> None:
    assert normalize_phone(text) == (e164, region)


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("", "Enter a phone number, with + and the country code"),
        ("   ", "Enter a phone number, with + and the country code"),
        ("+1 555 CALL NOW", "'+1 555 CALL NOW' contains letters"),
        ("5512345678", "'5512345678' has no country code: start with + and the country code"),
        ("(415) 555-2671", "'(415) 555-2671' has no country code"),
        ("+52 55 12", "'+52 55 12' is too short for Mexico"),
        ("+1 415 555 26712", "'+1 415 555 26712' is too long for"),
        ("+52 00 0000 0000", "'+52 00 0000 0000' is not a valid number for Mexico"),
        ("+1 011 111 1111", "'+1 011 111 1111' is not a valid number for country code +1"),
        ("+999 1234567", "'+999 1234567' is not a phone number: unknown country code"),
        ("+49 1", "'+49 1' is not a phone number: too short"),
        ("+", "'+' is not a phone number"),
    ],
)
def test_normalize_rejects_with_a_specific_message(text: str, message: str) -> None:
    with pytest.raises(PhoneError) as error:
        normalize_phone(text)
    assert str(error.value).startswith(message)


def test_phone_error_is_a_value_error() -> None:
    assert issubclass(PhoneError, ValueError)


def test_format_phone() -> None:
    assert format_phone("+525512345678") == "+52 55 1234 5678"
    assert format_phone("+14155552671") == "+1 415-555-2671"
    assert format_phone("not a number") == "not a number"


# Instants and durations


def test_parse_instant() -> None:
    expected = datetime(2023, 6, 5, 9, 0, tzinfo=UTC)
    assert parse_instant("2023-06-05T09:00:00Z") == expected
    assert parse_instant(" 2023-06-05T09:00:00 ") == expected  # naive is UTC
    assert parse_instant("2023-06-05T11:00:00+02:00") == expected
    assert parse_instant("2023-06-05T09:00:00+02:00") == expected - timedelta(hours=2)
    assert parse_instant("2023-06-05T11:00:00+02:00").tzinfo == UTC


@pytest.mark.parametrize("text", ["", "yesterday", "2023-13-01T00:00:00Z", "2023-06-05T25:00"])
def test_parse_instant_errors(text: str) -> None:
    with pytest.raises(ValueError):
        parse_instant(text)


def test_format_instant() -> None:
    at = datetime(2023, 6, 5, 9, 0, 7, 999_999, tzinfo=UTC)
    assert format_instant(at) == "2023-06-05T09:00:07Z"
    plus2 = timezone(timedelta(hours=2))
    assert format_instant(datetime(2023, 6, 5, 11, 0, tzinfo=plus2)) == "2023-06-05T09:00:00Z"
    assert parse_instant(format_instant(at)) == at.replace(microsecond=0)


def test_to_second() -> None:
    plus2 = timezone(timedelta(hours=2))
    at = datetime(2023, 6, 5, 11, 0, 1, 900_000, tzinfo=plus2)
    assert to_second(at) == datetime(2023, 6, 5, 9, 0, 1, tzinfo=UTC)
    assert to_second(at).tzinfo == UTC


@pytest.mark.parametrize(
    ("text", "span"),
    [
        ("30s", timedelta(seconds=30)),
        ("5m", timedelta(minutes=5)),
        ("25h", timedelta(hours=25)),
        ("2d", timedelta(days=2)),
        ("1h30m", timedelta(hours=1, minutes=30)),
        ("1d2h3m4s", timedelta(days=1, hours=2, minutes=3, seconds=4)),
        (" 72h ", timedelta(hours=72)),
        ("0s", timedelta(0)),
    ],
)
def test_parse_duration(text: str, span: timedelta) -> None:
    assert parse_duration(text) == span


@pytest.mark.parametrize("text", ["", "5", "h", "1x", "1h 30m", "30m1h", "-5m", "1.5h", "5M"])
def test_parse_duration_errors(text: str) -> None:
    with pytest.raises(ValueError, match="is not a duration"):
        parse_duration(text)


def test_parse_duration_rejects_non_text() -> None:
    with pytest.raises(ValueError, match="is not a duration"):
        parse_duration(5)  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("span", "text"),
    [
        (timedelta(days=2, hours=3, minutes=59), "2d 3h"),
        (timedelta(hours=3, minutes=5), "3h 05m"),
        (timedelta(hours=24), "1d 0h"),
        (timedelta(minutes=4, seconds=9), "4m 09s"),
        (timedelta(seconds=12), "12s"),
        (timedelta(0), "0s"),
        (timedelta(seconds=59, microseconds=999_999), "59s"),
        (timedelta(seconds=-12), "-12s"),
        (-timedelta(hours=1, minutes=2), "-1h 02m"),
    ],
)
def test_format_duration(span: timedelta, text: str) -> None:
    assert format_duration(span) == text


def test_duration_round_trip() -> None:
    assert format_duration(parse_duration("1h30m")) == "1h 30m"
    assert format_duration(parse_duration("2d5h")) == "2d 5h"
    assert format_duration(parse_duration("45s")) == "45s"
