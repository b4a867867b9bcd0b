"""Every countdown on screen reads the same at one paused instant, to the second."""

from __future__ import annotations

from datetime import timedelta

from waboard.rules.instants import format_span
from waboard.ui.inbox.chat_model import window_countdown
from waboard.ui.inbox.customer_model import window_badge
from waboard.ui.inbox.details import window_status


def test_a_sub_second_instant_reads_as_its_whole_second(workspace, ana):
    workspace.customer_message(ana, "Hola")
    sent = workspace.now()
    state = workspace.state(ana)
    closes = state.window_expires()
    now = sent + timedelta(milliseconds=400)  # a clock paused between two seconds
    assert format_span(now, closes) == "1d 0h"
    assert window_badge(state, now).text == "window 1d 0h left"
    assert window_countdown(closes, now) == "closes in 1d 0h"
    assert window_status(state, now)[0] == "Open · closes in 1d 0h"
    later = closes + timedelta(minutes=4, seconds=9, milliseconds=900)
    assert window_badge(state, later).text == "closed 4m 09s ago"
    assert window_status(state, later)[0] == "Closed 4m 09s ago"
    assert window_countdown(closes, later) == "closed 4m 09s ago"
