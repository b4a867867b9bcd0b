"""The rules' action a stored message records.

A stored template send names its template; the catalog entry it had when it was sent is not
stored: `business_action` rebuilds it so that it is decided again as it was decided.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import replace
from typing import TYPE_CHECKING

from ..rules.model import (
    TEMPLATE_CATEGORIES,
    Action,
    Category,
    CustomerMessage,
    OptIn,
    OptOut,
    Referral,
    SendTemplate,
    SendText,
    Template,
    TemplateStatus,
    Wait,
)

if TYPE_CHECKING:
    from ..store import MessageRecord

Catalog = Mapping[tuple[str, str], Template]


def customer_action(record: MessageRecord) -> CustomerMessage | OptIn | OptOut | None:
    """What a customer message or a consent event did (None for a business message)."""
    if record.direction == "in":
        return CustomerMessage(record.text, Referral(record.referral) if record.referral else None)
    if record.kind == "opt_in":
        return OptIn()
    if record.kind == "opt_out":
        return OptOut()
    return None


def record_action(record: MessageRecord) -> Action:
    """The action a stored message records; a template send without its catalog entry."""
    action = customer_action(record)
    if action is not None:
        return action
    if record.kind == "template":
        return SendTemplate(record.template_name or "", record.template_language or "",
                            record.params, None)
    if record.kind == "text":
        return SendText(record.text)
    return Wait()


def business_action(record: MessageRecord, catalog: Catalog) -> SendText | SendTemplate:
    """The business message a stored one records, with its template from `catalog`:

    - a send that was refused keeps the catalog's entry as it stands (None if there is none);
    - a send that was accepted had an approved template that took the parameters given, so
      it gets exactly that: the catalog's category (the stored one when the template has been
      renamed since), status approved, and a body of the sent parameters side by side, which
      takes them and renders no longer than the body they were sent with.
    """
    if record.kind != "template":
        return SendText(record.text)
    name, language = record.template_name or "", record.template_language or ""
    template = catalog.get((name, language))
    if record.accepted:
        template = _as_sent(template, name, language, record)
    return SendTemplate(name, language, record.params, template)


def _as_sent(template: Template | None, name: str, language: str,
             record: MessageRecord) -> Template:
    if template is None:
        # Renamed since: its category as recorded (a template that joined a free entry point
        # costs nothing under any regime, whatever its category).
        stored = Category(record.category) if record.category else None
        category = stored if stored in TEMPLATE_CATEGORIES else Category.UTILITY
        template = Template(name, language, category, "")
    body = "".join(f"{{{{{n}}}}}" for n in range(1, len(record.params) + 1)) or "-"
    return replace(template, status=TemplateStatus.APPROVED, body=body)
