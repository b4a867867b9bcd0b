"""Rows of the store as plain, immutable values."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from decimal import Decimal

from waboard.rules.model import ZERO, CustomerState


@dataclass(frozen=True, slots=True)
class CustomerRecord:
    """A customer of the inbox; `key` is the id scenarios and users refer to it by."""

    id: int | None
    key: str
    name: str
    phone: str
    region: str
    state: CustomerState
    unread: int = 0


@dataclass(frozen=True, slots=True)
class MessageRecord:
    """One line of a customer's thread: a message either way, or an event such as an opt-in.

    `direction` is "in", "out" or "event"; `kind` is "text", "template", "opt_in",
    "opt_out" or "wait"; `status` is "received", "delivered", "read", "failed" or "".
    The conversation fields (`category` .. `free`) and `charge` describe how an accepted
    business message was counted; the refusal fields (`error_code` .. `error_message`) why a
    business message was not accepted.
    """

    id: int | None
    customer_id: int
    at: datetime
    direction: str
    kind: str
    text: str = ""
    template_name: str | None = None
    template_language: str | None = None
    params: tuple[str, ...] = ()
    header: str = ""
    footer: str = ""
    buttons: tuple[str, ...] = ()
    referral: str | None = None
    accepted: bool = True
    error_code: int | None = None
    reason: str | None = None
    error_message: str | None = None
    status: str = ""
    category: str | None = None
    opened: bool | None = None
    expires: datetime | None = None
    free: bool | None = None
    charge: Decimal = ZERO
    origin: str = ""
    """The front end a business message came through when not the inbox: "api"."""


@dataclass(frozen=True, slots=True)
class ConsentRecord:
    """One entry of a customer's consent ledger: `kind` is "opt_in" or "opt_out"."""

    id: int
    customer_id: int
    at: datetime
    kind: str
    source: str
    text: str


@dataclass(frozen=True, slots=True)
class CustomerSummary:
    """A customer as the inbox list shows it: record (state included) and last message.

    `last_message` carries what a preview needs (see `rows.read_preview`): its text cut to
    `rows.PREVIEW_CHARS` and, of the decision, only `accepted`; read the whole message with
    `Store.last_message`."""

    customer: CustomerRecord
    last_message: MessageRecord | None


@dataclass(frozen=True, slots=True)
class ClockEventRecord:
    """One change of the simulated clock: `kind` is "jump", "play", "pause", "speed" or
    "real_time"; `at` is the simulated instant after the change, `detail` says what changed."""

    id: int
    at: datetime
    kind: str
    detail: str
