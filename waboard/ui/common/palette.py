"""The app's colours as QColor: those named in waboard.colours (window states, conversation
categories, consent), then the ones only the app draws with."""

from __future__ import annotations

from PySide6.QtGui import QColor

from ... import colours
from ...i18n import QT_TRANSLATE_NOOP, TranslatedLabels
from ...rules.model import Consent

WINDOW_OPEN = QColor(colours.WINDOW_OPEN)
WINDOW_CLOSING = QColor(colours.WINDOW_CLOSING)
WINDOW_CLOSED = QColor(colours.WINDOW_CLOSED)
CLOSING_SOON_SECONDS = 3600

CATEGORY_COLOURS = {category: QColor(hex_code)
                    for category, hex_code in colours.CATEGORY_COLOURS.items()}

CONSENT_COLOURS = {consent: QColor(hex_code)
                   for consent, hex_code in colours.CONSENT_COLOURS.items()}

CONSENT_LABELS = TranslatedLabels("Consent", {
    Consent.OPTED_IN: QT_TRANSLATE_NOOP("Consent", "Opted in"),
    Consent.NONE: QT_TRANSLATE_NOOP("Consent", "No opt-in"),
    Consent.OPTED_OUT: QT_TRANSLATE_NOOP("Consent", "Opted out"),
})

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


# Templates: status words in the template list (keyed by TemplateStatus value), text on
# category chips, and the preview bubble
TEMPLATE_STATUS_COLOURS = {
    "approved": QColor("#1e8e3e"),
    "pending": QColor("#b06000"),
    "rejected": QColor("#c5221f"),
    "paused": QColor("#b06000"),
    "disabled": QColor("#c5221f"),
}
CHIP_TEXT = QColor("#ffffff")
BUBBLE_TEXT = QColor("#111b21")
BUBBLE_MUTED = QColor("#667781")
BUBBLE_BUTTON = QColor("#027eb5")
BUBBLE_RULE = QColor("#c5dcc1")
CHAT_BACKGROUND = QColor("#efeae2")

# Customer list: a window that never opened, the region chip, the unread count, no WhatsApp,
# and the text on light chips (CHIP_TEXT on dark ones)
WINDOW_NONE = QColor(colours.WINDOW_NONE)
REGION_CHIP = QColor("#e8eaed")
UNREAD_BADGE = QColor("#128c7e")
NO_WHATSAPP = QColor("#3c4043")
CHIP_TEXT_DARK = QColor("#202124")

# The chat pane: day chips, read ticks and the line saying why a message was not sent
DAY_CHIP = QColor("#ffffff")
READ_TICKS = QColor("#53bdeb")
FAILURE_TEXT = WINDOW_CLOSED
BUBBLE_SHADOW = QColor(11, 20, 26, 40)

# The activity log: refused decisions, tinted (translucent, so light and dark themes both
# keep their text readable)
REFUSED_ROW = QColor(197, 34, 31, 46)
