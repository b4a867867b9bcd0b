"""The rules engine: one pure function from (state, action, instant) to an outcome.

Everything rules.md says is decided here, in its order of checks: reachability, template
checks, the customer service window, consent, then the conversation joined or opened and
its charge under the workspace's pricing regime.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import datetime
from decimal import Decimal

from .model import (
    DAY,
    FREE_ENTRY_POINT_SPAN,
    FREE_SERVICE_CONVERSATIONS_PER_MONTH,
    ZERO,
    Account,
    Action,
    Category,
    Consent,
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
    SendTemplate,
    SendText,
    TemplateStatus,
    Wait,
)
from .templates import check_params

Rates = Mapping[Category, Decimal]
NO_ACCOUNT = Account()


def decide(
    state: CustomerState,
    action: Action,
    at: datetime,
    regime: Regime,
    rates: Rates,
    account: Account = NO_ACCOUNT,
) -> Outcome:
    """Decide one action for one customer at instant `at` (aware UTC datetime)."""
    if isinstance(action, (SendText, SendTemplate)):  # noqa: UP038 (a tuple is faster)
        return _business_message(state, action, at, regime, rates, account)
    if isinstance(action, CustomerMessage):
        pending = action.referral is not None or (
            state.entry_point_pending and state.window_open(at)
        )
        state = _replace(state, last_inbound_at=at, entry_point_pending=pending)
    elif isinstance(action, OptIn):
        state = _replace(state, consent=Consent.OPTED_IN)
    elif isinstance(action, OptOut):
        state = _replace(state, consent=Consent.OPTED_OUT)
    elif not isinstance(action, Wait):
        raise TypeError(f"not an action: {action!r}")
    return Outcome(True, None, None, ZERO, _settled(state, at), account)


UNDELIVERABLE = Refusal.of(
    Reason.UNDELIVERABLE, "Message undeliverable: the number has no WhatsApp account")
WINDOW_CLOSED = Refusal.of(
    Reason.WINDOW_CLOSED,
    "Re-engagement message: more than 24 hours have passed since the customer last replied")
OPTED_OUT = Refusal.of(
    Reason.OPTED_OUT, "The customer has chosen to stop receiving marketing messages")
NO_OPT_IN = Refusal.of(
    Reason.NO_OPT_IN, "No opt-in: a business-initiated template needs the customer's consent")
TEMPLATE_PAUSED = Refusal.of(Reason.TEMPLATE_PAUSED, "Template is paused")
TEMPLATE_DISABLED = Refusal.of(Reason.TEMPLATE_DISABLED, "Template is disabled")


def refusal_for(
    state: CustomerState, action: SendText | SendTemplate, at: datetime
) -> Refusal | None:
    """Why the platform would refuse this business message now, in rules.md's order."""
    return _refusal(state, action, state.window_open(at))


def _refusal(
    state: CustomerState, action: SendText | SendTemplate, window_open: bool
) -> Refusal | None:
    if not state.reachable:
        return UNDELIVERABLE
    if not isinstance(action, SendTemplate):
        return None if window_open else WINDOW_CLOSED
    refusal = _template_refusal(action)
    if refusal is not None:
        return refusal
    template = action.template
    assert template is not None
    consent = state.consent
    if consent is Consent.OPTED_OUT and template.category is Category.MARKETING:
        return OPTED_OUT
    if not window_open and consent is not Consent.OPTED_IN:
        return NO_OPT_IN
    return None


def _template_refusal(action: SendTemplate) -> Refusal | None:
    template = action.template
    if template is None:
        return Refusal.of(Reason.TEMPLATE_NOT_FOUND, f"Template name does not exist in the "
                          f"translation: no template {action.name!r} in {action.language}")
    status = template.status
    if status is TemplateStatus.PAUSED:
        return TEMPLATE_PAUSED
    if status is TemplateStatus.DISABLED:
        return TEMPLATE_DISABLED
    if status is not TemplateStatus.APPROVED:
        return Refusal.of(Reason.TEMPLATE_NOT_APPROVED, f"Template name does not exist in the "
                          f"translation: {template.name!r} is {status.value}, not approved")
    problem = check_params(template, action.params)
    if problem:
        return Refusal.of(Reason.PARAM_MISMATCH, problem.message, problem.code)
    return None


def _business_message(
    state: CustomerState,
    action: SendText | SendTemplate,
    at: datetime,
    regime: Regime,
    rates: Rates,
    account: Account,
) -> Outcome:
    state = _settled(state, at)
    window_open = state.window_open(at)
    refusal = _refusal(state, action, window_open)
    if refusal is not None:
        return Outcome(False, refusal, None, ZERO, state, account)
    category = (
        action.template.category if isinstance(action, SendTemplate) and action.template
        else Category.SERVICE
    )
    open_now = state.conversations
    entry = next((c for c in open_now if c.category is Category.FREE_ENTRY_POINT), None)
    if entry is None and window_open and state.entry_point_pending:
        entry = Conversation(Category.FREE_ENTRY_POINT, at, at + FREE_ENTRY_POINT_SPAN, ZERO)
        state = _replace(state, entry_point_pending=False, conversations=(entry,))
        return _accepted(state, account, entry, opened=True, regime=regime)
    if window_open and state.entry_point_pending:
        state = _replace(state, entry_point_pending=False)
    if entry is not None:
        return _accepted(state, account, entry, opened=False, regime=regime)
    if regime.per_message:
        return _per_message(state, account, category, window_open, rates)
    if category is Category.SERVICE:
        joined = open_now[0] if open_now else None
    else:
        joined = next((c for c in open_now if c.category is category), None)
    if joined is not None:
        return _accepted(state, account, joined, opened=False, regime=regime)
    charge = rates.get(category, ZERO)
    if category is Category.SERVICE:
        charge, account = _service_charge(charge, at, regime, account)
    opened = Conversation(category, at, at + DAY, charge)
    state = _replace(state, conversations=(*open_now, opened))
    return _accepted(state, account, opened, opened=True, regime=regime)


def _service_charge(
    rate: Decimal, at: datetime, regime: Regime, account: Account
) -> tuple[Decimal, Account]:
    """A new service conversation's charge, and the account counting it against the tier."""
    if not regime.has_free_tier:
        return ZERO, account
    month = f"{at.year:04d}-{at.month:02d}"
    used = account.service_conversations if account.month == month else 0
    account = Account(month, used + 1)
    return (ZERO if used < FREE_SERVICE_CONVERSATIONS_PER_MONTH else rate), account


def _per_message(
    state: CustomerState, account: Account, category: Category, window_open: bool, rates: Rates
) -> Outcome:
    free = category is Category.SERVICE or (category is Category.UTILITY and window_open)
    charge = ZERO if free else rates.get(category, ZERO)
    use = ConversationUse(category, None, None, charge == ZERO)
    return Outcome(True, None, use, charge, state, account)


def _accepted(
    state: CustomerState, account: Account, conversation: Conversation, *, opened: bool,
    regime: Regime,
) -> Outcome:
    if regime.per_message:
        use = ConversationUse(conversation.category, None, None, True)
        return Outcome(True, None, use, ZERO, state, account)
    use = ConversationUse(conversation.category, opened, conversation.expires_at,
                          conversation.free)
    return Outcome(True, None, use, conversation.charge if opened else ZERO, state, account)


def _settled(state: CustomerState, at: datetime) -> CustomerState:
    """The state with conversations that ended by `at` dropped, and a stale entry point
    flag cleared once its window has closed."""
    conversations = state.conversations
    if not conversations and not state.entry_point_pending:
        return state
    live = tuple(c for c in conversations if at < c.expires_at)
    pending = state.entry_point_pending and state.window_open(at)
    if len(live) == len(conversations) and pending == state.entry_point_pending:
        return state
    return _replace(state, conversations=live, entry_point_pending=pending)


def _replace(state: CustomerState, **changes: object) -> CustomerState:
    """dataclasses.replace, without its per-call introspection (this is the hot path)."""
    return CustomerState(
        changes.get("consent", state.consent),  # type: ignore[arg-type]
        changes.get("reachable", state.reachable),  # type: ignore[arg-type]
        changes.get("last_inbound_at", state.last_inbound_at),  # type: ignore[arg-type]
        changes.get("entry_point_pending", state.entry_point_pending),  # type: ignore[arg-type]
        changes.get("conversations", state.conversations),  # type: ignore[arg-type]
    )
