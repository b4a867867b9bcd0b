"""The bill's sentences for people, shared by the Billing dock, the forecast and the HTML
report: in the user's language (English when no translation is installed)."""

from __future__ import annotations

from ..formats import count
from ..i18n import QT_TRANSLATE_NOOP, TranslatedLabels, translate
from ..rules.model import Reason
from .bill import Bill, FreeTier

REASON_LABELS = TranslatedLabels("RefusalReason", {
    Reason.UNDELIVERABLE: QT_TRANSLATE_NOOP("RefusalReason", "Undeliverable (no WhatsApp)"),
    Reason.TEMPLATE_NOT_FOUND: QT_TRANSLATE_NOOP("RefusalReason", "Template not found"),
    Reason.TEMPLATE_NOT_APPROVED: QT_TRANSLATE_NOOP("RefusalReason", "Template not approved"),
    Reason.TEMPLATE_PAUSED: QT_TRANSLATE_NOOP("RefusalReason", "Template paused"),
    Reason.TEMPLATE_DISABLED: QT_TRANSLATE_NOOP("RefusalReason", "Template disabled"),
    Reason.PARAM_MISMATCH: QT_TRANSLATE_NOOP("RefusalReason", "Wrong parameters"),
    Reason.WINDOW_CLOSED: QT_TRANSLATE_NOOP("RefusalReason", "Outside the 24-hour window"),
    Reason.OPTED_OUT: QT_TRANSLATE_NOOP("RefusalReason", "Opted out of marketing"),
    Reason.NO_OPT_IN: QT_TRANSLATE_NOOP("RefusalReason", "No opt-in"),
    Reason.US_MARKETING_PAUSED: QT_TRANSLATE_NOOP("RefusalReason", "US marketing paused"),
    Reason.MARKETING_LIMIT: QT_TRANSLATE_NOOP("RefusalReason", "Marketing limit (simulated)"),
    Reason.MARKETING_STOPPED: QT_TRANSLATE_NOOP("RefusalReason", "Customer stopped marketing"),
})
"""A refused message's reason in a few words, in the user's language."""


def tier_line(tier: FreeTier) -> str:
    """A month's free tier, and how many were charged past it."""
    if not tier.beyond:
        return tier.text
    return translate("Bill", "{tier} ({beyond} charged beyond it)").format(
        tier=tier.text, beyond=count(tier.beyond))


def counted_line(bill: Bill) -> str:
    """How many conversations (or messages) the bill counts."""
    text = translate("Bill", "{count} messages counted") if bill.regime.per_message else \
        translate("Bill", "{count} conversations counted")
    return text.format(count=count(bill.count))


def entry_points_count(bill: Bill) -> str:
    text = translate("Bill", "1 free entry point") if bill.entry_points == 1 else translate(
        "Bill", "{count} free entry points")
    return text.format(count=count(bill.entry_points))


def refused_count(bill: Bill) -> str:
    text = translate("Bill", "1 message refused") if bill.refused_total == 1 else translate(
        "Bill", "{count} messages refused")
    return text.format(count=count(bill.refused_total))


def entry_points_line(bill: Bill) -> str:
    return translate("Bill", "Free entry points opened: {count}").format(
        count=count(bill.entry_points))


def unreplayed_note(unreplayed: int) -> str:
    """Why some accepted messages cost nothing in a repriced bill."""
    return translate("Bill", "{count} accepted message(s) could not be decided again under "
                     "this regime and are counted as free.").format(count=count(unreplayed))
