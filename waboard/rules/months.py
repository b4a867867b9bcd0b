"""Calendar months in the business account's time zone (IANA names, through zoneinfo).

The monthly free tiers and the volume tiers reset at midnight in the account's time zone
(rules.md "Month boundaries"). `month_key` is on the engine's hot path: it remembers the
bounds of the last month it answered per zone, so that most calls compare two instants.
"""

from __future__ import annotations

from datetime import UTC, datetime, tzinfo
from functools import cache
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from ..i18n import translate

_LAST: dict[str, tuple[datetime, datetime, str]] = {}


class TimeZoneError(ValueError):
    """A time zone name the IANA database does not know."""


@cache
def zone(name: str) -> tzinfo:
    """The time zone of an IANA name ("UTC", "America/Mexico_City"); TimeZoneError if
    unknown."""
    if name == "UTC":
        return UTC
    try:
        return ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError):
        raise TimeZoneError(translate(
            "TimeZoneCheck",
            "{name} is not a time zone (an IANA name such as 'America/Mexico_City')").format(
                name=repr(name))) from None


def month_key(at: datetime, timezone: str = "UTC") -> str:
    """The month ("YYYY-MM") that instant `at` falls in, in `timezone`."""
    last = _LAST.get(timezone)
    if last is not None and last[0] <= at < last[1]:
        return last[2]
    local = at.astimezone(zone(timezone))
    key = f"{local.year:04d}-{local.month:02d}"
    _LAST[timezone] = (*month_bounds(key, timezone), key)
    return key


def month_bounds(month: str, timezone: str = "UTC") -> tuple[datetime, datetime]:
    """The UTC instants where a month ("YYYY-MM") in `timezone` starts and ends."""
    year, number = int(month[:4]), int(month[5:7])
    after = (year + 1, 1) if number == 12 else (year, number + 1)
    where = zone(timezone)
    start = datetime(year, number, 1, tzinfo=where).astimezone(UTC)
    end = datetime(*after, 1, tzinfo=where).astimezone(UTC)
    return start, end
