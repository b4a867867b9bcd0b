"""Billing periods: a UTC day, an ISO week, a calendar month or a custom range of days.

A period is the half-open interval [start, end) of aware UTC instants. Text forms, as the
`report` command takes them:

    2023-06                 the calendar month of June 2023
    2023-06-05              one day
    2023-W23                ISO week 23 of 2023 (Monday 5 to Sunday 11 June)
    2023-06-01..2023-06-15  from the start of the first to the end of the second, inclusive;
                            either side may be any of the forms above (2023-06..2023-08)

`period_for` turns a screen's choice ("this week" of the simulated clock, or a range of days)
into a period; `period_slug` names one in file names.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta

from babel.dates import format_skeleton

from ..formats import babel_locale
from ..i18n import ENGLISH, language, translate

ONE_DAY = timedelta(days=1)

_MONTH = re.compile(r"(\d{4})-(\d{2})")
_DAY = re.compile(r"(\d{4})-(\d{2})-(\d{2})")
_WEEK = re.compile(r"(\d{4})-[Ww](\d{2})")
_FORMS = ("use 2023-06 (a month), 2023-06-05 (a day), 2023-W23 (an ISO week) "
          "or 2023-06-01..2023-06-15 (a range of days)")


@dataclass(frozen=True, slots=True)
class Period:
    """[start, end) in UTC, with a label for people and the kind it was made as."""

    start: datetime
    end: datetime
    label: str
    kind: str = "custom"

    def __post_init__(self) -> None:
        if self.start.tzinfo is None or self.end.tzinfo is None:
            raise ValueError("a period needs aware (UTC) instants")
        if self.end <= self.start:
            raise ValueError(f"the period {self.label!r} ends before it starts")

    def contains(self, at: datetime) -> bool:
        return self.start <= at < self.end

    @property
    def first_day(self) -> date:
        return self.start.astimezone(UTC).date()

    @property
    def last_day(self) -> date:
        """The UTC day of the period's last instant (the end itself is excluded)."""
        return (self.end.astimezone(UTC) - timedelta(microseconds=1)).date()

    def days(self) -> Iterator[date]:
        day = self.first_day
        while day <= self.last_day:
            yield day
            day += ONE_DAY

    def months(self) -> list[str]:
        """The calendar months ("YYYY-MM") the period touches, in order."""
        seen: list[str] = []
        for day in self.days():
            month = f"{day.year:04d}-{day.month:02d}"
            if not seen or seen[-1] != month:
                seen.append(month)
        return seen


def midnight(day: date) -> datetime:
    return datetime.combine(day, time(0), tzinfo=UTC)


def day_period(day: date) -> Period:
    return Period(midnight(day), midnight(day + ONE_DAY), _day_label(day), "day")


def week_period(year: int, week: int) -> Period:
    """ISO week `week` of ISO year `year` (Monday to Sunday). Raises ValueError."""
    try:
        monday = date.fromisocalendar(year, week, 1)
    except ValueError:
        weeks = date(year, 12, 28).isocalendar().week if 1 <= year <= 9999 else 0
        raise ValueError(f"{year}-W{week:02d}: ISO year {year} has weeks 01 to {weeks}") from None
    sunday = monday + timedelta(days=6)
    label = translate("Periods", "ISO week {week} of {year} ({first} to {last})").format(
        week=week, year=year, first=_day_label(monday), last=_day_label(sunday))
    return Period(midnight(monday), midnight(sunday + ONE_DAY), label, "week")


def month_period(year: int, month: int) -> Period:
    if not 1 <= month <= 12:
        raise ValueError(f"{year:04d}-{month:02d}: there is no month {month} (use 01 to 12)")
    try:
        first = date(year, month, 1)
        after = date(year + (month == 12), month % 12 + 1, 1)
    except ValueError:
        raise ValueError(f"{year:04d}-{month:02d}: year {year} is out of range") from None
    return Period(midnight(first), midnight(after), _month_label(first), "month")


def custom_period(start: datetime | date, end: datetime | date) -> Period:
    """[start, end); a date stands for its midnight (UTC)."""
    begin = start if isinstance(start, datetime) else midnight(start)
    finish = end if isinstance(end, datetime) else midnight(end)
    begin, finish = begin.astimezone(UTC), finish.astimezone(UTC)
    if finish <= begin:
        raise ValueError(f"the range {begin.isoformat()} to {finish.isoformat()} is empty")
    last = (finish - timedelta(microseconds=1)).date()
    aligned = begin.time() == time(0) and finish.time() == time(0)
    if aligned:
        label = _day_label(begin.date()) if last == begin.date() else translate(
            "Periods", "{first} to {last}").format(first=_day_label(begin.date()),
                                                   last=_day_label(last))
    else:
        label = translate("Periods", "{first} to {last} UTC").format(
            first=f"{begin:%Y-%m-%d %H:%M:%S}", last=f"{finish:%Y-%m-%d %H:%M:%S}")
    return Period(begin, finish, label, "custom")


def period_for(kind: str, now: datetime, first: date | None = None,
               last: date | None = None) -> Period:
    """The period a choice names: this "day", ISO "week" or "month" of `now` (UTC), or the
    "custom" days `first` to `last`, both included. Raises ValueError for an empty custom
    range, in words for the person who chose it."""
    today = now.astimezone(UTC).date()
    if kind == "day":
        return day_period(today)
    if kind == "week":
        iso = today.isocalendar()
        return week_period(iso.year, iso.week)
    if kind == "month":
        return month_period(today.year, today.month)
    if kind != "custom":
        raise ValueError(f"unknown period {kind!r}")
    if first is None or last is None:
        raise ValueError(translate("Periods", "Choose the first and the last day"))
    if last < first:
        raise ValueError(translate(
            "Periods", "The range ends before it starts: choose a last day on or after the "
            "first"))
    return custom_period(first, last + ONE_DAY)


def period_slug(period: Period) -> str:
    """A file-name-friendly name: 2025-03-07, 2025-W10, 2025-03 or 2025-03-01..2025-03-15."""
    first, last = period.first_day, period.last_day
    if period.kind == "day":
        return first.isoformat()
    if period.kind == "week":
        iso = first.isocalendar()
        return f"{iso.year}-W{iso.week:02d}"
    if period.kind == "month":
        return f"{first:%Y-%m}"
    return first.isoformat() if first == last else f"{first.isoformat()}..{last.isoformat()}"


def parse_period(text: str) -> Period:
    """A period from its text form (see the module docstring). Raises ValueError."""
    if not isinstance(text, str) or not text.strip():
        raise ValueError(f"no period given: {_FORMS}")
    text = text.strip()
    if ".." in text:
        first, _, second = text.partition("..")
        if not first.strip() or not second.strip():
            raise ValueError(f"{text!r}: a range needs a start and an end, as in "
                             "2023-06-01..2023-06-15")
        begin, finish = _single(first.strip()), _single(second.strip())
        if finish.end <= begin.start:
            raise ValueError(f"{text!r}: the range ends before it starts")
        return custom_period(begin.start, finish.end)
    return _single(text)


def _single(text: str) -> Period:
    if match := _MONTH.fullmatch(text):
        return month_period(int(match[1]), int(match[2]))
    if match := _WEEK.fullmatch(text):
        return week_period(int(match[1]), int(match[2]))
    if _DAY.fullmatch(text):
        try:
            return day_period(date.fromisoformat(text))
        except ValueError:
            raise ValueError(f"{text}: there is no such day") from None
    raise ValueError(f"{text!r} is not a period: {_FORMS}")


def _day_label(day: date) -> str:
    """`7 March 2025`, `7 de marzo de 2025`, `7 de março de 2025`."""
    if language() == ENGLISH:
        return f"{day.day} {day:%B %Y}"
    return format_skeleton("yMMMMd", day, locale=babel_locale())


def _month_label(first: date) -> str:
    """`March 2025`, `marzo de 2025`, `março de 2025`."""
    if language() == ENGLISH:
        return first.strftime("%B %Y")
    return format_skeleton("yMMMM", first, locale=babel_locale())
