"""Numbers, money, dates and durations in the language in force; English unchanged."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date, timedelta
from decimal import Decimal

import pytest

from waboard import i18n
from waboard.formats import count, long_date
from waboard.money import exact_money, money
from waboard.rules.instants import format_duration

NBSP = "\u00a0"


@pytest.fixture
def speak() -> Iterator:
    yield i18n.set_language
    i18n.set_language(None)


def test_english_is_the_default_and_unchanged() -> None:
    assert i18n.language() == "en"
    assert exact_money(Decimal("0.0436")) == "$0.0436"
    assert money(Decimal("-3.1"), "MXN") == "-MXN 3.10"
    assert count(1000) == "1,000"
    assert long_date(date(2025, 3, 7)) == "Friday, 7 March 2025"
    assert format_duration(timedelta(hours=3, minutes=5)) == "3h 05m"
    assert format_duration(timedelta(days=2, hours=3)) == "2d 3h"


def test_brazilian_portuguese(speak) -> None:
    speak("pt_BR")
    assert exact_money(Decimal("0.0436")) == f"US${NBSP}0,0436"
    assert money(Decimal("0.25"), "BRL") == f"R${NBSP}0,25"
    assert money(Decimal("1234.5"), "BRL", signed=True) == f"+R${NBSP}1.234,50"
    assert count(1000) == "1.000"
    assert long_date(date(2025, 3, 7)) == "sexta-feira, 7 de março de 2025"
    assert format_duration(timedelta(hours=3, minutes=5)) == "3 h 05 min"


def test_mexican_spanish(speak) -> None:
    speak("es")
    assert exact_money(Decimal("0.0436")) == f"USD{NBSP}0.0436"
    assert money(Decimal("-12.4"), "MXN") == "-$12.40"
    assert long_date(date(2025, 3, 7)) == "viernes, 7 de marzo de 2025"
    assert format_duration(timedelta(hours=3, minutes=5)) == "3 h 05 min"
    assert format_duration(timedelta(minutes=-4, seconds=-9)) == "-4 min 09 s"
    assert format_duration(timedelta(seconds=12)) == "12 s"


def test_an_unknown_language_is_refused() -> None:
    with pytest.raises(ValueError, match="fr"):
        i18n.set_language("fr")


@pytest.mark.parametrize(("locale", "language"), [
    ("es_MX.UTF-8", "es"), ("es", "es"), ("pt_BR.UTF-8", "pt_BR"), ("pt", "pt_BR"),
    ("pt-PT", "pt_BR"), ("en_GB.UTF-8", "en"), ("C", "en"), ("", "en")])
def test_language_for_the_system_locale(locale: str, language: str) -> None:
    assert i18n.language_for_locale(locale) == language
