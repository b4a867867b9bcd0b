"""Template text: positional `{{n}}` parameters, validation and rendering."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from ..i18n import QT_TRANSLATE_NOOP, translate
from . import refusals
from .model import Template

MAX_BODY = 1024
MAX_HEADER = 60
MAX_FOOTER = 60
MAX_BUTTONS = 10
MAX_BUTTON_LABEL = 25
MAX_TEXT = 4096
MAX_PARAM_SPACES = 4
"""Meta: "Param text cannot have ... more than 4 consecutive spaces"."""
_TOO_MANY_SPACES = " " * (MAX_PARAM_SPACES + 1)

_PLACEHOLDER = re.compile(r"\{\{\s*(\d+)\s*\}\}")
_NAME = re.compile(r"[a-z0-9_]{1,512}")
_LANGUAGE = re.compile(r"[a-z]{2,3}(_[A-Z]{2})?")


class TemplateError(ValueError):
    """A template that the platform would not accept for review."""


def placeholders(body: str) -> list[int]:
    """The distinct parameter numbers in a body, ascending."""
    return sorted({int(n) for n in _PLACEHOLDER.findall(body)})


@lru_cache(maxsize=4096)
def _shape(body: str) -> tuple[int, int]:
    """(distinct parameters, placeholder occurrences) of a body."""
    return len(placeholders(body)), len(_PLACEHOLDER.findall(body))


def parameter_count(template: Template) -> int:
    return _shape(template.body)[0]


_FIELDS = {
    "body": QT_TRANSLATE_NOOP("TemplateCheck", "body"),
    "header": QT_TRANSLATE_NOOP("TemplateCheck", "header"),
    "footer": QT_TRANSLATE_NOOP("TemplateCheck", "footer"),
}
"""A template's text fields, as a problem names them."""


def _problem(text: str, **values: object) -> TemplateError:
    """A TemplateError with `text` (a "TemplateCheck" source) in the user's language."""
    return TemplateError(translate("TemplateCheck", text).format(**values))


def _field(name: str) -> str:
    return translate("TemplateCheck", _FIELDS[name])


def validate_template(template: Template) -> None:
    """Raise TemplateError naming the first problem with a template's fields."""
    if not _NAME.fullmatch(template.name):
        raise _problem(QT_TRANSLATE_NOOP(
            "TemplateCheck", "name {name}: use lowercase letters, digits and underscores only"),
            name=repr(template.name))
    if not _LANGUAGE.fullmatch(template.language):
        raise _problem(QT_TRANSLATE_NOOP(
            "TemplateCheck", "language {language}: expected a code like en_US"),
            language=repr(template.language))
    if not template.body.strip():
        raise _problem(QT_TRANSLATE_NOOP("TemplateCheck", "{field}: must not be empty"),
                       field=_field("body"))
    fields = (("body", MAX_BODY), ("header", MAX_HEADER), ("footer", MAX_FOOTER))
    for field, limit in fields[:1]:
        _check_length(field, getattr(template, field), limit)
    _check_placeholders(template.body)
    for field, limit in fields[1:]:
        text = getattr(template, field)
        _check_length(field, text, limit)
        if "{{" in text or "}}" in text:
            raise _problem(QT_TRANSLATE_NOOP(
                "TemplateCheck", "{field}: parameters are allowed in the body only"),
                field=_field(field))
    if len(template.buttons) > MAX_BUTTONS:
        raise _problem(QT_TRANSLATE_NOOP("TemplateCheck", "buttons: {count}, over {limit}"),
                       count=len(template.buttons), limit=MAX_BUTTONS)
    for index, label in enumerate(template.buttons, start=1):
        if not label.strip():
            raise _problem(QT_TRANSLATE_NOOP(
                "TemplateCheck", "button {index}: label must not be empty"), index=index)
        if len(label) > MAX_BUTTON_LABEL:
            raise _problem(QT_TRANSLATE_NOOP(
                "TemplateCheck", "button {index}: over {limit} characters"),
                index=index, limit=MAX_BUTTON_LABEL)
    for field in ("body", "header", "footer"):
        if "\x00" in getattr(template, field):
            raise _problem(QT_TRANSLATE_NOOP(
                "TemplateCheck", "{field}: contains a NUL character"), field=_field(field))


def _check_length(field: str, text: str, limit: int) -> None:
    if len(text) > limit:
        grouped = field == "body"  # the body's figures run into thousands
        raise _problem(QT_TRANSLATE_NOOP(
            "TemplateCheck", "{field}: {length} characters, over {limit}"),
            field=_field(field), length=f"{len(text):,}" if grouped else len(text),
            limit=f"{limit:,}" if grouped else limit)


def _check_placeholders(body: str) -> None:
    body_name = _field("body")
    stripped = _PLACEHOLDER.sub("", body)
    if "{{" in stripped or "}}" in stripped:
        raise _problem(QT_TRANSLATE_NOOP(
            "TemplateCheck",
            "{field}: unbalanced '{open}' or '{close}': write parameters as {first}, {second}, "
            "..."), field=body_name, open="{{", close="}}", first="{{1}}", second="{{2}}")
    numbers = placeholders(body)
    if numbers and numbers[0] == 0:
        raise _problem(QT_TRANSLATE_NOOP(
            "TemplateCheck", "{field}: parameters are numbered from {first}, not {zero}"),
            field=body_name, first="{{1}}", zero="{{0}}")
    expected = list(range(1, len(numbers) + 1))
    if numbers != expected:
        missing = sorted(set(range(1, numbers[-1] + 1)) - set(numbers))
        gap = ", ".join(f"{{{{{n}}}}}" for n in missing)
        raise _problem(QT_TRANSLATE_NOOP(
            "TemplateCheck",
            "{field}: parameters must run from {first} without gaps; missing {missing}"),
            field=body_name, first="{{1}}", missing=gap)


@dataclass(frozen=True, slots=True)
class ParamProblem:
    """Why a template's parameters cannot be used, and the Cloud API code for it."""

    code: int
    message: str


def check_params(template: Template, params: tuple[str, ...]) -> ParamProblem | None:
    """Check a send's parameters against the template, as the platform does."""
    body = template.body
    expected, occurrences = _shape(body)
    if len(params) != expected:
        return ParamProblem(132000, refusals.PARAM_COUNT.message(
            name=template.name, expected=expected, given=len(params)))
    longest = 0
    for index, value in enumerate(params, start=1):
        if not value.strip():
            return ParamProblem(132000, refusals.PARAM_EMPTY.message(index=index))
        if "\n" in value or "\t" in value or _TOO_MANY_SPACES in value:
            return ParamProblem(132000, refusals.PARAM_SPACING.message(
                index=index, spaces=MAX_PARAM_SPACES))
        if len(value) > longest:
            longest = len(value)
    if len(body) + occurrences * longest <= MAX_BODY:
        return None  # even the longest value in every placeholder fits: nothing to render
    length = len(render_body(template, params))
    if length > MAX_BODY:
        return ParamProblem(132005, refusals.BODY_TOO_LONG.message(
            length=f"{length:,}", limit=f"{MAX_BODY:,}"))
    return None


def render_body(template: Template, params: tuple[str, ...]) -> str:
    """The body with `{{n}}` replaced by parameter n (left as is when missing)."""

    def fill(match: re.Match[str]) -> str:
        index = int(match.group(1)) - 1
        return params[index] if 0 <= index < len(params) else match.group(0)

    return _PLACEHOLDER.sub(fill, template.body)
