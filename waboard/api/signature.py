"""`X-Hub-Signature-256`: the HMAC-SHA256 of the raw body with the app secret."""

from __future__ import annotations

import hashlib
import hmac

HEADER = "X-Hub-Signature-256"


def sign(body: bytes, app_secret: str) -> str:
    return "sha256=" + hmac.new(app_secret.encode(), body, hashlib.sha256).hexdigest()


def valid(body: bytes, app_secret: str, header: str | None) -> bool:
    return header is not None and hmac.compare_digest(sign(body, app_secret), header)
