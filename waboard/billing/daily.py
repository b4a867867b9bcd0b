"""A period's figures as charged, summed from the store's per-day aggregates (store/daily.py).

A period of whole UTC days (every period a person chooses: a day, a week, a month, a range
of days) is summed from one aggregate row per day, region, category and refusal reason,
with the markets and currencies of the rate card as it stood on each day, so the bill of a
month costs the same whatever the history before it. The per-customer and per-template
tables (the exports') read that period's messages alone. `bill.charged_bill` turns the sums
into the same Bill as `workspace_bill` over `as_charged` (tests prove it).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from datetime import date, time
from decimal import Decimal

from ..rules.instants import parse_instant
from ..rules.model import ZERO, Category, Reason
from ..rules.pricing import MarketRates, RateCard
from ..service import Workspace
from ..store import Store
from .periods import Period, midnight

Market = Callable[[str, date], MarketRates]


@dataclass
class Sums:
    """A period's figures as summed, before they become a Bill: (market, category) ->
    [count, charged, amount]; day -> category -> amount; refusals by reason; business
    messages by currency; counted service conversations by month (from the first month's
    start); free entry points opened; customer id -> [market, sent, counted, amount];
    (template, language) -> [sent, refused, amount]."""

    lines: Mapping[tuple[str, Category], list]
    daily: Mapping[date, Mapping[Category, Decimal]]
    refused: Mapping[Reason, int]
    currencies: Counter[str]
    service_by_month: Mapping[str, int]
    entry_points: int
    customers: Mapping[int, list]
    templates: Mapping[tuple[str, str], list]



def whole_days(period: Period) -> bool:
    """Whether the period starts and ends at a UTC midnight."""
    return all(at.timetz().replace(tzinfo=None) == time(0) for at in (period.start, period.end))


def day_sums(store: Store, period: Period, rate_card: RateCard | None = None, *,
             details: bool = True) -> Sums:
    """The figures of `period` (whole days) as charged. `rate_card` None takes each day's
    markets from the workspace's dated card; `details` False leaves the per-customer and
    per-template tables empty."""
    market = _markets(store, rate_card)
    first_month = period.months()[0]
    lines: dict[tuple[str, Category], list] = {}
    daily: dict[date, dict[Category, Decimal]] = {}
    refused: Counter[Reason] = Counter()
    currencies: Counter[str] = Counter()
    service_by_month: Counter[str] = Counter()
    for row in store.daily_billing(date.fromisoformat(f"{first_month}-01"), period.last_day):
        category = Category(row.category) if row.category else None
        if category is Category.SERVICE and row.accepted:
            service_by_month[f"{row.day:%Y-%m}"] += row.counted
        if row.day < period.first_day:
            continue
        rates = market(row.region, row.day)
        currencies[rates.currency] += row.messages
        if not row.accepted:
            if row.reason is not None:
                refused[Reason(row.reason)] += row.messages
            continue
        if category is None:
            continue
        line = lines.setdefault((rates.market, category), [0, 0, ZERO])
        line[0] += row.counted
        line[1] += row.charged
        line[2] += row.amount
        if row.amount:
            day = daily.setdefault(row.day, {})
            day[category] = day.get(category, ZERO) + row.amount
    customers, templates = _tables(store, period, market) if details else ({}, {})
    return Sums(lines, daily, refused, currencies, service_by_month,
                store.entry_points_between(period.start, period.end), customers, templates)


def _markets(store: Store, rate_card: RateCard | None) -> Market:
    """A region's rate card row on a day: from `rate_card`, or the workspace's dated card as
    it stood at the day's start (rate cards and market moves take effect on a day)."""
    rows: dict[tuple[str, date], MarketRates] = {}
    workspace = Workspace(store) if rate_card is None else None

    def market(region: str, day: date) -> MarketRates:
        key = (region, day)
        if key not in rows:
            card = rate_card if workspace is None else workspace.rate_card_at(midnight(day))
            rows[key] = card.for_region(region)
        return rows[key]
    return market


def _tables(store: Store, period: Period, market: Market
            ) -> tuple[dict[int, list], dict[tuple[str, str], list]]:
    """The per-customer and per-template figures, from the period's business messages."""
    regions = store.customer_regions()
    customers: dict[int, list] = {}
    templates: dict[tuple[str, str], list] = {}
    for (customer_id, at, kind, name, language, accepted, category, opened,
         charge) in store.business_messages_between(period.start, period.end):
        amount = Decimal(charge)
        template = templates.setdefault((name or "", language or ""), [0, 0, ZERO]) \
            if kind == "template" else None
        if not accepted:
            if template is not None:
                template[1] += 1
            continue
        cost = customers.get(customer_id)
        if cost is None:
            cost = customers[customer_id] = [
                market(regions.get(customer_id, ""), parse_instant(at).date()).market,
                0, 0, ZERO]
        cost[1] += 1
        cost[2] += category is not None and opened != 0
        cost[3] += amount
        if template is not None:
            template[0] += 1
            template[2] += amount
    return customers, templates
