"""The aiohttp application: Graph-shaped routes under any `vNN.N` prefix, the token check,
Meta's error shape for every failure, and a traffic log entry for every request."""

from __future__ import annotations

import json
import re
from collections.abc import Awaitable, Callable

from aiohttp import web

from waboard.inputs import InputError

from . import templates
from .context import (
    BODY,
    CONTEXT,
    DECISION,
    ApiContext,
    graph_response,
    read_json,
)
from .control import add_control_routes
from .errors import GraphError, bad_token, invalid

MAX_BODY = 1024 * 1024
VERSION = re.compile(r"v(\d+)\.(\d+)")


def make_app(context: ApiContext) -> web.Application:
    app = web.Application(client_max_size=MAX_BODY, middlewares=[_graph_errors])
    app[CONTEXT] = context
    add_control_routes(app)
    app.router.add_route("*", "/{version}/{node}/messages", _messages)
    app.router.add_route("*", "/{version}/{node}/message_templates", _templates)
    app.router.add_route("*", "/{version}/{node}", _node)
    app.router.add_route("*", "/{tail:.*}", _unknown)
    return app


@web.middleware
async def _graph_errors(request: web.Request, handler: Callable[[web.Request],
                        Awaitable[web.StreamResponse]]) -> web.StreamResponse:
    context = request.app[CONTEXT]
    try:
        if not request.path.startswith("/_waboard/"):
            _check_version(request, context)
        _check_token(request, context)
        response = await handler(request)
    except GraphError as error:
        response = graph_response(error.body(), error.status)
    except InputError as error:  # the workspace refused the input: Meta's code 100
        response = graph_response(invalid(error.english).body(), 400)
    except web.HTTPRequestEntityTooLarge:
        error = invalid(f"The request body is over {MAX_BODY:,} bytes.")
        response = graph_response(error.body(), 413)
    except web.HTTPException as error:
        response = graph_response(GraphError(100, error.reason).body(), error.status)
    except Exception as error:  # noqa: BLE001 (the server must answer and keep running)
        failure = GraphError(1, f"Internal error: {type(error).__name__}: {error}",
                             status=500, message="An unknown error occurred",
                             kind="OAuthException")
        response = graph_response(failure.body(), 500)
    _log(request, response, context)
    return response


def _check_version(request: web.Request, context: ApiContext) -> None:
    version = request.match_info.get("version")
    if version is None:
        return
    match = VERSION.fullmatch(version)
    if match is None:
        raise GraphError(100, f"Unknown path components: /{version}: expected a Graph API "
                         "version such as v23.0", message="Unknown path components")
    context.api_version = version


def _check_token(request: web.Request, context: ApiContext) -> None:
    header = request.headers.get("Authorization", "")
    token = header[7:].strip() if header.lower().startswith("bearer ") else \
        request.query.get("access_token", "")
    if token != context.token:
        raise bad_token()


def _log(request: web.Request, response: web.StreamResponse, context: ApiContext) -> None:
    body = request.get(BODY)
    text = response.text if isinstance(response, web.Response) else None
    try:
        answer = json.loads(text) if text else None
    except ValueError:
        answer = text
    decision = request.get(DECISION, "")
    if not decision and isinstance(answer, dict) and "error" in answer:
        decision = f"error {answer['error'].get('code')}"
    context.traffic.add("request", request.method, request.path_qs, response.status,
                        decision=decision, request=body, response=answer)


def _node_of(request: web.Request, expected: str, what: str) -> None:
    if request.match_info["node"] != expected:
        raise _no_such_node(request, expected, what)


def _no_such_node(request: web.Request, expected: str, what: str) -> GraphError:
    verb = request.method.lower()
    return GraphError(100, f"Unsupported {verb} request. Object with ID "
                      f"'{request.match_info['node']}' does not exist, cannot be loaded due "
                      f"to missing permissions, or does not support this operation ({what} "
                      f"is {expected}).", subcode=33, message=f"Unsupported {verb} request.")


def _method(request: web.Request, *allowed: str) -> None:
    if request.method not in allowed:
        raise GraphError(100, f"{request.method} is not supported here "
                         f"(use {' or '.join(allowed)}).", message="Unsupported request")


async def _messages(request: web.Request) -> web.Response:
    context = request.app[CONTEXT]
    _method(request, "POST")
    _node_of(request, context.business.phone_number_id, "the phone number id")
    body = await read_json(request)
    answer, request[DECISION] = await context.run(lambda: context.gateway.send(body))
    return graph_response(answer)


async def _templates(request: web.Request) -> web.Response:
    context = request.app[CONTEXT]
    _method(request, "GET", "POST")
    _node_of(request, context.business.waba_id, "the WhatsApp Business Account id")
    workspace = context.workspace
    if request.method == "GET":
        query = dict(request.query)
        return graph_response(await context.run(
            lambda: templates.listing(workspace.templates(), query)))
    template = templates.new_template(await read_json(request), context.auto_approve)
    await context.run(lambda: workspace.add_template(template))
    request[DECISION] = template.status.value
    return graph_response({"id": templates.template_json(template)["id"],
                           "status": template.status.value.upper(),
                           "category": template.category.upper()})


async def _node(request: web.Request) -> web.Response:
    context = request.app[CONTEXT]
    _method(request, "GET")
    business, node = context.business, request.match_info["node"]
    if node == business.phone_number_id:
        return graph_response({
            "verified_name": business.verified_name,
            "display_phone_number": business.display_phone_number, "id": node,
            "quality_rating": "GREEN", "code_verification_status": "VERIFIED",
            "platform_type": "CLOUD_API", "throughput": {"level": "STANDARD"}})
    if node == business.waba_id:
        return graph_response({"id": node, "name": business.verified_name,
                               "currency": "USD", "timezone_id": "0",
                               "message_template_namespace": "waboard"})
    raise _no_such_node(request, business.phone_number_id, "the phone number id")


async def _unknown(request: web.Request) -> web.Response:
    raise GraphError(100, f"Unknown path components: {request.path}",
                     message="Unknown path components")
