"""Counts and dates for people, in the language in force (`waboard.i18n.language()`).

English keeps the forms waboard has always shown (`1,000`, `Friday, 7 March 2025`,
`2025-03-07 09:00`); Spanish and Brazilian Portuguese take theirs from Babel's CLDR data
for the locale in `BABEL_LOCALES` (`1.000`, `sexta-feira, 7 de março de 2025`). Qt-free, so
the reports and sentences of the pure modules use it as the app does. Money is
`waboard/money.py`, durations `rules/instants.py`.
"""

from __future__ import annotations

from datetime import date, datetime

from babel import Locale
from babel.dates import format_date, format_datetime
from babel.numbers import format_decimal

from .i18n import ENGLISH, language
from .rules.pricing import country_name as english_country_name

BABEL_LOCALES = {ENGLISH: "en", "es": "es_MX", "pt_BR": "pt_BR"}
"""The CLDR locale of each language: Spanish as read in Mexico (the first market the demo
shows: decimal point, `$` for pesos), Portuguese as in Brazil."""


def babel_locale() -> Locale:
    """The CLDR locale of the language in force."""
    return Locale.parse(BABEL_LOCALES[language()])


def count(value: int) -> str:
    """A whole number with the language's grouping: `1,000`, `1.000`."""
    if language() == ENGLISH:
        return f"{value:,}"
    return format_decimal(value, locale=babel_locale())


def long_date(day: date) -> str:
    """`Friday, 7 March 2025`, `viernes, 7 de marzo de 2025`, `sexta-feira, 7 de março de
    2025`."""
    if language() == ENGLISH:
        return f"{day:%A}, {day.day} {day:%B %Y}"
    return format_date(day, "full", locale=babel_locale())


def short_date(day: date) -> str:
    """`2025-03-07` in English (the form the app shows dates in), `07/03/2025` otherwise."""
    if language() == ENGLISH:
        return day.isoformat()
    return format_date(day, "dd/MM/yyyy", locale=babel_locale())


def effective_date(day: date) -> str:
    """The day a rule change takes effect: `1 Oct 2026` in English, `01/10/2026` otherwise."""
    if language() == ENGLISH:
        return f"{day.day} {day:%b %Y}"
    return short_date(day)


def country(region: str) -> str:
    """A region's name for people: `Mexico`, `México`, `Brasil` (CLDR's territory names;
    English as `rules.pricing.country_name` says it); the code itself if unknown."""
    if language() == ENGLISH:
        return english_country_name(region)
    return babel_locale().territories.get(region.upper()) or english_country_name(region)


def date_time(at: datetime) -> str:
    """`2025-03-07 09:00` in English, `07/03/2025 09:00` otherwise (the instant's own
    time zone)."""
    if language() == ENGLISH:
        return at.strftime("%Y-%m-%d %H:%M")
    return format_datetime(at, "dd/MM/yyyy HH:mm", tzinfo=at.tzinfo, locale=babel_locale())
