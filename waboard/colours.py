"""The colours that mean something, named once as hex strings for the app and the reports.

The categories' colours (the same marketing purple in the Billing dock and in the HTML
report), the customer service window's states and consent; the report's ink, muted text,
grid and paper. Qt-free: waboard.ui.common.palette turns these into QColor; the HTML report
writes them into its SVG charts and style. Colours only the app draws with (chat bubbles,
chips) stay in the palette.
"""

from __future__ import annotations

from .rules.model import Category, Consent

WINDOW_OPEN = "#1e8e3e"
WINDOW_CLOSING = "#e37400"
WINDOW_CLOSED = "#c5221f"
WINDOW_NONE = "#80868b"

CATEGORY_COLOURS = {
    Category.MARKETING: "#8e24aa",
    Category.UTILITY: "#1a73e8",
    Category.AUTHENTICATION: "#00897b",
    Category.AUTHENTICATION_INTERNATIONAL: "#00695c",
    Category.SERVICE: "#5f6368",
    Category.FREE_ENTRY_POINT: "#f9ab00",
}

CONSENT_COLOURS = {
    Consent.OPTED_IN: WINDOW_OPEN,
    Consent.NONE: WINDOW_NONE,
    Consent.OPTED_OUT: WINDOW_CLOSED,
}

# Reports
INK = "#1f2933"
MUTED = "#52606d"
GRID = "#e4e7eb"
PAPER = "#ffffff"
