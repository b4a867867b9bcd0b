"""A bill as CSV (for a spreadsheet) and as a one-page, self-contained HTML report.

CSV: UTF-8, a header row (in the user's language: the file is for people), one row per
market and category, then a total row; the values stay codes (regime, category, unit), ISO
days (`first_day`, `last_day`: the period's first and last UTC day, both included) and
4-decimal amounts in every language. Files get a byte order mark so spreadsheet programs
read them as UTF-8.

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
from ..formats import count
from ..i18n import QT_TRANSLATE_NOOP, TranslatedLabels, language, translate
from ..money import amount_text, money
from ..outputs import spreadsheet_cell, write_output
from .bill import ALL_MARKETS, Bill
from .charts import chart_svgs
from .compare import REGIMES, Comparison
from .wording import (
    REASON_LABELS,
    counted_line,
    entry_points_count,
    entry_points_line,
    refused_count,
    tier_line,
    unreplayed_note,
)

CSV_COLUMNS = (QT_TRANSLATE_NOOP("BillCsv", "first_day"), QT_TRANSLATE_NOOP("BillCsv", "last_day"),
               QT_TRANSLATE_NOOP("BillCsv", "regime"), QT_TRANSLATE_NOOP("BillCsv", "market"),
               QT_TRANSLATE_NOOP("BillCsv", "category"), QT_TRANSLATE_NOOP("BillCsv", "unit"),
               QT_TRANSLATE_NOOP("BillCsv", "count"), QT_TRANSLATE_NOOP("BillCsv", "charged"),
               QT_TRANSLATE_NOOP("BillCsv", "amount"), QT_TRANSLATE_NOOP("BillCsv", "currency"))
"""The CSV's columns in English; its header row says them in the user's language."""
TOTAL = "total"
TOP_ROWS = 10
Format = Callable[[Decimal], str]
CHART_TITLES = TranslatedLabels("Report", {
    "daily": QT_TRANSLATE_NOOP("Report", "Cost per day, by category"),
    "share": QT_TRANSLATE_NOOP("Report", "Share of the cost, by category"),
})


def bill_rows(bill: Bill) -> list[list[str]]:
    """The CSV's rows, header first."""
    head = [bill.period.first_day.isoformat(), bill.period.last_day.isoformat(),
            bill.regime.value]
    rows = [[translate("BillCsv", column) for column in CSV_COLUMNS]]
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
    title = bill.title or translate("Report", "waboard workspace")
    period = bill.period
    how = translate("Report", "Bill for {period} (UTC, {first} to {last}) - {regime}, as charged"
                    ) if bill.as_charged else translate(
        "Report", "Bill for {period} (UTC, {first} to {last}) - {regime}, repriced")
    parts = [
        "<!DOCTYPE html>",
        f'<html lang="{language().replace("_", "-")}"><head><meta charset="utf-8">',
        "<title>{}</title>".format(_e(translate("Report", "{title}: bill for {period}").format(
            title=title, period=period.label))),
        f"<style>{_STYLE}</style></head><body>",
        f"<h1>{_e(title)}</h1>",
        '<p class="sub">{}</p>'.format(_e(how.format(
            period=period.label, first=period.first_day.isoformat(),
            last=period.last_day.isoformat(), regime=bill.regime.label))),
        f'<div class="total">{fmt(bill.total)}</div>',
        '<p class="sub">{}</p>'.format(_e(", ".join((counted_line(bill), entry_points_count(bill),
                                                    refused_count(bill))))),
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
        parts.append(f'<p class="note">{_e(unreplayed_note(bill.unreplayed))}</p>')
    parts.append('<p class="note">{}</p>'.format(_e(translate(
        "Report", "Amounts in {currency}, rounded for reading; the CSV export keeps them exact "
        "to four decimal places.").format(currency=bill.currency))))
    parts.append("</body></html>")
    return "\n".join(parts) + "\n"


def _categories(bill: Bill, fmt: Format) -> list[str]:
    rows = [_table(translate("Report", "By category"), [translate("Report", "Category")],
                   [bill.unit_title, translate("Report", "Charged"),
                    translate("Report", "Amount")])]
    total = translate("Report", "Total")
    for category, line in bill.by_category().items():
        if line.count or line.amount:
            rows.append(f"<tr><td>{_e(category_label(category))}</td><td class=n>"
                        f"{count(line.count)}</td><td class=n>{count(line.charged)}</td>"
                        "<td class=n>"                        f"{fmt(line.amount)}</td></tr>")
    rows.append(f'<tr class="sum"><td>{_e(total)}</td><td class=n>{count(bill.count)}</td>'
                f"<td class=n>{count(sum(x.charged for x in bill.lines))}</td><td class=n>"
                f"{fmt(bill.total)}</td></tr></table>")
    return rows


def _markets(bill: Bill, fmt: Format) -> list[str]:
    rows = [_table(translate("Report", "By market"),
                   [translate("Report", "Market"), translate("Report", "Category")],
                   [bill.unit_title, translate("Report", "Amount")])]
    for line in bill.lines:
        rows.append(f"<tr><td>{_e(line.market)}</td><td>{_e(category_label(line.category))}"
                    f"</td><td class=n>{count(line.count)}</td><td class=n>{fmt(line.amount)}"
                    "</td></tr>")
    if not bill.lines:
        rows.append("<tr><td colspan=4>{}</td></tr>".format(
            _e(translate("Report", "Nothing was opened or charged."))))
    rows.append("</table>")
    return rows


def _allowances(bill: Bill) -> list[str]:
    items = [f"<li>{_e(tier_line(tier))}</li>" for tier in bill.free_tier]
    items.append(f"<li>{_e(entry_points_line(bill))}</li>")
    for reason, refused in bill.refused.items():
        line = translate("Report", "Refused, {reason} ({code}): {count}") if reason.code else \
            translate("Report", "Refused, {reason}: {count}")
        items.append("<li>{}</li>".format(_e(line.format(
            reason=REASON_LABELS[reason], code=reason.code, count=count(refused)))))
    heading = translate("Report", "Free tier, free entry points and refusals")
    return [f"<h2>{_e(heading)}</h2><ul>", *items, "</ul>"]


def _comparison(comparison: Comparison) -> list[str]:
    fmt = _money(comparison.currency)
    rows = [_table(translate("Report", "The same history under each pricing regime"),
                   [translate("Report", "Category")], [r.label for r in REGIMES])]
    for row in comparison.rows:
        cells = "".join(f"<td class=n>{fmt(row.amounts[r])}</td>" for r in REGIMES)
        rows.append(f"<tr><td>{_e(category_label(row.category))}</td>{cells}</tr>")
    totals = "".join(f"<td class=n>{fmt(comparison.totals[r])}</td>" for r in REGIMES)
    total = translate("Report", "Total")
    rows.append(f'<tr class="sum"><td>{_e(total)}</td>{totals}</tr></table><ul>')
    rows += [f"<li>{_e(e.text)}</li>" for e in comparison.explanations]
    rows.append("</ul>")
    return rows


def _customers(bill: Bill, fmt: Format) -> list[str]:
    if not bill.customers:
        return []
    rows = [_table(translate("Report", "Customers who cost the most"),
                   [translate("Report", "Customer"), translate("Report", "Market")],
                   [translate("Report", "Sent"), translate("Report", "Amount")])]
    for cost in bill.customers[:TOP_ROWS]:
        rows.append(f"<tr><td>{_e(cost.name)}</td><td>{_e(cost.market)}</td><td class=n>"
                    f"{count(cost.sent)}</td><td class=n>{fmt(cost.amount)}</td></tr>")
    rows.append("</table>")
    if len(bill.customers) > TOP_ROWS:
        rows.append('<p class="note">{}</p>'.format(_e(translate("Report", "and {count} more")
                                                      .format(count=count(len(bill.customers)
                                                                          - TOP_ROWS)))))
    return rows


def _templates(bill: Bill, fmt: Format) -> list[str]:
    if not bill.templates:
        return []
    rows = [_table(translate("Report", "Templates"),
                   [translate("Report", "Template"), translate("Report", "Category")],
                   [translate("Report", "Sent"), translate("Report", "Refused"),
                    translate("Report", "Amount")])]
    for use in bill.templates[:TOP_ROWS]:
        category = category_label(use.category) if use.category else "-"
        rows.append(f"<tr><td>{_e(use.name)} ({_e(use.language)})</td><td>{_e(category)}</td>"
                    f"<td class=n>{count(use.sent)}</td><td class=n>{count(use.refused)}</td>"
                    f"<td class=n>{fmt(use.amount)}</td></tr>")
    rows.append("</table>")
    return rows


def _table(heading: str, left: list[str], right: list[str]) -> str:
    """A section's heading and the head row of its table: `left` columns of text, `right`
    columns of figures."""
    cells = [f"<th>{_e(text)}</th>" for text in left]
    cells += [f"<th class=n>{_e(text)}</th>" for text in right]
    return f"<h2>{_e(heading)}</h2><table><tr>{''.join(cells)}</tr>"


def _money(currency: str) -> Format:
    """Table amounts, rounded to the currency's minor unit."""
    return lambda amount: _e(money(amount, currency))


def _e(text: object) -> str:
    return escape(str(text), quote=True)
