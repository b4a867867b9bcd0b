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
from ...explain import REASON_RULES, category_label
from ...money import money
from ...rules.model import Reason, Regime

REGIME_SHORT = {
    Regime.CBP_2023_06: "June 2023",
    Regime.CBP_2024_11: "November 2024",
    Regime.PMP_2025_07: "Per message (July 2025)",
    Regime.PMP_2026_10: "Per message (October 2026)",
}
REASON_LABELS = {
    Reason.UNDELIVERABLE: "Undeliverable (no WhatsApp)",
    Reason.TEMPLATE_NOT_FOUND: "Template not found",
    Reason.TEMPLATE_NOT_APPROVED: "Template not approved",
    Reason.TEMPLATE_PAUSED: "Template paused",
    Reason.TEMPLATE_DISABLED: "Template disabled",
    Reason.PARAM_MISMATCH: "Wrong parameters",
    Reason.WINDOW_CLOSED: "Outside the 24-hour window",
    Reason.OPTED_OUT: "Opted out of marketing",
    Reason.NO_OPT_IN: "No opt-in",
    Reason.US_MARKETING_PAUSED: "US marketing paused",
    Reason.MARKETING_LIMIT: "Marketing limit (simulated)",
    Reason.MARKETING_STOPPED: "Customer stopped marketing",
}


@dataclass(frozen=True, slots=True)
class Cell:
    """One table cell: its text, right-aligned when `numeric`, bold when `strong`."""

    text: str
    numeric: bool = False
    tooltip: str = ""
    strong: bool = False


def _number(value: int, strong: bool = False, tooltip: str = "") -> Cell:
    return Cell(f"{value:,}", True, tooltip, strong)


def _amount(value: Decimal, currency: str, strong: bool = False) -> Cell:
    return Cell(money(value, currency), True, "", strong)


def category_headers(bill: Bill | None) -> list[str]:
    unit = bill.unit.capitalize() if bill else "Conversations"
    return ["Category", unit, "Charged", "Amount"]


def category_rows(bill: Bill) -> list[list[Cell]]:
    """Every category (zeros included) over all markets, then the total."""
    rows = [[Cell(category_label(category)), _number(line.count), _number(line.charged),
             _amount(line.amount, bill.currency)]
            for category, line in bill.by_category().items()]
    charged = sum(line.charged for line in bill.lines)
    rows.append([Cell("Total", strong=True), _number(bill.count, True),
                 _number(charged, True), _amount(bill.total, bill.currency, True)])
    return rows


def market_headers(bill: Bill | None) -> list[str]:
    unit = bill.unit.capitalize() if bill else "Conversations"
    return ["Market", unit, "Charged", "Amount"]


def market_rows(bill: Bill) -> list[list[Cell]]:
    """Markets by amount (largest first), each with its categories in the tooltip."""
    totals = bill.by_market()
    rows = []
    for market in sorted(totals, key=lambda m: (-totals[m][2], m)):
        count, charged, amount = totals[market]
        detail = "\n".join(
            f"{category_label(line.category)}: {line.count:,} {bill.unit}, "
            f"{money(line.amount, bill.currency)}"
            for line in bill.lines if line.market == market)
        rows.append([Cell(market, tooltip=detail), _number(count), _number(charged),
                     _amount(amount, bill.currency)])
    return rows


REFUSED_HEADERS = ["Reason", "Error", "Messages"]


def refused_rows(bill: Bill) -> list[list[Cell]]:
    rows = [[Cell(REASON_LABELS[reason], tooltip=REASON_RULES[reason]),
             Cell(str(reason.code) if reason.code else "-", True), _number(count)]
            for reason, count in bill.refused.items()]
    if rows:
        rows.append([Cell("Total", strong=True), Cell(""), _number(bill.refused_total, True)])
    return rows


def regime_headers(bills: Mapping[Regime, Bill]) -> list[str]:
    headers = ["Category"]
    for regime in bills:
        headers += [f"{REGIME_SHORT[regime]}\n{bills[regime].unit}",
                    f"{REGIME_SHORT[regime]}\namount"]
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
    total = [Cell("Total", strong=True)]
    for bill in bills.values():
        total += [_number(bill.count, True), _amount(bill.total, bill.currency, True)]
    rows.append(total)
    return rows


def explanation_text(explanation: Explanation) -> str:
    """One sentence of the comparison, after the regimes it goes between."""
    before, after = REGIME_SHORT[explanation.before], REGIME_SHORT[explanation.after]
    where = before if explanation.before is explanation.after else f"{before} → {after}"
    return f"{where}: {explanation.text}."


def free_tier_lines(bill: Bill) -> list[str]:
    """The monthly free tier as the bill's regime has it (or why there is none)."""
    if bill.free_tier:
        return [tier.text + (f" ({tier.beyond:,} charged beyond it)" if tier.beyond else "")
                for tier in bill.free_tier]
    if bill.regime.per_message:
        return ["No monthly free tier under per-message pricing: free-form replies, and "
                "utility templates inside the window, are free"]
    return ["No monthly free tier from November 2024: every service conversation is free"]


def summary_line(bill: Bill) -> str:
    charged = sum(line.charged for line in bill.lines)
    entry = f"{bill.entry_points:,} free entry point{'' if bill.entry_points == 1 else 's'}"
    refused = f"{bill.refused_total:,} message{'' if bill.refused_total == 1 else 's'} refused"
    return f"{bill.count:,} {bill.unit} counted, {charged:,} charged · {entry} · {refused}"
