"""Input the workspace refuses: each check raises InputError with a message fit to show the
user as is, or returns the input cleaned."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import TypeVar

from .consent import KeywordError, clean_keywords
from .rules.model import Template
from .rules.phones import PhoneError, normalize_phone
from .rules.templates import MAX_TEXT, TemplateError, validate_template
from .store import StoreError

MAX_NAME = 128
MAX_BOOKMARK = 200
T = TypeVar("T")


class InputError(ValueError):
    """Input the workspace refuses, with a message fit to show the user as is."""


def clean_name(name: str) -> str:
    name = (name or "").strip()
    if not name:
        raise InputError("Enter the customer's name")
    if len(name) > MAX_NAME:
        raise InputError(f"The name is {len(name):,} characters; keep it under {MAX_NAME}")
    if "\x00" in name:
        raise InputError("The name contains a NUL character")
    return name


def bookmark_name(name: str) -> str:
    name = (name or "").strip()
    if not name:
        raise InputError("Enter a name for the bookmark")
    if len(name) > MAX_BOOKMARK:
        raise InputError(f"The bookmark name is {len(name):,} characters; "
                         f"keep it to {MAX_BOOKMARK}")
    if "\x00" in name:
        raise InputError("The bookmark name contains a NUL character")
    return name


def clean_text(text: str) -> str:
    if not isinstance(text, str) or not text.strip():
        raise InputError("The message is empty")
    if len(text) > MAX_TEXT:
        raise InputError(f"The message is {len(text):,} characters; the limit is {MAX_TEXT:,}")
    if "\x00" in text:
        raise InputError("The message contains a NUL character")
    return text


def phone(text: str) -> tuple[str, str]:
    """(E.164 number, region code)."""
    try:
        return normalize_phone(text)
    except PhoneError as error:
        raise InputError(str(error)) from None


def valid_template(template: Template) -> None:
    try:
        validate_template(template)
    except TemplateError as error:
        raise InputError(f"Template {template.name!r}: {error}") from None


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
        raise InputError(str(error)) from None
