"""One replayer: a stored history decided again by the rules engine, message by message.

Every customer's state is rebuilt from the beginning:

- consent starts from the consent the customer was created with (`ledger.initial_consent`),
  then follows the stored opt-in and opt-out events;
- customer messages restart the window, with their referral (ads and Page buttons);
- a business message the workspace refused stays refused and changes nothing; an accepted
  one is decided again, with its template as it was sent (`actions.business_action`) and the
  customer taken as reachable (it was delivered). When the ledger does not explain the
  acceptance (the consent it had then is not recorded), the customer is taken as opted in;
- the monthly free tier is counted business-wide, month by month, in the order the messages
  were decided, as the workspace counts it.

Under the regime and rates the workspace used, every accepted message is decided again as it
was stored; under another regime it is what the same history would have cost.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, replace
from datetime import datetime
from typing import TYPE_CHECKING

from ..rules.engine import decide
from ..rules.model import (
    Account,
    Action,
    Consent,
    CustomerState,
    Outcome,
    Regime,
    SendTemplate,
    SendText,
)
from ..rules.pricing import MarketRates
from .actions import Catalog, business_action, customer_action
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


def month_of(at: datetime) -> str:
    """The UTC month the free tier counts an instant in, as YYYY-MM."""
    return f"{at.year:04d}-{at.month:02d}"


class Replayer:
    """Carries every customer's state and the business's monthly counts through a replay."""

    def __init__(self, regime: Regime, markets: Mapping[int, MarketRates], catalog: Catalog,
                 states: Mapping[int, CustomerState]) -> None:
        self.regime = regime
        self.markets = markets
        self.catalog = catalog
        self.states = dict(states)
        self.service_opened: Counter[str] = Counter()

    @classmethod
    def of(cls, store: Store, regime: Regime, markets: Mapping[int, MarketRates]) -> Replayer:
        """A replayer over the store's catalog, each customer of `markets` starting from the
        consent they were created with."""
        catalog = {t.key: t for t in store.templates()}
        states = {cid: CustomerState(consent=initial_consent(store, cid)) for cid in markets}
        return cls(regime, markets, catalog, states)

    def step(self, record: MessageRecord) -> Step:
        """Replay one stored message (in the order they were added)."""
        cid, at = record.customer_id, record.at
        state, rates = self.states[cid], self.markets[cid].rates
        month = month_of(at)
        account = Account(month, self.service_opened[month])
        action = customer_action(record)
        if action is not None:
            outcome = decide(state, action, at, self.regime, rates)
            self.states[cid] = outcome.state
            return Step(record, action, state, outcome, account)
        if record.direction != "out":
            return Step(record, None, state, None, account)
        business = business_action(record, self.catalog)
        if not record.accepted:
            return Step(record, business, state, None, account)
        # It was delivered, so the number was reachable then
        before = state if state.reachable else replace(state, reachable=True)
        outcome = decide(before, business, at, self.regime, rates, account)
        if not outcome.accepted and before.consent is not Consent.OPTED_IN:
            before = replace(before, consent=Consent.OPTED_IN)
            outcome = decide(before, business, at, self.regime, rates, account)
        if outcome.accepted:
            self.states[cid] = outcome.state
            if outcome.account.month == month:
                self.service_opened[month] = outcome.account.service_conversations
        return Step(record, business, before, outcome, account)


def replay(store: Store, regime: Regime, markets: Mapping[int, MarketRates]) -> Iterator[Step]:
    """Every stored message replayed under `regime` with each customer's `markets` row."""
    replayer = Replayer.of(store, regime, markets)
    for record in store.all_messages():
        yield replayer.step(record)
