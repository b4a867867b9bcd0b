"""A template's status and category over time, as the template manager lists them.

A change made in the manager applies from the simulated instant it is made at: messages sent
before keep the category they were charged as, and a send is checked against the status the
template had at its own instant. The first entry of each field is the value the template had
from the start (the store records it at the epoch).
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import datetime

from ...explain import category_label
from ...i18n import QT_TRANSLATE_NOOP, translate
from ...rules.model import Category, TemplateStatus
from ...service import EPOCH
from .clock_text import format_day
from .template_model import STATUS_LABELS

EXPLANATION = QT_TRANSLATE_NOOP(
    "TemplateHistory", "Status and category changes apply from the simulated instant they "
    "are made at; messages sent before keep what they were charged as.")
NO_CHANGES = QT_TRANSLATE_NOOP("TemplateHistory", "No status or category change yet.")

Change = tuple[str, str, datetime, str, str]
"""(name, language, at, field, value), as `Store.template_changes` gives them."""


def value_label(field: str, value: str) -> str:
    if field == "category":
        return translate("TemplateHistory", "category {category}").format(
            category=category_label(Category(value)).lower())
    return translate("TemplateHistory", "status {status}").format(
        status=STATUS_LABELS[TemplateStatus(value)].lower())


def history_lines(changes: Iterable[Change], key: tuple[str, str]) -> list[str]:
    """One line per change of the template named `key`, oldest first."""
    lines = []
    for name, language, at, field, value in changes:
        if (name, language) != key:
            continue
        when = translate("TemplateHistory", "From the start") if at == EPOCH \
            else f"{format_day(at)} {at:%H:%M} UTC"
        lines.append(f"{when}: {value_label(field, value)}")
    return lines


def history_text(changes: Iterable[Change], key: tuple[str, str]) -> str:
    lines = history_lines(changes, key)
    return "\n".join([translate("TemplateHistory", EXPLANATION),
                      *(lines or [translate("TemplateHistory", NO_CHANGES)])])
