"""Exports (CSV read back with the csv module, self-contained HTML with SVG charts) and
`waboard report`."""

from __future__ import annotations

import csv
import io
import re
import sqlite3
import subprocess
import sys
from datetime import date
from decimal import Decimal
from xml.etree import ElementTree

import pytest

from tests.test_billing_support import ANA, MX, scenario_file, step, template
from waboard.billing import bill, bill_csv, compare, html_report, parse_period, write_bill_csv
from waboard.billing.charts import NOTHING_CHARGED, chart_svgs
from waboard.billing.cli import report_command
from waboard.billing.export import CSV_COLUMNS
from waboard.store import Store

HOSTILE = "<script>alert('x')</script> & \"Co\""
CUSTOMERS = [
    {**ANA, "name": f"Ana {HOSTILE}"},
    {"id": "joao", "name": "João", "phone": "+55 11 98765 4321", "opt_in": True},
]
STEPS = [
    template("2023-06-05T09:00:00Z", "spring_sale"),
    step("2023-06-05T10:00:00Z", "customer_message", text="Oi"),
    step("2023-06-05T10:01:00Z", "send_text", "joao", text="Olá"),
    step("2023-06-05T10:02:00Z", "customer_message", "joao", text="Oi"),
    step("2023-06-05T10:03:00Z", "send_text", "joao", text="Olá"),
    template("2023-06-20T09:00:00Z", "order_update", "joao"),
]


@pytest.fixture
def db(tmp_path):
    return scenario_file(tmp_path / "shop.waboard", STEPS, customers=CUSTOMERS,
                         name=f"Shop {HOSTILE}")


def parse_csv(text: str) -> list[dict[str, str]]:
    return list(csv.DictReader(io.StringIO(text)))


def test_csv_reads_back_with_iso_dates_and_totals_that_add_up(db):
    with Store.open(db) as store:
        june = bill(store, parse_period("2023-06"))
    text = bill_csv(june)
    assert text.startswith(",".join(CSV_COLUMNS) + "\r\n")
    rows = parse_csv(text)
    *lines, total = rows
    assert {row["first_day"] for row in rows} == {"2023-06-01"}
    assert {row["last_day"] for row in rows} == {"2023-06-30"}
    assert all(date.fromisoformat(row["first_day"]) for row in rows)
    assert all(re.fullmatch(r"\d+\.\d{4}", row["amount"]) for row in rows)
    assert [(r["market"], r["category"], r["count"], r["amount"]) for r in lines] == [
        ("Brazil", "utility", "1", "0.0350"),
        ("Brazil", "service", "1", "0.0000"),
        ("Mexico", "marketing", "1", "0.0436"),
    ]
    assert (total["market"], total["category"], total["unit"]) == (
        "All markets", "total", "conversations")
    assert Decimal(total["amount"]) == sum(Decimal(r["amount"]) for r in lines) == june.total
    assert int(total["count"]) == sum(int(r["count"]) for r in lines)
    assert total["amount"] == "0.0786" and june.total == MX["marketing"] + Decimal("0.0350")


def test_csv_file_is_utf8_with_a_byte_order_mark(db, tmp_path):
    with Store.open(db) as store:
        june = bill(store, parse_period("2023-06"), regime="pmp-2025-07")
    path = tmp_path / "june.csv"
    write_bill_csv(june, path)
    assert path.read_bytes().startswith(b"\xef\xbb\xbf")
    with path.open(encoding="utf-8-sig", newline="") as file:
        rows = list(csv.DictReader(file))
    assert {row["regime"] for row in rows} == {"pmp-2025-07"}
    assert {row["unit"] for row in rows} == {"messages"}


def test_html_is_self_contained_and_escapes_workspace_text(db):
    with Store.open(db) as store:
        june = bill(store, parse_period("2023-06"))
        comparison = compare(store, None, "2023-06")
    page = html_report(june, comparison)
    assert page.startswith("<!DOCTYPE html>")
    assert "<script>" not in page and HOSTILE not in page
    assert "Ana &lt;script&gt;alert(&#x27;x&#x27;)&lt;/script&gt; &amp; &quot;Co&quot;" in page
    assert "<h1>Shop &lt;script&gt;" in page
    charts = re.findall(r"<svg .*?</svg>", page)
    assert charts == list(chart_svgs(june).values()) and len(charts) == 2
    assert not re.search(r'(src|href)="(?!data:)', page)  # nothing fetched from elsewhere
    assert "$0.08" in page
    assert all(e.text.replace("'", "&#x27;") in page for e in comparison.explanations)


def test_html_without_charts_or_comparison(db):
    with Store.open(db) as store:
        page = html_report(bill(store, parse_period("2023-07")), charts=False)
    assert "<svg" not in page and "Nothing was opened or charged." in page


def svg_texts(svg: str) -> list[str]:
    """The texts of a chart, read back as XML (so the SVG is well formed)."""
    root = ElementTree.fromstring(svg)
    return [node.text or "" for node in root.iter() if node.tag.endswith(("text", "title"))]


def test_the_charts_show_the_days_the_categories_and_the_total(db):
    with Store.open(db) as store:
        june = bill(store, parse_period("2023-06"))
    daily, share = chart_svgs(june).values()
    daily_texts, share_texts = svg_texts(daily), svg_texts(share)
    assert {"$0.00", "Marketing", "Utility", "1", "28"} <= set(daily_texts)
    assert "2023-06-05: Marketing $0.04" in daily_texts
    assert daily.count('fill="#8e24aa"') == 2  # a marketing bar and its legend swatch
    assert "$0.08" in share_texts and "Marketing 55%" in share_texts
    assert "Marketing: $0.04 (55%)" in share_texts


def test_charts_are_drawn_for_an_empty_bill(db):
    with Store.open(db) as store:
        empty = bill(store, parse_period("2024-01"))
    charts = chart_svgs(empty)
    assert set(charts) == {"daily", "share"}
    assert all(svg_texts(svg)[-1] == NOTHING_CHARGED for svg in charts.values())


def test_the_report_command_needs_no_qt(db, tmp_path):
    target = tmp_path / "june.html"
    code = ("import sys; from waboard.cli import main; "
            f"assert main(['report', '--db', {str(db)!r}, '--period', '2023-06', "
            f"'--output', {str(target)!r}]) == 0; "
            "assert not [m for m in sys.modules if m.startswith('PySide6')]")
    subprocess.run([sys.executable, "-c", code], check=True, timeout=60)
    assert target.read_text(encoding="utf-8").count("<svg ") == 2


# waboard report


def report(capsys, *args: str) -> tuple[int, str, str]:
    code = report_command([str(a) for a in args])
    out, err = capsys.readouterr()
    return code, out, err


def test_report_csv_to_stdout(capsys, db):
    code, out, err = report(capsys, "--db", db, "--period", "2023-06")
    assert (code, err) == (0, "")
    assert parse_csv(out)[-1]["amount"] == "0.0786"


def test_report_with_a_regime(capsys, db):
    code, out, _ = report(capsys, "--db", db, "--period", "2023-06", "--regime", "cbp-2024-11",
                          "--format", "csv")
    assert code == 0
    assert {row["regime"] for row in parse_csv(out)} == {"cbp-2024-11"}


def test_report_html_to_a_file(capsys, db, tmp_path):
    target = tmp_path / "june.html"
    code, out, err = report(capsys, "--db", db, "--period", "2023-W23", "--output", target)
    assert (code, out, err) == (0, "", "")
    page = target.read_text(encoding="utf-8")
    assert "ISO week 23 of 2023" in page and "<svg " in page


def test_report_csv_to_a_file(capsys, db, tmp_path):
    target = tmp_path / "june.csv"
    assert report(capsys, "--db", db, "--period", "2023-06", "--output", target)[0] == 0
    assert target.read_text(encoding="utf-8-sig").startswith("first_day,")


def test_report_html_to_stdout(capsys, db):
    code, out, _ = report(capsys, "--db", db, "--period", "2023-06", "--format", "html")
    assert code == 0 and out.startswith("<!DOCTYPE html>")


def foreign_db(tmp_path):
    path = tmp_path / "other.sqlite"
    with sqlite3.connect(path) as connection:
        connection.execute("CREATE TABLE t (x)")
    connection.close()
    return path


@pytest.mark.parametrize(("args", "message"), [
    (["--period", "2023-13"], "there is no month 13"),
    (["--period", "June"], "'June' is not a period"),
    (["--period", "2023-06", "--regime", "cbp-2022"], "invalid choice: 'cbp-2022'"),
    (["--period", "2023-06", "--format", "pdf"], "invalid choice: 'pdf'"),
    ([], "the following arguments are required: --period"),
])
def test_report_refuses_bad_arguments_in_one_line(capsys, db, args, message):
    code, out, err = report(capsys, "--db", db, *args)
    assert (code, out) == (2, "")
    assert err.count("\n") == 1 and err.startswith("waboard report: ")
    assert message in err


def test_report_refuses_a_missing_file_without_creating_it(capsys, tmp_path):
    missing = tmp_path / "missing.waboard"
    code, _, err = report(capsys, "--db", missing, "--period", "2023-06")
    assert code == 2 and err == f"waboard report: {missing}: no such workspace file\n"
    assert not missing.exists()


def test_report_refuses_a_foreign_or_empty_database(capsys, tmp_path):
    other = foreign_db(tmp_path)
    code, _, err = report(capsys, "--db", other, "--period", "2023-06")
    assert code == 2 and err == f"waboard report: {other} is not a waboard database\n"
    empty = tmp_path / "empty.waboard"
    empty.touch()
    code, _, err = report(capsys, "--db", empty, "--period", "2023-06")
    assert code == 2 and "is empty" in err and empty.stat().st_size == 0


def test_report_refuses_an_unwritable_output(capsys, db, tmp_path):
    target = tmp_path / "no" / "such" / "folder" / "june.csv"
    code, _, err = report(capsys, "--db", db, "--period", "2023-06", "--output", target)
    assert code == 2 and err.count("\n") == 1 and "No such file or directory" in err


def test_report_help_exits_0(capsys):
    code, out, _ = report(capsys, "--help")
    assert code == 0 and "--period" in out
