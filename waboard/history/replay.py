"""One replayer: a stored history decided again by the rules engine, message by message.

Every customer's state is rebuilt from the beginning:

- consent starts from the consent the customer was created with (`ledger.initial_consent`),
  then follows the stored opt-in and opt-out events;
- customer messages restart the window, with their referral (ads and Page buttons);
- a business message the workspace refused stays refused and changes nothing; an accepted
  one is decided again, with its template as it was sent (`actions.business_action`) and the
  customer taken as reachable (it was delivered). When the ledger does not explain the
  acceptance (the consent it had then is not recorded), the customer is taken as opted in;
- the business's monthly counters (the free tier, free-form messages, the volume tiers) are
  counted business-wide, month by month in the account's time zone, in the order the
  messages were decided, as the workspace counts them;
- under `auto` each message is decided under the regime in force at its instant, with the
  rates in force then (`markets` may answer per instant), and a template with the category
  it had at that instant (`actions.TemplateHistory`).

Under the regime and rates the workspace used, every accepted message is decided again as it
was stored; under another regime it is what the same history would have cost.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass, replace
from datetime import datetime
from typing import TYPE_CHECKING

from ..rules.engine import DEFAULT_SETTINGS, decide
from ..rules.model import (
    Account,
    AccountSettings,
    Action,
    Consent,
    CustomerState,
    Outcome,
    SendTemplate,
    SendText,
)
from ..rules.months import month_key
from ..rules.pricing import MarketRates
from ..rules.regimes import PricingChoice
from .actions import Catalog, TemplateHistory, business_action, customer_action
from .ledger import initial_consent

if TYPE_CHECKING:
    from ..store import MessageRecord, Store


@dataclass(frozen=True, slots=True)
class Step:
    """One stored message, replayed.

    `before` is the customer's state the decision saw (for a business message: reachable,
    and opted in when the ledger did not explain the acceptance). `outcome` is None for a
    business message the workspace refused (not decided again) and for a message that is
    no action (a stored Wait has no message). `account` is the business's free-tier count
    the decision saw.
    """

    record: MessageRecord
    action: Action | None
    before: CustomerState
    outcome: Outcome | None
    account: Account

    @property
    def business(self) -> bool:
        return isinstance(self.action, SendText | SendTemplate)

    @property
    def refused(self) -> bool:
        """The workspace refused this business message (it stays refused)."""
        return self.business and not self.record.accepted

    @property
    def replayed(self) -> bool:
        """An accepted business message the replay accepted as well."""
        return self.business and self.outcome is not None and self.outcome.accepted


def month_of(at: datetime, timezone: str = "UTC") -> str:
    """The month the monthly counters count an instant in (in the account's time zone), as
    YYYY-MM."""
    return month_key(at, timezone)


Pricer = Callable[[int, datetime], MarketRates]
"""A customer's rate card row at an instant."""
Markets = Mapping[int, MarketRates] | Pricer


def pricer_of(markets: Markets) -> Pricer:
    """Fixed rows (one per customer, at any instant) or rows that answer per instant."""
    if callable(markets):
        return markets
    return lambda customer_id, _at: markets[customer_id]


class Replayer:
    """Carries every customer's state and the business's monthly counts through a replay."""

    def __init__(self, regime: PricingChoice, markets: Markets, catalog: Catalog,
                 states: Mapping[int, CustomerState], *,
                 account: AccountSettings = DEFAULT_SETTINGS,
                 regions: Mapping[int, str] | None = None,
                 history: TemplateHistory | None = None) -> None:
        self.regime = regime
        self.price = pricer_of(markets)
        self.catalog = catalog
        self.states = dict(states)
        self.settings = account
        self.regions = regions or {}
        self.history = history or TemplateHistory(())
        self.account = Account()

    @classmethod
    def of(cls, store: Store, regime: PricingChoice, markets: Markets,
           account: AccountSettings = DEFAULT_SETTINGS) -> Replayer:
        """A replayer over the store's catalog, each customer starting from the consent they
        were created with."""
        catalog = {t.key: t for t in store.templates()}
        customers = [c for c in store.customers() if c.id is not None]
        states = {c.id: CustomerState(consent=initial_consent(store, c.id)) for c in customers}
        regions = {c.id: c.region for c in customers}
        return cls(regime, markets, catalog, states, account=account, regions=regions,
                   history=TemplateHistory(store.template_changes()))

    def step(self, record: MessageRecord) -> Step:
        """Replay one stored message (in the order they were added)."""
        cid, at = record.customer_id, record.at
        state = self.states[cid]
        month = month_of(at, self.settings.timezone)
        account = self.account if self.account.month == month else Account(month)
        action = customer_action(record)
        if action is not None:
            outcome = decide(state, action, at, self.regime, {}, account, self.settings)
            self.states[cid] = outcome.state
            return Step(record, action, state, outcome, account)
        if record.direction != "out":
            return Step(record, None, state, None, account)
        business = self.history.as_of(business_action(record, self.catalog), at)
        if not record.accepted:
            return Step(record, business, state, None, account)
        # It was delivered, so the number was reachable then
        market = self.price(cid, at)
        before = state if state.reachable else replace(state, reachable=True)
        outcome = self._decide(cid, before, business, at, market, account)
        if not outcome.accepted and before.consent is not Consent.OPTED_IN:
            before = replace(before, consent=Consent.OPTED_IN)
            outcome = self._decide(cid, before, business, at, market, account)
        if outcome.accepted:
            self.states[cid] = outcome.state
            self.account = outcome.account
        return Step(record, business, before, outcome, account)

    def _decide(self, customer_id: int, state: CustomerState, action: SendText | SendTemplate,
                at: datetime, market: MarketRates, account: Account) -> Outcome:
        return decide(state, action, at, self.regime, market.rates, account, self.settings,
                      tiers=market.tiers, market=market.market,
                      region=self.regions.get(customer_id, ""))


def replay(store: Store, regime: PricingChoice, markets: Markets,
           account: AccountSettings = DEFAULT_SETTINGS) -> Iterator[Step]:
    """Every stored message replayed under `regime` (a regime or `auto`) with each
    customer's `markets` row (fixed, or per instant) and the business `account`."""
    replayer = Replayer.of(store, regime, markets, account)
    for record in store.all_messages():
        yield replayer.step(record)
