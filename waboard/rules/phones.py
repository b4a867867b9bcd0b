"""Phone numbers: E.164 normalisation with a specific reason for every refusal."""

from __future__ import annotations

import phonenumbers

from ..i18n import QT_TRANSLATE_NOOP, translate
from .pricing import country_name


class PhoneError(ValueError):
    """A phone number that cannot be used, with a plain explanation."""


def _problem(text: str, raw: str = "", **values: str) -> PhoneError:
    """A PhoneError with `text` (a "PhoneCheck" source) in the user's language."""
    return PhoneError(translate("PhoneCheck", text).format(number=repr(raw), **values))


def normalize_phone(text: str) -> tuple[str, str]:
    """Return (E.164 number, ISO region) for an international number. Raises PhoneError."""
    raw = (text or "").strip()
    if not raw:
        raise _problem(QT_TRANSLATE_NOOP(
            "PhoneCheck",
            "Enter a phone number, with + and the country code (e.g. +52 55 1234 5678)"))
    if any(ch.isalpha() for ch in raw):
        raise _problem(QT_TRANSLATE_NOOP(
            "PhoneCheck",
            "{number} contains letters: use digits only, with + and the country code"), raw)
    if not raw.startswith(("+", "00")):
        raise _problem(QT_TRANSLATE_NOOP(
            "PhoneCheck", "{number} has no country code: start with + and the country code"),
            raw)
    try:
        number = phonenumbers.parse("+" + raw[2:] if raw.startswith("00") else raw, None)
    except phonenumbers.NumberParseException as error:
        raise _problem(QT_TRANSLATE_NOOP("PhoneCheck", "{number} is not a phone number: {reason}"),
                       raw, reason=_parse_reason(error)) from None
    number = _without_mexican_mobile_prefix(number)
    region = phonenumbers.region_code_for_number(number) or ""
    if not phonenumbers.is_possible_number(number):
        length = phonenumbers.is_possible_number_with_reason(number)
        problem = {
            phonenumbers.ValidationResult.TOO_SHORT: QT_TRANSLATE_NOOP(
                "PhoneCheck", "{number} is too short for {where}"),
            phonenumbers.ValidationResult.TOO_LONG: QT_TRANSLATE_NOOP(
                "PhoneCheck", "{number} is too long for {where}"),
        }.get(length) or QT_TRANSLATE_NOOP("PhoneCheck",
                                           "{number} is not a possible length for {where}")
        raise _problem(problem, raw, where=_where(number, region))
    if not phonenumbers.is_valid_number(number):
        raise _problem(QT_TRANSLATE_NOOP(
            "PhoneCheck", "{number} is not a valid number for {where}"),
            raw, where=_where(number, region))
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
    return translate("PhoneCheck", "country code +{code}").format(code=number.country_code)


def _parse_reason(error: phonenumbers.NumberParseException) -> str:
    too_short = QT_TRANSLATE_NOOP("PhoneCheck", "too short")
    reason = {
        phonenumbers.NumberParseException.INVALID_COUNTRY_CODE: QT_TRANSLATE_NOOP(
            "PhoneCheck", "unknown country code"),
        phonenumbers.NumberParseException.TOO_SHORT_NSN: too_short,
        phonenumbers.NumberParseException.TOO_SHORT_AFTER_IDD: too_short,
        phonenumbers.NumberParseException.TOO_LONG: QT_TRANSLATE_NOOP("PhoneCheck", "too long"),
    }.get(error.error_type) or QT_TRANSLATE_NOOP("PhoneCheck", "not a number")
    return translate("PhoneCheck", reason)
