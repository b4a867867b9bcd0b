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


REPLY_KINDS = ("button", "button_reply", "list_reply")
"""The kinds of a customer's tap: a template's quick reply, an interactive message's button
or list row (Meta's `type: button` and `interactive.type`)."""


@dataclass(frozen=True, slots=True)
class Choices:
    """What the customer can tap on a message: `kind` one of `REPLY_KINDS`, `options`
    (key, title) pairs: a quick reply's payload and text, an option's id and title."""

    kind: str
    options: tuple[tuple[str, str], ...] = ()


@dataclass(frozen=True, slots=True)
class MessageRecord:
    """One line of a customer's thread: a message either way, or an event such as an opt-in.

    `direction` is "in", "out" or "event"; `kind` is "text", "template", "opt_in",
    "opt_out" or "wait", or a customer's tap on a business message's button ("button": a
    template's quick reply; "button_reply" / "list_reply": an interactive message's option,
    with `reply_to` the tapped message's id, `reply_key` the button's payload or option id
    and `text` its title). `status` is "received", "sent", "failed" or "": an accepted
    business message's delivery moves with the clock (`delivery_status`).
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
    delivered_at: datetime | None = None
    """When an accepted business message reaches (or reached) the customer's phone."""
    read_at: datetime | None = None
    """When the customer read it (None: not yet)."""
    reply_to: int | None = None
    reply_key: str = ""
    choices: Choices | None = None
    """What the customer can tap on a business message, when its sender said (an
    interactive message's options, a template's quick-reply payloads)."""

    def delivery_status(self, now: datetime) -> str:
        """The status the platform reports for this message at `now`: "sent" until it
        reaches the phone, then "delivered", "read" once read; else the stored status."""
        if self.direction != "out" or not self.accepted:
            return self.status
        if self.read_at is not None and self.read_at <= now:
            return "read"
        if self.delivered_at is not None and self.delivered_at <= now:
            return "delivered"
        return "sent"

    @property
    def is_reply(self) -> bool:
        """A customer's tap on a button of a business message."""
        return self.reply_to is not None


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
