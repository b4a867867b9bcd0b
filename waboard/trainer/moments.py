"""Instants as the lesson player and the grading report show them, with day and month
names in the user's language ("Mon 5 Jun 2023 09:00 UTC", "seg 5 jun 2023 09:00 UTC")."""

from __future__ import annotations

from datetime import datetime

from ..i18n import QT_TRANSLATE_NOOP, translate

_DAYS = (QT_TRANSLATE_NOOP("LessonDates", "Mon"), QT_TRANSLATE_NOOP("LessonDates", "Tue"),
         QT_TRANSLATE_NOOP("LessonDates", "Wed"), QT_TRANSLATE_NOOP("LessonDates", "Thu"),
         QT_TRANSLATE_NOOP("LessonDates", "Fri"), QT_TRANSLATE_NOOP("LessonDates", "Sat"),
         QT_TRANSLATE_NOOP("LessonDates", "Sun"))
_MONTHS = (QT_TRANSLATE_NOOP("LessonDates", "Jan"), QT_TRANSLATE_NOOP("LessonDates", "Feb"),
           QT_TRANSLATE_NOOP("LessonDates", "Mar"), QT_TRANSLATE_NOOP("LessonDates", "Apr"),
           QT_TRANSLATE_NOOP("LessonDates", "May"), QT_TRANSLATE_NOOP("LessonDates", "Jun"),
           QT_TRANSLATE_NOOP("LessonDates", "Jul"), QT_TRANSLATE_NOOP("LessonDates", "Aug"),
           QT_TRANSLATE_NOOP("LessonDates", "Sep"), QT_TRANSLATE_NOOP("LessonDates", "Oct"),
           QT_TRANSLATE_NOOP("LessonDates", "Nov"), QT_TRANSLATE_NOOP("LessonDates", "Dec"))


def short_moment(at: datetime, *, year: bool = True) -> str:
    """"Mon 5 Jun 2023 09:00 UTC"; without the year "Mon 05 Jun 09:00 UTC" (the report's)."""
    day = translate("LessonDates", _DAYS[at.weekday()])
    month = translate("LessonDates", _MONTHS[at.month - 1])
    if year:
        return f"{day} {at.day} {month} {at.year} {at:%H:%M} UTC"
    return f"{day} {at:%d} {month} {at:%H:%M} UTC"
