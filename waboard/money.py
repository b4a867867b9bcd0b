"""Money shown to people: one formatter for every screen, report and sentence.

Amounts are `Decimal` and stay exact everywhere else: rates have four decimal places, so a
sum of charges is exact to four too. Add the Decimals, never the texts; the rounding below
is for display only. Two ways to show an amount, by what it is:

- `money(amount, currency)`: a total, a bill, a difference between totals, anything summed
  over a period. Rounded half-even to the currency's minor unit: `$12.40`, `$0.53`,
  `-$3.10`, `JPY 1,235`.
- `exact_money(amount, currency)`: one rate or one message's charge (and, in the trainer,
  the few charges an exercise compares), where rounding to the cent would mislead: $0.0088
  is not "$0.01". Exact to four decimal places with trailing zeros trimmed, but never fewer
  places than the currency's minor unit: `$0.0088`, `$0.015`, `$0.03`, `$1.00`. A column
  of rates (the rate card) keeps all four places (`trim=False`) so its decimal points line up.

The currency is an ISO 4217 code: "$" stands for USD, any other code is written before the
figures (`EUR 12.40`, `MXN 0.0266`), which keeps the many dollars apart.

`amount_text(amount)` is the machine form for files (CSV): exact, four places, no symbol.

In another language than English (`waboard.i18n.language()`) the figures follow that
language's conventions through Babel (the locale in `formats.BABEL_LOCALES`): `US$ 0,0436`
and `R$ 0,25` in Brazilian Portuguese, `USD 0.0436` and `$0.25` (pesos) in Mexican Spanish.
The English form above stays as it is: the CLI, the runner and the files speak it.
"""

from __future__ import annotations

import re
from decimal import ROUND_HALF_EVEN, Decimal

from babel import Locale

from .formats import babel_locale
from .i18n import ENGLISH, language

_NUMBER = re.compile(r"[#0,.]+")
EXACT_PLACES = 4
SYMBOLS = {"USD": "$"}
DEFAULT_PLACES = 2
# ISO 4217 minor units that are not 2; IDR is shown whole as people price it, though its
# code allows cents.
MINOR_UNITS = {
    **dict.fromkeys(("BIF", "CLP", "DJF", "GNF", "IDR", "ISK", "JPY", "KMF", "KRW", "PYG",
                     "RWF", "UGX", "UYI", "VND", "VUV", "XAF", "XOF", "XPF"), 0),
    **dict.fromkeys(("BHD", "IQD", "JOD", "KWD", "LYD", "OMR", "TND"), 3),
}


def minor_unit(currency: str) -> int:
    """How many decimal places the currency's amounts are shown with."""
    return MINOR_UNITS.get(currency.upper(), DEFAULT_PLACES)


def money(amount: Decimal, currency: str = "USD", *, signed: bool = False) -> str:
    """A total for people, rounded to the currency's minor unit (`+` first when `signed`
    and positive): `$1,234.50`, `+$0.87`, `$0.00`."""
    places = minor_unit(currency)
    return _text(_rounded(amount, places), places, currency, signed)


def exact_money(amount: Decimal, currency: str = "USD", *, signed: bool = False,
                trim: bool = True) -> str:
    """A rate or one charge, exact to four places with trailing zeros trimmed down to the
    currency's minor unit (`$0.0088`, `$0.015`, `$0.03`), or kept unless `trim` is false
    (`$0.0300`)."""
    minimum = minor_unit(currency)
    places = max(EXACT_PLACES, minimum)
    value = _rounded(amount, places)
    if trim:
        digits = f"{abs(value):f}".partition(".")[2].rstrip("0")
        places = max(minimum, len(digits))
    return _text(value, places, currency, signed)


def amount_text(amount: Decimal) -> str:
    """An amount for files: exact to four decimal places, no symbol (`12.4000`)."""
    return str(_rounded(amount, EXACT_PLACES))


def _rounded(amount: Decimal, places: int) -> Decimal:
    return amount.quantize(Decimal(1).scaleb(-places), rounding=ROUND_HALF_EVEN)


def _text(value: Decimal, places: int, currency: str, signed: bool) -> str:
    code = currency.upper()
    sign = "-" if value < 0 else ("+" if signed and value > 0 else "")
    if language() != ENGLISH:
        return sign + _localised(abs(value), places, code, babel_locale())
    symbol = SYMBOLS.get(code, f"{code} ")
    return f"{sign}{symbol}{abs(value):,.{places}f}"


def _localised(value: Decimal, places: int, code: str, locale: Locale) -> str:
    """`value` in the locale's currency pattern (`¤ #,##0.00`) with exactly `places`
    decimals; a symbol that ends in a letter is kept apart from the figures by a
    non-breaking space (CLDR's currency spacing, which Babel leaves out)."""
    pattern = locale.currency_formats["standard"].pattern.split(";")[0]
    number = _NUMBER.search(pattern)
    assert number is not None, pattern
    before, after = pattern[:number.start()], pattern[number.end():]
    symbol = locale.currency_symbols.get(code, code)
    if before.endswith("¤") and symbol[-1].isalpha():
        before += "\u00a0"
    if after.startswith("¤") and symbol[0].isalpha():
        after = "\u00a0" + after
    symbols = locale.number_symbols["latn"]
    figures = f"{value:,.{places}f}".translate(
        {ord(","): symbols["group"], ord("."): symbols["decimal"]})
    return before.replace("¤", symbol) + figures + after.replace("¤", symbol)
