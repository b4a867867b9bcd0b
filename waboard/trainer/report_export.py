"""A grading report exported: one self-contained HTML page (every text escaped) or CSV."""

from __future__ import annotations

import csv
import io
from html import escape
from pathlib import Path

from ..i18n import QT_TRANSLATE_NOOP, translate
from ..outputs import spreadsheet_cell, write_output
from ..rules.instants import format_instant
from .language import html_language
from .report import Report, report_time

CSV_COLUMNS = (QT_TRANSLATE_NOOP("GradingCsv", "line"), QT_TRANSLATE_NOOP("GradingCsv", "at"),
               QT_TRANSLATE_NOOP("GradingCsv", "customer"),
               QT_TRANSLATE_NOOP("GradingCsv", "action"),
               QT_TRANSLATE_NOOP("GradingCsv", "result"),
               QT_TRANSLATE_NOOP("GradingCsv", "charge"),
               QT_TRANSLATE_NOOP("GradingCsv", "verdict"),
               QT_TRANSLATE_NOOP("GradingCsv", "label"), QT_TRANSLATE_NOOP("GradingCsv", "why"),
               QT_TRANSLATE_NOOP("GradingCsv", "alternative"),
               QT_TRANSLATE_NOOP("GradingCsv", "penalty"))
"""The CSV's header, in English; shown translated (the verdict column keeps its codes)."""


def report_rows(report: Report) -> list[list[str]]:
    """The CSV's rows: a header, one row per line, then a total row (score as its label)."""
    rows = [[translate("GradingCsv", column) for column in CSV_COLUMNS]]
    for number, line in enumerate(report.lines, 1):
        rows.append([str(number), format_instant(line.at) if line.at else "",
                     *map(spreadsheet_cell, (line.customer, line.action, line.result)),
                     str(line.charge), line.verdict.value, line.verdict.label,
                     spreadsheet_cell(line.why), spreadsheet_cell(line.alternative),
                     str(line.penalty)])
    rows.append([translate("GradingCsv", "total"), "", "", "", "", str(report.spent),
                 translate("GradingCsv", "score"), str(report.score), "", "",
                 str(report.penalties)])
    return rows


def report_csv(report: Report) -> str:
    out = io.StringIO()
    csv.writer(out, lineterminator="\r\n").writerows(report_rows(report))
    return out.getvalue()


_STYLE = """
body { font: 14px/1.45 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif;
       color: #1f2933; margin: 24px auto; max-width: 1040px; padding: 0 16px; }
h1 { font-size: 22px; margin: 0 0 4px; }
.goal { color: #3c4043; margin: 0 0 16px; }
.score { font-size: 40px; font-weight: 700; margin: 0; }
.summary { color: #5f6368; margin: 0 0 20px; }
table { border-collapse: collapse; width: 100%; }
th, td { text-align: left; vertical-align: top; padding: 6px 8px;
         border-bottom: 1px solid #e0e0e0; }
th { background: #f1f3f4; font-weight: 600; }
td.num { text-align: right; white-space: nowrap; }
.ok { color: #1e8e3e; font-weight: 600; }
.bad { color: #c5221f; font-weight: 600; }
.alt { color: #1a73e8; }
"""


HTML_HEADERS = (QT_TRANSLATE_NOOP("GradingReport", "When"),
                QT_TRANSLATE_NOOP("GradingReport", "Customer"),
                QT_TRANSLATE_NOOP("GradingReport", "Action"),
                QT_TRANSLATE_NOOP("GradingReport", "Result"),
                QT_TRANSLATE_NOOP("GradingReport", "Verdict"),
                QT_TRANSLATE_NOOP("GradingReport", "Why, and the cheaper way"),
                QT_TRANSLATE_NOOP("GradingReport", "Penalty"))


def report_html(report: Report) -> str:
    """The report as one self-contained HTML page; every text is escaped."""
    rows = []
    for line in report.lines:
        verdict = "bad" if line.mistake else "ok"
        penalty = f"−{line.penalty}" if line.penalty else ""
        rows.append(
            "<tr>"
            f"<td>{escape(report_time(line.at))}</td><td>{escape(line.customer)}</td>"
            f"<td>{escape(line.action)}</td><td>{escape(line.result)}</td>"
            f"<td class=\"{verdict}\">{escape(line.verdict.label)}</td>"
            f"<td>{escape(line.why)}<br><span class=\"alt\">{escape(line.alternative)}</span></td>"
            f"<td class=\"num\">{escape(penalty)}</td>"
            "</tr>")
    empty = escape(translate("GradingReport", "No business messages to grade."))
    body = "\n".join(rows) or f'<tr><td colspan="7">{empty}</td></tr>'
    title = translate("GradingReport", "{title}: grading report").format(title=report.title)
    headers = "".join(f"<th>{escape(translate('GradingReport', header))}</th>"
                      for header in HTML_HEADERS)
    return (
        f"<!DOCTYPE html>\n<html lang=\"{escape(html_language())}\"><head>"
        "<meta charset=\"utf-8\">"
        f"<title>{escape(title)}</title><style>{_STYLE}</style></head>"
        f"<body><h1>{escape(report.title)}</h1><p class=\"goal\">{escape(report.goal)}</p>"
        f"<p class=\"score\">{report.score}/100</p>"
        f"<p class=\"summary\">{escape(report.summary())} · {escape(report.regime.label)}</p>"
        f"<table><thead><tr>{headers}</tr></thead>"
        f"<tbody>\n{body}\n</tbody></table></body></html>\n"
    )


def write_report(report: Report, path: str | Path, fmt: str | None = None) -> None:
    """Write the report as HTML or CSV (from `fmt`, else the file's suffix: .csv is CSV)."""
    path = Path(path)
    fmt = fmt or ("csv" if path.suffix.lower() == ".csv" else "html")
    if fmt == "csv":
        write_output(path, report_csv(report), encoding="utf-8-sig")
    elif fmt == "html":
        write_output(path, report_html(report))
    else:
        raise ValueError(f"{fmt!r} is not a report format (html or csv)")
