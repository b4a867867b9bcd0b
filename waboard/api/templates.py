"""Message templates in the Graph shape: listing with filters, and creation from
`components` (HEADER text, BODY, FOOTER, BUTTONS of QUICK_REPLY)."""

from __future__ import annotations

from typing import Any

from waboard.rules.model import TEMPLATE_CATEGORIES, Category, Template, TemplateStatus

from . import ids
from .errors import GraphError, invalid, missing

MAX_LIMIT = 1000


def template_json(template: Template) -> dict[str, Any]:
    components: list[dict[str, Any]] = []
    if template.header:
        components.append({"type": "HEADER", "format": "TEXT", "text": template.header})
    components.append({"type": "BODY", "text": template.body})
    if template.footer:
        components.append({"type": "FOOTER", "text": template.footer})
    if template.buttons:
        components.append({"type": "BUTTONS", "buttons": [
            {"type": "QUICK_REPLY", "text": label} for label in template.buttons]})
    return {"name": template.name, "language": template.language,
            "status": template.status.value.upper(), "category": template.category.upper(),
            "id": ids.template_id(template.name, template.language),
            "components": components}


def listing(templates: list[Template], query: dict[str, str]) -> dict[str, Any]:
    """GET message_templates with Meta's `name` (part of the name), `status`, `category`
    and `limit` filters; one page (cursors name its first and last template)."""
    name = query.get("name", "").lower()
    status = query.get("status", "").lower()
    category = query.get("category", "").lower()
    try:
        limit = int(query.get("limit", "25"))
    except ValueError:
        raise invalid("Param limit must be an integer.") from None
    if not 0 < limit <= MAX_LIMIT:
        raise invalid(f"Param limit must be between 1 and {MAX_LIMIT}.")
    chosen = [t for t in templates
              if name in t.name and (not status or t.status.value in status.split(","))
              and (not category or t.category.value in category.split(","))]
    page = [template_json(t) for t in chosen[:limit]]
    body: dict[str, Any] = {"data": page}
    if page:
        body["paging"] = {"cursors": {"before": page[0]["id"], "after": page[-1]["id"]}}
    return body


def new_template(body: Any, auto_approve: bool) -> Template:
    """A template to create from a POST body; PENDING unless the server auto-approves."""
    if not isinstance(body, dict):
        raise invalid("The request body must be a JSON object.")
    for field in ("name", "language", "category", "components"):
        if body.get(field) in (None, ""):
            raise missing(field)
    category = str(body["category"]).lower()
    if category not in TEMPLATE_CATEGORIES:
        raise invalid(f"Param category must be one of MARKETING, UTILITY, AUTHENTICATION "
                      f"(got {body['category']!r}).")
    components = body["components"]
    if not isinstance(components, list):
        raise invalid("Param components must be an array.")
    parts: dict[str, Any] = {}
    for n, component in enumerate(components):
        if not isinstance(component, dict):
            raise invalid(f"Param components[{n}] must be a JSON object.")
        kind = str(component.get("type", "")).upper()
        if kind in ("HEADER", "BODY", "FOOTER"):
            if kind == "HEADER" and str(component.get("format", "TEXT")).upper() != "TEXT":
                raise invalid("waboard templates take TEXT headers only.")
            text = component.get("text")
            if not isinstance(text, str):
                raise missing(f"components[{n}].text")
            parts[kind] = text
        elif kind == "BUTTONS":
            buttons = component.get("buttons")
            if not isinstance(buttons, list):
                raise missing(f"components[{n}].buttons")
            parts[kind] = tuple(_button(b, n) for b in buttons)
        else:
            raise invalid(f"Param components[{n}].type must be HEADER, BODY, FOOTER or "
                          "BUTTONS.")
    if "BODY" not in parts:
        raise GraphError(100, "A template needs a BODY component.")
    status = TemplateStatus.APPROVED if auto_approve else TemplateStatus.PENDING
    return Template(str(body["name"]), str(body["language"]), Category(category),
                    parts["BODY"], status, parts.get("HEADER", ""), parts.get("FOOTER", ""),
                    parts.get("BUTTONS", ()))


def _button(button: Any, n: int) -> str:
    if not isinstance(button, dict) or not isinstance(button.get("text"), str):
        raise missing(f"components[{n}].buttons[].text")
    if str(button.get("type", "QUICK_REPLY")).upper() != "QUICK_REPLY":
        raise invalid("waboard templates take QUICK_REPLY buttons only.")
    return button["text"]
