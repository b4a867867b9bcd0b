"""The scenario fields of "Dates, accounts and changes over time" (scenarios.md): the
business `account`, and the `authentication_international` rate and volume-tier `tiers` of
a `rates` entry. Each check raises ScenarioError naming the field at fault."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from decimal import Decimal
from typing import Any

import phonenumbers

from ..rules.model import TIERED_CATEGORIES, AccountSettings, Category
from ..rules.months import TimeZoneError, zone
from ..rules.pricing import RateCardError, parse_amount
from ..rules.rate_cards import CURRENCIES
from .errors import ScenarioError

ACCOUNT_FIELDS = {"country", "timezone", "currency", "auth_international_from",
                  "marketing_limit_per_24h"}
MAX_BANDS = 20


def parse_account(raw: Any, instant: Callable[[Any, str], datetime]) -> AccountSettings:
    """The `account` object; `instant` reads an ISO instant naming its field."""
    if not isinstance(raw, dict):
        raise ScenarioError("account: expected an object")
    for key in raw:
        if key not in ACCOUNT_FIELDS:
            raise ScenarioError(f"account.{key}: unknown field")
    country = _text(raw, "country", "")
    if country and not (len(country) == 2 and country.isupper()
                        and phonenumbers.country_code_for_region(country)):
        raise ScenarioError(f"account.country: {country!r} is not an ISO 3166 region code")
    timezone = _text(raw, "timezone", "UTC")
    try:
        zone(timezone)
    except TimeZoneError as error:
        raise ScenarioError(f"account.timezone: {error}") from None
    currency = _text(raw, "currency", "USD")
    if currency not in CURRENCIES:
        raise ScenarioError(f"account.currency: {currency!r} is not one of "
                            f"{', '.join(CURRENCIES)}")
    since = raw.get("auth_international_from")
    eligible = None if since is None else instant(since, "account.auth_international_from")
    limit = raw.get("marketing_limit_per_24h")
    if limit is not None:
        if isinstance(limit, bool) or not isinstance(limit, int):
            raise ScenarioError("account.marketing_limit_per_24h: expected a whole number")
        if limit < 0:
            raise ScenarioError(f"account.marketing_limit_per_24h: {limit} is negative")
    return AccountSettings(country, timezone, currency, eligible, limit)


def _text(raw: dict[str, Any], key: str, default: str) -> str:
    value = raw.get(key)
    if value is None:
        return default
    if not isinstance(value, str):
        raise ScenarioError(f"account.{key}: expected a string")
    return value


def parse_tiers(raw: Any, where: str) -> dict[str, list[list[Any]]]:
    """A rates entry's `tiers`: category -> [[first message, "rate"], ...], the first band
    from message 1 and each next one from a higher number."""
    if not isinstance(raw, dict):
        raise ScenarioError(f"{where}: expected an object")
    tiers: dict[str, list[list[Any]]] = {}
    tiered = [c.value for c in TIERED_CATEGORIES]
    for category, bands in raw.items():
        here = f"{where}.{category}"
        if category not in tiered:
            raise ScenarioError(f"{here}: tiers are for {', '.join(tiered)} only")
        if not isinstance(bands, list) or not 1 <= len(bands) <= MAX_BANDS:
            raise ScenarioError(f"{here}: expected a list of 1 to {MAX_BANDS} "
                                "[first message, rate] bands")
        previous = 0
        clean = []
        for n, band in enumerate(bands):
            if not (isinstance(band, list) and len(band) == 2 and isinstance(band[0], int)
                    and not isinstance(band[0], bool)):
                raise ScenarioError(f"{here}[{n}]: expected [first message number, \"rate\"]")
            first = band[0]
            if n == 0 and first != 1:
                raise ScenarioError(f"{here}[0]: the first band starts at message 1, not {first}")
            if first <= previous:
                raise ScenarioError(f"{here}[{n}]: bands out of order ({first} after "
                                    f"{previous})")
            previous = first
            clean.append([first, str(amount(band[1], f"{here}[{n}]"))])
        tiers[category] = clean
    return tiers


def amount(value: Any, where: str) -> Decimal:
    try:
        return parse_amount(value, where)
    except RateCardError as error:
        raise ScenarioError(str(error)) from None


INTERNATIONAL = Category.AUTHENTICATION_INTERNATIONAL.value
