"""Input the workspace refuses: each check raises InputError with a message fit to show the
user as is, or returns the input cleaned."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from typing import TypeVar

from .consent import KeywordError, clean_keywords
from .formats import count
from .i18n import QT_TRANSLATE_NOOP, said, translate
from .rules.model import AccountSettings, Template
from .rules.months import TimeZoneError, zone
from .rules.phones import PhoneError, normalize_phone
from .rules.rate_cards import CURRENCIES
from .rules.templates import MAX_TEXT, TemplateError, validate_template
from .store import Store, StoreError

MAX_NAME = 128
MAX_BOOKMARK = 200
QUOTE_LIMIT = 80
"""The most characters of a value an error message quotes."""
T = TypeVar("T")


def cut(text: str, limit: int = QUOTE_LIMIT) -> str:
    """`text` as an error quotes it: at most `limit` characters, "..." where it was cut."""
    return text if len(text) <= limit else text[:limit - 3] + "..."


def quoted(value: object, limit: int = QUOTE_LIMIT) -> str:
    """`value` quoted as `repr` does, for an error, cut to about `limit` characters."""
    return repr(cut(value, limit)) if isinstance(value, str) else cut(repr(value), limit)


class InputError(ValueError):
    """Input the workspace refuses, with a message fit to show the user as is (`str`, in the
    user's language) and the same message in English (`english`: what the Cloud API answers,
    as Meta's does, whatever the app's language)."""

    def __init__(self, message: str, english: str | None = None) -> None:
        super().__init__(message)
        self.english = message if english is None else english

    @classmethod
    def of(cls, context: str, text: str, counts: Mapping[str, int] | None = None,
           **values: object) -> InputError:
        """The error for `text`, marked `QT_TRANSLATE_NOOP(context, text)` where it is
        written, its placeholders filled with `values` in both languages; `counts` are
        numbers written with each language's grouping ("4,096", "4.096")."""
        counts = counts or {}
        shown, _ = said(context, text, **values, **{k: count(n) for k, n in counts.items()})
        _, english = said(context, text, **values, **{k: f"{n:,}" for k, n in counts.items()})
        return cls(shown, english)


def clean_name(name: str) -> str:
    return _short_text(name, MAX_NAME, translate("Inputs", "Enter the customer's name"),
                       translate("Inputs", "The name is {length} characters; keep it under "
                                 "{limit}"),
                       translate("Inputs", "The name contains a NUL character"))


def bookmark_name(name: str) -> str:
    return _short_text(name, MAX_BOOKMARK, translate("Inputs", "Enter a name for the bookmark"),
                       translate("Inputs", "The bookmark name is {length} characters; keep "
                                 "it to {limit}"),
                       translate("Inputs", "The bookmark name contains a NUL character"))


def _short_text(value: str, limit: int, empty: str, too_long: str, nul: str) -> str:
    """A name typed by the user, stripped: not empty, at most `limit` characters, no NUL;
    else InputError with the message for what is wrong (`too_long` has {length}, {limit})."""
    value = (value or "").strip()
    if not value:
        raise InputError(empty)
    if len(value) > limit:
        raise InputError(too_long.format(length=count(len(value)), limit=count(limit)))
    if "\x00" in value:
        raise InputError(nul)
    return value


def clean_text(text: str) -> str:
    if not isinstance(text, str) or not text.strip():
        raise InputError.of("Inputs", QT_TRANSLATE_NOOP("Inputs", "The message is empty"))
    if len(text) > MAX_TEXT:
        raise InputError.of("Inputs", QT_TRANSLATE_NOOP(
            "Inputs", "The message is {length} characters; the limit is {limit}"),
            counts={"length": len(text), "limit": MAX_TEXT})
    if "\x00" in text:
        raise InputError.of("Inputs", QT_TRANSLATE_NOOP(
            "Inputs", "The message contains a NUL character"))
    return text


def phone(text: str) -> tuple[str, str]:
    """(E.164 number, region code)."""
    try:
        return normalize_phone(text)
    except PhoneError as error:
        raise InputError(str(error)) from None


def unique_phone(store: Store, e164: str, customer_id: int | None = None) -> None:
    """Refuse a number another customer (not `customer_id`) already has: one WhatsApp
    number is one person, so consent and windows must not be split between two records."""
    other = store.customer_by_phone(e164)
    if other is not None and other.id != customer_id:
        raise InputError.of("Inputs", QT_TRANSLATE_NOOP(
            "Inputs", "{phone} is already the number of {name}; two customers cannot share a "
            "phone number"), phone=e164, name=other.name)


def valid_template(template: Template) -> None:
    try:
        validate_template(template)
    except TemplateError as error:
        raise InputError.of("Inputs", QT_TRANSLATE_NOOP("Inputs", "Template {name}: {problem}"),
                            name=repr(template.name), problem=error) from None


def account_settings(account: AccountSettings) -> AccountSettings:
    """The business account's settings, checked: an ISO 3166 country code (or none), an
    IANA time zone, one of the 16 billing currencies, a non-negative marketing limit."""
    country = (account.country or "").strip().upper()
    if country and not (len(country) == 2 and country.isalpha()):
        raise InputError(translate("Inputs", "Country {country}: use a two-letter ISO code "
                                   "such as MX").format(country=repr(account.country)))
    try:
        zone(account.timezone)
    except TimeZoneError as error:
        raise InputError(translate("Inputs", "Time zone: {problem}").format(problem=error)) \
            from None
    if account.currency not in CURRENCIES:
        raise InputError(translate("Inputs", "Currency {currency}: use one of {currencies}")
                         .format(currency=repr(account.currency),
                                 currencies=", ".join(CURRENCIES)))
    limit = account.marketing_limit_per_24h
    if limit is not None and (isinstance(limit, bool) or not isinstance(limit, int)
                              or limit < 0):
        raise InputError(translate("Inputs", "Marketing limit {limit}: a whole number of "
                                   "messages, 0 or more").format(limit=repr(limit)))
    since = account.auth_international_from
    if since is not None and since.tzinfo is None:
        raise InputError(translate("Inputs", "Authentication-international start: give an "
                                   "instant with a time zone"))
    return AccountSettings(country, account.timezone, account.currency, since, limit)


def opt_out_keywords(keywords: Iterable[str]) -> tuple[str, ...]:
    """The keywords cleaned, see `consent.clean_keywords`."""
    try:
        return clean_keywords(keywords)
    except KeywordError as error:
        raise InputError(str(error)) from None


def stored(call: Callable[[], T]) -> T:
    """What `call` returns; a StoreError it raises (a duplicate key, a missing row) as
    InputError."""
    try:
        return call()
    except StoreError as error:
        raise InputError(str(error), error.english) from None
