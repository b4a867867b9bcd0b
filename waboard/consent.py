"""Consent bookkeeping the rules leave to the business: where an opt-in or opt-out came from,
the words shown to the customer, and the reply keywords that opt a customer out.

Qt-free and store-free: the workspace service keeps the keywords in its settings.
"""

from __future__ import annotations

from collections.abc import Iterable

DEFAULT_OPT_OUT_KEYWORDS = ("STOP", "BAJA", "PARAR", "SAIR", "UNSUBSCRIBE")
MAX_KEYWORD = 64
MAX_KEYWORDS = 50

REPLY_KEYWORD = "reply keyword"
IMPORT_SOURCE = "import"
"""The source of the consent a customer was created with (not one a user picks)."""
SOURCES = ("website form", REPLY_KEYWORD, "QR code", "in person")
"""Where a consent change came from, as the ledger records it."""

SOURCE_LABELS = {
    "website form": "Website form",
    REPLY_KEYWORD: "Reply keyword",
    "QR code": "QR code",
    "in person": "In person",
}

DEFAULT_TEXTS = {
    "opt_in": "Yes, send me order updates and offers on WhatsApp. "
              "Reply STOP at any time to stop.",
    "opt_out": "STOP",
}
"""The consent text a dialog starts with, per kind ("opt_in" or "opt_out")."""


class KeywordError(ValueError):
    """A keyword list that cannot be used, with a message fit to show as is."""


def clean_keywords(keywords: Iterable[str]) -> tuple[str, ...]:
    """Trimmed, without blanks or repeats (case-insensitive, first spelling kept).

    Raises KeywordError for a keyword too long, containing a NUL, or too many keywords.
    An empty list is allowed: then no reply opts a customer out.
    """
    seen: set[str] = set()
    cleaned: list[str] = []
    for raw in keywords:
        keyword = " ".join(str(raw).split())
        if not keyword:
            continue
        if "\x00" in keyword:
            raise KeywordError("A keyword contains a NUL character")
        if len(keyword) > MAX_KEYWORD:
            raise KeywordError(f"{keyword[:20]}…: keep each keyword under {MAX_KEYWORD} "
                               "characters")
        if keyword.casefold() not in seen:
            seen.add(keyword.casefold())
            cleaned.append(keyword)
    if len(cleaned) > MAX_KEYWORDS:
        raise KeywordError(f"{len(cleaned)} keywords: keep it to {MAX_KEYWORDS}")
    return tuple(cleaned)


def is_opt_out(text: str, keywords: Iterable[str]) -> bool:
    """Whether a customer's whole message, trimmed, is one of the keywords (any case)."""
    said = " ".join(text.split()).casefold()
    return bool(said) and any(said == k.casefold() for k in keywords)
