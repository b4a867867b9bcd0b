"""What the Cloud API's routes share: the context (workspace, business, webhooks, traffic),
the request keys of the traffic log, and Graph-shaped JSON in and out."""

from __future__ import annotations

import json
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from typing import Any, TypeVar

from aiohttp import web

from waboard.service import Workspace

from .errors import invalid
from .events import DEFAULT_API_VERSION, WebhookEvents
from .gateway import Gateway
from .payloads import Business
from .traffic import TrafficLog
from .webhooks import WebhookClient

T = TypeVar("T")
Runner = Callable[[Callable[[], T]], Awaitable[T]]
"""Runs a call on the thread that owns the workspace and awaits its result."""



@dataclass
class ApiContext:
    """Everything the routes need: the workspace (only through `run`), who the business is,
    the webhook client and the traffic log."""

    business: Business
    token: str
    workspace: Workspace
    gateway: Gateway
    events: WebhookEvents
    webhooks: WebhookClient
    traffic: TrafficLog
    run: Runner
    auto_approve: bool = False
    api_version: str = DEFAULT_API_VERSION
    """The Graph version of the latest request (`v23.0`): webhooks follow it."""

    def close(self) -> None:
        """Stop listening to the workspace (on its thread)."""
        self.gateway.close()
        self.events.close()


CONTEXT = web.AppKey("context", ApiContext)
BODY = web.RequestKey("body", object)
"""The request's JSON (or its text when not JSON), for the traffic log."""
DECISION = web.RequestKey("decision", str)
"""What the request came to, for the traffic log (accepted, read, pending...)."""


def graph_response(body: dict[str, Any], status: int = 200) -> web.Response:
    return web.json_response(body, status=status, dumps=_dumps)


def _dumps(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False)


async def read_json(request: web.Request) -> Any:
    """The request's JSON body, or Meta's error for a body that is not JSON."""
    raw = await request.read()
    try:
        body = json.loads(raw) if raw else None
    except (ValueError, UnicodeDecodeError) as error:
        request[BODY] = raw[:2000].decode("utf-8", "replace")
        raise invalid(f"The request body is not valid JSON: {error}") from None
    request[BODY] = body
    return body
