"""The simulator control API under `/_waboard/`, for test automation: make a customer write,
read a message, move the clock, approve templates, list the decisions."""

from __future__ import annotations

from datetime import timedelta
from typing import Any

from aiohttp import web

from waboard.inputs import InputError
from waboard.rules.instants import format_instant, parse_duration, parse_instant
from waboard.rules.model import TemplateStatus
from waboard.store import MessageRecord

from . import ids
from .context import CONTEXT, DECISION, graph_response, read_json
from .errors import invalid, missing


def add_control_routes(app: web.Application) -> None:
    add = app.router.add_route
    add("POST", "/_waboard/customers/{phone}/messages", _customer_writes)
    add("POST", "/_waboard/customers/{phone}", _customer_update)
    add("POST", "/_waboard/customers/{phone}/marketing", _marketing)
    add("POST", "/_waboard/messages/{wamid}/read", _customer_reads)
    add("GET", "/_waboard/clock", _clock)
    add("POST", "/_waboard/clock", _clock)
    add("GET", "/_waboard/decisions", _decisions)
    add("POST", "/_waboard/templates/{name}/{language}", _template_status)
    add("GET", "/_waboard/webhooks", _webhooks)


def _text_field(body: dict[str, Any], name: str) -> str:
    value = body.get(name)
    if not isinstance(value, str):
        raise missing(name)
    return value


async def _body(request: web.Request) -> dict[str, Any]:
    body = await read_json(request)
    if body is None:
        return {}
    if not isinstance(body, dict):
        raise invalid("The request body must be a JSON object.")
    return body


async def _customer_writes(request: web.Request) -> web.Response:
    """{"text": "...", "referral": "ctwa_ad"|"page_cta"|null}, or a tap on a button:
    {"reply_to": wamid, "button": "its title (or id)"}"""
    context = request.app[CONTEXT]
    body = await _body(request)
    tap = body.get("button")
    if tap is not None and not isinstance(tap, str):
        raise invalid("Param button must be the button's title or id.")
    text = tap if tap is not None and "text" not in body else _text_field(body, "text")
    referral = body.get("referral")
    if referral not in (None, "ctwa_ad", "page_cta"):
        raise invalid("Param referral must be ctwa_ad, page_cta or null.")

    def write() -> dict[str, Any]:
        customer_id, e164 = context.gateway.customer_for(request.match_info["phone"])
        workspace = context.workspace
        try:
            if tap is not None:
                message_id = _replied_to(body.get("reply_to"))
                result = workspace.customer_reply(customer_id, message_id, tap)
            else:
                result = workspace.customer_message(customer_id, text, referral)
        except InputError as error:
            raise invalid(f"Param {'button' if tap is not None else 'text'}: {error.english}."
                          ) from None
        assert result.message_id is not None
        return {"id": ids.wamid(result.message_id, e164), "wa_id": ids.wa_id(e164)}

    request[DECISION] = "customer message"
    return graph_response(await context.run(write))


def _replied_to(reply_to: Any) -> int:
    """The id of business message `reply_to` (a wamid)."""
    message_id = ids.message_id_of(reply_to) if isinstance(reply_to, str) else None
    if message_id is None:
        raise invalid(f"Param reply_to: no message delivered to this customer has id "
                      f"{reply_to!r}.")
    return message_id


async def _customer_update(request: web.Request) -> web.Response:
    """{"opt_in": true|false} and/or {"reachable": bool}, {"name": "..."}"""
    context = request.app[CONTEXT]
    body = await _body(request)
    workspace = context.workspace

    def update() -> dict[str, Any]:
        customer_id, e164 = context.gateway.customer_for(request.match_info["phone"])
        customer = workspace.customer(customer_id)
        if "name" in body or "reachable" in body:
            reachable = body.get("reachable", workspace.state(customer_id).reachable)
            workspace.edit_customer(customer_id, str(body.get("name", customer.name)),
                                    e164, bool(reachable))
        if body.get("opt_in") is True:
            workspace.opt_in(customer_id, source="control API")
        elif body.get("opt_in") is False:
            workspace.opt_out(customer_id, source="control API")
        state = workspace.state(customer_id)
        return {"wa_id": ids.wa_id(e164), "consent": state.consent.value,
                "reachable": state.reachable}

    return graph_response(await context.run(update))


async def _marketing(request: web.Request) -> web.Response:
    """{"stop": true|false}: the customer's own Stop promotions control in WhatsApp."""
    context = request.app[CONTEXT]
    body = await _body(request)
    stop = body.get("stop")
    if not isinstance(stop, bool):
        raise invalid("Param stop must be true (stop promotions) or false (resume).")

    def change() -> dict[str, Any]:
        customer_id, e164 = context.gateway.customer_for(request.match_info["phone"])
        workspace = context.workspace
        (workspace.stop_marketing if stop else workspace.resume_marketing)(customer_id)
        return {"wa_id": ids.wa_id(e164), "marketing": "stopped" if stop else "resumed"}

    request[DECISION] = "marketing " + ("stopped" if stop else "resumed")
    return graph_response(await context.run(change))


async def _customer_reads(request: web.Request) -> web.Response:
    """The simulated customer reads a business message: a `read` status webhook."""
    context = request.app[CONTEXT]
    wamid = request.match_info["wamid"]

    def read() -> dict[str, Any]:
        message_id = ids.message_id_of(wamid)
        message = None if message_id is None else context.workspace.store.message(message_id)
        if message is None or message.direction != "out" or not message.accepted:
            raise invalid(f"No delivered business message has id {wamid!r}.")
        context.workspace.mark_message_read(message_id)  # the read status follows by webhook
        return {"success": True}

    request[DECISION] = "read"
    return graph_response(await context.run(read))


async def _clock(request: web.Request) -> web.Response:
    """GET: the simulated now. POST {"advance": "1h30m"} or {"set": ISO instant}."""
    context = request.app[CONTEXT]
    workspace = context.workspace
    body = await _body(request) if request.method == "POST" else {}

    def move() -> dict[str, Any]:
        if "advance" in body:
            workspace.jump(_duration(body["advance"]))
        elif "set" in body:
            workspace.jump(_instant(body["set"]) - workspace.now())
        elif request.method == "POST":
            raise missing("advance or set")
        return {"now": format_instant(workspace.now())}

    return graph_response(await context.run(move))


def _duration(text: Any) -> timedelta:
    try:
        return parse_duration(str(text))
    except ValueError:
        raise invalid(f"Param advance: {text!r} is not a duration like 30s, 5m, 25h, 2d."
                      ) from None


def _instant(text: Any) -> Any:
    try:
        return parse_instant(str(text))
    except ValueError:
        raise invalid(f"Param set: {text!r} is not an ISO-8601 UTC instant.") from None


async def _decisions(request: web.Request) -> web.Response:
    """Every business message decided, oldest first (`?to=PHONE` for one customer)."""
    context = request.app[CONTEXT]
    to = request.query.get("to")

    def decisions() -> dict[str, Any]:
        store = context.workspace.store
        customer_id = context.gateway.customer_for(to)[0] if to else None
        phones = {c.id: c.phone for c in store.customers()}
        return {"data": [_decision(m, phones[m.customer_id])
                         for m in store.messages(customer_id) if m.direction == "out"]}

    return graph_response(await context.run(decisions))


def _decision(message: MessageRecord, phone: str) -> dict[str, Any]:
    assert message.id is not None
    return {"id": ids.wamid(message.id, phone), "to": ids.wa_id(phone),
            "time": format_instant(message.at), "type": message.kind,
            "accepted": message.accepted, "error_code": message.error_code,
            "reason": message.reason, "category": message.category,
            "charge": str(message.charge), "free": message.free,
            "origin": message.origin or "inbox"}


async def _template_status(request: web.Request) -> web.Response:
    """{"status": "approved"|"rejected"|"paused"|"disabled"|"pending"}"""
    context = request.app[CONTEXT]
    body = await _body(request)
    status = str(body.get("status", "")).lower()
    if status not in set(TemplateStatus):
        raise invalid("Param status must be one of " + ", ".join(TemplateStatus) + ".")
    key = (request.match_info["name"], request.match_info["language"])
    await context.run(lambda: context.workspace.set_template_status(
        key, TemplateStatus(status)))
    return graph_response({"success": True})


async def _webhooks(request: web.Request) -> web.Response:
    """Delivery counters: pending (queued or waiting to retry), delivered, given up."""
    hooks = request.app[CONTEXT].webhooks
    return graph_response({"url": hooks.config.url, "verified": hooks.verified,
                           "pending": hooks.pending, "delivered": hooks.delivered,
                           "given_up": hooks.given_up})
