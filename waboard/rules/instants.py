"""Instants (aware UTC datetimes) and durations as text, both ways."""

from __future__ import annotations

import re
from datetime import UTC, datetime, timedelta

from ..i18n import language

_ENGLISH_UNITS = ("", "d", "h", "m", "s")
"""English durations (`3h 05m`): the runner's contract, byte for byte."""
_UNITS = {"es": (" ", "d", "h", "min", "s"), "pt_BR": (" ", "d", "h", "min", "s")}
"""The gap and units of a duration in the other languages (`3 h 05 min`)."""
_DURATION = re.compile(r"(?:(\d+)d)?(?:(\d+)h)?(?:(\d+)m)?(?:(\d+)s)?")


def parse_instant(text: str) -> datetime:
    """Parse an ISO-8601 instant; naive text is taken as UTC. Raises ValueError."""
    value = datetime.fromisoformat(text.strip().replace("Z", "+00:00"))
    if value.tzinfo is None:
        value = value.replace(tzinfo=UTC)
    return value.astimezone(UTC)


def format_instant(at: datetime) -> str:
    """`2023-06-05T09:00:00Z`, to the second (sub-seconds are dropped, never rounded up)."""
    return at.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def to_second(at: datetime) -> datetime:
    """The instant truncated to the whole second, in UTC."""
    return at.astimezone(UTC).replace(microsecond=0)


def parse_duration(text: str) -> timedelta:
    """Parse `30s`, `5m`, `25h`, `2d`, `1h30m`. Raises ValueError for anything else."""
    match = _DURATION.fullmatch(text.strip()) if isinstance(text, str) else None
    if not match or not any(match.groups()):
        raise ValueError(f"{text!r} is not a duration")
    days, hours, minutes, seconds = (int(g or 0) for g in match.groups())
    return timedelta(days=days, hours=hours, minutes=minutes, seconds=seconds)


def format_span(start: datetime, end: datetime) -> str:
    """`format_duration(end - start)` with both instants taken to the whole second first, so
    every countdown and "ago" on screen reads the same at one instant, whatever fraction of
    a second the clock stands at (the rules store whole seconds)."""
    return format_duration(to_second(end) - to_second(start))


def format_duration(span: timedelta) -> str:
    """A short human duration: `2d 3h`, `3h 05m`, `4m 09s`, `12s` (in Spanish and
    Portuguese `2 d 3 h`, `3 h 05 min`, `4 min 09 s`, `12 s`)."""
    total = int(span.total_seconds())
    sign = "-" if total < 0 else ""
    total = abs(total)
    days, rest = divmod(total, 86400)
    hours, rest = divmod(rest, 3600)
    minutes, seconds = divmod(rest, 60)
    gap, d, h, m, s = _UNITS.get(language(), _ENGLISH_UNITS)
    if days:
        return f"{sign}{days}{gap}{d} {hours}{gap}{h}"
    if hours:
        return f"{sign}{hours}{gap}{h} {minutes:02d}{gap}{m}"
    if minutes:
        return f"{sign}{minutes}{gap}{m} {seconds:02d}{gap}{s}"
    return f"{sign}{seconds}{gap}{s}"
