"""What the rules by date meant for a workspace as its clock went past them.

`rules.regimes.changes_between` says which dated changes fall in a stretch of time; this
module turns them into notes for the people watching: a chat note at the instant a change
took effect for one customer ("From 1 Oct 2026 free-form replies cost $0.0100 in Mexico
after 1,000 a month"), and the activity log's note for the whole workspace when the clock
crosses one. Only changes that touch the customer are noted in a chat: the regime switches
(when the workspace prices by date, `auto`), a change of their market's rates, and a move of
their country to another market. The workspace's note adds the rules that are not about
prices (the US marketing pause, billing currencies).

Rates come from `rates_at(instant)`, the workspace's card as it stood then (the service's
`rate_card_at`), so a note names the figures the workspace prices with, and says so where no
figure is sourced.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import datetime, timedelta

from ..explain import category_code
from ..formats import count, effective_date
from ..i18n import translate
from ..money import exact_money
from ..rules.model import FREE_NON_TEMPLATE_PER_MONTH, PRICED_CATEGORIES, Category, Regime
from ..rules.pricing import MarketRates, RateCard
from ..rules.regimes import ChangeKind, Confidence, RuleChange, changes_between

RatesAt = Callable[[datetime], RateCard]
JUST_BEFORE = timedelta(seconds=1)
MOST_MARKETS = 4
"""A workspace note names at most this many markets' figures, then "and N more"."""


@dataclass(frozen=True, slots=True)
class RuleNote:
    """One note: when the change took effect, what it means here, and how sure it is."""

    at: datetime
    text: str
    confidence: Confidence
    change: RuleChange

    @property
    def marked(self) -> str:
        """The text with its confidence mark ("... [reported]")."""
        return f"{self.text} {self.confidence.mark}"


def day(at: datetime) -> str:
    """"1 Oct 2026" (in Spanish and Portuguese "01/10/2026")."""
    return effective_date(at.date())


def customer_notes(start: datetime, end: datetime, region: str, by_date: bool,
                   rates_at: RatesAt) -> list[RuleNote]:
    """The changes in (start, end] that touch a customer of `region`, oldest first;
    `by_date` is whether the workspace prices under `auto` (else no regime switch applies)."""
    notes = []
    for change in changes_between(start, end):
        text = _customer_text(change, region, by_date, rates_at)
        if text:
            notes.append(RuleNote(change.at, text, change.confidence, change))
    return notes


def workspace_notes(start: datetime, end: datetime, regions: Iterable[str], by_date: bool,
                    rates_at: RatesAt) -> list[RuleNote]:
    """The changes in (start, end] as the activity log notes them for the whole workspace
    (its customers' `regions`), oldest first."""
    regions = sorted(set(regions))
    notes = []
    for change in changes_between(start, end):
        if change.kind is ChangeKind.REGIME:
            markets = _markets(regions, rates_at(change.at))
            text = _regime_text(change, markets, by_date)
        elif change.kind in (ChangeKind.RATES, ChangeKind.MARKETS):
            found = [t for t in (_customer_text(change, r, by_date, rates_at) for r in regions)
                     if t]
            text = "; ".join(dict.fromkeys(found)) or ""
        else:
            text = _meaning_text(change)
        if text:
            notes.append(RuleNote(change.at, text, change.confidence, change))
    return notes


def _markets(regions: Iterable[str], card: RateCard) -> list[MarketRates]:
    return list({row.market: row for row in (card.for_region(r) for r in regions)}.values())


def _customer_text(change: RuleChange, region: str, by_date: bool,
                   rates_at: RatesAt) -> str:
    after = rates_at(change.at).for_region(region)
    if change.kind is ChangeKind.REGIME:
        return _regime_text(change, [after], by_date)
    before = rates_at(change.at - JUST_BEFORE).for_region(region)
    if change.kind is ChangeKind.MARKETS and before.market != after.market:
        return translate(
            "RuleNotes", "From {day} {region} numbers are priced as {market} (until then "
            "{before})").format(day=day(change.at), region=region, market=after.market,
                                before=before.market)
    if change.kind is ChangeKind.RATES and before.market == after.market:
        moved = [translate("RuleNotes", "{category} {before} → {after}").format(
                     category=category_code(c).lower(), before=_rate(before, c),
                     after=_rate(after, c))
                 for c in (*PRICED_CATEGORIES, Category.AUTHENTICATION_INTERNATIONAL)
                 if before.rates.get(c) != after.rates.get(c)]
        if moved:
            return translate("RuleNotes", "From {day} {market}'s rates change: {changes}").format(
                day=day(change.at), market=after.market, changes=", ".join(moved))
    return ""


def _meaning_text(change: RuleChange) -> str:
    return translate("RuleNotes", "From {day}: {meaning}").format(
        day=day(change.at), meaning=translate("Rules", change.meaning))


def _regime_text(change: RuleChange, markets: list[MarketRates], by_date: bool) -> str:
    if not by_date:
        return ""
    if change.regime is not Regime.PMP_2026_10:
        return _meaning_text(change)
    shown = [_free_form_price(m) for m in markets[:MOST_MARKETS]]
    more = len(markets) - MOST_MARKETS
    if more == 1:
        shown.append(translate("RuleNotes", "and 1 more market's utility rate"))
    elif more > 1:
        shown.append(translate("RuleNotes", "and {count} more markets' utility rates").format(
            count=more))
    where = ", ".join(shown) if shown else translate("RuleNotes", "the market's utility rate")
    return translate(
        "RuleNotes", "From {day} free-form replies cost {prices} after {free} a month, and "
        "utility templates inside the window are charged too").format(
            day=day(change.at), prices=where, free=count(FREE_NON_TEMPLATE_PER_MONTH))


def _free_form_price(market: MarketRates) -> str:
    if Category.UTILITY not in market.rates:
        return translate("RuleNotes", "{market}'s utility rate (no sourced figure)").format(
            market=market.market)
    return translate("RuleNotes", "{price} in {market}").format(
        price=_rate(market, Category.UTILITY), market=market.market)


def _rate(market: MarketRates, category: Category) -> str:
    rate = market.rates.get(category)
    if rate is None:
        return translate("RuleNotes", "no sourced figure")
    return exact_money(rate, market.currency)
