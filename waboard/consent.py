"""Consent bookkeeping the rules leave to the business: where an opt-in or opt-out came from,
the words shown to the customer, and the reply keywords that opt a customer out.

Qt-free and store-free: the workspace service keeps the keywords in its settings.
"""

from __future__ import annotations

from collections.abc import Iterable

from .i18n import QT_TRANSLATE_NOOP, translate

DEFAULT_OPT_OUT_KEYWORDS = ("STOP", "BAJA", "PARAR", "SAIR", "UNSUBSCRIBE")
MAX_KEYWORD = 64
MAX_KEYWORDS = 50

REPLY_KEYWORD = QT_TRANSLATE_NOOP("ConsentSource", "reply keyword")
IMPORT_SOURCE = QT_TRANSLATE_NOOP("ConsentSource", "import")
"""The source of the consent a customer was created with (not one a user picks)."""
SOURCES = (QT_TRANSLATE_NOOP("ConsentSource", "website form"), REPLY_KEYWORD,
           QT_TRANSLATE_NOOP("ConsentSource", "QR code"),
           QT_TRANSLATE_NOOP("ConsentSource", "in person"))
"""Where a consent change came from, as the ledger records it (the codes stay English in the
ledger and the files; `source_text` says one in the user's language)."""

SOURCE_LABELS = {
    "website form": QT_TRANSLATE_NOOP("Consent", "Website form"),
    REPLY_KEYWORD: QT_TRANSLATE_NOOP("Consent", "Reply keyword"),
    "QR code": QT_TRANSLATE_NOOP("Consent", "QR code"),
    "in person": QT_TRANSLATE_NOOP("Consent", "In person"),
}
"""A source as a choice in a list, in English: `source_label` in the user's language."""

DEFAULT_TEXTS = {
    "opt_in": QT_TRANSLATE_NOOP(
        "Consent",
        "Yes, send me order updates and offers on WhatsApp. Reply STOP at any time to stop."),
    "opt_out": QT_TRANSLATE_NOOP("Consent", "STOP"),
}
"""The consent text a dialog starts with, per kind ("opt_in" or "opt_out"), in English:
`default_text` in the user's language (whose opt-out word is one of the default keywords)."""


def source_text(source: str) -> str:
    """A ledger source ("website form") in the user's language, as a sentence names it."""
    return translate("ConsentSource", source)


def source_label(source: str) -> str:
    """A source as a list shows it ("Website form"), in the user's language."""
    return translate("Consent", SOURCE_LABELS[source])


def default_text(kind: str) -> str:
    """The consent text a dialog starts with for `kind`, in the user's language."""
    return translate("Consent", DEFAULT_TEXTS[kind])


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
            raise KeywordError(translate("Consent", "A keyword contains a NUL character"))
        if len(keyword) > MAX_KEYWORD:
            raise KeywordError(translate(
                "Consent", "{keyword}…: keep each keyword under {limit} characters").format(
                    keyword=keyword[:20], limit=MAX_KEYWORD))
        if keyword.casefold() not in seen:
            seen.add(keyword.casefold())
            cleaned.append(keyword)
    if len(cleaned) > MAX_KEYWORDS:
        raise KeywordError(translate("Consent", "{count} keywords: keep it to {limit}").format(
            count=len(cleaned), limit=MAX_KEYWORDS))
    return tuple(cleaned)


def is_opt_out(text: str, keywords: Iterable[str]) -> bool:
    """Whether a customer's whole message, trimmed, is one of the keywords (any case)."""
    said = " ".join(text.split()).casefold()
    return bool(said) and any(said == k.casefold() for k in keywords)
