"""The three pricing regimes side by side for one period, each difference in one sentence.

Every regime is a replay of the same history (replay.reprice), so the three readings line up
message by message. A difference is the sum, over the period's business messages, of what a
message costs under the later regime minus what it cost under the earlier one; the messages
are grouped by the rule that makes them differ, and each group becomes one sentence with its
amount and how many messages it covers. Regimes are compared in the order Meta introduced
them: June 2023 -> November 2024 -> July 2025.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from decimal import Decimal

from ..explain import category_label
from ..formats import count
from ..i18n import QT_TRANSLATE_NOOP, TranslatedLabels, translate
from ..money import money
from ..rules.model import (
    FREE_NON_TEMPLATE_PER_MONTH,
    FREE_SERVICE_CONVERSATIONS_PER_MONTH,
    ZERO,
    Category,
    Regime,
)
from ..rules.pricing import RateCard
from ..store import Store
from .bill import CATEGORY_ORDER, Bill, workspace_bill
from .periods import Period, parse_period
from .replay import PricedMessage, reprice, workspace_regime

REGIMES = (Regime.CBP_2023_06, Regime.CBP_2024_11, Regime.PMP_2025_07, Regime.PMP_2026_10)
_NAMES = TranslatedLabels("Comparison", {
    Regime.CBP_2023_06: QT_TRANSLATE_NOOP("Comparison", "June 2023 pricing"),
    Regime.CBP_2024_11: QT_TRANSLATE_NOOP("Comparison", "November 2024 pricing"),
    Regime.PMP_2025_07: QT_TRANSLATE_NOOP("Comparison", "per-message pricing"),
    Regime.PMP_2026_10: QT_TRANSLATE_NOOP("Comparison", "October 2026 pricing"),
})
_COUNTED = {
    "service": (QT_TRANSLATE_NOOP("Comparison", "1 service conversation"),
                QT_TRANSLATE_NOOP("Comparison", "{count} service conversations")),
    "template": (QT_TRANSLATE_NOOP("Comparison", "1 template"),
                 QT_TRANSLATE_NOOP("Comparison", "{count} templates")),
    "reply": (QT_TRANSLATE_NOOP("Comparison", "1 reply"),
              QT_TRANSLATE_NOOP("Comparison", "{count} replies")),
    "message": (QT_TRANSLATE_NOOP("Comparison", "1 message"),
                QT_TRANSLATE_NOOP("Comparison", "{count} messages")),
}
"""Each noun the sentences count, singular and plural."""
_ONE_BY_ONE = TranslatedLabels("Comparison", {
    Category.UTILITY: QT_TRANSLATE_NOOP("Comparison", "Utility templates sent outside the window"),
    Category.MARKETING: QT_TRANSLATE_NOOP("Comparison", "Marketing templates"),
    Category.AUTHENTICATION: QT_TRANSLATE_NOOP("Comparison", "Authentication templates"),
    Category.SERVICE: QT_TRANSLATE_NOOP("Comparison", "Service templates"),
    Category.AUTHENTICATION_INTERNATIONAL: QT_TRANSLATE_NOOP(
        "Comparison", "Authentication (international) templates"),
    Category.FREE_ENTRY_POINT: QT_TRANSLATE_NOOP("Comparison", "Free entry point templates"),
})
"""What the per-message sentence calls each category's templates."""


@dataclass(frozen=True, slots=True)
class Explanation:
    """One sentence, and the amount it explains: what going from `before` to `after` adds
    (negative: saves) on `messages` messages. When `before` is `after` the sentence explains a
    rule inside that regime and `amount` is what the rule saves there."""

    text: str
    amount: Decimal
    before: Regime
    after: Regime
    messages: int


@dataclass(frozen=True, slots=True)
class CategoryRow:
    category: Category
    counts: Mapping[Regime, int]
    amounts: Mapping[Regime, Decimal]


@dataclass(frozen=True)
class Comparison:
    period: Period
    own: Regime
    bills: Mapping[Regime, Bill]
    rows: tuple[CategoryRow, ...]
    explanations: tuple[Explanation, ...]

    @property
    def totals(self) -> dict[Regime, Decimal]:
        return {regime: bill.total for regime, bill in self.bills.items()}

    @property
    def currency(self) -> str:
        return self.bills[self.own].currency


def compare(store: Store, rate_card: RateCard | None, period: Period | str) -> Comparison:
    """Replay the workspace under each regime and compare the period's bills."""
    if isinstance(period, str):
        period = parse_period(period)
    priced = {regime: reprice(store, regime, rate_card) for regime in REGIMES}
    bills = {
        regime: workspace_bill(store, priced[regime], period, regime, as_charged=False)
        for regime in REGIMES
    }
    return comparison(period, workspace_regime(store), priced, bills)


def comparison(period: Period, own: Regime, priced: Mapping[Regime, Sequence[PricedMessage]],
               bills: Mapping[Regime, Bill]) -> Comparison:
    """Rows and sentences from three aligned replays and their bills."""
    rows = []
    for category in CATEGORY_ORDER:
        lines = {regime: bills[regime].by_category()[category] for regime in REGIMES}
        if any(line.count or line.amount for line in lines.values()):
            rows.append(CategoryRow(category, {r: x.count for r, x in lines.items()},
                                    {r: x.amount for r, x in lines.items()}))
    currency = bills[own].currency
    explanations = explain(period, priced, currency)
    totals = {regime: bills[regime].total for regime in REGIMES}
    if not any(e.amount for e in explanations) and len(set(totals.values())) == 1:
        total = money(totals[own], currency)
        explanations.append(Explanation(
            translate("Comparison", "All four regimes charge the same for {period}: {total}"
                      ).format(period=period.label, total=total),
            ZERO, REGIMES[0], REGIMES[-1], 0))
    return Comparison(period, own, dict(bills), tuple(rows), tuple(explanations))


def explain(period: Period, priced: Mapping[Regime, Sequence[PricedMessage]],
            currency: str = "USD") -> list[Explanation]:
    """The sentences, computed from the per-message differences (see the module docstring)."""
    june, november, per_message, october = (
        [m for m in priced[regime] if m.business and period.contains(m.at)]
        for regime in REGIMES
    )
    return (_free_tier(june, currency) + _free_service(june, november, currency)
            + _per_message(november, per_message, currency)
            + _charged_replies(per_message, october, currency))


def _free_tier(june: list[PricedMessage], currency: str) -> list[Explanation]:
    free = [m for m in june if m.tier_free and m.rate]
    if not free:
        return []
    worth = sum((m.rate for m in free), ZERO)
    return [Explanation(
        translate("Comparison", "The first {free} service conversations each month were free "
                  "under June 2023 pricing: {counted} here, worth {worth} at service rates"
                  ).format(free=count(FREE_SERVICE_CONVERSATIONS_PER_MONTH),
                           counted=_count(len(free), "service"),
                           worth=money(worth, currency)),
        -worth, Regime.CBP_2023_06, Regime.CBP_2023_06, len(free))]


def _free_service(june: list[PricedMessage], november: list[PricedMessage], currency: str
                  ) -> list[Explanation]:
    before, after = Regime.CBP_2023_06, Regime.CBP_2024_11
    service: list[Decimal] = []
    other: list[Decimal] = []
    for old, new in zip(june, november, strict=True):
        difference = new.charge - old.charge
        if difference:
            (service if old.category is Category.SERVICE else other).append(difference)
    found = []
    opened = sum(1 for m in june if m.counted and m.category is Category.SERVICE)
    if service:
        amount = sum(service, ZERO)
        found.append(Explanation(
            translate("Comparison", "Service conversations are free from November 2024: "
                      "{amount} ({counted} charged under June 2023 pricing once the month's "
                      "free tier was used up)").format(
                amount=money(amount, currency, signed=True),
                counted=_count(len(service), "service")),
            amount, before, after, len(service)))
    elif opened:
        sentence = translate(
            "Comparison", "Service conversations are free from November 2024, but the service "
            "conversation opened here was within June 2023's monthly free tier: {amount}"
        ) if opened == 1 else translate(
            "Comparison", "Service conversations are free from November 2024, but the {count} "
            "service conversations opened here were all within June 2023's monthly free tier: "
            "{amount}")
        found.append(Explanation(
            sentence.format(count=count(opened), amount=money(ZERO, currency)),
            ZERO, before, after, opened))
    found += _other(other, before, after, currency)
    return found


def _per_message(november: list[PricedMessage], per_message: list[PricedMessage],
                 currency: str) -> list[Explanation]:
    before, after = Regime.CBP_2024_11, Regime.PMP_2025_07
    in_window: list[Decimal] = []
    one_by_one: dict[Category, list[Decimal]] = {}
    other: list[Decimal] = []
    for old, new in zip(november, per_message, strict=True):
        difference = new.charge - old.charge
        if not difference:
            continue
        if new.kind == "template" and new.category is Category.UTILITY and new.in_window:
            in_window.append(difference)
        elif new.kind == "template" and old.opened is False and new.charge and new.category:
            one_by_one.setdefault(new.category, []).append(difference)
        else:
            other.append(difference)
    found = []
    if in_window:
        amount = sum(in_window, ZERO)
        found.append(Explanation(
            translate("Comparison", "Utility templates sent inside an open window are free "
                      "under per-message pricing: {amount} ({counted} that opened a charged "
                      "utility conversation under November 2024 pricing)").format(
                amount=money(amount, currency, signed=True),
                counted=_count(len(in_window), "template")),
            amount, before, after, len(in_window)))
    for category in CATEGORY_ORDER:
        if category not in one_by_one:
            continue
        amounts = one_by_one[category]
        amount = sum(amounts, ZERO)
        found.append(Explanation(
            translate("Comparison", "{templates} are charged one by one under per-message "
                      "pricing, not once per 24-hour conversation: {amount} ({counted} that "
                      "joined an open {category} conversation for free under November 2024 "
                      "pricing)").format(
                templates=_ONE_BY_ONE[category], amount=money(amount, currency, signed=True),
                counted=_count(len(amounts), "template"),
                category=category_label(category).lower()),
            amount, before, after, len(amounts)))
    found += _other(other, before, after, currency)
    return found


def _charged_replies(july: list[PricedMessage], october: list[PricedMessage], currency: str
                     ) -> list[Explanation]:
    """What the reported October 2026 rules add: free-form replies past the month's 1,000
    free, and utility templates inside the window."""
    before, after = Regime.PMP_2025_07, Regime.PMP_2026_10
    groups: dict[str, list[Decimal]] = {"text": [], "utility": [], "other": []}
    for old, new in zip(july, october, strict=True):
        difference = new.charge - old.charge
        if not difference:
            continue
        if new.kind == "text":
            groups["text"].append(difference)
        elif new.category is Category.UTILITY and new.in_window:
            groups["utility"].append(difference)
        else:
            groups["other"].append(difference)
    found = []
    sentences = {
        "text": (translate("Comparison", "Free-form replies are charged at the utility rate "
                           "from October 2026 (reported), after {free} free a month: {amount} "
                           "({counted})"), "reply"),
        "utility": (translate("Comparison", "Utility templates inside an open window are "
                              "charged from October 2026 (reported): {amount} ({counted})"),
                    "template"),
    }
    for key, (sentence, noun) in sentences.items():
        if groups[key]:
            amount = sum(groups[key], ZERO)
            found.append(Explanation(
                sentence.format(free=count(FREE_NON_TEMPLATE_PER_MONTH),
                                amount=money(amount, currency, signed=True),
                                counted=_count(len(groups[key]), noun)),
                amount, before, after, len(groups[key])))
    return found + _other(groups["other"], before, after, currency)


def _other(differences: list[Decimal], before: Regime, after: Regime, currency: str
           ) -> list[Explanation]:
    if not differences:
        return []
    amount = sum(differences, ZERO)
    return [Explanation(
        (translate("Comparison", "Other messages cost more under {after} than under {before}: "
                   "{amount} ({counted})") if amount > 0 else
         translate("Comparison", "Other messages cost less under {after} than under {before}: "
                   "{amount} ({counted})")).format(
            after=_NAMES[after], before=_NAMES[before],
            amount=money(amount, currency, signed=True),
            counted=_count(len(differences), "message")),
        amount, before, after, len(differences))]


def _count(n: int, noun: str) -> str:
    one, many = _COUNTED[noun]
    return translate("Comparison", one if n == 1 else many).format(count=count(n))
