"""A bill as CSV (for a spreadsheet) and as a one-page, self-contained HTML report.

CSV: UTF-8, a header row, one row per market and category, then a total row; days as ISO
dates (`first_day`, `last_day`: the period's first and last UTC day, both included); amounts
as 4-decimal strings. Files get a byte order mark so spreadsheet programs read them as UTF-8.

HTML: one page with inline styles and the charts as inline SVG (drawn by charts.py), so it
needs nothing else to show. Every text that comes from the workspace (its name, customers'
names, template names, markets) is HTML-escaped.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Callable
from decimal import Decimal
from html import escape
from pathlib import Path
from string import Template

from ..colours import GRID, INK, MUTED
from ..explain import category_label
from ..money import amount_text, money
from ..outputs import spreadsheet_cell, write_output
from ..rules.model import Reason
from .bill import ALL_MARKETS, Bill
from .charts import chart_svgs
from .compare import REGIMES, Comparison

CSV_COLUMNS = ("first_day", "last_day", "regime", "market", "category", "unit", "count",
               "charged", "amount", "currency")
TOTAL = "total"
TOP_ROWS = 10
Format = Callable[[Decimal], str]
CHART_TITLES = {
    "daily": "Cost per day, by category",
    "share": "Share of the cost, by category",
}


def bill_rows(bill: Bill) -> list[list[str]]:
    """The CSV's rows, header first."""
    head = [bill.period.first_day.isoformat(), bill.period.last_day.isoformat(),
            bill.regime.value]
    rows = [list(CSV_COLUMNS)]
    for line in bill.lines:
        rows.append(head + [spreadsheet_cell(line.market), line.category.value, bill.unit,
                            str(line.count), str(line.charged), amount_text(line.amount),
                            spreadsheet_cell(bill.currency)])
    rows.append(head + [ALL_MARKETS, TOTAL, bill.unit, str(bill.count),
                        str(sum(line.charged for line in bill.lines)), amount_text(bill.total),
                        spreadsheet_cell(bill.currency)])
    return rows


def bill_csv(bill: Bill) -> str:
    out = io.StringIO()
    csv.writer(out, lineterminator="\r\n").writerows(bill_rows(bill))
    return out.getvalue()


def write_bill_csv(bill: Bill, path: str | Path, workspaces: tuple[Path, ...] = ()) -> None:
    """Write the bill's CSV atomically; never over a workspace (this one or `workspaces`)."""
    write_output(path, bill_csv(bill), encoding="utf-8-sig", workspaces=workspaces)


# HTML

_STYLE = Template("""
@page { size: A4; margin: 12mm; }
body { font: 13px/1.4 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif;
       color: $ink; margin: 24px auto; max-width: 980px; }
h1 { font-size: 20px; margin: 0 0 2px; }
h2 { font-size: 14px; margin: 18px 0 6px; border-bottom: 1px solid #d9e2ec; }
p.sub { color: $muted; margin: 0 0 12px; }
.total { font-size: 28px; font-weight: 600; color: #075e54; }
.grid { display: flex; gap: 16px; flex-wrap: wrap; }
.grid > div { flex: 1 1 300px; }
table { border-collapse: collapse; width: 100%; font-size: 12px; }
th, td { padding: 3px 6px; border-bottom: 1px solid $grid; text-align: left; }
td.n, th.n { text-align: right; font-variant-numeric: tabular-nums; }
tr.sum td { font-weight: 600; border-top: 1px solid #9aa5b1; }
.chart svg { max-width: 100%; height: auto; }
ul { margin: 4px 0; padding-left: 18px; }
.note { color: $muted; font-size: 11px; }
""").substitute(ink=INK, muted=MUTED, grid=GRID)


def html_report(bill: Bill, comparison: Comparison | None = None, *,
                charts: bool = True) -> str:
    """The one-page report: the bill, its charts (unless `charts` is false) and, when
    given, the comparison of the regimes."""
    fmt = _money(bill.currency)
    title = bill.title or "waboard workspace"
    how = "as charged" if bill.as_charged else "repriced"
    parts = [
        "<!DOCTYPE html>",
        '<html lang="en"><head><meta charset="utf-8">',
        f"<title>{_e(title)}: bill for {_e(bill.period.label)}</title>",
        f"<style>{_STYLE}</style></head><body>",
        f"<h1>{_e(title)}</h1>",
        f'<p class="sub">Bill for {_e(bill.period.label)} (UTC, '
        f"{bill.period.first_day.isoformat()} to {bill.period.last_day.isoformat()}) - "
        f"{_e(bill.regime.label)}, {how}</p>",
        f'<div class="total">{fmt(bill.total)}</div>',
        f'<p class="sub">{bill.count:,} {bill.unit} counted, {bill.entry_points:,} free entry '
        f"point{'s' if bill.entry_points != 1 else ''}, {bill.refused_total:,} message"
        f"{'s' if bill.refused_total != 1 else ''} refused</p>",
    ]
    if charts:
        drawn = chart_svgs(bill)
        parts.append('<div class="grid">')
        parts += [f'<div class="chart"><h2>{_e(caption)}</h2>{drawn[key]}</div>'
                  for key, caption in CHART_TITLES.items()]
        parts.append("</div>")
    parts.append('<div class="grid"><div>')
    parts += _categories(bill, fmt)
    parts.append("</div><div>")
    parts += _markets(bill, fmt)
    parts.append("</div></div>")
    parts += _allowances(bill)
    if comparison is not None:
        parts += _comparison(comparison)
    parts.append('<div class="grid"><div>')
    parts += _customers(bill, fmt)
    parts.append("</div><div>")
    parts += _templates(bill, fmt)
    parts.append("</div></div>")
    if bill.unreplayed:
        parts.append(f'<p class="note">{bill.unreplayed:,} accepted message(s) could not be '
                     "decided again under this regime and are counted as free.</p>")
    parts.append('<p class="note">Amounts in '
                 f"{_e(bill.currency)}, rounded for reading; the CSV export keeps them exact to "
                 "four decimal places.</p>")
    parts.append("</body></html>")
    return "\n".join(parts) + "\n"


def _categories(bill: Bill, fmt: Format) -> list[str]:
    rows = [f"<h2>By category</h2><table><tr><th>Category</th><th class=n>"
            f"{_e(bill.unit.capitalize())}</th><th class=n>Charged</th><th class=n>Amount</th>"
            "</tr>"]
    for category, line in bill.by_category().items():
        if line.count or line.amount:
            rows.append(f"<tr><td>{_e(category_label(category))}</td><td class=n>"
                        f"{line.count:,}</td><td class=n>{line.charged:,}</td><td class=n>"
                        f"{fmt(line.amount)}</td></tr>")
    rows.append(f'<tr class="sum"><td>Total</td><td class=n>{bill.count:,}</td><td class=n>'
                f"{sum(x.charged for x in bill.lines):,}</td><td class=n>"
                f"{fmt(bill.total)}</td></tr></table>")
    return rows


def _markets(bill: Bill, fmt: Format) -> list[str]:
    rows = ["<h2>By market</h2><table><tr><th>Market</th><th>Category</th><th class=n>"
            f"{_e(bill.unit.capitalize())}</th><th class=n>Amount</th></tr>"]
    for line in bill.lines:
        rows.append(f"<tr><td>{_e(line.market)}</td><td>{_e(category_label(line.category))}"
                    f"</td><td class=n>{line.count:,}</td><td class=n>{fmt(line.amount)}"
                    "</td></tr>")
    if not bill.lines:
        rows.append("<tr><td colspan=4>Nothing was opened or charged.</td></tr>")
    rows.append("</table>")
    return rows


def _allowances(bill: Bill) -> list[str]:
    items = [f"<li>{_e(tier.text)}" + (f" ({tier.beyond:,} charged beyond it)"
                                         if tier.beyond else "") + "</li>"
             for tier in bill.free_tier]
    items.append(f"<li>Free entry points opened: {bill.entry_points:,}</li>")
    for reason, count in bill.refused.items():
        code = f" ({reason.code})" if reason.code else ""
        items.append(f"<li>Refused, {_e(_reason_label(reason))}{code}: {count:,}</li>")
    return ["<h2>Free tier, free entry points and refusals</h2><ul>", *items, "</ul>"]


def _comparison(comparison: Comparison) -> list[str]:
    fmt = _money(comparison.currency)
    head = "".join(f"<th class=n>{_e(r.label)}</th>" for r in REGIMES)
    rows = ["<h2>The same history under each pricing regime</h2>",
            f"<table><tr><th>Category</th>{head}</tr>"]
    for row in comparison.rows:
        cells = "".join(f"<td class=n>{fmt(row.amounts[r])}</td>" for r in REGIMES)
        rows.append(f"<tr><td>{_e(category_label(row.category))}</td>{cells}</tr>")
    totals = "".join(f"<td class=n>{fmt(comparison.totals[r])}</td>" for r in REGIMES)
    rows.append(f'<tr class="sum"><td>Total</td>{totals}</tr></table><ul>')
    rows += [f"<li>{_e(e.text)}</li>" for e in comparison.explanations]
    rows.append("</ul>")
    return rows


def _customers(bill: Bill, fmt: Format) -> list[str]:
    if not bill.customers:
        return []
    rows = ["<h2>Customers who cost the most</h2><table><tr><th>Customer</th><th>Market</th>"
            "<th class=n>Sent</th><th class=n>Amount</th></tr>"]
    for cost in bill.customers[:TOP_ROWS]:
        rows.append(f"<tr><td>{_e(cost.name)}</td><td>{_e(cost.market)}</td><td class=n>"
                    f"{cost.sent:,}</td><td class=n>{fmt(cost.amount)}</td></tr>")
    rows.append("</table>")
    if len(bill.customers) > TOP_ROWS:
        rows.append(f'<p class="note">and {len(bill.customers) - TOP_ROWS:,} more</p>')
    return rows


def _templates(bill: Bill, fmt: Format) -> list[str]:
    if not bill.templates:
        return []
    rows = ["<h2>Templates</h2><table><tr><th>Template</th><th>Category</th><th class=n>Sent"
            "</th><th class=n>Refused</th><th class=n>Amount</th></tr>"]
    for use in bill.templates[:TOP_ROWS]:
        category = category_label(use.category) if use.category else "-"
        rows.append(f"<tr><td>{_e(use.name)} ({_e(use.language)})</td><td>{_e(category)}</td>"
                    f"<td class=n>{use.sent:,}</td><td class=n>{use.refused:,}</td>"
                    f"<td class=n>{fmt(use.amount)}</td></tr>")
    rows.append("</table>")
    return rows


def _reason_label(reason: Reason) -> str:
    return reason.value.replace("_", " ")


def _money(currency: str) -> Format:
    """Table amounts, rounded to the currency's minor unit."""
    return lambda amount: _e(money(amount, currency))


def _e(text: object) -> str:
    return escape(str(text), quote=True)
