"""Where the bundled resources live, installed or in a source checkout."""

from __future__ import annotations

from datetime import datetime
from functools import cache
from pathlib import Path

from .rules.pricing import RateCard
from .rules.rate_cards import DatedRateCard, parse_cards, parse_markets

_PACKAGE = Path(__file__).resolve().parent

RATE_CARD_FILE = "rates/cards.csv"
MARKETS_FILE = "rates/markets.csv"
DEMO_WORKSPACE = "demo/workspace.json"
DEMO_MARCH_2025 = "scenarios/00-casa-verde-march-2025.json"
"""The demo as it was before the rules by date: the week of 3 March 2025 under cbp-2023-06."""


@cache
def resources_dir() -> Path:
    """`waboard/resources` in an installed wheel, else the checkout's top-level resources/."""
    for candidate in (_PACKAGE / "resources", _PACKAGE.parent / "resources"):
        if (candidate / RATE_CARD_FILE).is_file():
            return candidate
    raise FileNotFoundError("waboard's resources folder is missing from this installation")


def resource(relative: str) -> Path:
    return resources_dir() / relative


@cache
def bundled_rates() -> DatedRateCard:
    """Meta's rate cards by date and the market map by date (resources/rates/)."""
    return DatedRateCard(
        parse_cards(resource(RATE_CARD_FILE).read_text(encoding="utf-8")),
        parse_markets(resource(MARKETS_FILE).read_text(encoding="utf-8")))


def bundled_rate_card(at: datetime | None = None, currency: str = "USD") -> RateCard:
    """The bundled card in force at `at` (None: the newest card), in `currency`."""
    rates = bundled_rates()
    return rates.at(rates.latest if at is None else at, currency)
