from decimal import Decimal

import pytest

from waboard.money import amount_text, exact_money, minor_unit, money


@pytest.mark.parametrize(("amount", "currency", "signed", "text"), [
    ("12.4", "USD", False, "$12.40"), ("0.5334", "USD", False, "$0.53"),
    ("0.0266", "USD", False, "$0.03"), ("-3.1", "USD", True, "-$3.10"),
    ("0.87", "USD", True, "+$0.87"), ("0", "USD", True, "$0.00"),
    ("-0.001", "USD", True, "$0.00"), ("124837.5", "USD", False, "$124,837.50"),
    ("0.125", "USD", False, "$0.12"), ("12.4", "EUR", False, "EUR 12.40"),
    ("1234.5", "JPY", False, "JPY 1,234"), ("1.2345", "KWD", False, "KWD 1.234"),
])
def test_money_rounds_totals_to_the_minor_unit(amount, currency, signed, text):
    assert money(Decimal(amount), currency, signed=signed) == text


@pytest.mark.parametrize(("amount", "currency", "signed", "text"), [
    ("0.0088", "USD", False, "$0.0088"), ("0.0150", "USD", False, "$0.015"),
    ("0.03", "USD", False, "$0.03"), ("1", "USD", False, "$1.00"),
    ("-0.0266", "USD", True, "-$0.0266"), ("0.0266", "USD", True, "+$0.0266"),
    ("0.00005", "USD", False, "$0.00"), ("0.0436", "MXN", False, "MXN 0.0436"),
    ("12", "JPY", False, "JPY 12"), ("0.5", "JPY", False, "JPY 0.5"),
    ("1.2", "KWD", False, "KWD 1.200"),
])
def test_exact_money_keeps_a_rate_exact(amount, currency, signed, text):
    assert exact_money(Decimal(amount), currency, signed=signed) == text


def test_a_column_of_rates_keeps_four_places():
    assert exact_money(Decimal("0.03"), trim=False) == "$0.0300"
    assert exact_money(Decimal("12"), "JPY", trim=False) == "JPY 12.0000"


def test_minor_units_follow_iso_4217():
    assert (minor_unit("USD"), minor_unit("brl"), minor_unit("JPY"), minor_unit("BHD")) == (
        2, 2, 0, 3)


def test_amount_text_is_exact_to_four_places():
    assert amount_text(Decimal("12.4")) == "12.4000"
    assert amount_text(Decimal("0.00005")) == "0.0000"

