"""The rules engine: one pure function from (state, action, instant) to an outcome.

Everything rules.md says is decided here, in its order of checks: reachability, template
checks, the customer service window, consent, then the conversation joined or opened and
its charge under the workspace's pricing regime.

`decide` runs for every action of a replay, a forecast and bench/rules_bench.py, so its path
keeps clear of what costs most in Python 3.11: enum members and regime properties are read
once into module names and tables, per-message pricing reuses one `ConversationUse` per
(category, free), and a changed state or account is built once per action with its slots
set directly (`_state`, `_account`).
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Callable, Mapping
from dataclasses import fields
from datetime import UTC, datetime
from decimal import Decimal
from types import MappingProxyType

from . import refusals as words
from .model import (
    DAY,
    FREE_ENTRY_POINT_SPAN,
    FREE_NON_TEMPLATE_PER_MONTH,
    FREE_SERVICE_CONVERSATIONS_PER_MONTH,
    ZERO,
    Account,
    AccountSettings,
    Action,
    Bands,
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
    ResumeMarketing,
    SendTemplate,
    SendText,
    StopMarketing,
    Template,
    TemplateStatus,
    TierCounts,
    Wait,
)
from .months import month_key
from .regimes import AUTO, REGIME_BY_PERIOD, REGIME_INFO, REGIME_STARTS, PricingChoice
from .templates import check_params

Rates = Mapping[Category, Decimal]
Tiers = Mapping[Category, Bands]
NO_ACCOUNT = Account()
NO_TIERS: Tiers = MappingProxyType({})
DEFAULT_SETTINGS = AccountSettings()
US_MARKETING_PAUSE = datetime(2025, 4, 1, tzinfo=UTC)
"""From this instant Meta does not deliver marketing templates to US numbers (131049)."""
PER_MESSAGE_SWITCH = REGIME_INFO[Regime.PMP_2025_07].effective

# Read once: in Python 3.11 every `Category.SERVICE` or `regime.per_message` is a descriptor
# call, and the engine asks several of them per action.
_MARKETING, _UTILITY, _SERVICE = Category.MARKETING, Category.UTILITY, Category.SERVICE
_AUTHENTICATION = Category.AUTHENTICATION
_AUTHENTICATION_INTERNATIONAL = Category.AUTHENTICATION_INTERNATIONAL
_FREE_ENTRY_POINT = Category.FREE_ENTRY_POINT
_OPTED_IN, _OPTED_OUT = Consent.OPTED_IN, Consent.OPTED_OUT
_APPROVED, _PAUSED, _DISABLED = (
    TemplateStatus.APPROVED, TemplateStatus.PAUSED, TemplateStatus.DISABLED)
_CHARGED_REPLIES = Regime.PMP_2026_10
_PER_MESSAGE = {regime: regime.per_message for regime in Regime}
_FREE_TIER = {regime: regime.has_free_tier for regime in Regime}
_PER_MESSAGE_USE = {(category, free): ConversationUse(category, None, None, free)
                    for category in Category for free in (False, True)}
"""What a message counted under per-message pricing was charged as (no conversation)."""


def decide(
    state: CustomerState,
    action: Action,
    at: datetime,
    regime: PricingChoice,
    rates: Rates,
    account: Account = NO_ACCOUNT,
    settings: AccountSettings = DEFAULT_SETTINGS,
    *,
    tiers: Tiers = NO_TIERS,
    market: str = "",
    region: str = "",
) -> Outcome:
    """Decide one action for one customer at instant `at` (aware UTC datetime).

    `regime` is a regime or `AUTO` (the regime in force at `at`); `rates` and `tiers` are
    the customer's market's (named `market`, for the volume-tier count) in force at `at`,
    in the account's currency; `region` is the customer's ISO region.
    """
    # regime_at, inlined: this is the hot path
    decided = REGIME_BY_PERIOD[bisect_right(REGIME_STARTS, at)] if regime == AUTO else regime
    kind = type(action)
    if kind is SendText or kind is SendTemplate:
        return _business_message(
            state, action, at, decided, rates, account, settings,  # type: ignore[arg-type]
            tiers, market, region)
    if kind is CustomerMessage:
        state = _after_customer_message(state, action, at)  # type: ignore[arg-type]
    elif kind is Wait:
        state = _settled(state, at)
    elif kind is OptIn:
        state = _replace(_settled(state, at), consent=_OPTED_IN)
    elif kind is OptOut:
        state = _replace(_settled(state, at), consent=_OPTED_OUT)
    elif kind is StopMarketing:
        state = _replace(_settled(state, at), marketing_stopped=True)
    elif kind is ResumeMarketing:
        state = _replace(_settled(state, at), marketing_stopped=False)
    else:
        raise TypeError(f"not an action: {action!r}")
    return Outcome(True, None, None, ZERO, state, account, decided)


def _after_customer_message(state: CustomerState, action: CustomerMessage, at: datetime
                            ) -> CustomerState:
    """The settled state once the customer wrote at `at`: the window opens (or reopens) and
    a referral, or a free entry point still pending in an open window, keeps one pending."""
    pending = action.referral is not None or (
        state.entry_point_pending and state.window_open(at))
    conversations = state.conversations
    live = tuple(c for c in conversations if at < c.expires_at) if conversations else ()
    return _state(state.consent, state.reachable, at, pending, live, state.marketing_stopped,
                  state.marketing_sent)


UNDELIVERABLE = Refusal.of(Reason.UNDELIVERABLE, words.UNDELIVERABLE.message())
WINDOW_CLOSED = Refusal.of(Reason.WINDOW_CLOSED, words.WINDOW_CLOSED.message())
OPTED_OUT = Refusal.of(Reason.OPTED_OUT, words.OPTED_OUT.message())
MARKETING_STOPPED = Refusal.of(Reason.MARKETING_STOPPED, words.MARKETING_STOPPED.message())
NO_OPT_IN = Refusal.of(Reason.NO_OPT_IN, words.NO_OPT_IN.message())
US_MARKETING_PAUSED = Refusal.of(Reason.US_MARKETING_PAUSED,
                                 words.US_MARKETING_PAUSED.message())
MARKETING_LIMIT = Refusal.of(Reason.MARKETING_LIMIT, words.MARKETING_LIMIT.message())
TEMPLATE_PAUSED = Refusal.of(Reason.TEMPLATE_PAUSED, words.TEMPLATE_PAUSED.message())
TEMPLATE_DISABLED = Refusal.of(Reason.TEMPLATE_DISABLED, words.TEMPLATE_DISABLED.message())
_UNAPPROVED = {TemplateStatus.PENDING: words.TEMPLATE_PENDING,
               TemplateStatus.REJECTED: words.TEMPLATE_REJECTED}


def refusal_for(
    state: CustomerState, action: SendText | SendTemplate, at: datetime, *,
    region: str = "", settings: AccountSettings = DEFAULT_SETTINGS,
) -> Refusal | None:
    """Why the platform would refuse this business message now, in rules.md's order."""
    return _refusal(state, action, at, state.window_open(at), region, settings)


def _refusal(
    state: CustomerState, action: SendText | SendTemplate, at: datetime, window_open: bool,
    region: str, settings: AccountSettings,
) -> Refusal | None:
    if not state.reachable:
        return UNDELIVERABLE
    if type(action) is not SendTemplate:
        return None if window_open else WINDOW_CLOSED
    template = action.template  # type: ignore[union-attr]
    if template is None:
        return Refusal.of(Reason.TEMPLATE_NOT_FOUND, words.TEMPLATE_NOT_FOUND.message(
            name=repr(action.name), language=action.language))  # type: ignore[union-attr]
    if template.status is not _APPROVED:
        return _not_approved(template)
    problem = check_params(template, action.params)  # type: ignore[union-attr]
    if problem:
        return Refusal.of(Reason.PARAM_MISMATCH, problem.message, problem.code)
    consent = state.consent
    marketing = template.category is _MARKETING
    if marketing and consent is _OPTED_OUT:
        return OPTED_OUT
    if marketing and state.marketing_stopped:
        return MARKETING_STOPPED
    if not window_open and consent is not _OPTED_IN:
        return NO_OPT_IN
    if marketing:
        if region == "US" and at >= US_MARKETING_PAUSE:
            return US_MARKETING_PAUSED
        limit = settings.marketing_limit_per_24h
        if limit is not None and not window_open and \
                len(_recent(state.marketing_sent, at)) >= limit:
            return MARKETING_LIMIT
    return None


def _recent(sent: tuple[datetime, ...], at: datetime) -> tuple[datetime, ...]:
    """The deliveries in (at - 24 h, at]."""
    since = at - DAY
    return tuple(t for t in sent if since < t <= at)


def _not_approved(template: Template) -> Refusal:
    status = template.status
    if status is _PAUSED:
        return TEMPLATE_PAUSED
    if status is _DISABLED:
        return TEMPLATE_DISABLED
    return Refusal.of(Reason.TEMPLATE_NOT_APPROVED,
                      _UNAPPROVED[status].message(name=repr(template.name)))


def _business_message(
    state: CustomerState,
    action: SendText | SendTemplate,
    at: datetime,
    regime: Regime,
    rates: Rates,
    account: Account,
    settings: AccountSettings,
    tiers: Tiers,
    market: str,
    region: str,
) -> Outcome:
    if state.conversations or state.entry_point_pending:  # else nothing to settle
        state = _settled(state, at)
    last = state.last_inbound_at
    window_open = last is not None and last <= at < last + DAY
    refusal = _refusal(state, action, at, window_open, region, settings)
    if refusal is not None:
        return Outcome(False, refusal, None, ZERO, state, account, regime)
    if type(action) is SendText:
        category = _SERVICE
        account = _with_non_template(account, at, settings)
    else:
        category = action.template.category  # type: ignore[union-attr]
        if category is _MARKETING and not window_open and \
                settings.marketing_limit_per_24h is not None:
            state = _replace(state, marketing_sent=(*_recent(state.marketing_sent, at), at))
    open_now = state.conversations
    entry = next((c for c in open_now if c.category is _FREE_ENTRY_POINT), None) \
        if open_now else None
    per_message = _PER_MESSAGE[regime]
    if window_open and state.entry_point_pending:
        if entry is None:
            entry = Conversation(_FREE_ENTRY_POINT, at, at + FREE_ENTRY_POINT_SPAN, ZERO)
            state = _replace(state, entry_point_pending=False, conversations=(entry,))
            return _accepted(state, account, entry, True, regime, per_message)
        state = _replace(state, entry_point_pending=False)
    if entry is not None:
        return _accepted(state, account, entry, False, regime, per_message)
    if category is _AUTHENTICATION and _international(at, rates, settings, region):
        category = _AUTHENTICATION_INTERNATIONAL
    if per_message:
        if category is _UTILITY and open_now:
            # Meta's edge case of the July 2025 switch: a utility conversation opened before
            # it takes the utility templates sent while it is open, free.
            carried = next((c for c in open_now if c.category is _UTILITY
                            and c.opened_at < PER_MESSAGE_SWITCH), None)
            if carried is not None:
                use = ConversationUse(_UTILITY, False, carried.expires_at, carried.free)
                return Outcome(True, None, use, ZERO, state, account, regime)
        return _per_message(state, account, category, at, window_open, regime, rates,
                            settings, tiers, market)
    conversation_category = (
        _AUTHENTICATION if category is _AUTHENTICATION_INTERNATIONAL else category)
    if category is _SERVICE:
        joined = open_now[0] if open_now else None
    else:
        joined = next((c for c in open_now if c.category is conversation_category), None)
    if joined is not None:
        return _accepted(state, account, joined, False, regime, per_message)
    charge = rates.get(category, ZERO)
    if category is _SERVICE:
        charge, account = _service_charge(charge, at, regime, account, settings)
    opened = Conversation(conversation_category, at, at + DAY, charge)
    state = _replace(state, conversations=(*open_now, opened))
    return _accepted(state, account, opened, True, regime, per_message)


def _international(at: datetime, rates: Rates, settings: AccountSettings, region: str) -> bool:
    """Whether an authentication template here is charged the authentication-international
    rate: the market has one, the business is eligible by `at`, and it is abroad."""
    start = settings.auth_international_from
    return (start is not None and at >= start and bool(settings.country)
            and settings.country != region
            and _AUTHENTICATION_INTERNATIONAL in rates)


def _counted(account: Account, at: datetime, settings: AccountSettings) -> Account:
    """The account's counters for the month of `at` (fresh ones when a new month began)."""
    month = month_key(at, settings.timezone)
    return account if account.month == month else Account(month)


def _with_non_template(account: Account, at: datetime, settings: AccountSettings) -> Account:
    """The account counting one more delivered non-template message in the month of `at`."""
    month = month_key(at, settings.timezone)
    if account.month != month:
        return Account(month, 0, 1)
    return _account(month, account.service_conversations, account.non_template + 1,
                    account.charged)


def _service_charge(
    rate: Decimal, at: datetime, regime: Regime, account: Account, settings: AccountSettings
) -> tuple[Decimal, Account]:
    """A new service conversation's charge, and the account counting it (as the store
    counts every service conversation opened; only the free tier's regime charges by it)."""
    account = _counted(account, at, settings)
    used = account.service_conversations
    account = _account(account.month, used + 1, account.non_template, account.charged)
    if not _FREE_TIER[regime]:
        return ZERO, account
    return (ZERO if used < FREE_SERVICE_CONVERSATIONS_PER_MONTH else rate), account


def _per_message(
    state: CustomerState, account: Account, category: Category, at: datetime,
    window_open: bool, regime: Regime, rates: Rates, settings: AccountSettings, tiers: Tiers,
    market: str,
) -> Outcome:
    charged_replies = regime is _CHARGED_REPLIES
    if category is _SERVICE:
        # `account` already counts this message (see _business_message)
        if not charged_replies or account.non_template <= FREE_NON_TEMPLATE_PER_MONTH:
            charge = ZERO
        else:
            charge = rates.get(_UTILITY, ZERO)
    elif category is _UTILITY and window_open and not charged_replies:
        charge = ZERO
    else:
        charge = rates.get(category, ZERO)
        bands = tiers.get(category) if tiers else None
        if bands:
            account = _counted(account, at, settings)
            key = (market, _AUTHENTICATION
                   if category is _AUTHENTICATION_INTERNATIONAL else category)
            number = account.charged.get(key, 0) + 1
            charge = band_rate(bands, number)
            if charge:
                account = _account(account.month, account.service_conversations,
                                   account.non_template, {**account.charged, key: number})
    use = _PER_MESSAGE_USE[category, charge == ZERO]
    return Outcome(True, None, use, charge, state, account, regime)


def band_rate(bands: Bands, number: int) -> Decimal:
    """The rate of the band message `number` of the month falls in."""
    rate = bands[0][1]
    for first, band in bands:
        if number < first:
            break
        rate = band
    return rate


def _accepted(
    state: CustomerState, account: Account, conversation: Conversation, opened: bool,
    regime: Regime, per_message: bool,
) -> Outcome:
    if per_message:
        use = _PER_MESSAGE_USE[conversation.category, True]
        return Outcome(True, None, use, ZERO, state, account, regime)
    use = ConversationUse(conversation.category, opened, conversation.expires_at,
                          conversation.free)
    return Outcome(True, None, use, conversation.charge if opened else ZERO, state, account,
                   regime)


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
    return _state(
        changes.get("consent", state.consent),  # type: ignore[arg-type]
        changes.get("reachable", state.reachable),  # type: ignore[arg-type]
        changes.get("last_inbound_at", state.last_inbound_at),  # type: ignore[arg-type]
        changes.get("entry_point_pending", state.entry_point_pending),  # type: ignore[arg-type]
        changes.get("conversations", state.conversations),  # type: ignore[arg-type]
        changes.get("marketing_stopped", state.marketing_stopped),  # type: ignore[arg-type]
        changes.get("marketing_sent", state.marketing_sent),  # type: ignore[arg-type]
    )


def _slot_setters(cls: type) -> tuple[Callable[[object, object], None], ...]:
    """The `__set__` of each field's slot of a slotted dataclass, in field order."""
    return tuple(getattr(cls, f.name).__set__ for f in fields(cls))


_new = object.__new__
(_set_consent, _set_reachable, _set_last_inbound_at, _set_entry_point_pending,
 _set_conversations, _set_marketing_stopped, _set_marketing_sent) = _slot_setters(CustomerState)
_set_month, _set_service_conversations, _set_non_template, _set_charged = _slot_setters(Account)


def _state(
    consent: Consent, reachable: bool, last_inbound_at: datetime | None,
    entry_point_pending: bool, conversations: tuple[Conversation, ...],
    marketing_stopped: bool, marketing_sent: tuple[datetime, ...],
) -> CustomerState:
    """CustomerState(...) with its slots set directly, in half the time of the frozen
    dataclass's __init__ (one object.__setattr__ call per field): the engine builds a state
    for most customer messages, and an account for most replies."""
    state = _new(CustomerState)
    _set_consent(state, consent)
    _set_reachable(state, reachable)
    _set_last_inbound_at(state, last_inbound_at)
    _set_entry_point_pending(state, entry_point_pending)
    _set_conversations(state, conversations)
    _set_marketing_stopped(state, marketing_stopped)
    _set_marketing_sent(state, marketing_sent)
    return state


def _account(month: str, service_conversations: int, non_template: int, charged: TierCounts
             ) -> Account:
    """Account(...) with its slots set directly, as `_state`."""
    account = _new(Account)
    _set_month(account, month)
    _set_service_conversations(account, service_conversations)
    _set_non_template(account, non_template)
    _set_charged(account, charged)
    return account
