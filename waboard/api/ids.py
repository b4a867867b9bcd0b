"""Graph ids for stored things: `wamid.` message ids, template ids, phone numbers as wa_id."""

from __future__ import annotations

import base64
import binascii
import hashlib

_PREFIX = "wamid."


def wamid(message_id: int, phone: str) -> str:
    """The `wamid.` id of a stored message (stable: the same message always gets it)."""
    raw = f"waboard:{message_id}:{wa_id(phone)}".encode()
    return _PREFIX + base64.urlsafe_b64encode(raw).decode().rstrip("=")


def message_id_of(wamid_text: str) -> int | None:
    """The stored message id a `wamid.` id names, or None for one waboard did not make."""
    if not isinstance(wamid_text, str) or not wamid_text.startswith(_PREFIX):
        return None
    body = wamid_text[len(_PREFIX):]
    try:
        raw = base64.urlsafe_b64decode(body + "=" * (-len(body) % 4)).decode()
    except (binascii.Error, UnicodeDecodeError, ValueError):
        return None
    parts = raw.split(":")
    if len(parts) != 3 or parts[0] != "waboard" or not parts[1].isdigit():
        return None
    return int(parts[1])


def wa_id(phone: str) -> str:
    """A WhatsApp id as Meta writes it: the E.164 number without the plus."""
    return phone.lstrip("+")


def bsuid(phone: str, region: str) -> str:
    """A business-scoped user id (Meta's `user_id`: country code, a dot, digits), stable for
    a number."""
    digest = hashlib.sha256(f"bsuid:{phone}".encode()).hexdigest()
    return f"{region or 'ZZ'}.{int(digest[:15], 16)}"


def template_id(name: str, language: str) -> str:
    """A numeric template id, stable for a name and language."""
    digest = hashlib.sha256(f"{name}\x00{language}".encode()).hexdigest()
    return str(10**15 + int(digest[:12], 16) % (9 * 10**15))
