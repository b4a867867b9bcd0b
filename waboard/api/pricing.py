"""The `pricing` and `conversation` objects of a status webhook for a stored business
message, as the rules report them (waboard.rules.reports)."""

from __future__ import annotations

import hashlib
from typing import Any

from waboard.rules.model import (
    Account,
    Category,
    ConversationUse,
    CustomerState,
    Outcome,
)
from waboard.rules.reports import conversation_object, pricing_object
from waboard.store import MessageRecord, Store

NO_STATE = CustomerState()


def reported(message: MessageRecord, store: Store, api_version: str
             ) -> tuple[dict[str, Any] | None, dict[str, Any] | None]:
    """(pricing, conversation) for an accepted business message."""
    if message.category is None:
        return None, None
    category = Category(message.category)
    use = ConversationUse(category, message.opened, message.expires, bool(message.free))
    # Only a per-message free entry point names its window's end through the state.
    needs_state = category is Category.FREE_ENTRY_POINT and message.expires is None
    state = store.customer_state(message.customer_id, message.at) if needs_state \
        else NO_STATE
    outcome = Outcome(True, None, use, message.charge, state, Account())
    return (pricing_object(outcome),
            conversation_object(outcome, conversation_id(message), api_version))


def conversation_id(message: MessageRecord) -> str:
    """Stable for one conversation: the customer, its category and its end."""
    seed = f"{message.customer_id}:{message.category}:{message.expires}"
    return hashlib.sha256(seed.encode()).hexdigest()[:32]
