"""Plain-language sentences for the rules' decisions, shared by the GUI and reports."""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from .money import exact_money
from .rules.engine import NO_ACCOUNT
from .rules.model import (
    ZERO,
    Action,
    Category,
    Conversation,
    ConversationUse,
    CustomerMessage,
    CustomerState,
    OptIn,
    OptOut,
    Outcome,
    Reason,
    Refusal,
    Regime,
    ResumeMarketing,
    SendTemplate,
    SendText,
    StopMarketing,
)
from .rules.pricing import MarketRates
from .rules.reports import conversation_object, pricing_object
from .store import MessageRecord

DEFAULT_API_VERSION = "v23.0"
"""The Graph API version the platform objects are reported as (v24.0 sends the conversation
object only inside a free entry point window)."""

CATEGORY_LABELS = {
    Category.MARKETING: "Marketing",
    Category.UTILITY: "Utility",
    Category.AUTHENTICATION: "Authentication",
    Category.SERVICE: "Service",
    Category.FREE_ENTRY_POINT: "Free entry point",
    Category.AUTHENTICATION_INTERNATIONAL: "Authentication (international)",
}

REASON_RULES = {
    Reason.UNDELIVERABLE: "Messages to a number without a WhatsApp account are never "
    "delivered, so nothing opens and nothing is charged.",
    Reason.TEMPLATE_NOT_FOUND: "Only templates registered in this name and language can be sent.",
    Reason.TEMPLATE_NOT_APPROVED: "Only approved templates can be sent; pending and rejected "
    "ones do not exist for the platform.",
    Reason.TEMPLATE_PAUSED: "A paused template cannot be sent until its quality recovers.",
    Reason.TEMPLATE_DISABLED: "A disabled template can no longer be sent.",
    Reason.PARAM_MISMATCH: "A template needs exactly one value per {{n}} parameter, and its "
    "body must stay within 1,024 characters.",
    Reason.WINDOW_CLOSED: "Free-form messages can only be sent within 24 hours of the "
    "customer's last message; after that only a template can reach them.",
    Reason.OPTED_OUT: "A customer who opted out receives no marketing template at all.",
    Reason.NO_OPT_IN: "A template sent outside the customer service window needs the "
    "customer's opt-in.",
    Reason.US_MARKETING_PAUSED: "Since 1 April 2025 Meta does not deliver marketing templates "
    "to United States numbers.",
    Reason.MARKETING_LIMIT: "Meta caps how many marketing templates one person receives; this "
    "workspace simulates the cap as a limit per rolling 24 hours.",
    Reason.MARKETING_STOPPED: "The customer stopped this business's marketing messages in "
    "WhatsApp itself; other templates still reach them.",
}


def category_label(category: Category | str) -> str:
    return CATEGORY_LABELS[Category(category)]


def outcome_note(outcome: Outcome, market: MarketRates, regime: Regime) -> str:
    """What happened to a business message, as the chat's system note says it."""
    if outcome.refusal is not None:
        refusal = outcome.refusal
        code = f" ({refusal.code})" if refusal.code else ""
        return f"Not sent{code}: {refusal.message}"
    use = outcome.conversation
    if use is None:
        return ""
    label = category_label(use.category)
    where = f" ({market.market})"
    if regime.per_message:
        if use.category is Category.FREE_ENTRY_POINT:
            return "Free entry point: every message is free for 72 h"
        if outcome.charge:
            charge = exact_money(outcome.charge, market.currency)
            return f"Charged as {label.lower()}: {charge}{where}"
        return f"{label} message: free"
    if not use.opened:
        return f"Counted in the open {label.lower()} conversation: no charge"
    if use.category is Category.FREE_ENTRY_POINT:
        return "Free entry point conversation opened (72 h), free"
    if outcome.charge:
        charged = exact_money(outcome.charge, market.currency)
        return f"{label} conversation opened, charged {charged}{where}"
    why = " (service is free since November 2024)" if not regime.has_free_tier else (
        " (monthly free tier)" if use.category is Category.SERVICE else "")
    return f"{label} conversation opened, free{why}"


def consequence(outcome: Outcome, market: MarketRates, regime: Regime, name: str) -> str:
    """What sending would do, said before sending (the template picker's line)."""
    if outcome.refusal is not None:
        refusal = outcome.refusal
        code = f" {refusal.code}" if refusal.code else ""
        return f"Will be refused{code}: {refusal.message}"
    use = outcome.conversation
    assert use is not None
    price = exact_money(outcome.charge, market.currency)
    if regime.per_message:
        if outcome.charge:
            return f"Charged as {use.category.value.upper()} to {name}: {price} ({market.market})"
        return f"Free to {name}: {_free_reason(use.category)}"
    if use.opened:
        cost = f"{price} ({market.market})" if outcome.charge else "free"
        return f"Opens a {use.category.value.upper()} conversation with {name}: {cost}"
    return f"Joins the open {category_label(use.category).lower()} conversation: free"


def _free_reason(category: Category) -> str:
    return {
        Category.FREE_ENTRY_POINT: "inside the free entry point's 72 hours",
        Category.UTILITY: "utility templates inside the customer service window are free",
        Category.SERVICE: "free-form replies are free",
    }.get(category, "no charge")


def rule_sentence(action: Action, outcome: Outcome, regime: Regime) -> str:
    """The one rule that decided this action, in one sentence (for the activity log)."""
    if outcome.refusal is not None:
        return REASON_RULES[outcome.refusal.reason]
    if isinstance(action, CustomerMessage):
        if action.referral is not None:
            return ("A message from an ad or a Page button opens the customer service window "
                    "and makes the business's first reply a free entry point.")
        return "A customer message opens, or restarts, the 24-hour customer service window."
    if isinstance(action, OptIn):
        return "With an opt-in, templates may reach the customer outside the window."
    if isinstance(action, OptOut):
        return "After an opt-out no marketing template may be sent to the customer."
    if isinstance(action, StopMarketing):
        return ("A customer who stops a business's promotions in WhatsApp receives no "
                "marketing template from it (131050); the consent ledger is unchanged.")
    if isinstance(action, ResumeMarketing):
        return "A customer who resumes promotions in WhatsApp receives marketing templates again."
    use = outcome.conversation
    if not isinstance(action, SendText | SendTemplate) or use is None:
        return "Only time passes."
    if use.category is Category.FREE_ENTRY_POINT:
        return ("After an ad or Page button, the business's first reply opens a free 72-hour "
                "entry point in which every message is free.")
    if regime.per_message:
        if outcome.charge:
            return "Per-message pricing charges every delivered template of this category."
        return ("Per-message pricing: free-form replies, and utility templates inside the "
                "window, are free.")
    if not use.opened:
        if isinstance(action, SendText):
            return ("A free-form reply joins the earliest open conversation of any category "
                    "at no charge.")
        return "A template joins the open conversation of its own category at no charge."
    if isinstance(action, SendText):
        return "A free-form reply with no conversation open opens a 24-hour service conversation."
    return ("A template opens a 24-hour conversation of its category when none of that "
            "category is open.")


def record_outcome(record: MessageRecord,
                   conversations: Iterable[Conversation] = ()) -> Outcome:
    """The decision a stored message records, as the rules' Outcome (its state holds only
    `conversations`, the customer's conversations, when given)."""
    refusal = None
    if not record.accepted and record.reason:
        refusal = Refusal(Reason(record.reason), record.error_message or "", record.error_code)
    use = None
    if record.category:
        use = ConversationUse(Category(record.category), record.opened, record.expires,
                              bool(record.free))
    return Outcome(record.accepted, refusal, use, record.charge or ZERO,
                   CustomerState(conversations=tuple(conversations)), NO_ACCOUNT)


@dataclass(frozen=True, slots=True)
class PlatformReport:
    """What the platform reports for a business message (rules/reports.py): Meta's
    `pricing` object and, where it sends one, the `conversation` object."""

    pricing: dict[str, Any] | None
    conversation: dict[str, Any] | None

    def as_text(self) -> str:
        """The objects as the status webhook carries them, indented JSON."""
        lines = []
        for name in ("pricing", "conversation"):
            value = getattr(self, name)
            if value is not None:
                lines.append(f'"{name}": {json.dumps(value, indent=2)}')
        return "\n".join(lines)


def platform_report(record: MessageRecord, conversations: Iterable[Conversation] = (),
                    api_version: str = DEFAULT_API_VERSION) -> PlatformReport:
    """What the platform reported for a stored business message. `conversations` are the
    customer's (the store's rows): per-message pricing names a free entry point's expiry
    only there. A conversation's id is derived from the customer, its origin and its expiry,
    so every message counted in it carries the same one."""
    around = [c for c in conversations if c.opened_at <= record.at < c.expires_at]
    outcome = record_outcome(record, around)
    conversation = conversation_object(outcome, "", api_version)
    if conversation is not None:
        seed = (f"{record.customer_id}/{conversation['origin']['type']}/"
                f"{conversation['expiration_timestamp']}")
        conversation["id"] = hashlib.sha1(seed.encode(), usedforsecurity=False).hexdigest()
    return PlatformReport(pricing_object(outcome), conversation)
