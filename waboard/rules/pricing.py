"""Markets and rate cards: what a conversation or message of a category costs where."""

from __future__ import annotations

import csv
import io
from collections.abc import Mapping
from dataclasses import dataclass, field
from decimal import Decimal, InvalidOperation

import phonenumbers
from phonenumbers import geocoder

from .model import PRICED_CATEGORIES, Bands, Category

OTHER = "Other"
RATE_CARD_COLUMNS = (
    "market", "regions", "marketing", "utility", "authentication", "service",
    "currency", "effective", "source",
)
OPTIONAL_COLUMNS = ("authentication_international",)
"""A column a card may leave out. A blank rate cell is no sourced rate for that category."""
WIDE_CATEGORIES = (*PRICED_CATEGORIES, Category.AUTHENTICATION_INTERNATIONAL)
MAX_RATE_CARD_CHARS = 16 * 1024 * 1024
MAX_AMOUNT = Decimal(1000)
"""The most any one rate may be, in USD: real rates are cents; far larger ones are typos."""


class RateCardError(ValueError):
    """A rate card that cannot be used, with the line and column at fault."""


@dataclass(frozen=True, slots=True)
class MarketRates:
    """One rate card row: a market's rate per priced category (the list rate), and the
    volume-tier bands of the categories that have them."""

    market: str
    rates: Mapping[Category, Decimal]
    regions: frozenset[str] = frozenset()
    currency: str = "USD"
    effective: str = ""
    source: str = ""
    tiers: Mapping[Category, Bands] = field(default_factory=dict)

    def rate(self, category: Category) -> Decimal:
        return self.rates.get(category, Decimal("0"))


@dataclass(frozen=True)
class RateCard:
    """Rate rows, with each country's regional group for countries without a row."""

    rows: tuple[MarketRates, ...]
    groups: Mapping[str, str] = field(default_factory=dict)

    def __post_init__(self) -> None:
        # The first row naming a region or market wins: overrides come first.
        by_region = {region: row for row in reversed(self.rows) for region in row.regions}
        by_market = {row.market: row for row in reversed(self.rows)}
        object.__setattr__(self, "_by_region", by_region)
        object.__setattr__(self, "_by_market", by_market)

    def for_region(self, region: str) -> MarketRates:
        """The row for a country: its own, else its regional group's, else Other."""
        row = self._by_region.get(region)  # type: ignore[attr-defined]
        if row is None:
            group = self.groups.get(region, OTHER)
            row = self._by_market.get(group) or self._by_market.get(OTHER)  # type: ignore[attr-defined]
        if row is None:
            raise RateCardError(f"the rate card has no row for {region or 'unknown region'}")
        return row

    def _own_market(self, region: str) -> str:
        """The name of a region's own row here ("North America" for US), else its country's
        name (a region priced by a regional group keeps its own name when overridden)."""
        row = self._by_region.get(region)  # type: ignore[attr-defined]
        return row.market if row is not None else country_name(region)

    def with_overrides(
        self, overrides: Mapping[str, Mapping[Category, Decimal]],
        tiers: Mapping[str, Mapping[Category, Bands]] | None = None, currency: str = "USD",
    ) -> RateCard:
        """A card where the given regions (and `*` for all others) use the given rates (and
        volume-tier bands), in `currency`."""
        bands = tiers or {}
        rows = [
            MarketRates(self._own_market(region), rates, frozenset({region}), currency,
                        source="scenario", tiers=bands.get(region, {}))
            for region, rates in overrides.items()
            if region != "*"
        ]
        if "*" in overrides:
            rows.append(MarketRates(OTHER, overrides["*"], currency=currency, source="scenario",
                                    tiers=bands.get("*", {})))
            return RateCard(tuple(rows))
        return RateCard(tuple(rows) + self.rows, self.groups)


def parse_rate_card(text: str, groups: Mapping[str, str] | None = None) -> RateCard:
    """Read a rate card CSV (header: RATE_CARD_COLUMNS). Raises RateCardError."""
    if len(text) > MAX_RATE_CARD_CHARS:
        raise RateCardError(f"the rate card is {len(text):,} characters, over the "
                            f"{MAX_RATE_CARD_CHARS:,} limit")
    try:
        return _read_rate_card(text, groups)
    except csv.Error as error:
        raise RateCardError(f"not a readable CSV file ({error})") from None


def _read_rate_card(text: str, groups: Mapping[str, str] | None) -> RateCard:
    reader = csv.DictReader(io.StringIO(text))
    missing = [c for c in RATE_CARD_COLUMNS if c not in (reader.fieldnames or ())]
    if missing:
        raise RateCardError(f"line 1: missing column(s) {', '.join(missing)}")
    allowed = (*RATE_CARD_COLUMNS, *OPTIONAL_COLUMNS)
    unknown = [c for c in reader.fieldnames or () if c not in allowed]
    if unknown:
        raise RateCardError(f"line 1: unknown column(s) {', '.join(map(repr, unknown))}; "
                            f"the columns are {', '.join(RATE_CARD_COLUMNS)}")
    rows = []
    seen: set[str] = set()
    for line, raw in enumerate(reader, start=2):
        if None in raw:
            raise RateCardError(f"line {line}: more values than the {len(reader.fieldnames)} "
                                "columns (a comma too many, or a value needing quotes?)")
        market = (raw["market"] or "").strip()
        if not market:
            raise RateCardError(f"line {line}, column market: empty")
        if market in seen:
            raise RateCardError(f"line {line}, column market: {market!r} appears twice")
        seen.add(market)
        # A blank cell is no sourced rate; a missing one (a short row) is an error.
        rates = {c: parse_amount(raw[c.value], f"line {line}, column {c.value}")
                 for c in WIDE_CATEGORIES
                 if (c in PRICED_CATEGORIES and raw[c.value] is None)
                 or (raw.get(c.value) or "").strip()}
        rows.append(MarketRates(
            market, rates, frozenset((raw["regions"] or "").split()),
            (raw["currency"] or "USD").strip(), (raw["effective"] or "").strip(),
            (raw["source"] or "").strip(),
        ))
    if not rows:
        raise RateCardError("the rate card has no rows")
    return RateCard(tuple(rows), dict(groups or {}))


def parse_amount(text: object, where: str) -> Decimal:
    """A non-negative decimal amount from text; RateCardError naming `where` otherwise."""
    if not isinstance(text, str):
        raise RateCardError(f"{where}: expected a decimal string, got {text!r}")
    try:
        amount = Decimal(text.strip())
    except InvalidOperation:
        raise RateCardError(f"{where}: {text!r} is not a decimal amount") from None
    if not amount.is_finite() or amount < 0:
        raise RateCardError(f"{where}: {text!r} is not a non-negative amount")
    if amount > MAX_AMOUNT:
        raise RateCardError(f"{where}: {text!r} is over {MAX_AMOUNT}, more than any rate")
    return amount


def phone_region(e164: str) -> str:
    """The ISO 3166 region of an E.164 number, or '' when unknown."""
    try:
        number = phonenumbers.parse(e164, None)
    except phonenumbers.NumberParseException:
        return ""
    return phonenumbers.region_code_for_number(number) or ""


def country_name(region: str) -> str:
    """The English name of a region, e.g. 'Mexico' for MX; the code itself if unknown."""
    code = phonenumbers.country_code_for_region(region)
    if not code:
        return region
    example = phonenumbers.example_number(region)
    name = geocoder.country_name_for_number(example, "en") if example else ""
    return name or region
