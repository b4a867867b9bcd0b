"""Phone numbers: E.164 normalisation with a specific reason for every refusal."""

from __future__ import annotations

import phonenumbers

from .pricing import country_name


class PhoneError(ValueError):
    """A phone number that cannot be used, with a plain explanation."""


def normalize_phone(text: str) -> tuple[str, str]:
    """Return (E.164 number, ISO region) for an international number. Raises PhoneError."""
    raw = (text or "").strip()
    if not raw:
        raise PhoneError(
            "Enter a phone number, with + and the country code (e.g. +52 55 1234 5678)"
        )
    if any(ch.isalpha() for ch in raw):
        raise PhoneError(f"{raw!r} contains letters: use digits only, with + and the country code")
    if not raw.startswith(("+", "00")):
        raise PhoneError(f"{raw!r} has no country code: start with + and the country code")
    try:
        number = phonenumbers.parse("+" + raw[2:] if raw.startswith("00") else raw, None)
    except phonenumbers.NumberParseException as error:
        raise PhoneError(f"{raw!r} is not a phone number: {_parse_reason(error)}") from None
    number = _without_mexican_mobile_prefix(number)
    region = phonenumbers.region_code_for_number(number) or ""
    if not phonenumbers.is_possible_number(number):
        length = phonenumbers.is_possible_number_with_reason(number)
        reason = {
            phonenumbers.ValidationResult.TOO_SHORT: "too short",
            phonenumbers.ValidationResult.TOO_LONG: "too long",
        }.get(length, "not a possible length")
        raise PhoneError(f"{raw!r} is {reason} for {_where(number, region)}")
    if not phonenumbers.is_valid_number(number):
        raise PhoneError(f"{raw!r} is not a valid number for {_where(number, region)}")
    return phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164), region


def format_phone(e164: str) -> str:
    """An E.164 number in international format for display, e.g. +52 55 1234 5678."""
    try:
        number = phonenumbers.parse(e164, None)
    except phonenumbers.NumberParseException:
        return e164
    return phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.INTERNATIONAL)


def _without_mexican_mobile_prefix(number: phonenumbers.PhoneNumber) -> phonenumbers.PhoneNumber:
    """Mexico dropped the `1` after +52 for mobiles in 2020; WhatsApp ids still carry it."""
    national = str(number.national_number)
    if number.country_code == 52 and len(national) == 11 and national.startswith("1"):
        return phonenumbers.PhoneNumber(country_code=52, national_number=int(national[1:]))
    return number


def _where(number: phonenumbers.PhoneNumber, region: str) -> str:
    if region:
        return country_name(region)
    return f"country code +{number.country_code}"


def _parse_reason(error: phonenumbers.NumberParseException) -> str:
    return {
        phonenumbers.NumberParseException.INVALID_COUNTRY_CODE: "unknown country code",
        phonenumbers.NumberParseException.TOO_SHORT_NSN: "too short",
        phonenumbers.NumberParseException.TOO_SHORT_AFTER_IDD: "too short",
        phonenumbers.NumberParseException.TOO_LONG: "too long",
    }.get(error.error_type, "not a number")
