"""The clock's readings as text: dates, times and spans, in the language in force (English
as it always was; Spanish and Portuguese with Babel's abbreviations: "vie 7 mar 2025")."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from babel.dates import format_date as babel_date

from ...formats import babel_locale
from ...i18n import ENGLISH, language, translate

_DAYS = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")
_MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")


def _translated(at: datetime, pattern: str) -> str:
    """The UTC date of `at` in a CLDR pattern, in the language in force (abbreviations
    without their dots, as the English ones have none)."""
    return babel_date(at.astimezone(UTC).date(), pattern, locale=babel_locale()).replace(".", "")


def format_date(at: datetime) -> str:
    """"Fri 7 Mar 2025", in UTC whatever the system locale."""
    if language() != ENGLISH:
        return _translated(at, "EEE d MMM y")
    return f"{format_weekday(at)} {format_day(at)}"


def format_day(at: datetime) -> str:
    """"7 Mar 2025", in UTC."""
    if language() != ENGLISH:
        return _translated(at, "d MMM y")
    at = at.astimezone(UTC)
    return f"{at.day} {_MONTHS[at.month - 1]} {at.year}"


def format_weekday(at: datetime) -> str:
    """"Fri", in UTC."""
    if language() != ENGLISH:
        return _translated(at, "EEE")
    return _DAYS[at.astimezone(UTC).weekday()]


def format_moment(at: datetime) -> str:
    """"Fri 07 Mar 20:00 UTC": a moment of the last days, without its year."""
    at = at.astimezone(UTC)
    day = _translated(at, "EEE dd MMM") if language() != ENGLISH \
        else f"{_DAYS[at.weekday()]} {at:%d} {_MONTHS[at.month - 1]}"
    return f"{day} {at:%H:%M} UTC"


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
    return f"{minutes} min" if minutes else translate("ClockText", "under a minute")
