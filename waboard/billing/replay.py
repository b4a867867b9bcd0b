"""Priced messages: a workspace's history as it was charged, or replayed under a regime.

Both readings give one `PricedMessage` per stored message, in the order the messages were
added, so that a bill, or a comparison of regimes, can be computed from either. Nothing here
writes to the store.

Replaying rebuilds every customer's state from the beginning and asks the rules engine
(`decide`) again, message by message:

- consent starts from the customer's consent ledger entries with source "import" (the opt-in
  recorded when the customer was created), then follows the stored opt-in and opt-out events;
- customer messages restart the window, with their referral (ads and Page buttons);
- a business message the workspace refused stays refused and changes nothing; an accepted one
  is decided again. Acceptance does not depend on the regime, so it stays accepted: a
  template is the catalog's entry for its name and language, treated as approved (it was
  approved when it was sent), and the customer as reachable (it was delivered);
- the monthly free tier is counted business-wide, month by month, in the order the messages
  were decided, as the workspace counts it.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, replace
from datetime import datetime
from decimal import Decimal

from ..rules.engine import decide
from ..rules.model import (
    FREE_SERVICE_CONVERSATIONS_PER_MONTH,
    PRICED_CATEGORIES,
    TEMPLATE_CATEGORIES,
    ZERO,
    Account,
    Action,
    Category,
    Consent,
    CustomerMessage,
    CustomerState,
    OptIn,
    OptOut,
    Outcome,
    Reason,
    Referral,
    Regime,
    SendTemplate,
    SendText,
    Template,
    TemplateStatus,
)
from ..rules.pricing import MarketRates, RateCard
from ..rules.templates import check_params
from ..service import Workspace
from ..store import MessageRecord, Store

IMPORT_SOURCE = "import"


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
        return f"{self.at.year:04d}-{self.at.month:02d}"


def workspace_regime(store: Store) -> Regime:
    """The regime the workspace prices new messages under."""
    return Workspace(store).regime


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
    regime = workspace_regime(store)
    markets = customer_markets(store, rate_card)
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
        market = markets[record.customer_id]
        category = Category(record.category) if record.category else None
        delivered = record.direction == "out" and record.accepted and category is not None
        counted = delivered and record.opened is not False
        entry = False
        if category is Category.FREE_ENTRY_POINT and entry_points[(record.customer_id, record.at)]:
            entry_points[(record.customer_id, record.at)] -= 1
            entry = True
        tier_free = False
        if regime.has_free_tier and category is Category.SERVICE and record.opened:
            month = f"{record.at.year:04d}-{record.at.month:02d}"
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
    store: Store, regime: Regime | str, rate_card: RateCard | None = None
) -> list[PricedMessage]:
    """Replay the stored history through `decide` under `regime` (see the module docstring).

    The store is only read. `rate_card` None prices with the workspace's own card.
    """
    regime = Regime(regime)
    markets = customer_markets(store, rate_card)
    catalog = {t.key: replace(t, status=TemplateStatus.APPROVED) for t in store.templates()}
    states = {
        customer_id: CustomerState(consent=initial_consent(store, customer_id))
        for customer_id in markets
    }
    replayer = _Replayer(regime, markets, catalog, states)
    return [replayer.price(record) for record in store.all_messages()]


def initial_consent(store: Store, customer_id: int) -> Consent:
    """The consent a customer was created with, from the ledger's "import" entries."""
    imported = [e for e in store.consent_events(customer_id) if e.source == IMPORT_SOURCE]
    if not imported:
        return Consent.NONE
    return Consent.OPTED_IN if imported[-1].kind == "opt_in" else Consent.OPTED_OUT


class _Replayer:
    """Carries every customer's state and the business's monthly counts through a replay."""

    def __init__(self, regime: Regime, markets: Mapping[int, MarketRates],
                 catalog: Mapping[tuple[str, str], Template],
                 states: dict[int, CustomerState]) -> None:
        self.regime = regime
        self.markets = markets
        self.catalog = catalog
        self.states = states
        self.service_opened: Counter[str] = Counter()

    def price(self, record: MessageRecord) -> PricedMessage:
        market = self.markets[record.customer_id]
        plain = PricedMessage(
            record.id, record.customer_id, record.at, record.direction, record.kind,
            _template_key(record), market.market, market.currency,
        )
        if record.direction == "out":
            if not record.accepted:
                reason = Reason(record.reason) if record.reason else None
                return replace(plain, accepted=False, reason=reason)
            return self._business(record, plain, market)
        action = _customer_action(record)
        if action is not None:
            state = self.states[record.customer_id]
            outcome = decide(state, action, record.at, self.regime, market.rates)
            self.states[record.customer_id] = outcome.state
        return plain

    def _business(self, record: MessageRecord, plain: PricedMessage,
                  market: MarketRates) -> PricedMessage:
        at, customer_id = record.at, record.customer_id
        action = self._action(record)
        state = replace(self.states[customer_id], reachable=True)
        month = f"{at.year:04d}-{at.month:02d}"
        account = Account(month, self.service_opened[month])
        outcome = decide(state, action, at, self.regime, market.rates, account)
        if not outcome.accepted and state.consent is not Consent.OPTED_IN:
            # The ledger does not explain a send the workspace accepted: the consent it had
            # then is not recorded, so take it as given, as the acceptance itself.
            state = replace(state, consent=Consent.OPTED_IN)
            outcome = decide(state, action, at, self.regime, market.rates, account)
        if not outcome.accepted:
            note = outcome.refusal.message if outcome.refusal else "refused on replay"
            return replace(plain, note=f"not replayable: {note}")
        self.states[customer_id] = outcome.state
        if outcome.account.month == month:
            self.service_opened[month] = outcome.account.service_conversations
        return _priced(plain, outcome, state, at, self.regime, account, market)

    def _action(self, record: MessageRecord) -> SendText | SendTemplate:
        if record.kind != "template":
            return SendText(record.text)
        name, language = record.template_name or "", record.template_language or ""
        return SendTemplate(name, language, record.params,
                            self._template(name, language, record))

    def _template(self, name: str, language: str, record: MessageRecord) -> Template:
        template = self.catalog.get((name, language))
        if template is None:
            # Renamed since: its category as recorded (a template that joined a free entry
            # point costs nothing under any regime, whatever its category).
            stored = Category(record.category) if record.category else None
            category = stored if stored in TEMPLATE_CATEGORIES else Category.UTILITY
            template = Template(name, language, category, "", TemplateStatus.APPROVED)
        if template.body and check_params(template, record.params) is None:
            return template
        # Edited since: a body that takes the parameters that were sent.
        body = " ".join(f"{{{{{n}}}}}" for n in range(1, len(record.params) + 1)) or "-"
        return replace(template, body=body)


def _priced(plain: PricedMessage, outcome: Outcome, before: CustomerState, at: datetime,
            regime: Regime, account: Account, market: MarketRates) -> PricedMessage:
    use = outcome.conversation
    assert use is not None
    category = use.category
    entry = category is Category.FREE_ENTRY_POINT and not any(
        c.category is Category.FREE_ENTRY_POINT and at < c.expires_at
        for c in before.conversations
    )
    tier_free = (
        regime.has_free_tier and category is Category.SERVICE and bool(use.opened)
        and account.service_conversations < FREE_SERVICE_CONVERSATIONS_PER_MONTH
    )
    return replace(
        plain, category=category, opened=use.opened, expires=use.expires, free=use.free,
        charge=outcome.charge, counted=use.opened is not False, entry_point_opened=entry,
        in_window=before.window_open(at), tier_free=tier_free, rate=_rate(market, category),
    )


def _customer_action(record: MessageRecord) -> Action | None:
    if record.direction == "in":
        referral = Referral(record.referral) if record.referral else None
        return CustomerMessage(record.text, referral)
    if record.kind == "opt_in":
        return OptIn()
    if record.kind == "opt_out":
        return OptOut()
    return None


def _template_key(record: MessageRecord) -> tuple[str, str] | None:
    if record.kind != "template":
        return None
    return (record.template_name or "", record.template_language or "")


def _rate(market: MarketRates, category: Category | None) -> Decimal:
    return market.rate(category) if category in PRICED_CATEGORIES else ZERO


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
