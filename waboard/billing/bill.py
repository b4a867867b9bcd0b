"""The bill for a period: what was opened (or, per message, charged), where, and for how much.

`bill()` reads a workspace: as charged (the amounts the workspace recorded), or repriced under
another regime (see replay.py). `build_bill()` turns any sequence of priced messages into a
bill, so a forecast produces the same shape.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, replace
from datetime import date, datetime, timedelta
from decimal import Decimal

from ..formats import count
from ..i18n import translate
from ..rules.model import (
    FREE_SERVICE_CONVERSATIONS_PER_MONTH,
    ZERO,
    Category,
    Reason,
    Regime,
)
from ..rules.pricing import RateCard
from ..rules.regimes import PricingChoice, parse_choice, resolve
from ..settings import NAME
from ..store import Store
from .daily import Sums, day_sums, whole_days
from .periods import Period, custom_period, month_period
from .replay import PricedMessage, as_charged, reprice, workspace_regime

CATEGORY_ORDER = (Category.MARKETING, Category.UTILITY, Category.AUTHENTICATION,
                  Category.AUTHENTICATION_INTERNATIONAL, Category.SERVICE,
                  Category.FREE_ENTRY_POINT)
ALL_MARKETS = "All markets"
"""The market of lines summed over every market (a value of the CSV files, in English)."""


@dataclass(frozen=True, slots=True)
class Line:
    """One market and category: how many counted (conversations opened, or messages under
    per-message pricing), how many of those were charged, and the amount."""

    market: str
    category: Category
    count: int
    charged: int
    amount: Decimal


@dataclass(frozen=True, slots=True)
class FreeTier:
    """The monthly free tier of service conversations (June 2023 pricing only).

    `opened` counts the month's service conversations from its first day up to the end of the
    period (the tier is monthly, whatever the period).
    """

    month: str
    opened: int
    allowance: int = FREE_SERVICE_CONVERSATIONS_PER_MONTH

    @property
    def used(self) -> int:
        return min(self.opened, self.allowance)

    @property
    def beyond(self) -> int:
        """Service conversations opened after the tier ran out (charged)."""
        return self.opened - self.used

    @property
    def text(self) -> str:
        year, month = (int(part) for part in self.month.split("-"))
        name = month_period(year, month).label
        return translate("Bill", "{allowance} free service conversations in {month}: {used} used"
                         ).format(allowance=count(self.allowance), month=name,
                                  used=count(self.used))


@dataclass(frozen=True, slots=True)
class DayCost:
    """What one UTC day cost, by category (categories that cost nothing are left out)."""

    day: date
    amounts: Mapping[Category, Decimal]

    @property
    def total(self) -> Decimal:
        return sum(self.amounts.values(), ZERO)


@dataclass(frozen=True, slots=True)
class CustomerCost:
    customer_id: int
    name: str
    market: str
    sent: int
    counted: int
    amount: Decimal


@dataclass(frozen=True, slots=True)
class TemplateUse:
    name: str
    language: str
    category: Category | None
    sent: int
    refused: int
    amount: Decimal


@dataclass(frozen=True)
class Bill:
    """A period's bill under one regime.

    `as_charged` is True when the amounts are those the workspace recorded, False when they
    were computed (a replay under a regime, or a forecast). `unreplayed` counts accepted
    messages a replay could not decide again (counted as free; see replay.py).
    """

    period: Period
    regime: Regime
    as_charged: bool
    currency: str
    lines: tuple[Line, ...]
    free_tier: tuple[FreeTier, ...]
    entry_points: int
    refused: Mapping[Reason, int]
    daily: tuple[DayCost, ...]
    customers: tuple[CustomerCost, ...] = ()
    templates: tuple[TemplateUse, ...] = ()
    title: str = ""
    unreplayed: int = 0

    @property
    def total(self) -> Decimal:
        return sum((line.amount for line in self.lines), ZERO)

    @property
    def unit(self) -> str:
        """What `Line.count` counts."""
        return "messages" if self.regime.per_message else "conversations"

    @property
    def unit_label(self) -> str:
        """What `Line.count` counts, in the user's language ("messages")."""
        return translate("Bill", "messages") if self.regime.per_message else translate(
            "Bill", "conversations")

    @property
    def unit_title(self) -> str:
        """The heading of the column of `Line.count` ("Messages")."""
        return translate("Bill", "Messages") if self.regime.per_message else translate(
            "Bill", "Conversations")

    @property
    def markets(self) -> list[str]:
        return sorted({line.market for line in self.lines})

    def by_category(self) -> dict[Category, Line]:
        """Every category (in Category order, zeros included) over all markets."""
        return {c: _sum_lines(ALL_MARKETS, c, [x for x in self.lines if x.category is c])
                for c in CATEGORY_ORDER}

    def by_market(self) -> dict[str, tuple[int, int, Decimal]]:
        """Market -> (count, charged, amount) over all categories."""
        totals: dict[str, tuple[int, int, Decimal]] = {}
        for market in self.markets:
            lines = [x for x in self.lines if x.market == market]
            totals[market] = (sum(x.count for x in lines), sum(x.charged for x in lines),
                              sum((x.amount for x in lines), ZERO))
        return totals

    @property
    def count(self) -> int:
        return sum(line.count for line in self.lines)

    @property
    def refused_total(self) -> int:
        return sum(self.refused.values())


def bill(
    store: Store,
    start: datetime | Period,
    end: datetime | None = None,
    regime: PricingChoice | str | None = None,
    *,
    rate_card: RateCard | None = None,
    details: bool = True,
) -> Bill:
    """The bill for [start, end) (or for the Period `start`).

    With `regime` None: the charges the workspace recorded, under its current regime. With a
    regime: the history replayed under it (replay.reprice), the store left untouched.
    `rate_card` None uses the workspace's own card; markets come from it either way.
    `details` False may leave the per-customer and per-template tables empty.
    """
    period = start if isinstance(start, Period) else custom_period(start, _required(end))
    if regime is None:
        return charged_bill(store, period, rate_card, details=details)
    choice = parse_choice(regime)
    # Under auto each message is priced under its own regime; the bill is labelled with
    # the regime in force at the period's end.
    chosen = resolve(choice, period.end - timedelta(seconds=1))
    return workspace_bill(store, reprice(store, choice, rate_card), period, chosen,
                          as_charged=False)


def charged_bill(store: Store, period: Period, rate_card: RateCard | None = None, *,
                 details: bool = True) -> Bill:
    """The bill of `period` as charged, under the workspace's current regime: from the
    per-day aggregates for whole days (daily.py), else from the history. `details` False
    leaves the per-customer and per-template tables empty (the Billing view shows
    neither)."""
    regime = workspace_regime(store)
    if not whole_days(period):
        return workspace_bill(store, as_charged(store, rate_card), period, regime,
                              as_charged=True)
    names = store.customer_names() if details else None
    categories = {t.key: t.category for t in store.templates()}
    return assemble_bill(day_sums(store, period, rate_card, details=details), period,
                         regime, as_charged=True, names=names,
                         template_categories=categories, title=NAME.read(store))


def without_tables(bill: Bill) -> Bill:
    """The bill without its per-customer and per-template tables (the Billing view shows
    neither)."""
    return replace(bill, customers=(), templates=())


def workspace_bill(store: Store, priced: Iterable[PricedMessage], period: Period,
                   regime: Regime, *, as_charged: bool) -> Bill:
    """`build_bill` with the workspace's customer names, template categories and name."""
    names = {c.id: c.name for c in store.customers() if c.id is not None}
    categories = {t.key: t.category for t in store.templates()}
    title = NAME.read(store)
    return build_bill(priced, period, regime, as_charged=as_charged, names=names,
                      template_categories=categories, title=title)


def build_bill(
    priced: Iterable[PricedMessage],
    period: Period,
    regime: Regime,
    *,
    as_charged: bool,
    names: Mapping[int, str] | None = None,
    template_categories: Mapping[tuple[str, str], Category] | None = None,
    title: str = "",
) -> Bill:
    """Sum priced messages into a bill. With `names` None the per-customer and per-template
    tables are left empty (a forecast has no real customers)."""
    lines: dict[tuple[str, Category], list] = {}
    daily: defaultdict[date, defaultdict[Category, Decimal]] = defaultdict(
        lambda: defaultdict(Decimal))
    refused: Counter[Reason] = Counter()
    customers: dict[int, list] = {}
    templates: dict[tuple[str, str], list] = {}
    service_by_month: Counter[str] = Counter()
    currencies: Counter[str] = Counter()
    entry_points = unreplayed = 0
    first_month = period.months()[0]
    for item in priced:
        if not item.business:
            continue
        inside = period.contains(item.at)
        if item.counted and item.category is Category.SERVICE and not item.note and (
                first_month <= item.month and item.at < period.end):
            service_by_month[item.month] += 1
        if not inside:
            continue
        currencies[item.currency] += 1
        template = None
        if item.template is not None and names is not None:
            template = templates.setdefault(item.template, [0, 0, ZERO])
        if not item.accepted:
            if item.reason is not None:
                refused[item.reason] += 1
            if template is not None:
                template[1] += 1
            continue
        if item.note:
            unreplayed += 1
        if item.category is not None:
            line = lines.setdefault((item.market, item.category), [0, 0, ZERO])
            line[0] += item.counted
            line[1] += item.charge > 0
            line[2] += item.charge
            if item.charge:
                daily[item.at.date()][item.category] += item.charge
        entry_points += item.entry_point_opened
        if names is not None:
            cost = customers.setdefault(item.customer_id, [item.market, 0, 0, ZERO])
            cost[1] += 1
            cost[2] += item.counted
            cost[3] += item.charge
        if template is not None:
            template[0] += 1
            template[2] += item.charge
    return assemble_bill(
        Sums(lines, daily, refused, currencies, service_by_month, entry_points, customers,
             templates), period, regime, as_charged=as_charged, names=names,
        template_categories=template_categories, title=title, unreplayed=unreplayed)


def assemble_bill(sums: Sums, period: Period, regime: Regime, *, as_charged: bool,
                  names: Mapping[int, str] | None = None,
                  template_categories: Mapping[tuple[str, str], Category] | None = None,
                  title: str = "", unreplayed: int = 0) -> Bill:
    """The Bill of summed figures, its tables in their order."""
    free_tier = tuple(
        FreeTier(month, sums.service_by_month.get(month, 0)) for month in period.months()
    ) if regime.has_free_tier else ()
    known = template_categories or {}
    return Bill(
        period=period,
        regime=regime,
        as_charged=as_charged,
        currency=sums.currencies.most_common(1)[0][0] if sums.currencies else "USD",
        lines=make_lines({key: tuple(value) for key, value in sums.lines.items()}),
        free_tier=free_tier,
        entry_points=sums.entry_points,
        refused=dict(sorted(sums.refused.items(),
                            key=lambda kv: list(Reason).index(kv[0]))),
        daily=make_daily(period, sums.daily),
        customers=tuple(sorted(
            (CustomerCost(cid, (names or {}).get(cid, f"#{cid}"), *values)
             for cid, values in sums.customers.items()),
            key=lambda c: (-c.amount, -c.counted, c.name),
        )),
        templates=tuple(sorted(
            (TemplateUse(name, language, known.get((name, language)), *values)
             for (name, language), values in sums.templates.items()),
            key=lambda t: (-t.amount, t.name, t.language),
        )),
        title=title,
        unreplayed=unreplayed,
    )


def make_lines(totals: Mapping[tuple[str, Category], tuple[int, int, Decimal]]
               ) -> tuple[Line, ...]:
    """Lines in market then category order, leaving out those with nothing in them."""
    return tuple(
        Line(market, category, count, charged, amount)
        for (market, category), (count, charged, amount) in sorted(
            totals.items(), key=lambda kv: (kv[0][0], CATEGORY_ORDER.index(kv[0][1])))
        if count or amount
    )


def make_daily(period: Period, amounts: Mapping[date, Mapping[Category, Decimal]]
               ) -> tuple[DayCost, ...]:
    """One DayCost per day of the period, in order, each with its non-zero categories."""
    return tuple(
        DayCost(day, {c: amounts[day][c] for c in CATEGORY_ORDER
                      if day in amounts and amounts[day].get(c)})
        for day in period.days()
    )


def _sum_lines(market: str, category: Category, lines: list[Line]) -> Line:
    return Line(market, category, sum(x.count for x in lines), sum(x.charged for x in lines),
                sum((x.amount for x in lines), ZERO))


def _required(end: datetime | None) -> datetime:
    if end is None:
        raise ValueError("bill() needs an end instant unless it is given a Period")
    return end
