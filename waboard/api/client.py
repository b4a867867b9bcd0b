"""A minimal client of the local Cloud API (standard library only): what the app's own
screenshots use to put traffic on the screen."""

from __future__ import annotations

import json
import urllib.error
import urllib.request
from typing import Any


def post_json(url: str, token: str, body: Any, timeout: float = 10) -> tuple[int, Any]:
    """POST `body` as JSON with the bearer token; (HTTP status, decoded answer)."""
    request = urllib.request.Request(url, json.dumps(body).encode(), headers={
        "Authorization": f"Bearer {token}", "Content-Type": "application/json"})
    try:
        with urllib.request.urlopen(request, timeout=timeout) as response:
            return response.status, json.loads(response.read() or b"null")
    except urllib.error.HTTPError as error:
        return error.code, json.loads(error.read() or b"null")
