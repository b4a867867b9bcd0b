"""Dated rate cards: every rate a dated row with its provenance, and the market map by date.

`cards.csv` (long format, one row per rate: market, category, currency, rate, effective,
tier_from, source, confirmed) and `markets.csv` (region, market, effective, source) are read
into a `DatedRateCard`. The rate in force for a message is the latest row on or before its
instant for its market, category and the account's currency; rows of one effective date with
`tier_from` above 1 are that date's volume-tier bands. Amounts are never converted between
currencies: a currency without a sourced figure gets `no_figure`'s sentence, never a guess.

`DatedRateCard.at(instant, currency)` is the card in force at an instant as a plain
`RateCard` (one `MarketRates` row per market, with its regions and bands), cached per period
between effective dates, which is what the service, the replayer and the views price with.
"""

from __future__ import annotations

import csv
import io
from bisect import bisect_right
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import UTC, date, datetime
from decimal import Decimal

from ..i18n import QT_TRANSLATE_NOOP, translate
from .model import Bands, Category
from .pricing import (
    MAX_RATE_CARD_CHARS,
    OTHER,
    MarketRates,
    RateCard,
    card_error,
    cell,
    missing_columns,
    parse_amount,
    unreadable,
)

CURRENCIES = ("USD", "AED", "ARS", "AUD", "BRL", "CLP", "COP", "EUR", "GBP", "IDR", "INR",
              "MXN", "MYR", "PEN", "SAR", "SGD")
"""The 16 currencies Meta publishes rate cards in (rules.md "Currencies")."""
CARD_COLUMNS = ("market", "category", "currency", "rate", "effective", "tier_from", "source",
                "confirmed")
MARKET_COLUMNS = ("region", "market", "effective", "source")
CARD_CATEGORIES = (Category.MARKETING, Category.UTILITY, Category.AUTHENTICATION,
                   Category.AUTHENTICATION_INTERNATIONAL, Category.SERVICE)
ALWAYS = datetime(1970, 1, 1, tzinfo=UTC)
SERVICE_FREE_FROM = datetime(2024, 11, 1, tzinfo=UTC)
"""From here (cbp-2024-11) Meta's cards print no service rate: older service rows stop."""
SERVICE_GAP = QT_TRANSLATE_NOOP(
    "RateCard", "no sourced figure: service is free from 2024-11-01 and the cards print none")
"""The reason of the gap where an older service rate stops."""
"""The effective instant of a row without a date (a user's card that names none)."""


@dataclass(frozen=True, slots=True)
class RateRow:
    """One rate: a market's category in a currency, from an instant, for one volume band."""

    market: str
    category: Category
    currency: str
    rate: Decimal | None
    """None: a gap row, "no sourced figure from this date" (its source says why)."""
    effective: datetime
    tier_from: int = 1
    source: str = ""
    confirmed: bool = True


@dataclass(frozen=True, slots=True)
class MarketMove:
    """From `effective`, region `region` is priced as market `market`."""

    region: str
    market: str
    effective: datetime
    source: str = ""


def day_instant(text: str, where: str) -> datetime:
    """Midnight UTC of a YYYY-MM-DD date; RateCardError naming `where` otherwise."""
    try:
        day = date.fromisoformat(text.strip())
    except ValueError:
        raise card_error(QT_TRANSLATE_NOOP(
            "RateCardCheck", "{where}: {value} is not a date (YYYY-MM-DD)"),
            where=where, value=repr(text)) from None
    return datetime(day.year, day.month, day.day, tzinfo=UTC)


def _reader(text: str, columns: tuple[str, ...]) -> Iterable[tuple[int, dict[str, str]]]:
    if len(text) > MAX_RATE_CARD_CHARS:
        raise card_error(QT_TRANSLATE_NOOP(
            "RateCardCheck", "the file is {length} characters, over the {limit} limit"),
            length=f"{len(text):,}", limit=f"{MAX_RATE_CARD_CHARS:,}")
    try:
        reader = csv.DictReader(io.StringIO(text))
        missing = [c for c in columns if c not in (reader.fieldnames or ())]
        if missing:
            raise missing_columns(missing)
        for line, raw in enumerate(reader, start=2):
            if None in raw:
                raise card_error(QT_TRANSLATE_NOOP(
                    "RateCardCheck", "line {line}: more values than the {count} columns"),
                    line=line, count=len(columns))
            yield line, {k: (v or "").strip() for k, v in raw.items()}
    except csv.Error as error:
        raise unreadable(error) from None


def parse_cards(text: str) -> tuple[RateRow, ...]:
    """Rate rows from `cards.csv` text (header: CARD_COLUMNS). Raises RateCardError."""
    rows = []
    for line, raw in _reader(text, CARD_COLUMNS):
        if not raw["market"]:
            raise card_error(QT_TRANSLATE_NOOP("RateCardCheck", "{where}: empty"),
                             where=cell(line, "market"))
        try:
            category = Category(raw["category"])
        except ValueError:
            category = None
        if category not in CARD_CATEGORIES:
            raise card_error(QT_TRANSLATE_NOOP(
                "RateCardCheck", "{where}: {value} is not one of {values}"),
                where=cell(line, "category"), value=repr(raw["category"]),
                values=", ".join(c.value for c in CARD_CATEGORIES))
        if raw["currency"] not in CURRENCIES:
            raise card_error(QT_TRANSLATE_NOOP(
                "RateCardCheck", "{where}: {value} is not one of the {count} billing currencies"),
                where=cell(line, "currency"), value=repr(raw["currency"]), count=len(CURRENCIES))
        tier = raw["tier_from"] or "1"
        if not tier.isdigit() or int(tier) < 1:
            raise card_error(QT_TRANSLATE_NOOP(
                "RateCardCheck", "{where}: {value} is not a message number (1, ...)"),
                where=cell(line, "tier_from"), value=repr(tier))
        if raw["confirmed"] not in ("yes", "no"):
            raise card_error(QT_TRANSLATE_NOOP(
                "RateCardCheck", "{where}: {value} is not yes or no"),
                where=cell(line, "confirmed"), value=repr(raw["confirmed"]))
        assert category is not None
        rate = parse_amount(raw["rate"], cell(line, "rate")) if raw["rate"] else None
        rows.append(RateRow(
            raw["market"], category, raw["currency"], rate,
            day_instant(raw["effective"], cell(line, "effective")), int(tier), raw["source"],
            raw["confirmed"] == "yes"))
    return tuple(rows)


def parse_markets(text: str) -> tuple[MarketMove, ...]:
    """The market map by date from `markets.csv` text (header: MARKET_COLUMNS)."""
    moves = []
    for line, raw in _reader(text, MARKET_COLUMNS):
        if not raw["region"] or not raw["market"]:
            raise card_error(QT_TRANSLATE_NOOP(
                "RateCardCheck", "line {line}: region and market must not be empty"), line=line)
        moves.append(MarketMove(raw["region"], raw["market"],
                                day_instant(raw["effective"], cell(line, "effective")),
                                raw["source"]))
    return tuple(moves)


def rows_of_card(card: RateCard) -> tuple[tuple[RateRow, ...], tuple[MarketMove, ...]]:
    """A wide rate card (a user's import: one row per market, its `currency` and `effective`
    columns) as dated rows, and the regions it names as dated moves. A row without an
    effective date applies at any date."""
    rows, moves = [], []
    for market in card.rows:
        where = translate("RateCardCheck", "market {market}, effective").format(
            market=repr(market.market))
        effective = (day_instant(market.effective, where)
                     if market.effective else ALWAYS)
        source = market.source or "imported rate card"
        for category, rate in market.rates.items():
            rows.append(RateRow(market.market, category, market.currency, rate, effective,
                                1, source, True))
        moves += [MarketMove(region, market.market, effective, source)
                  for region in market.regions]
    return tuple(rows), tuple(moves)


@dataclass(frozen=True, slots=True)
class Figure:
    """The rate in force for a market, category and currency at an instant: its bands (the
    first is the list rate) and the row it came from; no bands for a gap (no sourced figure
    from the row's date)."""

    bands: Bands
    row: RateRow

    @property
    def rate(self) -> Decimal:
        return self.bands[0][1]

    @property
    def gap(self) -> bool:
        return not self.bands


class DatedRateCard:
    """Rate rows and market moves, answering for any instant."""

    def __init__(self, rows: Iterable[RateRow], moves: Iterable[MarketMove], *,
                 service_stops: bool = True) -> None:
        """`service_stops`: Meta's cards, where a 2023 service rate ends on 2024-11-01 (a
        user's own card keeps its service rate)."""
        self.rows = tuple(rows)
        self.moves = tuple(moves)
        grouped: dict[tuple[str, Category, str, datetime], list[RateRow]] = defaultdict(list)
        for row in self.rows:
            grouped[(row.market, row.category, row.currency, row.effective)].append(row)
        figures: dict[tuple[str, Category, str], list[tuple[datetime, Figure]]] = (
            defaultdict(list))
        for (market, category, currency, effective), band_rows in grouped.items():
            band_rows.sort(key=lambda r: r.tier_from)
            starts = [r.tier_from for r in band_rows]
            where = translate("RateCardCheck", "{market} {category} in {currency} from {day}"
                              ).format(market=market, category=category.value,
                                       currency=currency, day=f"{effective:%Y-%m-%d}")
            if starts[0] != 1 or len(set(starts)) != len(starts):
                raise card_error(QT_TRANSLATE_NOOP(
                    "RateCardCheck", "{where}: the volume bands must start at message 1, each "
                    "from a different number"), where=where)
            if any(r.rate is None for r in band_rows) and len(band_rows) > 1:
                raise card_error(QT_TRANSLATE_NOOP(
                    "RateCardCheck", "{where}: a row without a rate (no sourced figure) cannot "
                    "have volume bands"), where=where)
            bands = tuple((r.tier_from, r.rate) for r in band_rows if r.rate is not None)
            figures[(market, category, currency)].append((effective, Figure(bands, band_rows[0])))
        for (market, category, currency), found in figures.items():
            # Service conversations are free from November 2024 and Meta's cards print no
            # service rate until October 2026: an older service row stops there.
            if service_stops and category is Category.SERVICE \
                    and all(at != SERVICE_FREE_FROM for at, _ in found) \
                    and any(at < SERVICE_FREE_FROM for at, _ in found):
                gap = RateRow(market, category, currency, None, SERVICE_FREE_FROM, 1,
                              SERVICE_GAP, True)
                found.append((SERVICE_FREE_FROM, Figure((), gap)))
        self._figures = {key: sorted(found, key=lambda f: f[0]) for key, found in figures.items()}
        self._starts = {key: [f[0] for f in found] for key, found in self._figures.items()}
        by_region: dict[str, list[MarketMove]] = defaultdict(list)
        for move in self.moves:
            by_region[move.region].append(move)
        self._moves = {region: sorted(found, key=lambda m: m.effective)
                       for region, found in by_region.items()}
        self._move_starts = {r: [m.effective for m in found] for r, found in self._moves.items()}
        self.currencies = tuple(sorted({row.currency for row in self.rows}))
        self.markets = tuple(sorted({row.market for row in self.rows}))
        self._boundaries = sorted({row.effective for row in self.rows}
                                  | {move.effective for move in self.moves})
        self._cards: dict[tuple[int, str], RateCard] = {}
        self.latest = self._boundaries[-1] if self._boundaries else ALWAYS
        """Where the newest card takes effect."""

    def market_of(self, region: str, at: datetime) -> str:
        """The market region `region` is priced as at `at` (Other when none is named)."""
        starts = self._move_starts.get(region)
        if not starts:
            return OTHER
        index = bisect_right(starts, at) - 1
        return self._moves[region][index].market if index >= 0 else OTHER

    def figure(self, market: str, category: Category, currency: str, at: datetime
               ) -> Figure | None:
        """The latest figure on or before `at`, or None when none is sourced."""
        key = (market, category, currency)
        starts = self._starts.get(key)
        if not starts:
            return None
        index = bisect_right(starts, at) - 1
        found = self._figures[key][index][1] if index >= 0 else None
        return None if found is None or found.gap else found

    def why_no_figure(self, market: str, category: Category, currency: str, at: datetime
                      ) -> str:
        """The gap row's reason where the card names one, else "" (waboard's own reason in
        the user's language; a card's as the card words it)."""
        key = (market, category, currency)
        index = bisect_right(self._starts.get(key, []), at) - 1
        if index < 0:
            return ""
        found = self._figures[key][index][1]
        return translate("RateCard", found.row.source) if found.gap else ""

    def at(self, at: datetime, currency: str = "USD") -> RateCard:
        """The card in force at `at` in `currency`: a row per market (regions as mapped
        then), with only the categories a figure is sourced for."""
        period = bisect_right(self._boundaries, at)
        cached = self._cards.get((period, currency))
        if cached is None:
            cached = self._cards[(period, currency)] = self._card_at(at, currency)
        return cached

    def _card_at(self, at: datetime, currency: str) -> RateCard:
        regions: dict[str, set[str]] = defaultdict(set)
        for region in self._moves:
            regions[self.market_of(region, at)].add(region)
        # A market's own regions name its row; regional groups ("Rest of ...") list their
        # members in the card's groups, as in Meta's card.
        groups = {region: market for market, members in regions.items()
                  if _is_group(market) for region in members}
        rows = []
        for market in sorted(set(self.markets) | set(regions) | {OTHER}):
            found = {c: self.figure(market, c, currency, at) for c in CARD_CATEGORIES}
            figures = {c: f for c, f in found.items() if f is not None}
            if not figures and not regions.get(market) and market != OTHER:
                continue  # a market of another date or currency
            effective = max((f.row.effective for f in figures.values()), default=None)
            sources = dict.fromkeys(f.row.source for f in figures.values() if f.row.source)
            rows.append(MarketRates(
                market, {c: f.rate for c, f in figures.items()},
                frozenset(() if _is_group(market) else regions.get(market, ())), currency,
                "" if effective in (None, ALWAYS) else f"{effective:%Y-%m-%d}",
                "; ".join(sources),
                tiers={c: f.bands for c, f in figures.items() if len(f.bands) > 1}))
        return RateCard(tuple(rows), groups)

    def no_figure(self, market: str, category: Category, currency: str, at: datetime) -> str:
        """What to show where no sourced figure exists (rather than a guessed number)."""
        return translate(
            "RateCard", "no sourced figure for {market} {category} in {currency} on {day}"
        ).format(market=market, category=category.value, currency=currency,
                 day=f"{at:%Y-%m-%d}")


def _is_group(market: str) -> bool:
    """Whether a market is a regional group ("Rest of Africa", "Other"), not a country's."""
    return market == OTHER or market.startswith("Rest of ")
