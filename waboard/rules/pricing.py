"""Markets and rate cards: what a conversation or message of a category costs where."""

from __future__ import annotations

import csv
import io
from collections.abc import Mapping
from dataclasses import dataclass, field
from decimal import Decimal, InvalidOperation

import phonenumbers

from ..i18n import QT_TRANSLATE_NOOP, translate
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


def card_error(text: str, **values: object) -> RateCardError:
    """A RateCardError with `text` (a "RateCardCheck" source) in the user's language."""
    return RateCardError(translate("RateCardCheck", text).format(**values))


def cell(line: int, column: str) -> str:
    """Where in a card a problem is: "line 3, column rate"."""
    return translate("RateCardCheck", "line {line}, column {column}").format(
        line=line, column=column)


def missing_columns(missing: list[str]) -> RateCardError:
    return card_error(QT_TRANSLATE_NOOP("RateCardCheck", "line 1: missing column(s) {columns}"),
                      columns=", ".join(missing))


def unreadable(error: Exception) -> RateCardError:
    return card_error(QT_TRANSLATE_NOOP("RateCardCheck", "not a readable CSV file ({error})"),
                      error=error)


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
            raise card_error(
                QT_TRANSLATE_NOOP("RateCardCheck", "the rate card has no row for {region}"),
                region=region or translate("RateCardCheck", "unknown region"))
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
        raise card_error(QT_TRANSLATE_NOOP(
            "RateCardCheck", "the rate card is {length} characters, over the {limit} limit"),
            length=f"{len(text):,}", limit=f"{MAX_RATE_CARD_CHARS:,}")
    try:
        return _read_rate_card(text, groups)
    except csv.Error as error:
        raise unreadable(error) from None


def _read_rate_card(text: str, groups: Mapping[str, str] | None) -> RateCard:
    reader = csv.DictReader(io.StringIO(text))
    missing = [c for c in RATE_CARD_COLUMNS if c not in (reader.fieldnames or ())]
    if missing:
        raise missing_columns(missing)
    allowed = (*RATE_CARD_COLUMNS, *OPTIONAL_COLUMNS)
    unknown = [c for c in reader.fieldnames or () if c not in allowed]
    if unknown:
        raise card_error(QT_TRANSLATE_NOOP(
            "RateCardCheck", "line 1: unknown column(s) {unknown}; the columns are {columns}"),
            unknown=", ".join(map(repr, unknown)), columns=", ".join(RATE_CARD_COLUMNS))
    rows = []
    seen: set[str] = set()
    for line, raw in enumerate(reader, start=2):
        if None in raw:
            raise card_error(QT_TRANSLATE_NOOP(
                "RateCardCheck", "line {line}: more values than the {count} columns (a comma "
                "too many, or a value needing quotes?)"), line=line, count=len(reader.fieldnames))
        market = (raw["market"] or "").strip()
        if not market:
            raise card_error(QT_TRANSLATE_NOOP("RateCardCheck", "{where}: empty"),
                             where=cell(line, "market"))
        if market in seen:
            raise card_error(QT_TRANSLATE_NOOP("RateCardCheck", "{where}: {value} appears twice"),
                             where=cell(line, "market"), value=repr(market))
        seen.add(market)
        # A blank cell is no sourced rate; a missing one (a short row) is an error.
        rates = {c: parse_amount(raw[c.value], cell(line, c.value))
                 for c in WIDE_CATEGORIES
                 if (c in PRICED_CATEGORIES and raw[c.value] is None)
                 or (raw.get(c.value) or "").strip()}
        rows.append(MarketRates(
            market, rates, frozenset((raw["regions"] or "").split()),
            (raw["currency"] or "USD").strip(), (raw["effective"] or "").strip(),
            (raw["source"] or "").strip(),
        ))
    if not rows:
        raise card_error(QT_TRANSLATE_NOOP("RateCardCheck", "the rate card has no rows"))
    return RateCard(tuple(rows), dict(groups or {}))


def parse_amount(text: object, where: str) -> Decimal:
    """A non-negative decimal amount from text; RateCardError naming `where` otherwise."""
    if not isinstance(text, str):
        raise card_error(QT_TRANSLATE_NOOP(
            "RateCardCheck", "{where}: expected a decimal string, got {value}"),
            where=where, value=repr(text))
    try:
        amount = Decimal(text.strip())
    except InvalidOperation:
        raise card_error(QT_TRANSLATE_NOOP("RateCardCheck", "{where}: {value} is not a decimal "
                                           "amount"), where=where, value=repr(text)) from None
    if not amount.is_finite() or amount < 0:
        raise card_error(QT_TRANSLATE_NOOP(
            "RateCardCheck", "{where}: {value} is not a non-negative amount"),
            where=where, value=repr(text))
    if amount > MAX_AMOUNT:
        raise card_error(QT_TRANSLATE_NOOP(
            "RateCardCheck", "{where}: {value} is over {limit}, more than any rate"),
            where=where, value=repr(text), limit=MAX_AMOUNT)
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
    from phonenumbers import geocoder  # 0.2 s of loading, for names few runs ask for

    example = phonenumbers.example_number(region)
    name = geocoder.country_name_for_number(example, "en") if example else ""
    return name or region
