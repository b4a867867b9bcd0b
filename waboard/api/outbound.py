"""A `POST /{phone-number-id}/messages` body read into what the business asks to send,
with Meta's error for every malformed part (code 100 and its details)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from waboard.store import Choices

from .errors import GraphError, invalid, missing

TYPES = ("text", "template", "reaction", "interactive")


@dataclass(frozen=True, slots=True)
class Recipient:
    """Who a message is for: a phone number (`to`) or a business-scoped user id
    (`recipient`, Meta's BSUID)."""

    text: str
    user_id: bool = False


@dataclass(frozen=True, slots=True)
class TextSend:
    to: Recipient
    text: str
    kind: str = "text"
    choices: Choices | None = None


@dataclass(frozen=True, slots=True)
class TemplateSend:
    to: Recipient
    name: str
    language: str
    params: tuple[str, ...]
    payloads: tuple[tuple[int, str], ...] = ()
    """Quick-reply payloads by button index, as the request gave them."""


@dataclass(frozen=True, slots=True)
class MarkRead:
    message_id: str


Request = TextSend | TemplateSend | MarkRead


def _object(value: Any, field: str) -> dict[str, Any]:
    if value is None:
        raise missing(field)
    if not isinstance(value, dict):
        raise invalid(f"Param {field} must be a JSON object.")
    return value


def _text(value: Any, field: str) -> str:
    if value is None:
        raise missing(field)
    if not isinstance(value, str):
        raise invalid(f"Param {field} must be a string.")
    if not value.strip():
        raise invalid(f"Param {field} must not be empty.")
    return value


def read_request(body: Any) -> Request:
    body = _object(body, "body")
    if body.get("status") == "read":
        return MarkRead(_text(body.get("message_id"), "message_id"))
    product = body.get("messaging_product")
    if product != "whatsapp":
        raise invalid("Param messaging_product must be 'whatsapp'." if product is not None
                      else "The parameter messaging_product is required.")
    if body.get("to") is None and body.get("recipient") is not None:
        to = Recipient(_text(body.get("recipient"), "recipient"), user_id=True)
    else:
        to = Recipient(_text(body.get("to"), "to"))
    kind = body.get("type", "text")
    if kind not in TYPES:
        raise GraphError(131051, f"Message type {kind!r} is not supported by waboard "
                         f"(supported: {', '.join(TYPES)}).", message="(#131051) "
                         "Unsupported message type")
    part = _object(body.get(kind), kind)
    if kind == "text":
        return TextSend(to, _text(part.get("body"), "text['body']"))
    if kind == "template":
        return _template(to, part)
    if kind == "reaction":
        return _reaction(to, part)
    text, choices = _interactive(part)
    return TextSend(to, text, "interactive", choices)


def _template(to: Recipient, part: dict[str, Any]) -> TemplateSend:
    name = _text(part.get("name"), "template['name']")
    language = _object(part.get("language"), "template['language']")
    code = _text(language.get("code"), "template['language']['code']")
    components = part.get("components", [])
    if not isinstance(components, list):
        raise invalid("Param template['components'] must be an array.")
    params: list[str] = []
    payloads: list[tuple[int, str]] = []
    for n, component in enumerate(components):
        where = f"template['components'][{n}]"
        component = _object(component, where)
        kind = str(component.get("type", "")).lower()
        if kind not in ("header", "body", "button"):
            raise invalid(f"Param {where}['type'] must be one of header, body, button.")
        values = component.get("parameters", [])
        if not isinstance(values, list):
            raise invalid(f"Param {where}['parameters'] must be an array.")
        if kind == "header" and values:
            raise GraphError(132000, "header: this template's header takes no parameters")
        if kind == "body":
            params.extend(_parameter(v, f"{where}['parameters'][{i}]")
                          for i, v in enumerate(values))
        if kind == "button":
            payloads.extend(_payload(component, values, where))
    return TemplateSend(to, name, code, tuple(params), tuple(payloads))


def _payload(component: dict[str, Any], values: list[Any], where: str
             ) -> list[tuple[int, str]]:
    try:
        index = int(component.get("index", 0))
    except (TypeError, ValueError):
        raise invalid(f"Param {where}['index'] must be a number.") from None
    return [(index, str(v["payload"])) for v in values
            if isinstance(v, dict) and v.get("type") == "payload" and "payload" in v]


def _parameter(value: Any, where: str) -> str:
    value = _object(value, where)
    kind = value.get("type")
    if kind == "text":
        return _text(value.get("text"), f"{where}['text']")
    if kind in ("currency", "date_time"):
        inner = _object(value.get(kind), f"{where}['{kind}']")
        return _text(inner.get("fallback_value"), f"{where}['{kind}']['fallback_value']")
    raise GraphError(131009, f"{where}['type']: {kind!r} is not a body parameter type "
                     "waboard supports (text, currency, date_time).")


def _reaction(to: Recipient, part: dict[str, Any]) -> TextSend:
    _text(part.get("message_id"), "reaction['message_id']")
    emoji = part.get("emoji")
    if not isinstance(emoji, str):
        raise missing("reaction['emoji']")
    return TextSend(to, f"Reaction {emoji}" if emoji else "Reaction removed", "reaction")


def _interactive(part: dict[str, Any]) -> tuple[str, Choices]:
    """Reply buttons or a list: the text the chat shows, and what can be tapped."""
    kind = part.get("type")
    body = _text(_object(part.get("body"), "interactive['body']").get("text"),
                 "interactive['body']['text']")
    action = _object(part.get("action"), "interactive['action']")
    if kind == "button":
        buttons = action.get("buttons")
        if not isinstance(buttons, list) or not 1 <= len(buttons) <= 3:
            raise invalid("Param interactive['action']['buttons'] must hold 1 to 3 buttons.")
        replies = [_object(_object(b, "button").get("reply"), "button['reply']")
                   for b in buttons]
        options = tuple((str(r.get("id", "")), _text(r.get("title"), "reply['title']"))
                        for r in replies)
        text = body + "\n" + "  ".join(f"[{title}]" for _, title in options)
        return text, Choices("button_reply", options)
    if kind == "list":
        sections = action.get("sections")
        if not isinstance(sections, list) or not sections:
            raise invalid("Param interactive['action']['sections'] must not be empty.")
        rows = [_object(r, "row") for s in sections
                for r in _object(s, "section").get("rows", [])]
        options = tuple((str(r.get("id", "")), _text(r.get("title"), "row['title']"))
                        for r in rows)
        label = _text(action.get("button"), "interactive['action']['button']")
        text = body + f"\n[{label}]: " + ", ".join(title for _, title in options)
        return text, Choices("list_reply", options)
    raise invalid("Param interactive['type'] must be button or list.")
