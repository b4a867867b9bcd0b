"""The history replayed under each regime ("what if"), kept until a change that matters.

A replay reads the whole history, so the Billing view keeps one per pricing choice and
drops them only when something a replay reads may have changed: messages, customers,
templates, settings (the pricing choice, the account, the rate card), or a step through
the history (undo, redo, rewind: every kind at once). The clock's moves keep them. Below
`AUTOMATIC_UP_TO` messages a replay is quick enough to run whenever it is needed; above it
the view asks for it (`wanted`).
"""

from __future__ import annotations

from collections.abc import Callable

from ..changes import Change, ChangeKind
from ..rules.pricing import RateCard
from ..rules.regimes import PricingChoice
from ..store import Store
from .replay import PricedMessage, reprice

AUTOMATIC_UP_TO = 10_000
"""Histories of up to this many messages are replayed without being asked."""


class Replays:
    """Replays of one store's history, one per pricing choice, cached (see the module
    docstring). `rate_card` gives the card a replay prices with (the one in use)."""

    def __init__(self, store: Store, rate_card: Callable[[], RateCard]) -> None:
        self._store = store
        self._rate_card = rate_card
        self._priced: dict[PricingChoice, list[PricedMessage]] = {}
        self.count = 0
        """How many replays were run (the tests' and the bench's witness)."""

    def changed(self, change: Change) -> None:
        """A workspace change: drop the replays unless it was the clock's."""
        if change.kind is not ChangeKind.CLOCK:
            self._priced.clear()

    def has(self, regime: PricingChoice) -> bool:
        return regime in self._priced

    @property
    def automatic(self) -> bool:
        """Whether the history is small enough to replay without asking."""
        return self._store.message_count() <= AUTOMATIC_UP_TO

    def priced(self, regime: PricingChoice) -> list[PricedMessage]:
        """The history replayed under `regime` (run now unless kept)."""
        if regime not in self._priced:
            self._priced[regime] = reprice(self._store, regime, self._rate_card())
            self.count += 1
        return self._priced[regime]
