"""The clock's readings as text: dates, times and spans, in English whatever the locale."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

_DAYS = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")
_MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")


def format_date(at: datetime) -> str:
    """"Fri 7 Mar 2025", in UTC and in English whatever the system locale."""
    at = at.astimezone(UTC)
    return f"{_DAYS[at.weekday()]} {format_day(at)}"


def format_day(at: datetime) -> str:
    """"7 Mar 2025", in UTC."""
    at = at.astimezone(UTC)
    return f"{at.day} {_MONTHS[at.month - 1]} {at.year}"


def format_clock(at: datetime) -> str:
    """The clock bar's reading: "Fri 7 Mar 2025  20:00:05 UTC"."""
    at = at.astimezone(UTC)
    return f"{format_date(at)}  {at:%H:%M:%S} UTC"


def format_span(span: timedelta) -> str:
    """A duration to the minute: "2 d 3 h", "1 h 12 min", "45 min", "under a minute"."""
    minutes = int(span.total_seconds()) // 60
    days, minutes = divmod(minutes, 24 * 60)
    hours, minutes = divmod(minutes, 60)
    if days:
        return f"{days} d {hours} h" if hours else f"{days} d"
    if hours:
        return f"{hours} h {minutes} min" if minutes else f"{hours} h"
    return f"{minutes} min" if minutes else "under a minute"
