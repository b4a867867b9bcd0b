"""The `pricing` and `conversation` objects of a status webhook (rules.md "What the platform
reports"), from how the store recorded an accepted business message."""

from __future__ import annotations

import hashlib
from typing import Any

from waboard.rules.model import Category, Regime
from waboard.store import MessageRecord

FEP = Category.FREE_ENTRY_POINT.value
REFERRAL_CONVERSION = "referral_conversion"
CONVERSATION_ONLY_IN_ENTRY_POINTS_FROM = 24.0
"""From Graph API v24.0 the conversation object comes only inside a free entry point."""


def pricing_object(message: MessageRecord, regime: Regime,
                   template_category: str | None = None) -> dict[str, Any]:
    """`template_category` names what a template is under a per-message free entry point."""
    per_message = regime.per_message
    category = message.category or Category.SERVICE.value
    free = bool(message.free)
    if category == FEP:
        kind = "free_entry_point"
    elif free and (per_message or category == Category.SERVICE.value):
        kind = "free_customer_service"
    else:
        kind = "regular"
    shown = REFERRAL_CONVERSION if category == FEP and not per_message else category
    if category == FEP and per_message:
        shown = template_category or Category.SERVICE.value
    return {"billable": not free, "pricing_model": "PMP" if per_message else "CBP",
            "type": kind, "category": shown}


def conversation_object(message: MessageRecord, regime: Regime,
                        api_version: float) -> dict[str, Any] | None:
    """The conversation a message was counted in, or None where Meta sends none."""
    if regime.per_message or message.expires is None or message.category is None:
        return None
    entry_point = message.category == FEP
    if api_version >= CONVERSATION_ONLY_IN_ENTRY_POINTS_FROM and not entry_point:
        return None
    origin = REFERRAL_CONVERSION if entry_point else message.category
    seed = f"{message.customer_id}:{message.category}:{message.expires.isoformat()}"
    return {
        "id": hashlib.sha256(seed.encode()).hexdigest()[:32],
        "origin": {"type": origin},
        "expiration_timestamp": str(int(message.expires.timestamp())),
    }
