"""Billing periods: days, ISO weeks, calendar months and ranges, in UTC."""

from __future__ import annotations

import re
from datetime import date, timedelta

import pytest

from tests.test_billing_support import utc
from waboard.billing.periods import (
    custom_period,
    day_period,
    month_period,
    parse_period,
    period_for,
    period_slug,
    week_period,
)


def test_a_month_is_its_calendar_month_in_utc():
    period = parse_period("2023-06")
    assert (period.start, period.end) == (utc("2023-06-01T00:00:00"), utc("2023-07-01T00:00:00"))
    assert (period.label, period.kind) == ("June 2023", "month")
    assert period.contains(utc("2023-06-30T23:59:59"))
    assert not period.contains(utc("2023-07-01T00:00:00"))
    assert (period.first_day, period.last_day) == (date(2023, 6, 1), date(2023, 6, 30))
    assert len(list(period.days())) == 30
    assert parse_period("2023-12").end == utc("2024-01-01T00:00:00")


def test_a_day():
    period = parse_period(" 2023-06-05 ")
    assert (period.start, period.end) == (utc("2023-06-05T00:00:00"), utc("2023-06-06T00:00:00"))
    assert period.label == "5 June 2023"
    assert period == day_period(date(2023, 6, 5))


def test_an_iso_week_runs_monday_to_sunday_across_months():
    period = parse_period("2023-W26")
    assert (period.first_day, period.last_day) == (date(2023, 6, 26), date(2023, 7, 2))
    assert period.months() == ["2023-06", "2023-07"]
    assert period.label == "ISO week 26 of 2023 (26 June 2023 to 2 July 2023)"
    assert parse_period("2023-w23") == week_period(2023, 23)
    assert parse_period("2020-W53").last_day == date(2021, 1, 3)


def test_a_range_includes_both_days_and_accepts_months():
    period = parse_period("2023-06-01..2023-06-15")
    assert (period.start, period.end) == (utc("2023-06-01T00:00:00"), utc("2023-06-16T00:00:00"))
    assert period.label == "1 June 2023 to 15 June 2023"
    quarter = parse_period("2023-06..2023-08")
    assert (quarter.first_day, quarter.last_day) == (date(2023, 6, 1), date(2023, 8, 31))
    assert parse_period("2023-06-05..2023-06-05") == custom_period(date(2023, 6, 5),
                                                                   date(2023, 6, 6))


def test_custom_instants():
    period = custom_period(utc("2023-06-05T12:00:00"), utc("2023-06-06T12:00:00"))
    assert period.label == "2023-06-05 12:00:00 to 2023-06-06 12:00:00 UTC"
    assert [d.day for d in period.days()] == [5, 6]
    assert period.end - period.start == timedelta(days=1)


@pytest.mark.parametrize(("text", "message"), [
    ("2023-13", "2023-13: there is no month 13 (use 01 to 12)"),
    ("2023-00", "there is no month 0"),
    ("2023-02-30", "2023-02-30: there is no such day"),
    ("2023-W53", "2023-W53: ISO year 2023 has weeks 01 to 52"),
    ("2023-W00", "has weeks 01 to 52"),
    ("June", "'June' is not a period: use 2023-06 (a month), 2023-06-05 (a day)"),
    ("2023/06", "is not a period"),
    ("", "no period given"),
    ("2023-06-15..2023-06-01", "the range ends before it starts"),
    ("2023-06-01..", "a range needs a start and an end"),
    ("2023-06-01..junk", "'junk' is not a period"),
])
def test_bad_periods_say_what_is_wrong(text, message):
    with pytest.raises(ValueError, match=re.escape(message)):
        parse_period(text)


def test_month_period_refuses_month_13():
    with pytest.raises(ValueError, match="no month 13"):
        month_period(2023, 13)


def test_a_choice_names_the_period_of_the_clock():
    now = utc("2025-03-07T20:00:00")
    assert period_for("day", now) == day_period(date(2025, 3, 7))
    assert period_for("week", now) == week_period(2025, 10)
    assert period_for("month", now) == month_period(2025, 3)
    assert period_for("custom", now, date(2025, 3, 4), date(2025, 3, 5)) == custom_period(
        date(2025, 3, 4), date(2025, 3, 6))
    with pytest.raises(ValueError, match="ends before it starts"):
        period_for("custom", now, date(2025, 3, 5), date(2025, 3, 4))
    with pytest.raises(ValueError, match="Choose the first and the last day"):
        period_for("custom", now)


@pytest.mark.parametrize(("period", "slug"), [
    (day_period(date(2025, 3, 7)), "2025-03-07"), (week_period(2025, 10), "2025-W10"),
    (month_period(2025, 3), "2025-03"),
])
def test_slugs(period, slug):
    assert period_slug(period) == slug


@pytest.mark.parametrize(("first", "last", "slug"), [
    (date(2025, 3, 1), date(2025, 3, 15), "2025-03-01..2025-03-15"),
    (date(2025, 3, 4), date(2025, 3, 4), "2025-03-04"),
])
def test_custom_slugs(first, last, slug):
    assert period_slug(period_for("custom", day_period(first).start, first, last)) == slug
