"""Values to rows and back, for any value the records can hold."""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta, timezone
from decimal import Decimal

from hypothesis import given
from hypothesis import strategies as st

from waboard.rules.instants import format_instant
from waboard.rules.model import Category, Conversation, Template, TemplateStatus
from waboard.store import REPLY_KINDS, Choices, MessageRecord, rows
from waboard.store.rows import (
    conversation_row,
    instant,
    message_row,
    read_conversation,
    read_message,
    read_template,
    template_row,
    text_list,
)

ZONES = st.sampled_from(
    [UTC, timezone(timedelta(hours=5, minutes=30)), timezone(-timedelta(hours=8)), None]
)
SECONDS = st.datetimes(
    min_value=datetime(1000, 1, 2), max_value=datetime(9999, 12, 30), timezones=st.just(UTC)
).map(lambda at: at.replace(microsecond=0))
TEXT = st.text(max_size=20)
TEXTS = st.lists(TEXT, max_size=3).map(tuple)
AMOUNTS = st.decimals(min_value=0, max_value=1000, places=4, allow_nan=False)


@given(st.datetimes(min_value=datetime(2, 1, 1), max_value=datetime(9998, 12, 31), timezones=ZONES))
def test_instant_is_format_instant(at: datetime) -> None:
    assert instant(at) == format_instant(at)


def test_instants_stay_right_when_the_kept_hours_are_let_go(monkeypatch) -> None:
    monkeypatch.setattr(rows, "_HOURS", {})
    monkeypatch.setattr(rows, "_HOURS_KEPT", 2)
    hours = [datetime(2026, 12, 1, tzinfo=UTC) + timedelta(hours=n, seconds=n) for n in range(5)]
    assert [instant(at) for at in hours * 2] == [format_instant(at) for at in hours * 2]
    assert len(rows._HOURS) <= 2


@given(TEXTS | st.lists(st.sampled_from(['"', "\\", "\n", "\x00", "\x1f", "\x7f", "é", "👍", ""]),
                         max_size=4).map(tuple))
def test_text_list_is_the_json_array(items: tuple[str, ...]) -> None:
    assert text_list(items) == json.dumps(items, ensure_ascii=False)
    assert json.loads(text_list(items)) == list(items)


@given(
    st.builds(
        MessageRecord,
        id=st.integers(1, 2**40),
        customer_id=st.integers(1, 2**40),
        at=SECONDS,
        direction=st.sampled_from(["in", "out", "event"]),
        kind=st.sampled_from(["text", "template", "opt_in", "opt_out", "wait"]),
        text=TEXT,
        template_name=st.none() | TEXT,
        template_language=st.none() | TEXT,
        params=TEXTS,
        header=TEXT,
        footer=TEXT,
        buttons=TEXTS,
        referral=st.none() | TEXT,
        accepted=st.booleans(),
        error_code=st.none() | st.integers(0, 2**31),
        reason=st.none() | TEXT,
        error_message=st.none() | TEXT,
        status=st.sampled_from(["received", "sent", "failed", ""]),
        category=st.none() | st.sampled_from(list(Category)),
        opened=st.none() | st.booleans(),
        expires=st.none() | SECONDS,
        free=st.none() | st.booleans(),
        charge=AMOUNTS,
        delivered_at=st.none() | SECONDS,
        read_at=st.none() | SECONDS,
        reply_to=st.none() | st.integers(1, 2**31),
        reply_key=TEXT,
        choices=st.none() | st.builds(Choices, st.sampled_from(REPLY_KINDS),
                                      st.lists(st.tuples(TEXT, TEXT), max_size=3).map(tuple)),
    )
)
def test_message_row_round_trip(message: MessageRecord) -> None:
    back = read_message((message.id, *message_row(message)))
    assert back == message
    assert str(back.charge) == str(message.charge)


@given(st.sampled_from(list(Category)), SECONDS, SECONDS, AMOUNTS)
def test_conversation_row_round_trip(
    category: Category, opened_at: datetime, expires_at: datetime, charge: Decimal
) -> None:
    conversation = Conversation(category, opened_at, expires_at, charge)
    assert read_conversation(conversation_row(conversation)) == conversation


@given(
    st.builds(
        Template,
        name=TEXT,
        language=TEXT,
        category=st.sampled_from(list(Category)),
        body=TEXT,
        status=st.sampled_from(list(TemplateStatus)),
        header=TEXT,
        footer=TEXT,
        buttons=TEXTS,
    )
)
def test_template_row_round_trip(template: Template) -> None:
    assert read_template(template_row(template)) == template
