"""Values to SQL rows and back: instants as `format_instant` text, decimals as text."""

from __future__ import annotations

import json
import re
from datetime import UTC, datetime
from decimal import Decimal
from typing import Any

from waboard.rules.instants import format_instant, parse_instant
from waboard.rules.model import (
    Category,
    Consent,
    Conversation,
    CustomerState,
    Template,
    TemplateStatus,
)

from .records import Choices, ConsentRecord, CustomerRecord, MessageRecord

Row = tuple[Any, ...]

# Enum members by stored value: a dict look-up, where calling the enum costs a function call.
_CONSENTS = {member.value: member for member in Consent}
_CATEGORIES = {member.value: member for member in Category}
_HOURS: dict[int, str] = {}
"""`format_instant`'s text up to the minute ("2023-06-05T09:"), by hour of the UTC calendar."""
_HOURS_KEPT = 100_000
_MINUTES_SECONDS = tuple(f"{m:02d}:{s:02d}Z" for m in range(60) for s in range(60))


def instant(at: datetime) -> str:
    """`format_instant(at)`, quicker: every bulk insert formats one to four a message.

    The text up to the minute, formatted by `format_instant` itself, is kept per hour; the
    minute and second are looked up.
    """
    if at.tzinfo is not UTC:
        at = at.astimezone(UTC)  # as format_instant does (a naive datetime is local time)
    hour = at.toordinal() * 24 + at.hour
    try:
        text = _HOURS[hour]
    except KeyError:
        text = _hour_text(at, hour)
    return text + _MINUTES_SECONDS[at.minute * 60 + at.second]


def _hour_text(at: datetime, hour: int) -> str:
    if len(_HOURS) >= _HOURS_KEPT:
        _HOURS.clear()
    text = format_instant(at)
    text = _HOURS[hour] = text[: text.index("T") + 4]  # years before 1000 are shorter
    return text


def optional_instant(at: datetime | None) -> str | None:
    return None if at is None else instant(at)


def read_instant(text: str) -> datetime:
    """An instant the store wrote (`instant`'s `2023-06-05T09:00:00Z`), read in one C call
    (a fifth of `parse_instant`'s time: the list and the chat read thousands); any other
    text the way `parse_instant` reads it."""
    if len(text) == 20 and text[-1] == "Z":
        return _from_iso(text)
    return parse_instant(text)


_from_iso = datetime.fromisoformat  # "...Z" gives an aware instant in datetime.UTC


def read_optional_instant(text: str | None) -> datetime | None:
    return None if text is None else read_instant(text)


_EMPTY_LIST = "[]"
_JSON = json.JSONEncoder(ensure_ascii=False).encode
"""json.dumps(..., ensure_ascii=False) without making an encoder for every call."""


_NEEDS_ESCAPE = re.compile(r'[\x00-\x1f"\\]').search
"""What JSON escapes in a text (with ensure_ascii=False)."""


def text_list(items: tuple[str, ...]) -> str:
    """The JSON array of `items`, as `_JSON` writes it: texts that need no escaping (most
    of them) joined in one call, where the encoder takes five times as long."""
    if not items:
        return _EMPTY_LIST
    if _NEEDS_ESCAPE("".join(items)):
        return _JSON(items)
    return '["' + '", "'.join(items) + '"]'


def read_text_list(text: str) -> tuple[str, ...]:
    return () if text == _EMPTY_LIST else tuple(json.loads(text))


def _flag(value: int | None) -> bool | None:
    return None if value is None else bool(value)


STATE_COLUMNS = (
    "consent, reachable, last_inbound_at, entry_point_pending, marketing_stopped, marketing_sent")


def state_row(state: CustomerState) -> Row:
    return (
        state.consent,
        state.reachable,
        optional_instant(state.last_inbound_at),
        state.entry_point_pending,
        state.marketing_stopped,
        text_list(tuple(instant(at) for at in state.marketing_sent)),
    )


def read_state(row: Row, conversations: tuple[Conversation, ...]) -> CustomerState:
    """A state from the values of `STATE_COLUMNS` and the customer's conversations."""
    consent, reachable, last_inbound_at, entry_point_pending, stopped, sent = row
    return CustomerState(
        consent=_CONSENTS[consent],
        reachable=bool(reachable),
        last_inbound_at=read_optional_instant(last_inbound_at),
        entry_point_pending=bool(entry_point_pending),
        conversations=conversations,
        marketing_stopped=bool(stopped),
        marketing_sent=tuple(read_instant(at) for at in read_text_list(sent)),
    )


CUSTOMER_COLUMNS = f"id, key, name, phone, region, unread, {STATE_COLUMNS}"


def customer_row(record: CustomerRecord) -> Row:
    """The row for every column of `CUSTOMER_COLUMNS` but `id`."""
    return (record.key, record.name, record.phone, record.region, record.unread) + state_row(
        record.state
    )


def read_customer(row: Row, conversations: tuple[Conversation, ...]) -> CustomerRecord:
    return CustomerRecord(
        id=row[0],
        key=row[1],
        name=row[2],
        phone=row[3],
        region=row[4],
        unread=row[5],
        state=read_state(row[6:], conversations),
    )


CONVERSATION_COLUMNS = "category, opened_at, expires_at, charge"


def conversation_row(conversation: Conversation) -> Row:
    return (
        conversation.category,
        instant(conversation.opened_at),
        instant(conversation.expires_at),
        str(conversation.charge),
    )


def read_conversation(row: Row) -> Conversation:
    category, opened_at, expires_at, charge = row
    return Conversation(
        category=_CATEGORIES[category],
        opened_at=read_instant(opened_at),
        expires_at=read_instant(expires_at),
        charge=Decimal(charge),
    )


TEMPLATE_COLUMNS = "name, language, category, body, status, header, footer, buttons"


def template_row(template: Template) -> Row:
    return (
        template.name,
        template.language,
        template.category,
        template.body,
        template.status,
        template.header,
        template.footer,
        text_list(template.buttons),
    )


def read_template(row: Row) -> Template:
    name, language, category, body, status, header, footer, buttons = row
    return Template(
        name=name,
        language=language,
        category=Category(category),
        body=body,
        status=TemplateStatus(status),
        header=header,
        footer=footer,
        buttons=read_text_list(buttons),
    )


MESSAGE_COLUMNS = (
    "id, customer_id, at, direction, kind, text, template_name, template_language, params,"
    " header, footer, buttons, referral, accepted, error_code, reason, error_message, status,"
    " category, opened, expires, free, charge, origin, delivered_at, read_at, reply_to,"
    " reply_key, choices"
)


MESSAGE_INDEX = {column: n for n, column in enumerate(MESSAGE_COLUMNS.split(", ")[1:])}
"""Where each column but `id` is in a `message_row`."""


def message_row(m: MessageRecord) -> Row:
    """The row for every column of `MESSAGE_COLUMNS` but `id`: the bulk insert's hot path
    (so the optional values are tested here rather than in a function call each, and a
    message delivered or read at once reuses the text of its instant)."""
    at, params, buttons, expires, delivered_at, read_at, choices = (
        m.at, m.params, m.buttons, m.expires, m.delivered_at, m.read_at, m.choices)
    sent = instant(at)
    return (
        m.customer_id,
        sent,
        m.direction,
        m.kind,
        m.text,
        m.template_name,
        m.template_language,
        text_list(params) if params else _EMPTY_LIST,
        m.header,
        m.footer,
        text_list(buttons) if buttons else _EMPTY_LIST,
        m.referral,
        m.accepted,
        m.error_code,
        m.reason,
        m.error_message,
        m.status,
        m.category,
        m.opened,
        None if expires is None else instant(expires),
        m.free,
        str(m.charge),
        m.origin,
        None if delivered_at is None else sent if delivered_at == at else instant(delivered_at),
        None if read_at is None else sent if read_at == at else instant(read_at),
        m.reply_to,
        m.reply_key,
        None if choices is None else _choices(choices),
    )


def read_message(row: Row) -> MessageRecord:
    return MessageRecord(
        id=row[0],
        customer_id=row[1],
        at=read_instant(row[2]),
        direction=row[3],
        kind=row[4],
        text=row[5],
        template_name=row[6],
        template_language=row[7],
        params=read_text_list(row[8]),
        header=row[9],
        footer=row[10],
        buttons=read_text_list(row[11]),
        referral=row[12],
        accepted=bool(row[13]),
        error_code=row[14],
        reason=row[15],
        error_message=row[16],
        status=row[17],
        category=row[18],
        opened=_flag(row[19]),
        expires=read_optional_instant(row[20]),
        free=_flag(row[21]),
        charge=Decimal(row[22]),
        origin=row[23],
        delivered_at=read_optional_instant(row[24]),
        read_at=read_optional_instant(row[25]),
        reply_to=row[26],
        reply_key=row[27],
        choices=_read_choices(row[28]),
    )


def _choices(choices: Choices) -> str:
    return _JSON({"kind": choices.kind, "options": [list(o) for o in choices.options]})


def _read_choices(text: str | None) -> Choices | None:
    if not text:
        return None
    saved = json.loads(text)
    return Choices(str(saved["kind"]), tuple((str(k), str(t)) for k, t in saved["options"]))


PREVIEW_CHARS = 300
"""How much of a message's text a one-line preview ever looks at."""
PREVIEW_COLUMNS = (
    f"id, customer_id, at, direction, kind, substr(text, 1, {PREVIEW_CHARS}), template_name,"
    " accepted"
)


def read_preview(row: Row) -> MessageRecord:
    """A message as a list previews it, from `PREVIEW_COLUMNS`: its text cut to
    PREVIEW_CHARS, and none of the decision's fields but `accepted`."""
    return MessageRecord(
        id=row[0], customer_id=row[1], at=read_instant(row[2]), direction=row[3],
        kind=row[4], text=row[5], template_name=row[6], accepted=bool(row[7]),
    )


CONSENT_COLUMNS = "id, customer_id, at, kind, source, text"


def read_consent(row: Row) -> ConsentRecord:
    id_, customer_id, at, kind, source, text = row
    return ConsentRecord(id_, customer_id, read_instant(at), kind, source, text)
