"""The shape of the dated rate cards and the market map in resources/rates/.

cards.csv: one row per rate, `rate` a decimal as Meta prints it or empty for "no sourced figure
from this date"; markets.csv: which market a region is priced as from a date. See SOURCES.md.
"""

from __future__ import annotations

import csv
import re
from collections import defaultdict
from datetime import date
from pathlib import Path

import phonenumbers
import pytest

RATES = Path(__file__).resolve().parent.parent / "resources" / "rates"
CARD_COLUMNS = [
    "market", "category", "currency", "rate", "effective", "tier_from", "source", "confirmed",
]
MARKET_COLUMNS = ["region", "market", "effective", "source"]
CATEGORIES = {"marketing", "utility", "authentication", "authentication_international", "service"}
TIERED = {"utility", "authentication", "authentication_international"}
# Meta's 16 billing currencies (rules.md, "Currencies").
CURRENCIES = {
    "USD", "AED", "ARS", "AUD", "BRL", "CLP", "COP", "EUR",
    "GBP", "IDR", "INR", "MXN", "MYR", "PEN", "SAR", "SGD",
}
# Rates change only on quarter starts from per-message pricing on; before it Meta also
# changed rates on these days (the 2023 card, the 2024 cuts, authentication-international in 2025).
PMP_START = date(2025, 7, 1)
EARLIER_CHANGE_DAYS = {date(2023, 6, 1), date(2024, 6, 1), date(2024, 7, 1), date(2024, 8, 1),
                       date(2024, 10, 1), date(2025, 2, 1), date(2025, 4, 1)}
DECIMAL = re.compile(r"^\d+\.\d{1,6}$")
URL = re.compile(r"https?://\S+")


def read(name: str, columns: list[str]) -> list[dict[str, str]]:
    with (RATES / name).open(newline="", encoding="utf-8") as handle:
        reader = csv.DictReader(handle)
        assert reader.fieldnames == columns
        return list(reader)


@pytest.fixture(scope="module")
def cards() -> list[dict[str, str]]:
    return read("cards.csv", CARD_COLUMNS)


@pytest.fixture(scope="module")
def markets() -> list[dict[str, str]]:
    return read("markets.csv", MARKET_COLUMNS)


def effective(row: dict[str, str]) -> date:
    return date.fromisoformat(row["effective"])


def test_every_card_row_is_well_formed(cards):
    for row in cards:
        where = f"{row['market']} {row['category']} {row['currency']} {row['effective']}"
        assert row["category"] in CATEGORIES, where
        assert row["currency"] in CURRENCIES, where
        assert row["confirmed"] in {"yes", "no"}, where
        assert row["market"].strip() == row["market"] and row["market"], where
        day = effective(row)
        quarter_start = day.day == 1 and day.month in {1, 4, 7, 10}
        assert (day >= PMP_START and quarter_start) or day in EARLIER_CHANGE_DAYS, where
        assert row["tier_from"].isdigit() and int(row["tier_from"]) >= 1, where


def test_every_rate_is_a_published_decimal_with_its_source(cards):
    for row in cards:
        where = f"{row['market']} {row['category']} {row['currency']} {row['effective']}"
        if row["rate"]:
            assert DECIMAL.match(row["rate"]), where
            assert URL.search(row["source"]) or "stored copy id" in row["source"], where
        else:
            assert row["source"].startswith("no sourced figure: "), where
            assert row["confirmed"] == "no" and row["tier_from"] == "1", where


def test_one_row_per_rate_and_date(cards):
    fields = ("market", "category", "currency", "effective", "tier_from")
    keys = [tuple(row[field] for field in fields) for row in cards]
    assert len(keys) == len(set(keys))


def test_volume_tiers_are_bands_above_a_list_rate(cards):
    bands: dict[tuple[str, str, str, str], list[tuple[int, str]]] = defaultdict(list)
    for row in cards:
        bands[row["market"], row["category"], row["currency"], row["effective"]].append(
            (int(row["tier_from"]), row["rate"]))
    for key, rows in bands.items():
        starts = sorted(start for start, _ in rows)
        assert starts[0] == 1, key
        if len(starts) > 1:
            assert key[1] in TIERED, key
            rates = [float(rate) for _, rate in sorted(rows)]
            assert rates == sorted(rates, reverse=True), key


def test_the_required_cards_are_present(cards):
    dates = {(r["currency"], r["effective"]) for r in cards if r["rate"]}
    for day in ("2025-07-01", "2025-10-01", "2026-01-01", "2026-04-01", "2026-07-01", "2026-10-01"):
        assert ("USD", day) in dates, day
    for currency in ("INR", "BRL", "EUR"):
        assert any(c == currency and d <= "2026-10-01" for c, d in dates), currency
    usd = [r for r in cards if r["currency"] == "USD"]
    assert len({r["market"] for r in usd if r["effective"] == "2026-10-01"}) == 47


def test_every_region_is_mapped_from_june_2023(markets):
    first = {r["region"] for r in markets if r["effective"] == "2023-06-01"}
    assert {phonenumbers.region_code_for_country_code(code) for code in
            phonenumbers.COUNTRY_CODE_TO_REGION_CODE} - {"001", "ZZ"} <= first
    for row in markets:
        assert URL.search(row["source"]), row
        day = date.fromisoformat(row["effective"])
        assert day.day == 1, row


def test_every_mapped_market_has_usd_rates(markets, cards):
    rated = {r["market"] for r in cards if r["currency"] == "USD" and r["rate"]}
    for row in markets:
        assert row["market"] in rated, row


def test_the_dated_market_changes(markets):
    def market_on(region: str, day: str) -> str:
        rows = [r for r in markets if r["region"] == region and r["effective"] <= day]
        return max(rows, key=lambda r: r["effective"])["market"]

    assert market_on("ZW", "2025-09-30") == "Other"
    assert market_on("ZW", "2025-10-01") == "Rest of Africa"
    assert market_on("SG", "2026-06-30") == "Rest of Asia Pacific"
    assert market_on("SG", "2026-07-01") == "Singapore"
    assert market_on("KZ", "2026-09-30") == "Other"
    assert market_on("KZ", "2026-10-01") == "Kazakhstan"
    assert market_on("MX", "2026-10-01") == "Mexico"
