"""A grading report exported as HTML (escaped) and CSV, both read back."""

from __future__ import annotations

import csv
from html.parser import HTMLParser

from waboard.trainer.grading import grade_workspace
from waboard.trainer.report_export import CSV_COLUMNS, report_csv, report_html, write_report


class _Table(HTMLParser):
    """The cells of every table row, and the text of the whole page."""

    def __init__(self) -> None:
        super().__init__()
        self.rows: list[list[str]] = []
        self.text: list[str] = []
        self._cell: list[str] | None = None

    def handle_starttag(self, tag, attrs):
        if tag == "tr":
            self.rows.append([])
        elif tag in ("td", "th"):
            self._cell = []
        elif tag == "br" and self._cell is not None:
            self._cell.append("\n")

    def handle_endtag(self, tag):
        if tag in ("td", "th") and self._cell is not None:
            self.rows[-1].append("".join(self._cell))
            self._cell = None

    def handle_data(self, data):
        self.text.append(data)
        if self._cell is not None:
            self._cell.append(data)


def test_html_export_is_escaped_and_reads_back(started, tmp_path):
    workspace, ids = started("02")
    workspace.send_text(ids["ana"], "<script>alert('x')</script> & <b>sí</b>")
    workspace.send_template(ids["ana"], "spring_sale", "es_MX", ["Ana"])
    report = grade_workspace(workspace.store)
    html = report_html(report)
    assert "<script>" not in html and "<b>sí" not in html
    assert "&lt;script&gt;" in html
    path = tmp_path / "report.html"
    write_report(report, path)
    parser = _Table()
    parser.feed(path.read_text(encoding="utf-8"))
    header, *rows = parser.rows
    assert header == ["When", "Customer", "Action", "Result", "Verdict",
                      "Why, and the cheaper way", "Penalty"]
    assert len(rows) == len(report.lines) == 3
    for row, line in zip(rows, report.lines, strict=True):
        assert row[1:5] == [line.customer, line.action, line.result, line.verdict.label]
        assert row[5] == f"{line.why}\n{line.alternative}"
    assert rows[0][2] == "Free-form: “<script>alert('x')</script> & <b>sí</b>”"
    assert rows[1][4] == "Wasted second conversation" and rows[1][6] == "−20"
    assert rows[2][6] == ""
    page = "".join(parser.text)
    assert f"{report.score}/100" in page and report.goal in page


def test_csv_export_reads_back(started, tmp_path):
    workspace, ids = started("03")
    workspace.send_template(ids["emily"], "spring_sale", "en_US", ["Emily"])
    workspace.send_text(ids["joao"], "=SUM(A1) yes, every pot")
    report = grade_workspace(workspace.store)
    path = tmp_path / "report.csv"
    write_report(report, path)
    assert path.read_bytes().startswith(b"\xef\xbb\xbf")
    with path.open(encoding="utf-8-sig", newline="") as file:
        rows = list(csv.reader(file))
    assert rows == [list(row) for row in csv.reader(report_csv(report).splitlines())]
    assert tuple(rows[0]) == CSV_COLUMNS
    body, total = rows[1:-1], rows[-1]
    assert [row[6] for row in body] == ["marketing_opted_out", "ok", "goal_missed"]
    assert [int(row[10]) for row in body] == [25, 0, 40]
    assert body[0][1] == "2025-03-05T15:00:00Z" and body[0][2] == "Emily Carter"
    assert body[1][3].startswith("Free-form: “=SUM(A1)")  # inside quotes: not a formula
    assert body[0][9] == report.lines[0].alternative
    assert total == ["total", "", "", "", "", "0", "score", "35", "", "", "65"]
