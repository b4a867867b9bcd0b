"""The rules' action a stored message records.

A stored template send names its template; the catalog entry it had when it was sent is not
stored: `business_action` rebuilds it so that it is decided again as it was decided.
"""

from __future__ import annotations

from bisect import bisect_right
from collections import defaultdict
from collections.abc import Iterable, Mapping
from dataclasses import replace
from datetime import datetime
from typing import TYPE_CHECKING

from ..rules.model import (
    TEMPLATE_CATEGORIES,
    Action,
    Category,
    CustomerMessage,
    OptIn,
    OptOut,
    Referral,
    ResumeMarketing,
    SendTemplate,
    SendText,
    StopMarketing,
    Template,
    TemplateStatus,
    Wait,
)

if TYPE_CHECKING:
    from ..store import MessageRecord

Catalog = Mapping[tuple[str, str], Template]


CustomerAction = CustomerMessage | OptIn | OptOut | StopMarketing | ResumeMarketing
_EVENTS: dict[str, type[OptIn | OptOut | StopMarketing | ResumeMarketing]] = {
    "opt_in": OptIn, "opt_out": OptOut, "stop_marketing": StopMarketing,
    "resume_marketing": ResumeMarketing}


def customer_action(record: MessageRecord) -> CustomerAction | None:
    """What a customer message or a customer event (consent, the customer's own marketing
    stop) did; None for a business message."""
    if record.direction == "in":
        return CustomerMessage(record.text, Referral(record.referral) if record.referral else None)
    event = _EVENTS.get(record.kind) if record.direction == "event" else None
    return None if event is None else event()


class TemplateHistory:
    """The category each template had at any instant, from the recorded changes (name,
    language, at, field, value), so that a message is decided again with the category it
    was charged as."""

    def __init__(self, changes: Iterable[tuple[str, str, datetime, str, str]]) -> None:
        by_key: dict[tuple[str, str], list[tuple[datetime, str]]] = defaultdict(list)
        for name, language, at, field, value in changes:
            if field == "category":
                by_key[(name, language)].append((at, value))
        self._changes = {key: sorted(found, key=lambda c: c[0]) for key, found in by_key.items()}
        self._starts = {key: [c[0] for c in found] for key, found in self._changes.items()}

    def category_at(self, key: tuple[str, str], at: datetime) -> Category | None:
        """The category recorded for a template at `at`; None when it never changed."""
        starts = self._starts.get(key)
        if not starts:
            return None
        index = bisect_right(starts, at) - 1
        return Category(self._changes[key][max(index, 0)][1])

    def as_of(self, action: SendText | SendTemplate, at: datetime) -> SendText | SendTemplate:
        """The send with its template's category as it was at `at`."""
        if not isinstance(action, SendTemplate) or action.template is None:
            return action
        category = self.category_at(action.template.key, at)
        if category is None or category is action.template.category:
            return action
        return replace(action, template=replace(action.template, category=category))


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
