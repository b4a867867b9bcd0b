"""Meta's error shapes: the synchronous Graph error body and the `errors[]` entry of a
failed status webhook."""

from __future__ import annotations

import secrets
from typing import Any

from waboard.rules.model import Reason, Refusal

# Meta's titles for the codes the rules give (Cloud API error codes page).
TITLES: dict[int, str] = {
    100: "Invalid parameter",
    190: "Access token has expired",
    131000: "Something went wrong",
    131008: "Required parameter is missing",
    131009: "Parameter value is not valid",
    131026: "Message undeliverable",
    131047: "Re-engagement message",
    131049: "This message was not delivered to maintain healthy ecosystem engagement.",
    131050: "Unable to deliver the message. This recipient has chosen to stop receiving "
            "marketing messages on WhatsApp from your business.",
    131051: "Unsupported message type",
    132000: "Number of parameters does not match the expected number of params",
    132001: "Template name does not exist in the translation",
    132015: "Template is Paused",
    132016: "Template is Disabled",
}

# Refusals Meta reports when the request is made (HTTP 400): the template checks. Every
# other refusal is a delivery failure, reported only in a `failed` status webhook.
SYNCHRONOUS: frozenset[Reason] = frozenset({
    Reason.TEMPLATE_NOT_FOUND, Reason.TEMPLATE_NOT_APPROVED, Reason.TEMPLATE_PAUSED,
    Reason.TEMPLATE_DISABLED, Reason.PARAM_MISMATCH,
})

NO_OPT_IN_CODE = 131000
"""The rules refuse a business-initiated template without opt-in with no Cloud API code;
the failed status carries Meta's generic code with the simulator's explanation."""


def fbtrace_id() -> str:
    return "A" + secrets.token_urlsafe(16)


class GraphError(Exception):
    """A request the API answers with an error: HTTP status, Graph code and details."""

    def __init__(self, code: int, details: str, *, status: int = 400,
                 message: str | None = None, kind: str = "OAuthException",
                 subcode: int | None = None) -> None:
        super().__init__(details)
        self.code, self.details, self.status = code, details, status
        self.message = message or f"(#{code}) {TITLES.get(code, 'Invalid parameter')}"
        self.kind, self.subcode = kind, subcode

    def body(self) -> dict[str, Any]:
        error: dict[str, Any] = {
            "message": self.message, "type": self.kind, "code": self.code,
            "error_data": {"messaging_product": "whatsapp", "details": self.details},
            "fbtrace_id": fbtrace_id(),
        }
        if self.subcode is not None:
            error["error_subcode"] = self.subcode
        return {"error": error}


def invalid(details: str) -> GraphError:
    """Code 100, Meta's answer to a malformed or invalid parameter."""
    return GraphError(100, details)


def missing(field: str) -> GraphError:
    return GraphError(100, f"The parameter {field} is required.")


def bad_token() -> GraphError:
    return GraphError(190, "Invalid OAuth access token - Cannot parse access token",
                      status=401, message="Invalid OAuth access token - Cannot parse "
                      "access token")


def refusal_code(refusal: Refusal) -> int:
    return refusal.code if refusal.code is not None else NO_OPT_IN_CODE


def refusal_error(refusal: Refusal) -> GraphError:
    """A synchronous refusal (a template check) as Meta's HTTP 400 body."""
    return GraphError(refusal_code(refusal), refusal.message)


def status_error(code: int, details: str) -> dict[str, Any]:
    """One entry of a failed status's `errors` (Meta's webhook shape)."""
    title = TITLES.get(code, "Something went wrong")
    return {"code": code, "title": title, "message": title,
            "error_data": {"details": details}, "href":
            "https://developers.facebook.com/docs/whatsapp/cloud-api/support/error-codes/"}
