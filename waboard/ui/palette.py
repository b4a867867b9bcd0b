"""Colours named once: window states, conversation categories and consent."""

from __future__ import annotations

from PySide6.QtGui import QColor

from ..rules.model import Category, Consent

WINDOW_OPEN = QColor("#1e8e3e")
WINDOW_CLOSING = QColor("#e37400")
WINDOW_CLOSED = QColor("#c5221f")
CLOSING_SOON_SECONDS = 3600

CATEGORY_COLOURS = {
    Category.MARKETING: QColor("#8e24aa"),
    Category.UTILITY: QColor("#1a73e8"),
    Category.AUTHENTICATION: QColor("#00897b"),
    Category.SERVICE: QColor("#5f6368"),
    Category.FREE_ENTRY_POINT: QColor("#f9ab00"),
}

CONSENT_COLOURS = {
    Consent.OPTED_IN: QColor("#1e8e3e"),
    Consent.NONE: QColor("#80868b"),
    Consent.OPTED_OUT: QColor("#c5221f"),
}

CONSENT_LABELS = {
    Consent.OPTED_IN: "Opted in",
    Consent.NONE: "No opt-in",
    Consent.OPTED_OUT: "Opted out",
}

INBOUND_BUBBLE = QColor("#ffffff")
OUTBOUND_BUBBLE = QColor("#d9fdd3")
FAILED_BUBBLE = QColor("#fde2e1")
SYSTEM_NOTE = QColor("#fff5c4")


def window_colour(seconds_left: float) -> QColor:
    """Green while open, amber in the last hour, red once closed."""
    if seconds_left <= 0:
        return WINDOW_CLOSED
    if seconds_left < CLOSING_SOON_SECONDS:
        return WINDOW_CLOSING
    return WINDOW_OPEN
