"""Plain-language sentences for the rules' decisions, shared by the GUI and reports."""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from .i18n import QT_TRANSLATE_NOOP, translate
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
    Category.MARKETING: QT_TRANSLATE_NOOP("Category", "Marketing"),
    Category.UTILITY: QT_TRANSLATE_NOOP("Category", "Utility"),
    Category.AUTHENTICATION: QT_TRANSLATE_NOOP("Category", "Authentication"),
    Category.SERVICE: QT_TRANSLATE_NOOP("Category", "Service"),
    Category.FREE_ENTRY_POINT: QT_TRANSLATE_NOOP("Category", "Free entry point"),
    Category.AUTHENTICATION_INTERNATIONAL: QT_TRANSLATE_NOOP(
        "Category", "Authentication (international)"),
}
"""The categories' English names: `category_label` says them in the user's language."""

CATEGORY_CODES = {
    Category.MARKETING: QT_TRANSLATE_NOOP("CategoryCode", "MARKETING"),
    Category.UTILITY: QT_TRANSLATE_NOOP("CategoryCode", "UTILITY"),
    Category.AUTHENTICATION: QT_TRANSLATE_NOOP("CategoryCode", "AUTHENTICATION"),
    Category.SERVICE: QT_TRANSLATE_NOOP("CategoryCode", "SERVICE"),
    Category.FREE_ENTRY_POINT: QT_TRANSLATE_NOOP("CategoryCode", "FREE_ENTRY_POINT"),
    Category.AUTHENTICATION_INTERNATIONAL: QT_TRANSLATE_NOOP(
        "CategoryCode", "AUTHENTICATION_INTERNATIONAL"),
}
"""A category as the picker's line names it in capitals, the way Meta's pricing pages do."""

REASON_RULES = {
    Reason.UNDELIVERABLE: QT_TRANSLATE_NOOP(
        "RuleSentences",
        "Messages to a number without a WhatsApp account are never delivered, so nothing "
        "opens and nothing is charged."),
    Reason.TEMPLATE_NOT_FOUND: QT_TRANSLATE_NOOP(
        "RuleSentences", "Only templates registered in this name and language can be sent."),
    Reason.TEMPLATE_NOT_APPROVED: QT_TRANSLATE_NOOP(
        "RuleSentences",
        "Only approved templates can be sent; pending and rejected ones do not exist for the "
        "platform."),
    Reason.TEMPLATE_PAUSED: QT_TRANSLATE_NOOP(
        "RuleSentences", "A paused template cannot be sent until its quality recovers."),
    Reason.TEMPLATE_DISABLED: QT_TRANSLATE_NOOP(
        "RuleSentences", "A disabled template can no longer be sent."),
    Reason.PARAM_MISMATCH: QT_TRANSLATE_NOOP(
        "RuleSentences",
        "A template needs exactly one value per {{n}} parameter, and its body must stay "
        "within 1,024 characters."),
    Reason.WINDOW_CLOSED: QT_TRANSLATE_NOOP(
        "RuleSentences",
        "Free-form messages can only be sent within 24 hours of the customer's last message; "
        "after that only a template can reach them."),
    Reason.OPTED_OUT: QT_TRANSLATE_NOOP(
        "RuleSentences", "A customer who opted out receives no marketing template at all."),
    Reason.NO_OPT_IN: QT_TRANSLATE_NOOP(
        "RuleSentences",
        "A template sent outside the customer service window needs the customer's opt-in."),
    Reason.US_MARKETING_PAUSED: QT_TRANSLATE_NOOP(
        "RuleSentences",
        "Since 1 April 2025 Meta does not deliver marketing templates to United States "
        "numbers."),
    Reason.MARKETING_LIMIT: QT_TRANSLATE_NOOP(
        "RuleSentences",
        "Meta caps how many marketing templates one person receives; this workspace "
        "simulates the cap as a limit per rolling 24 hours."),
    Reason.MARKETING_STOPPED: QT_TRANSLATE_NOOP(
        "RuleSentences",
        "The customer stopped this business's marketing messages in WhatsApp itself; other "
        "templates still reach them."),
}
"""The rule behind each refusal, in English: `reason_rule` says it in the user's language."""

_FREE_REASONS = {
    Category.FREE_ENTRY_POINT: QT_TRANSLATE_NOOP(
        "Consequence", "inside the free entry point's 72 hours"),
    Category.UTILITY: QT_TRANSLATE_NOOP(
        "Consequence", "utility templates inside the customer service window are free"),
    Category.SERVICE: QT_TRANSLATE_NOOP("Consequence", "free-form replies are free"),
}


def category_label(category: Category | str) -> str:
    """A category's name in the user's language ("Marketing")."""
    return translate("Category", CATEGORY_LABELS[Category(category)])


def category_code(category: Category | str) -> str:
    """A category in capitals, in the user's language ("MARKETING")."""
    return translate("CategoryCode", CATEGORY_CODES[Category(category)])


def reason_rule(reason: Reason | str) -> str:
    """The rule behind a refusal, in one sentence in the user's language."""
    return translate("RuleSentences", REASON_RULES[Reason(reason)])


def refusal_note(refusal: Refusal) -> str:
    """A refused message as the chat's note says it: "Not sent (131047): ..."."""
    return _refused(refusal, "OutcomeNote",
                    QT_TRANSLATE_NOOP("OutcomeNote", "Not sent ({code}): {reason}"),
                    QT_TRANSLATE_NOOP("OutcomeNote", "Not sent: {reason}"))


def _refused(refusal: Refusal, context: str, with_code: str, without_code: str) -> str:
    text = with_code if refusal.code else without_code
    return translate(context, text).format(code=refusal.code, reason=refusal.shown)


def outcome_note(outcome: Outcome, market: MarketRates, regime: Regime) -> str:
    """What happened to a business message, as the chat's system note says it."""
    if outcome.refusal is not None:
        return refusal_note(outcome.refusal)
    use = outcome.conversation
    if use is None:
        return ""
    label = category_label(use.category)
    values = {"label": label, "category": label.lower(), "market": market.market,
              "charge": exact_money(outcome.charge, market.currency)}
    if regime.per_message:
        if use.category is Category.FREE_ENTRY_POINT:
            text = QT_TRANSLATE_NOOP("OutcomeNote",
                                     "Free entry point: every message is free for 72 h")
        elif outcome.charge:
            text = QT_TRANSLATE_NOOP("OutcomeNote", "Charged as {category}: {charge} ({market})")
        else:
            text = QT_TRANSLATE_NOOP("OutcomeNote", "{label} message: free")
    elif not use.opened:
        text = QT_TRANSLATE_NOOP("OutcomeNote",
                                 "Counted in the open {category} conversation: no charge")
    elif use.category is Category.FREE_ENTRY_POINT:
        text = QT_TRANSLATE_NOOP("OutcomeNote", "Free entry point conversation opened (72 h), free")
    elif outcome.charge:
        text = QT_TRANSLATE_NOOP("OutcomeNote",
                                 "{label} conversation opened, charged {charge} ({market})")
    elif not regime.has_free_tier:
        text = QT_TRANSLATE_NOOP(
            "OutcomeNote",
            "{label} conversation opened, free (service is free since November 2024)")
    elif use.category is Category.SERVICE:
        text = QT_TRANSLATE_NOOP("OutcomeNote",
                                 "{label} conversation opened, free (monthly free tier)")
    else:
        text = QT_TRANSLATE_NOOP("OutcomeNote", "{label} conversation opened, free")
    return translate("OutcomeNote", text).format(**values)


def consequence(outcome: Outcome, market: MarketRates, regime: Regime, name: str) -> str:
    """What sending would do, said before sending (the template picker's line)."""
    if outcome.refusal is not None:
        return _refused(outcome.refusal, "Consequence",
                        QT_TRANSLATE_NOOP("Consequence", "Will be refused {code}: {reason}"),
                        QT_TRANSLATE_NOOP("Consequence", "Will be refused: {reason}"))
    use = outcome.conversation
    assert use is not None
    values = {"name": name, "market": market.market, "code": category_code(use.category),
              "price": exact_money(outcome.charge, market.currency)}
    if regime.per_message:
        if outcome.charge:
            text = QT_TRANSLATE_NOOP("Consequence",
                                     "Charged as {code} to {name}: {price} ({market})")
        else:
            why = translate("Consequence", _FREE_REASONS.get(use.category)
                            or QT_TRANSLATE_NOOP("Consequence", "no charge"))
            return translate("Consequence", "Free to {name}: {why}").format(name=name, why=why)
    elif use.opened and outcome.charge:
        text = QT_TRANSLATE_NOOP("Consequence",
                                 "Opens a {code} conversation with {name}: {price} ({market})")
    elif use.opened:
        text = QT_TRANSLATE_NOOP("Consequence", "Opens a {code} conversation with {name}: free")
    else:
        values["category"] = category_label(use.category).lower()
        text = QT_TRANSLATE_NOOP("Consequence", "Joins the open {category} conversation: free")
    return translate("Consequence", text).format(**values)


def rule_sentence(action: Action, outcome: Outcome, regime: Regime) -> str:
    """The one rule that decided this action, in one sentence in the user's language (the
    activity log's)."""
    return translate("RuleSentences", rule_source(action, outcome, regime))


def rule_source(action: Action, outcome: Outcome, regime: Regime) -> str:
    """`rule_sentence` in English (the lessons' own languages start from it)."""
    if outcome.refusal is not None:
        return REASON_RULES[outcome.refusal.reason]
    if isinstance(action, CustomerMessage):
        if action.referral is not None:
            return QT_TRANSLATE_NOOP(
                "RuleSentences",
                "A message from an ad or a Page button opens the customer service window and "
                "makes the business's first reply a free entry point.")
        return QT_TRANSLATE_NOOP(
            "RuleSentences",
            "A customer message opens, or restarts, the 24-hour customer service window.")
    if isinstance(action, OptIn):
        return QT_TRANSLATE_NOOP(
            "RuleSentences",
            "With an opt-in, templates may reach the customer outside the window.")
    if isinstance(action, OptOut):
        return QT_TRANSLATE_NOOP(
            "RuleSentences",
            "After an opt-out no marketing template may be sent to the customer.")
    if isinstance(action, StopMarketing):
        return QT_TRANSLATE_NOOP(
            "RuleSentences",
            "A customer who stops a business's promotions in WhatsApp receives no marketing "
            "template from it (131050); the consent ledger is unchanged.")
    if isinstance(action, ResumeMarketing):
        return QT_TRANSLATE_NOOP(
            "RuleSentences",
            "A customer who resumes promotions in WhatsApp receives marketing templates again.")
    use = outcome.conversation
    if not isinstance(action, SendText | SendTemplate) or use is None:
        return QT_TRANSLATE_NOOP("RuleSentences", "Only time passes.")
    if use.category is Category.FREE_ENTRY_POINT:
        return QT_TRANSLATE_NOOP(
            "RuleSentences",
            "After an ad or Page button, the business's first reply opens a free 72-hour entry "
            "point in which every message is free.")
    if regime.per_message:
        if outcome.charge:
            return QT_TRANSLATE_NOOP(
                "RuleSentences",
                "Per-message pricing charges every delivered template of this category.")
        return QT_TRANSLATE_NOOP(
            "RuleSentences",
            "Per-message pricing: free-form replies, and utility templates inside the window, "
            "are free.")
    if not use.opened:
        if isinstance(action, SendText):
            return QT_TRANSLATE_NOOP(
                "RuleSentences",
                "A free-form reply joins the earliest open conversation of any category at no "
                "charge.")
        return QT_TRANSLATE_NOOP(
            "RuleSentences",
            "A template joins the open conversation of its own category at no charge.")
    if isinstance(action, SendText):
        return QT_TRANSLATE_NOOP(
            "RuleSentences",
            "A free-form reply with no conversation open opens a 24-hour service conversation.")
    return QT_TRANSLATE_NOOP(
        "RuleSentences",
        "A template opens a 24-hour conversation of its category when none of that category "
        "is open.")


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
