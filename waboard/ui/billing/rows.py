"""The billing screens' figures as rows of plain-text cells, and the sentences beside them.

Qt-free: the Billing dock and the forecast dialog put these rows into a TableModel
(figures.py). Amounts are shown with waboard.money: totals to the cent.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from decimal import Decimal

from ...billing.bill import CATEGORY_ORDER, Bill
from ...billing.compare import Explanation
from ...billing.wording import (
    REASON_LABELS,
    entry_points_count,
    refused_count,
    tier_line,
)
from ...explain import category_label, reason_rule
from ...formats import count
from ...i18n import QT_TRANSLATE_NOOP, TranslatedLabels, translate
from ...money import money
from ...rules.model import Regime

REGIME_SHORT = TranslatedLabels("BillingRows", {
    Regime.CBP_2023_06: QT_TRANSLATE_NOOP("BillingRows", "June 2023"),
    Regime.CBP_2024_11: QT_TRANSLATE_NOOP("BillingRows", "November 2024"),
    Regime.PMP_2025_07: QT_TRANSLATE_NOOP("BillingRows", "Per message (July 2025)"),
    Regime.PMP_2026_10: QT_TRANSLATE_NOOP("BillingRows", "Per message (October 2026)"),
})


@dataclass(frozen=True, slots=True)
class Cell:
    """One table cell: its text, right-aligned when `numeric`, bold when `strong`."""

    text: str
    numeric: bool = False
    tooltip: str = ""
    strong: bool = False


def _number(value: int, strong: bool = False, tooltip: str = "") -> Cell:
    return Cell(count(value), True, tooltip, strong)


def _amount(value: Decimal, currency: str, strong: bool = False) -> Cell:
    return Cell(money(value, currency), True, "", strong)


def _unit_title(bill: Bill | None) -> str:
    return bill.unit_title if bill else translate("Bill", "Conversations")


def category_headers(bill: Bill | None) -> list[str]:
    return [translate("BillingRows", "Category"), _unit_title(bill),
            translate("BillingRows", "Charged"), translate("BillingRows", "Amount")]


def category_rows(bill: Bill) -> list[list[Cell]]:
    """Every category (zeros included) over all markets, then the total."""
    rows = [[Cell(category_label(category)), _number(line.count), _number(line.charged),
             _amount(line.amount, bill.currency)]
            for category, line in bill.by_category().items()]
    charged = sum(line.charged for line in bill.lines)
    rows.append([Cell(translate("BillingRows", "Total"), strong=True), _number(bill.count, True),
                 _number(charged, True), _amount(bill.total, bill.currency, True)])
    return rows


def market_headers(bill: Bill | None) -> list[str]:
    return [translate("BillingRows", "Market"), _unit_title(bill),
            translate("BillingRows", "Charged"), translate("BillingRows", "Amount")]


def market_rows(bill: Bill) -> list[list[Cell]]:
    """Markets by amount (largest first), each with its categories in the tooltip."""
    totals = bill.by_market()
    rows = []
    for market in sorted(totals, key=lambda m: (-totals[m][2], m)):
        counted, charged, amount = totals[market]
        detail = "\n".join(
            translate("BillingRows", "{category}: {count} {unit}, {amount}").format(
                category=category_label(line.category), count=count(line.count),
                unit=bill.unit_label, amount=money(line.amount, bill.currency))
            for line in bill.lines if line.market == market)
        rows.append([Cell(market, tooltip=detail), _number(counted), _number(charged),
                     _amount(amount, bill.currency)])
    return rows


def refused_headers() -> list[str]:
    return [translate("BillingRows", "Reason"), translate("BillingRows", "Error"),
            translate("BillingRows", "Messages")]


def refused_rows(bill: Bill) -> list[list[Cell]]:
    rows = [[Cell(REASON_LABELS[reason], tooltip=reason_rule(reason)),
             Cell(str(reason.code) if reason.code else "-", True), _number(count)]
            for reason, count in bill.refused.items()]
    if rows:
        rows.append([Cell(translate("BillingRows", "Total"), strong=True), Cell(""),
                     _number(bill.refused_total, True)])
    return rows


def regime_headers(bills: Mapping[Regime, Bill]) -> list[str]:
    headers = [translate("BillingRows", "Category")]
    for regime in bills:
        headers += [f"{REGIME_SHORT[regime]}\n{bills[regime].unit_label}",
                    translate("BillingRows", "{regime}\namount").format(
                        regime=REGIME_SHORT[regime])]
    return headers


def regime_rows(bills: Mapping[Regime, Bill]) -> list[list[Cell]]:
    """Each category with anything in it under some regime, then the totals."""
    lines = {regime: bill.by_category() for regime, bill in bills.items()}
    rows = []
    for category in CATEGORY_ORDER:
        if not any(lines[r][category].count or lines[r][category].amount for r in bills):
            continue
        row = [Cell(category_label(category))]
        for regime, bill in bills.items():
            line = lines[regime][category]
            row += [_number(line.count), _amount(line.amount, bill.currency)]
        rows.append(row)
    total = [Cell(translate("BillingRows", "Total"), strong=True)]
    for bill in bills.values():
        total += [_number(bill.count, True), _amount(bill.total, bill.currency, True)]
    rows.append(total)
    return rows


def explanation_text(explanation: Explanation) -> str:
    """One sentence of the comparison, after the regimes it goes between."""
    before, after = REGIME_SHORT[explanation.before], REGIME_SHORT[explanation.after]
    where = before if explanation.before is explanation.after else f"{before} → {after}"
    return translate("BillingRows", "{regimes}: {sentence}.").format(
        regimes=where, sentence=explanation.text)


def free_tier_lines(bill: Bill) -> list[str]:
    """The monthly free tier as the bill's regime has it (or why there is none)."""
    if bill.free_tier:
        return [tier_line(tier) for tier in bill.free_tier]
    if bill.regime.per_message:
        return [translate("BillingRows", "No monthly free tier under per-message pricing: "
                          "free-form replies, and utility templates inside the window, are free")]
    return [translate("BillingRows", "No monthly free tier from November 2024: every service "
                      "conversation is free")]


def summary_line(bill: Bill) -> str:
    charged = (translate("BillingRows", "{count} messages counted, {charged} charged")
               if bill.regime.per_message else
               translate("BillingRows", "{count} conversations counted, {charged} charged")
               ).format(count=count(bill.count),
                        charged=count(sum(line.charged for line in bill.lines)))
    return " · ".join((charged, entry_points_count(bill), refused_count(bill)))
