"""Domain types of the conversation rules: plain, immutable values."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from decimal import Decimal
from enum import StrEnum
from typing import NamedTuple

from ..i18n import QT_TRANSLATE_NOOP, translate
from .refusals import explained

DAY = timedelta(hours=24)
FREE_ENTRY_POINT_SPAN = timedelta(hours=72)
ZERO = Decimal("0")


class Category(StrEnum):
    """What a conversation (or, per message, a charged message) is counted as."""

    MARKETING = "marketing"
    UTILITY = "utility"
    AUTHENTICATION = "authentication"
    SERVICE = "service"
    FREE_ENTRY_POINT = "free_entry_point"
    AUTHENTICATION_INTERNATIONAL = "authentication_international"


TEMPLATE_CATEGORIES = (Category.MARKETING, Category.UTILITY, Category.AUTHENTICATION)
PRICED_CATEGORIES = (*TEMPLATE_CATEGORIES, Category.SERVICE)
CONVERSATION_CATEGORIES = (*PRICED_CATEGORIES, Category.FREE_ENTRY_POINT)
"""What a conversation can be (authentication-international is only what a message is
charged as)."""
TIERED_CATEGORIES = (
    Category.UTILITY, Category.AUTHENTICATION, Category.AUTHENTICATION_INTERNATIONAL)
"""The categories the rate card may give volume-tier bands for (rules.md "Volume tiers")."""


class TemplateStatus(StrEnum):
    APPROVED = "approved"
    PENDING = "pending"
    REJECTED = "rejected"
    PAUSED = "paused"
    DISABLED = "disabled"


class Consent(StrEnum):
    OPTED_IN = "opted_in"
    NONE = "none"
    OPTED_OUT = "opted_out"


class Referral(StrEnum):
    """Where a customer's message came from, when it was a free entry point."""

    CTWA_AD = "ctwa_ad"
    PAGE_CTA = "page_cta"


class Regime(StrEnum):
    """A pricing regime: the rules of what opens a conversation and what it costs."""

    CBP_2023_06 = "cbp-2023-06"
    CBP_2024_11 = "cbp-2024-11"
    PMP_2025_07 = "pmp-2025-07"
    PMP_2026_10 = "pmp-2026-10"

    @property
    def per_message(self) -> bool:
        return self is Regime.PMP_2025_07 or self is Regime.PMP_2026_10

    @property
    def has_free_tier(self) -> bool:
        return self is Regime.CBP_2023_06

    @property
    def label(self) -> str:
        """The regime's name in the user's language."""
        return translate("Rules", REGIME_LABELS[self])


REGIME_LABELS = {
    Regime.CBP_2023_06: QT_TRANSLATE_NOOP("Rules", "Conversation pricing (June 2023)"),
    Regime.CBP_2024_11: QT_TRANSLATE_NOOP(
        "Rules", "Conversation pricing, free service (November 2024)"),
    Regime.PMP_2025_07: QT_TRANSLATE_NOOP("Rules", "Per-message pricing (July 2025)"),
    Regime.PMP_2026_10: QT_TRANSLATE_NOOP(
        "Rules", "Per-message pricing, charged replies (October 2026)"),
}
"""The regimes' English names (translation sources of context "Rules")."""

FREE_SERVICE_CONVERSATIONS_PER_MONTH = 1000
FREE_NON_TEMPLATE_PER_MONTH = 1000
"""pmp-2026-10: delivered non-template messages free each month per business number."""


class Reason(StrEnum):
    """Why a business message was refused, with its Cloud API error code."""

    UNDELIVERABLE = "undeliverable"
    TEMPLATE_NOT_FOUND = "template_not_found"
    TEMPLATE_NOT_APPROVED = "template_not_approved"
    TEMPLATE_PAUSED = "template_paused"
    TEMPLATE_DISABLED = "template_disabled"
    PARAM_MISMATCH = "param_mismatch"
    WINDOW_CLOSED = "window_closed"
    OPTED_OUT = "opted_out"
    NO_OPT_IN = "no_opt_in"
    US_MARKETING_PAUSED = "us_marketing_paused"
    MARKETING_LIMIT = "marketing_limit"
    MARKETING_STOPPED = "marketing_stopped"

    @property
    def code(self) -> int | None:
        return _REASON_CODES[self]


_REASON_CODES: dict[Reason, int | None] = {
    Reason.UNDELIVERABLE: 131026,
    Reason.TEMPLATE_NOT_FOUND: 132001,
    Reason.TEMPLATE_NOT_APPROVED: 132001,
    Reason.TEMPLATE_PAUSED: 132015,
    Reason.TEMPLATE_DISABLED: 132016,
    Reason.PARAM_MISMATCH: 132000,
    Reason.WINDOW_CLOSED: 131047,
    Reason.OPTED_OUT: 131050,
    Reason.NO_OPT_IN: None,
    Reason.US_MARKETING_PAUSED: 131049,
    Reason.MARKETING_LIMIT: 131049,
    Reason.MARKETING_STOPPED: 131050,
}


@dataclass(frozen=True, slots=True)
class Refusal:
    """A refused business message: the reason, its error code and a plain explanation."""

    reason: Reason
    message: str
    code: int | None = None

    @classmethod
    def of(cls, reason: Reason, message: str, code: int | None = None) -> Refusal:
        return cls(reason, message, reason.code if code is None else code)

    @property
    def shown(self) -> str:
        """The message in the user's language, Meta's error title as Meta writes it (the
        `message` itself stays English: the store, the Cloud API and the runner use it)."""
        return explained(self.message)


@dataclass(frozen=True, slots=True)
class Template:
    """A message template as the business registered it."""

    name: str
    language: str
    category: Category
    body: str
    status: TemplateStatus = TemplateStatus.APPROVED
    header: str = ""
    footer: str = ""
    buttons: tuple[str, ...] = ()

    @property
    def key(self) -> tuple[str, str]:
        return (self.name, self.language)


@dataclass(frozen=True, slots=True)
class Conversation:
    """A 24-hour (72-hour for a free entry point) thread, opened by a business message."""

    category: Category
    opened_at: datetime
    expires_at: datetime
    charge: Decimal

    @property
    def free(self) -> bool:
        return self.charge == ZERO

    def is_open(self, at: datetime) -> bool:
        return self.opened_at <= at < self.expires_at


@dataclass(frozen=True, slots=True)
class CustomerState:
    """Everything the rules need to know about one customer at an instant."""

    consent: Consent = Consent.NONE
    reachable: bool = True
    last_inbound_at: datetime | None = None
    entry_point_pending: bool = False
    conversations: tuple[Conversation, ...] = ()
    marketing_stopped: bool = False
    marketing_sent: tuple[datetime, ...] = ()
    """Deliveries of business-initiated marketing templates in the last 24 hours (only kept
    when the account has a simulated marketing limit)."""

    def window_expires(self) -> datetime | None:
        """When the customer service window closes (or closed); None if never opened."""
        return None if self.last_inbound_at is None else self.last_inbound_at + DAY

    def window_open(self, at: datetime) -> bool:
        last = self.last_inbound_at
        return last is not None and last <= at < last + DAY

    def open_conversations(self, at: datetime) -> tuple[Conversation, ...]:
        return tuple(c for c in self.conversations if c.opened_at <= at < c.expires_at)


@dataclass(frozen=True, slots=True)
class AccountSettings:
    """The business account: where it is, its month boundaries, its billing currency, its
    authentication-international eligibility and the simulated per-user marketing limit."""

    country: str = ""
    timezone: str = "UTC"
    currency: str = "USD"
    auth_international_from: datetime | None = None
    marketing_limit_per_24h: int | None = None


Bands = tuple[tuple[int, Decimal], ...]
"""Volume-tier bands of one category: (first message number, rate), ascending."""
TierCounts = Mapping[tuple[str, Category], int]
"""Charged messages this month per (market, category), for the volume tiers."""


@dataclass(frozen=True, slots=True)
class Account:
    """Business-wide counters of the current month (in the account's time zone): service
    conversations opened, non-template messages delivered, charged messages per market and
    category."""

    month: str = ""
    service_conversations: int = 0
    non_template: int = 0
    charged: TierCounts = field(default_factory=dict)


# Actions: what can happen to one customer at an instant.


@dataclass(frozen=True, slots=True)
class CustomerMessage:
    text: str
    referral: Referral | None = None


@dataclass(frozen=True, slots=True)
class SendText:
    text: str


@dataclass(frozen=True, slots=True)
class SendTemplate:
    """A template send; `template` is the catalog's entry for name and language, if any."""

    name: str
    language: str
    params: tuple[str, ...]
    template: Template | None


@dataclass(frozen=True, slots=True)
class OptIn:
    pass


@dataclass(frozen=True, slots=True)
class OptOut:
    pass


@dataclass(frozen=True, slots=True)
class Wait:
    pass


@dataclass(frozen=True, slots=True)
class StopMarketing:
    """The customer stops marketing messages from the business in WhatsApp itself."""


@dataclass(frozen=True, slots=True)
class ResumeMarketing:
    """The customer resumes marketing messages from the business in WhatsApp."""


Action = (CustomerMessage | SendText | SendTemplate | OptIn | OptOut | Wait | StopMarketing
          | ResumeMarketing)


@dataclass(frozen=True, slots=True)
class ConversationUse:
    """The conversation an accepted business message was counted in.

    Under per-message pricing no conversation opens: `opened` and `expires` are None and
    `category` names what the message is charged as.
    """

    category: Category
    opened: bool | None
    expires: datetime | None
    free: bool


class Outcome(NamedTuple):
    """The rules' decision on one action, and the state it leaves behind.

    A named tuple where the other values are frozen dataclasses: the engine makes one for
    every action, and Python 3.11 builds a tuple in a third of a frozen dataclass's time.
    """

    accepted: bool
    refusal: Refusal | None
    conversation: ConversationUse | None
    charge: Decimal
    state: CustomerState
    account: Account
    regime: Regime | None = None
    """The regime the action was decided under (None for customer actions)."""
