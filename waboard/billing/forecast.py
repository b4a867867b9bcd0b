"""What-if: message N customers a day with a mix of templates, in one market, for some days.

The plan is simulated through the rules engine (`decide`), in memory: no workspace is
involved. Each day brings `customers_per_day` new customers (opted in, never messaged
before) and `inbound_per_day` new customers who write first. Their day, in UTC:

- a messaged customer gets one template at 09:00, its category drawn from `mix`; a share
  (`reply_share`) replies at 09:30 and gets a free-form answer at 09:35; a share of those
  (`follow_up_share`) then gets a utility template inside the window at 09:40;
- a customer who writes first does so at 12:00, from a click-to-WhatsApp ad for a share of
  them (`entry_point_share`), and gets a free-form answer at 12:05 and, for
  `follow_up_share` of them, a utility template at 12:10.

Counts come from the shares by the largest remainder method, the same every day, so a day's
customers fall into a handful of classes: (template category, replies, follows up) for the
messaged ones, (from an ad, follows up) for the others.

Why deciding one customer per class and day is exact:

1. Customers are independent. The engine decides each customer from that customer's own
   state; the only thing shared is the business Account, which only counts service
   conversations for the monthly free tier (June 2023 pricing). Each day's customers are
   new and each one's day ends by 12:10, so nothing carries from one day to the next.
2. Customers of a class are identical: same state, same actions at the same instants, same
   market, hence the same decisions. One representative's decisions, times the class's
   count, give the class's conversations, messages and charges exactly (Decimal times int).
3. The free tier is the one coupling. Only service conversation openings read or move the
   Account, and the engine charges an opening nothing while fewer than 1,000 were opened in
   the month, its market's service rate after. So for the n openings of a class at one
   instant, with `used` openings before them in the month, min(n, max(0, 1000 - used)) are
   free and the rest are charged at the rate. The representative is decided twice, with
   the tier unused and with it used up, to get both prices from the engine itself; the
   openings are then taken in the order a replay of every customer would decide them
   (instant, then class, then customer), which keeps the monthly count exact across days and
   across the turn of a month.

`forecast_by_replay` decides every customer one by one, sharing one Account, and the tests
check that it gives the same bills. The shortcut costs O(days x classes) decisions instead
of O(days x customers).
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from decimal import Decimal
from fractions import Fraction
from typing import Any

import phonenumbers

from ..formats import count as count_text
from ..i18n import translate
from ..resources import bundled_rate_card
from ..rules.engine import decide
from ..rules.model import (
    FREE_NON_TEMPLATE_PER_MONTH,
    FREE_SERVICE_CONVERSATIONS_PER_MONTH,
    TEMPLATE_CATEGORIES,
    ZERO,
    Account,
    Action,
    Category,
    Consent,
    CustomerMessage,
    CustomerState,
    Outcome,
    Referral,
    Regime,
    SendTemplate,
    SendText,
    Template,
)
from ..rules.pricing import MarketRates, RateCard
from .bill import Bill, FreeTier, build_bill, make_daily, make_lines
from .periods import Period, custom_period, midnight
from .replay import PricedMessage

Progress = Callable[[int, int], None]
DEFAULT_START = date(2025, 7, 1)
MINUTE = timedelta(minutes=1)
_TEMPLATES = {c: Template(f"forecast_{c.value}", "en_US", c, "Forecast message")
              for c in TEMPLATE_CATEGORIES}


@dataclass(frozen=True, slots=True)
class CustomerClass:
    """Customers of one day who all do the same: `template` None for those who write first."""

    template: Category | None
    replies: bool
    follow_up: bool
    referral: Referral | None
    count: int

    def timeline(self, day: datetime) -> list[tuple[datetime, Action]]:
        """The class's actions on `day` (its midnight), in order."""
        steps: list[tuple[datetime, Action]] = []
        if self.template is not None:
            sent = day + timedelta(hours=9)
            steps.append((sent, _send(self.template)))
            if self.replies:
                steps.append((sent + 30 * MINUTE, CustomerMessage("Reply")))
                steps.append((sent + 35 * MINUTE, SendText("Answer")))
        else:
            written = day + timedelta(hours=12)
            steps.append((written, CustomerMessage("Hello", self.referral)))
            steps.append((written + 5 * MINUTE, SendText("Answer")))
        if self.follow_up:
            steps.append((steps[-1][0] + 5 * MINUTE, _send(Category.UTILITY)))
        return steps


@dataclass(frozen=True, slots=True)
class Plan:
    """A validated forecast: the day's classes, the market, and the days."""

    classes: tuple[CustomerClass, ...]
    market: MarketRates
    region: str
    start: date
    days: int
    customers_per_day: int
    inbound_per_day: int

    @property
    def period(self) -> Period:
        return custom_period(self.start, self.start + timedelta(days=self.days))

    @property
    def title(self) -> str:
        """The forecast in one line, as its bill's title."""
        text = translate("Forecast", "Forecast: {customers} customers messaged a day and "
                         "{inbound} writing first, {days} days, {market}") \
            if self.inbound_per_day else translate(
                "Forecast", "Forecast: {customers} customers messaged a day, {days} days, {market}")
        return text.format(customers=count_text(self.customers_per_day),
                           inbound=count_text(self.inbound_per_day), days=self.days,
                           market=self.market.market)


def plan(
    customers_per_day: int,
    days: int,
    mix: Mapping[Category | str, float | Decimal | Fraction | int],
    market_region: str,
    reply_share: float | Decimal | Fraction = 0,
    follow_up_share: float | Decimal | Fraction = 0,
    inbound_per_day: int = 0,
    entry_point_share: float | Decimal | Fraction = 0,
    *,
    start: date = DEFAULT_START,
    rate_card: RateCard | None = None,
) -> Plan:
    """Check the inputs and split each day's customers into classes. Raises ValueError."""
    for name, value in (("customers_per_day", customers_per_day), ("days", days),
                        ("inbound_per_day", inbound_per_day)):
        if not isinstance(value, int) or isinstance(value, bool) or value < 0:
            raise ValueError(f"{name} must be a whole number of 0 or more, not {value!r}")
    if days < 1:
        raise ValueError("days must be at least 1")
    region = (market_region or "").strip().upper()
    if not phonenumbers.country_code_for_region(region):
        raise ValueError(f"{market_region!r} is not a region code such as MX, BR or IN")
    start_at = datetime(start.year, start.month, start.day, tzinfo=UTC)
    market = (rate_card or bundled_rate_card(start_at)).for_region(region)
    shares = _mix(mix)
    reply, follow, entry = (_share(v, n) for v, n in ((reply_share, "reply_share"),
                            (follow_up_share, "follow_up_share"),
                            (entry_point_share, "entry_point_share")))
    classes: list[CustomerClass] = []
    per_category = split(customers_per_day, [s for _, s in shares])
    for (category, _), count in zip(shares, per_category, strict=True):
        silent, replied = split(count, [1 - reply, reply])
        answered, followed = split(replied, [1 - follow, follow])
        classes += [CustomerClass(category, False, False, None, silent),
                    CustomerClass(category, True, False, None, answered),
                    CustomerClass(category, True, True, None, followed)]
    plain, from_ads = split(inbound_per_day, [1 - entry, entry])
    for referral, count in ((None, plain), (Referral.CTWA_AD, from_ads)):
        stay, followed = split(count, [1 - follow, follow])
        classes += [CustomerClass(None, False, False, referral, stay),
                    CustomerClass(None, False, True, referral, followed)]
    return Plan(tuple(c for c in classes if c.count), market, region, start, days,
                customers_per_day, inbound_per_day)


def forecast(
    customers_per_day: int,
    days: int,
    mix: Mapping[Category | str, float | Decimal | Fraction | int],
    market_region: str,
    reply_share: float | Decimal | Fraction = 0,
    follow_up_share: float | Decimal | Fraction = 0,
    inbound_per_day: int = 0,
    entry_point_share: float | Decimal | Fraction = 0,
    *,
    start: date = DEFAULT_START,
    rate_card: RateCard | None = None,
    regimes: Iterable[Regime] = tuple(Regime),
    progress: Progress | None = None,
) -> dict[Regime, Bill]:
    """Each regime's bill for the plan (see the module docstring), deciding one customer per
    class and day. `progress(done, total)` is called after each simulated day."""
    chosen = plan(customers_per_day, days, mix, market_region, reply_share, follow_up_share,
                  inbound_per_day, entry_point_share, start=start, rate_card=rate_card)
    regimes = tuple(Regime(r) for r in regimes)
    total = len(regimes) * chosen.days
    bills = {}
    for n, regime in enumerate(regimes):
        bills[regime] = _shortcut(chosen, regime, progress, n * chosen.days, total)
    return bills


def forecast_by_replay(
    *plan_args: Any, regimes: Iterable[Regime] = tuple(Regime), **plan_kwargs: Any
) -> dict[Regime, Bill]:
    """`forecast` the slow way, every customer decided one by one (the reference); it takes
    the same arguments as `forecast` (those of `plan`)."""
    chosen = plan(*plan_args, **plan_kwargs)
    return {Regime(r): _replay(chosen, Regime(r)) for r in regimes}


def split(total: int, weights: list[Fraction]) -> list[int]:
    """`total` split in proportion to `weights` by the largest remainder method (ties go to
    the earlier weight); the parts add up to `total`."""
    whole = sum(weights, Fraction(0))
    if total == 0 or whole == 0:
        return [0] * len(weights)
    exact = [total * w / whole for w in weights]
    parts = [int(x) for x in exact]
    order = sorted(range(len(weights)), key=lambda i: (-(exact[i] - parts[i]), i))
    for i in order[: total - sum(parts)]:
        parts[i] += 1
    return parts


# The shortcut


class _Totals:
    """Running sums shared by both ways of forecasting."""

    def __init__(self) -> None:
        self.lines: defaultdict[Category, list] = defaultdict(lambda: [0, 0, ZERO])
        self.daily: defaultdict[date, defaultdict[Category, Decimal]] = defaultdict(
            lambda: defaultdict(Decimal))
        self.entry_points = 0
        self.service_opened: defaultdict[str, int] = defaultdict(int)

    def add(self, day: date, category: Category, count: int, counted: bool, charge: Decimal,
            charged: int | None = None) -> None:
        line = self.lines[category]
        line[0] += count if counted else 0
        line[1] += (count if charge else 0) if charged is None else charged
        amount = charge * (count if charged is None else charged)
        line[2] += amount
        if amount:
            self.daily[day][category] += amount

    def bill(self, plan: Plan, regime: Regime) -> Bill:
        period = plan.period
        market = plan.market.market
        return Bill(
            period=period, regime=regime, as_charged=False, currency=plan.market.currency,
            lines=make_lines({(market, c): tuple(v) for c, v in self.lines.items()}),
            free_tier=tuple(FreeTier(m, self.service_opened[m]) for m in period.months())
            if regime.has_free_tier else (),
            entry_points=self.entry_points, refused={}, daily=make_daily(period, self.daily),
            title=plan.title,
        )


@dataclass(frozen=True, slots=True)
class _Decision:
    at: datetime
    category: Category
    counted: bool
    charge: Decimal
    entry_point: bool
    service_opening: bool
    charge_after_tier: Decimal


def _shortcut(plan: Plan, regime: Regime, progress: Progress | None, done: int,
              total: int) -> Bill:
    totals = _Totals()
    rates = plan.market.rates
    for offset in range(plan.days):
        day = plan.start + timedelta(days=offset)
        midnight_ = midnight(day)
        month = f"{day.year:04d}-{day.month:02d}"
        openings: list[tuple[datetime, int, int, Decimal, Category, bool]] = []
        for index, customer_class in enumerate(plan.classes):
            count = customer_class.count
            for decision in _decide_class(customer_class, midnight_, month, regime, rates):
                if decision.entry_point:
                    totals.entry_points += count
                if decision.service_opening:
                    openings.append((decision.at, index, count, decision.charge_after_tier,
                                     decision.category, decision.counted))
                else:
                    totals.add(day, decision.category, count, decision.counted, decision.charge)
        for _, _, count, price, category, counted in sorted(openings, key=lambda o: o[:2]):
            used = totals.service_opened[month]
            free = min(count, max(0, FREE_SERVICE_CONVERSATIONS_PER_MONTH - used))
            totals.service_opened[month] = used + count
            charged = (count - free) if price else 0
            totals.add(day, category, count, counted, price, charged)
        if progress is not None:
            progress(done + offset + 1, total)
    return totals.bill(plan, regime)


def _decide_class(customer_class: CustomerClass, day: datetime, month: str, regime: Regime,
                  rates: Mapping[Category, Decimal]) -> list[_Decision]:
    """One representative's decisions, with the free tier unused and used up."""
    fresh = Account(month, 0)
    used_up = Account(month, FREE_SERVICE_CONVERSATIONS_PER_MONTH, FREE_NON_TEMPLATE_PER_MONTH)
    state_a = state_b = CustomerState(consent=Consent.OPTED_IN)
    decisions = []
    for at, action in customer_class.timeline(day):
        a = decide(state_a, action, at, regime, rates, fresh)
        b = decide(state_b, action, at, regime, rates, used_up)
        if a.conversation is not None:
            # What counts against a monthly free allowance: a service conversation opened
            # under the June 2023 tier, a free-form message under pmp-2026-10.
            allowance = (a.account.service_conversations > fresh.service_conversations
                         or (regime is Regime.PMP_2026_10
                             and a.account.non_template > fresh.non_template))
            decisions.append(_Decision(
                at, a.conversation.category, a.conversation.opened is not False, a.charge,
                _opened_entry_point(state_a, a, at), allowance, b.charge,
            ))
        state_a, state_b = a.state, b.state
    return decisions


# The reference


def _replay(plan: Plan, regime: Regime) -> Bill:
    rates = plan.market.rates
    market = plan.market
    account = Account()
    priced: list[PricedMessage] = []
    next_id = 0
    for offset in range(plan.days):
        day = midnight(plan.start + timedelta(days=offset))
        events: list[tuple[datetime, int, int, Action]] = []
        states: dict[int, CustomerState] = {}
        for customer_class in plan.classes:
            for _ in range(customer_class.count):
                next_id += 1
                states[next_id] = CustomerState(consent=Consent.OPTED_IN)
                events += [(at, next_id, n, action)
                           for n, (at, action) in enumerate(customer_class.timeline(day))]
        events.sort(key=lambda e: e[:3])
        for at, customer, _, action in events:
            before = states[customer]
            outcome = decide(before, action, at, regime, rates, account)
            states[customer], account = outcome.state, outcome.account
            use = outcome.conversation
            if use is None:
                continue
            priced.append(PricedMessage(
                None, customer, at, "out", "template" if isinstance(action, SendTemplate)
                else "text", None, market.market, market.currency, category=use.category,
                opened=use.opened, expires=use.expires, free=use.free, charge=outcome.charge,
                counted=use.opened is not False,
                entry_point_opened=_opened_entry_point(before, outcome, at),
            ))
    return build_bill(priced, plan.period, regime, as_charged=False, title=plan.title)


def _opened_entry_point(before: CustomerState, outcome: Outcome, at: datetime) -> bool:
    use = outcome.conversation
    return use is not None and use.category is Category.FREE_ENTRY_POINT and not any(
        c.category is Category.FREE_ENTRY_POINT and at < c.expires_at
        for c in before.conversations)


def _send(category: Category) -> SendTemplate:
    template = _TEMPLATES[category]
    return SendTemplate(template.name, template.language, (), template)


def _mix(mix: Mapping[Category | str, float | Decimal | Fraction | int]
         ) -> list[tuple[Category, Fraction]]:
    if not mix:
        raise ValueError(translate("Forecast", "the mix is empty: give each template category "
                                   "a share"))
    shares = []
    for key, value in mix.items():
        try:
            category = Category(key)
        except ValueError:
            raise ValueError(f"{key!r} is not a template category "
                             "(marketing, utility, authentication)") from None
        if category not in TEMPLATE_CATEGORIES:
            raise ValueError(f"{category.value} is not a template category "
                             "(marketing, utility, authentication)")
        shares.append((category, _fraction(value, f"mix[{category.value}]")))
    if any(s < 0 for _, s in shares) or sum(s for _, s in shares) == 0:
        raise ValueError(translate("Forecast", "the mix's shares must be 0 or more, and not "
                                   "all 0"))
    return sorted(shares, key=lambda cs: TEMPLATE_CATEGORIES.index(cs[0]))


def _share(value: float | Decimal | Fraction, name: str) -> Fraction:
    share = _fraction(value, name)
    if not 0 <= share <= 1:
        raise ValueError(f"{name} must be between 0 and 1, not {value!r}")
    return share


def _fraction(value: object, name: str) -> Fraction:
    if isinstance(value, bool) or not isinstance(value, int | float | Decimal | Fraction):
        raise ValueError(f"{name} must be a number, not {value!r}")
    if isinstance(value, float):
        if value != value or value in (float("inf"), float("-inf")):
            raise ValueError(f"{name} must be a finite number, not {value!r}")
        return Fraction(str(value))  # 0.1 as written, not its binary approximation
    if isinstance(value, Decimal) and not value.is_finite():
        raise ValueError(f"{name} must be a finite number, not {value!r}")
    return Fraction(value)
