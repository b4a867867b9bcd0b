"""The pricing regimes and every dated rule change, as data on one timeline.

`REGIMES` says when each regime took effect, what it changed, how sure we are (`[Meta]`:
Meta's own pricing pages; `[reported]`: Meta's "upcoming pricing updates" page as quoted by
providers) and where it comes from. `regime_at(at)` answers which regime was in force at an
instant (a bisect over precomputed boundaries: the engine asks it for every message under
`auto`). `RULE_CHANGES` is the whole "Rules by date" timeline of rules.md: the regime
switches plus the dated changes that are not a regime (the US marketing pause, quarterly rate
changes, market-map changes, billing currencies); `changes_between` reads it.
"""

from __future__ import annotations

from bisect import bisect_right
from dataclasses import dataclass
from datetime import UTC, datetime
from enum import StrEnum
from typing import Final, Literal

from ..i18n import QT_TRANSLATE_NOOP, translate
from .model import REGIME_LABELS, Regime

AUTO: Final = "auto"
"""The pricing choice that decides each message under the regime in force at its instant."""

PricingChoice = Regime | Literal["auto"]


class Confidence(StrEnum):
    """How a rule is known: from Meta's own pages, or as providers report Meta's."""

    META = "Meta"
    REPORTED = "reported"

    @property
    def mark(self) -> str:
        """"[Meta]" or "[reported]", in the user's language."""
        return translate("Rules", _MARKS[self])


_MARKS = {Confidence.META: QT_TRANSLATE_NOOP("Rules", "[Meta]"),
          Confidence.REPORTED: QT_TRANSLATE_NOOP("Rules", "[reported]")}

META_PRICING = ("https://developers.facebook.com/documentation/business-messaging/whatsapp/"
                "pricing (updated Jul 1, 2026)")
META_CBP = "https://developers.facebook.com/docs/whatsapp/pricing/conversation-based-pricing"
META_AUTH_INTL = ("https://developers.facebook.com/documentation/business-messaging/whatsapp/"
                  "pricing/authentication-international-rates (updated May 21, 2026)")
META_MARKETING_LIMITS = ("https://developers.facebook.com/documentation/business-messaging/"
                         "whatsapp/pricing per-user marketing limits (updated Apr 29, 2026)")
META_CURRENCIES = META_PRICING + ", billing currencies"
REPORTED_2026_10 = (
    "Meta's 'upcoming pricing updates' page as quoted by ChakraHQ, YCloud, Hello Charles "
    "and WhaTools' open rate data")


def _day(year: int, month: int, day: int) -> datetime:
    return datetime(year, month, day, tzinfo=UTC)


@dataclass(frozen=True, slots=True)
class RegimeInfo:
    """One regime on the timeline: from when, what differs from the one before, how sure."""

    regime: Regime
    effective: datetime
    differs: str
    confidence: Confidence
    sources: tuple[str, ...]


REGIMES: tuple[RegimeInfo, ...] = (
    RegimeInfo(
        Regime.CBP_2023_06, _day(2023, 6, 1),
        QT_TRANSLATE_NOOP(
            "Rules",
            "Conversations of four categories last 24 hours and are charged when opened; the "
            "first 1,000 service conversations a month are free."),
        Confidence.META, (META_CBP,)),
    RegimeInfo(
        Regime.CBP_2024_11, _day(2024, 11, 1),
        QT_TRANSLATE_NOOP(
            "Rules", "Service conversations are free and the 1,000 free tier is gone."),
        Confidence.META, (META_PRICING,)),
    RegimeInfo(
        Regime.PMP_2025_07, _day(2025, 7, 1),
        QT_TRANSLATE_NOOP(
            "Rules",
            "Each delivered template is charged instead of each conversation; free-form "
            "replies and utility templates inside the customer service window are free; "
            "utility and authentication get volume tiers."),
        Confidence.META, (META_PRICING,)),
    RegimeInfo(
        Regime.PMP_2026_10, _day(2026, 10, 1),
        QT_TRANSLATE_NOOP(
            "Rules",
            "Free-form replies are charged at the market's utility rate after 1,000 free a "
            "month per business phone number, and utility templates are charged inside the "
            "window too."),
        Confidence.REPORTED, (REPORTED_2026_10,)),
)
"""Every regime, in the order it took effect."""

REGIME_INFO: dict[Regime, RegimeInfo] = {info.regime: info for info in REGIMES}
REGIME_STARTS = tuple(info.effective for info in REGIMES)
REGIME_BY_PERIOD = (REGIMES[0].regime, *(info.regime for info in REGIMES))
"""`REGIME_BY_PERIOD[bisect_right(REGIME_STARTS, at)]` is the regime in force at `at`."""


def regime_at(at: datetime) -> Regime:
    """The regime in force at an instant (before June 2023: the June 2023 regime, the
    earliest waboard knows)."""
    return REGIME_BY_PERIOD[bisect_right(REGIME_STARTS, at)]


def resolve(choice: PricingChoice, at: datetime) -> Regime:
    """The regime a message at `at` is decided under with this pricing choice."""
    return regime_at(at) if choice == AUTO else Regime(choice)


def parse_choice(text: object) -> PricingChoice:
    """A pricing choice from its id; ValueError naming the known ones otherwise."""
    if text == AUTO:
        return AUTO
    try:
        return Regime(text)
    except ValueError:
        known = ", ".join((AUTO, *(r.value for r in Regime)))
        raise ValueError(translate("Rules", "{choice} is not a pricing regime (one of {known})")
                         .format(choice=repr(text), known=known)) from None


def choice_label(choice: PricingChoice) -> str:
    """A pricing choice's name in the user's language."""
    if choice == AUTO:
        return translate("Rules", "The rules in force on each message's date (auto)")
    return Regime(choice).label


class ChangeKind(StrEnum):
    """What kind of dated change a timeline entry is."""

    REGIME = "regime"
    RULE = "rule"
    RATES = "rates"
    MARKETS = "markets"
    CURRENCY = "currency"


@dataclass(frozen=True, slots=True)
class RuleChange:
    """One dated change of the rules: when, what, what it means, how sure, where from."""

    at: datetime
    kind: ChangeKind
    title: str
    meaning: str
    confidence: Confidence
    sources: tuple[str, ...]
    regime: Regime | None = None


def _regime_change(info: RegimeInfo) -> RuleChange:
    return RuleChange(info.effective, ChangeKind.REGIME, REGIME_LABELS[info.regime], info.differs,
                      info.confidence, info.sources, info.regime)


_DATED: tuple[RuleChange, ...] = (
    RuleChange(
        _day(2025, 4, 1), ChangeKind.RULE,
        QT_TRANSLATE_NOOP("Rules", "Marketing to US numbers paused"),
        QT_TRANSLATE_NOOP(
            "Rules",
            "Marketing templates to United States numbers are not delivered (error 131049); "
            "Canada and the other +1 regions are not affected."),
        Confidence.META, (META_MARKETING_LIMITS,)),
    RuleChange(
        _day(2025, 10, 1), ChangeKind.RATES,
        QT_TRANSLATE_NOOP("Rules", "Quarterly rate changes (October 2025)"),
        QT_TRANSLATE_NOOP(
            "Rules",
            "Colombia utility and authentication up; Mexico marketing down; UAE marketing up;"
            " Argentina, Egypt and Saudi Arabia utility and authentication down."),
        Confidence.META, (META_PRICING,)),
    RuleChange(
        _day(2025, 10, 1), ChangeKind.MARKETS,
        QT_TRANSLATE_NOOP("Rules", "Zimbabwe moves to Rest of Africa"),
        QT_TRANSLATE_NOOP(
            "Rules", "Messages to Zimbabwe are priced at the Rest of Africa rates."),
        Confidence.META, (META_PRICING,)),
    RuleChange(
        _day(2026, 1, 1), ChangeKind.RATES,
        QT_TRANSLATE_NOOP("Rules", "Quarterly rate changes (January 2026)"),
        QT_TRANSLATE_NOOP(
            "Rules",
            "India marketing up; France and Egypt marketing down; North America utility and "
            "authentication down."),
        Confidence.META, (META_PRICING,)),
    RuleChange(
        _day(2026, 1, 1), ChangeKind.CURRENCY,
        QT_TRANSLATE_NOOP("Rules", "India may be billed in INR"),
        QT_TRANSLATE_NOOP(
            "Rules",
            "Businesses in India can be billed in Indian rupees (required from 1 January "
            "2027)."),
        Confidence.META, (META_CURRENCIES,)),
    RuleChange(
        _day(2026, 4, 1), ChangeKind.RATES,
        QT_TRANSLATE_NOOP("Rules", "Quarterly rate changes (April 2026)"),
        QT_TRANSLATE_NOOP(
            "Rules",
            "Saudi Arabia marketing up; India authentication-international up; Pakistan "
            "utility and authentication up; Turkey down."),
        Confidence.META, (META_PRICING, META_AUTH_INTL)),
    RuleChange(
        _day(2026, 4, 1), ChangeKind.CURRENCY,
        QT_TRANSLATE_NOOP("Rules", "Eight more billing currencies"),
        QT_TRANSLATE_NOOP(
            "Rules",
            "Rate cards are published in 16 currencies; a business account is billed in one, "
            "and amounts are never converted between them."),
        Confidence.META, (META_CURRENCIES,)),
    RuleChange(
        _day(2026, 7, 1), ChangeKind.MARKETS,
        QT_TRANSLATE_NOOP("Rules", "Six new standalone markets"),
        QT_TRANSLATE_NOOP(
            "Rules",
            "Hong Kong, Hungary, Poland, Qatar, Romania and Singapore get their own rates "
            "instead of their regional group's."),
        Confidence.META, (META_PRICING,)),
    RuleChange(
        _day(2026, 7, 1), ChangeKind.RATES,
        QT_TRANSLATE_NOOP("Rules", "Quarterly rate changes (July 2026)"),
        QT_TRANSLATE_NOOP("Rules", "Italy, Spain and United Kingdom marketing up."),
        Confidence.META, (META_PRICING,)),
    RuleChange(
        _day(2026, 7, 1), ChangeKind.CURRENCY,
        QT_TRANSLATE_NOOP("Rules", "Brazil may be billed in BRL"),
        QT_TRANSLATE_NOOP("Rules", "Businesses in Brazil can be billed in Brazilian reais."),
        Confidence.META, (META_CURRENCIES,)),
    RuleChange(
        _day(2026, 10, 1), ChangeKind.MARKETS,
        QT_TRANSLATE_NOOP("Rules", "Nine new standalone markets"),
        QT_TRANSLATE_NOOP(
            "Rules",
            "Bangladesh, Iraq, Nepal, Sri Lanka, Kazakhstan, Kuwait, Morocco, Oman and "
            "Ukraine get their own rates, each with an authentication-international rate."),
        Confidence.REPORTED, (REPORTED_2026_10,)),
)

RULE_CHANGES: tuple[RuleChange, ...] = tuple(sorted(
    (*(_regime_change(info) for info in REGIMES[1:]), *_DATED), key=lambda c: c.at))
"""Every dated change since the June 2023 regime, in date order (regime switches first on a
shared date, as sorting is stable and they are listed first)."""

EDGE_CASE_2025_07 = QT_TRANSLATE_NOOP(
    "Rules",
    "A utility conversation opened before 1 July 2025 and still open after it: utility "
    "templates sent into it while it is open are free and attributed to it; when it closes, "
    "per-message pricing applies.")
"""Meta's "Edge case" of the switch to per-message pricing, as the timeline explains it
(English: translate("Rules", ...) where shown, as the titles and meanings of RULE_CHANGES)."""


def changes_between(start: datetime, end: datetime) -> tuple[RuleChange, ...]:
    """The changes that take effect in (start, end]: what a clock moving from `start` to
    `end` crosses (empty when end <= start)."""
    return tuple(c for c in RULE_CHANGES if start < c.at <= end)
