"""Where the bundled resources live, installed or in a source checkout."""

from __future__ import annotations

from functools import cache
from pathlib import Path

from .rules.pricing import RateCard, parse_groups, parse_rate_card

_PACKAGE = Path(__file__).resolve().parent

RATE_CARD_FILE = "rates/meta-2023-06.csv"
REGIONS_FILE = "rates/regions.csv"
DEMO_WORKSPACE = "demo/workspace.json"


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
def bundled_rate_card() -> RateCard:
    groups = parse_groups(resource(REGIONS_FILE).read_text(encoding="utf-8"))
    return parse_rate_card(resource(RATE_CARD_FILE).read_text(encoding="utf-8"), groups)
