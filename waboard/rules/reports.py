"""What the platform reports for a delivered business message (rules.md "What the platform
reports"): the `pricing` object of a status webhook and, under conversation pricing, the
`conversation` object.

Meta's values: `pricing_model` "CBP" (conversation-based) or "PMP" (per-message); `type`
"regular" (charged), "free_customer_service" (a free-form reply or a utility template inside
the customer service window, or a free service conversation) or "free_entry_point"; a free
entry point's category and origin type are "referral_conversion". From API v24.0 the
conversation object is sent only inside a free entry point window.
"""

from __future__ import annotations

from datetime import UTC
from typing import Any

from .model import Category, ConversationUse, Outcome

REFERRAL_CONVERSION = "referral_conversion"
CONVERSATION_ONLY_IN_ENTRY_POINTS_FROM = 24
"""The API version (major) from which the conversation object is sent only inside a free
entry point window."""


def _use(outcome: Outcome) -> ConversationUse | None:
    return outcome.conversation if outcome.accepted else None


def conversation_based(use: ConversationUse) -> bool:
    """Whether a message was priced by conversation (CBP): it was counted in a conversation
    with an expiry (per-message pricing opens none, but for Meta's July 2025 edge case)."""
    return use.opened is not None


def pricing_object(outcome: Outcome) -> dict[str, Any] | None:
    """Meta's `pricing` dict for an accepted business message; None for customer actions and
    refused messages."""
    use = _use(outcome)
    if use is None:
        return None
    entry_point = use.category is Category.FREE_ENTRY_POINT
    if entry_point:
        kind = "free_entry_point"
    elif use.free and (use.category is Category.SERVICE or use.category is Category.UTILITY):
        kind = "free_customer_service"
    else:
        kind = "regular"
    return {
        "billable": not use.free,
        "pricing_model": "CBP" if conversation_based(use) else "PMP",
        "type": kind,
        "category": REFERRAL_CONVERSION if entry_point else use.category.value,
    }


def conversation_object(
    outcome: Outcome, conversation_id: str, api_version: str = "v23.0"
) -> dict[str, Any] | None:
    """Meta's `conversation` dict (`id`, `origin.type`, `expiration_timestamp` as Unix
    seconds text) for a message counted in a conversation, or None when the platform sends
    none: per-message pricing outside a free entry point, and from v24.0 anything outside a
    free entry point window."""
    use = _use(outcome)
    if use is None:
        return None
    entry_point = use.category is Category.FREE_ENTRY_POINT
    if not entry_point and (not conversation_based(use)
                            or _major(api_version) >= CONVERSATION_ONLY_IN_ENTRY_POINTS_FROM):
        return None
    # Per-message pricing names no expiry on the use; the entry point is in the state.
    expires = use.expires or next(
        (c.expires_at for c in outcome.state.conversations if c.category is use.category), None)
    if expires is None:
        return None
    origin = REFERRAL_CONVERSION if entry_point else use.category.value
    return {
        "id": conversation_id,
        "origin": {"type": origin},
        "expiration_timestamp": str(int(expires.astimezone(UTC).timestamp())),
    }


def _major(api_version: str) -> int:
    """24 for "v24.0" (and for "24.0"); ValueError for anything else."""
    text = api_version.strip().lstrip("vV")
    try:
        return int(text.split(".")[0])
    except ValueError:
        raise ValueError(f"{api_version!r} is not an API version like v24.0") from None
