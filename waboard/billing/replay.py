"""Priced messages: a workspace's history as it was charged, or replayed under a regime.

Both readings give one `PricedMessage` per stored message, in the order the messages were
added, so that a bill, or a comparison of regimes, can be computed from either. Nothing here
writes to the store.

Replaying asks the rules engine again, message by message, through the history replayer
(`waboard.history.replay`, whose docstring says how each customer's state is rebuilt).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime
from decimal import Decimal
from functools import partial

from ..history.replay import Markets, Step, month_of, pricer_of, replay
from ..rules.model import (
    FREE_SERVICE_CONVERSATIONS_PER_MONTH,
    ZERO,
    Category,
    Reason,
    Regime,
)
from ..rules.pricing import MarketRates, RateCard
from ..rules.regimes import PricingChoice, parse_choice, resolve
from ..service import Workspace
from ..settings import ACCOUNT, PRICING
from ..store import MessageRecord, Store


@dataclass(frozen=True, slots=True)
class PricedMessage:
    """One message with what it costs under one reading of the rules.

    `counted` is whether the message counts on a bill: it opened a conversation (conversation
    pricing) or is a delivered business message (per-message pricing, where each one is
    counted as its category). `in_window` (replays only) is whether the customer service
    window was open when it was sent. `tier_free` marks a service conversation that was free
    because of the monthly free tier. `rate` is the market's rate for `category`. `note` says
    why a message the workspace accepted could not be replayed (it is then counted as free).
    """

    message_id: int | None
    customer_id: int
    at: datetime
    direction: str
    kind: str
    template: tuple[str, str] | None
    market: str
    currency: str
    accepted: bool = True
    reason: Reason | None = None
    category: Category | None = None
    opened: bool | None = None
    expires: datetime | None = None
    free: bool | None = None
    charge: Decimal = ZERO
    counted: bool = False
    entry_point_opened: bool = False
    in_window: bool | None = None
    tier_free: bool = False
    rate: Decimal = ZERO
    note: str = ""

    @property
    def business(self) -> bool:
        return self.direction == "out"

    @property
    def month(self) -> str:
        return month_of(self.at)


def workspace_regime(store: Store) -> Regime:
    """The regime the workspace prices a message sent now under."""
    return Workspace(store).regime


def workspace_pricing(store: Store) -> PricingChoice:
    """The workspace's pricing choice: a regime, or `auto`."""
    return PRICING.read(store)


def customer_prices(store: Store, rate_card: RateCard | None = None) -> Markets:
    """Each customer's rate card row: from `rate_card` at any instant, or the workspace's
    own dated card (with its rate overrides) at each message's instant when None."""
    if rate_card is not None:
        return customer_markets(store, rate_card)
    workspace = Workspace(store)
    customers = {c.id: c for c in store.customers() if c.id is not None}
    return lambda customer_id, at: workspace.market(customers[customer_id], at)


def customer_markets(store: Store, rate_card: RateCard | None = None) -> dict[int, MarketRates]:
    """Each customer's rate card row: from `rate_card`, or the workspace's own card (the
    bundled one with the workspace's rate overrides) when None."""
    customers = store.customers()
    if rate_card is None:
        workspace = Workspace(store)
        return {c.id: workspace.market(c) for c in customers if c.id is not None}
    return {c.id: rate_card.for_region(c.region) for c in customers if c.id is not None}


def as_charged(store: Store, rate_card: RateCard | None = None) -> list[PricedMessage]:
    """The stored history with the charges the workspace recorded.

    The free tier is attributed as the workspace's current regime counts it.
    """
    pricing = workspace_pricing(store)
    price = pricer_of(customer_prices(store, rate_card))
    # A free entry point opened by a message shows, under per-message pricing, only in the
    # conversations table: the first free-entry-point message at its opening instant opened it.
    entry_points = Counter(
        (customer_id, conversation.opened_at)
        for customer_id, conversation in store.conversations()
        if conversation.category is Category.FREE_ENTRY_POINT
    )
    service_opened: Counter[str] = Counter()
    priced = []
    for record in store.all_messages():
        market = price(record.customer_id, record.at)
        regime = resolve(pricing, record.at)
        category = Category(record.category) if record.category else None
        delivered = record.direction == "out" and record.accepted and category is not None
        counted = delivered and record.opened is not False
        entry = False
        if category is Category.FREE_ENTRY_POINT and entry_points[(record.customer_id, record.at)]:
            entry_points[(record.customer_id, record.at)] -= 1
            entry = True
        tier_free = False
        if regime.has_free_tier and category is Category.SERVICE and record.opened:
            month = month_of(record.at)
            tier_free = service_opened[month] < FREE_SERVICE_CONVERSATIONS_PER_MONTH
            service_opened[month] += 1
        priced.append(PricedMessage(
            record.id, record.customer_id, record.at, record.direction, record.kind,
            _template_key(record), market.market, market.currency,
            accepted=record.accepted,
            reason=Reason(record.reason) if record.reason else None,
            category=category, opened=record.opened, expires=record.expires, free=record.free,
            charge=record.charge, counted=counted, entry_point_opened=entry,
            tier_free=tier_free, rate=_rate(market, category),
        ))
    return priced


def reprice(
    store: Store, regime: PricingChoice | str, rate_card: RateCard | None = None
) -> list[PricedMessage]:
    """Replay the stored history through `decide` under `regime`, or `auto` (each message
    under the regime in force at its instant; see the module docstring).

    The store is only read. `rate_card` None prices with the workspace's own dated card.
    """
    choice = parse_choice(regime)
    markets = customer_prices(store, rate_card)
    price = pricer_of(markets)
    return [_priced(step, resolve(choice, step.record.at),
                    price(step.record.customer_id, step.record.at))
            for step in replay(store, choice, markets, ACCOUNT.read(store))]


def _priced(step: Step, regime: Regime, market: MarketRates) -> PricedMessage:
    record, outcome, before = step.record, step.outcome, step.before
    priced = partial(
        PricedMessage, record.id, record.customer_id, record.at, record.direction, record.kind,
        _template_key(record), market.market, market.currency,
    )
    if step.refused:
        return priced(accepted=False, reason=Reason(record.reason) if record.reason else None)
    if not step.business or outcome is None:
        return priced()
    if not outcome.accepted:
        note = outcome.refusal.message if outcome.refusal else "refused on replay"
        return priced(note=f"not replayable: {note}")
    use = outcome.conversation
    assert use is not None
    category, at = use.category, record.at
    entry = category is Category.FREE_ENTRY_POINT and not any(
        c.category is Category.FREE_ENTRY_POINT and at < c.expires_at
        for c in before.conversations
    )
    tier_free = (
        regime.has_free_tier and category is Category.SERVICE and bool(use.opened)
        and step.account.service_conversations < FREE_SERVICE_CONVERSATIONS_PER_MONTH
    )
    return priced(
        category=category, opened=use.opened, expires=use.expires, free=use.free,
        charge=outcome.charge, counted=use.opened is not False, entry_point_opened=entry,
        in_window=before.window_open(at), tier_free=tier_free, rate=_rate(market, category),
    )


def _template_key(record: MessageRecord) -> tuple[str, str] | None:
    if record.kind != "template":
        return None
    return (record.template_name or "", record.template_language or "")


def _rate(market: MarketRates, category: Category | None) -> Decimal:
    return market.rate(category) if category in market.rates else ZERO


def same_charges(first: Iterable[PricedMessage], second: Iterable[PricedMessage]) -> list[str]:
    """Where two readings of the same history differ, one line per message (empty: none)."""
    differences = []
    for a, b in zip(first, second, strict=True):
        fields = ("message_id", "accepted", "category", "opened", "expires", "free", "charge")
        changed = [f for f in fields if getattr(a, f) != getattr(b, f)]
        if changed:
            detail = ", ".join(f"{f} {getattr(a, f)!r} vs {getattr(b, f)!r}" for f in changed)
            differences.append(f"message #{a.message_id} at {a.at:%Y-%m-%d %H:%M:%S}: {detail}")
    return differences
