"""Billing in the user's language: every text billing/ and ui/billing/ mark has its Spanish and
Portuguese in resources/i18n/pending/wrap-billing.json (or, once merged, the catalogues), and
the explanations, the comparison, the HTML report and the bill CSV's header come out
translated when a translation is installed; the CSV's values stay codes, and the rate card
export keeps the English columns the importer reads."""

from __future__ import annotations

import ast
import csv
import io
from decimal import Decimal
from pathlib import Path

import pytest

from tests.catalogue_texts import (
    handed_in,
    installed,
    placeholders,
)
from tests.test_billing_export import STEPS, db  # noqa: F401 (the fixture)
from waboard.billing import bill, bill_csv, compare, html_report, parse_period
from waboard.billing.export import CSV_COLUMNS
from waboard.billing.periods import month_period
from waboard.rules.model import Category
from waboard.rules.pricing import RATE_CARD_COLUMNS, MarketRates
from waboard.store import Store
from waboard.ui.billing.rate_card_model import rate_card_csv
from waboard.ui.billing.rows import explanation_text, summary_line

ROOT = Path(__file__).resolve().parent.parent
PENDING = ROOT / "resources" / "i18n" / "pending" / "wrap-billing.json"
WRAPPED = [*sorted((ROOT / "waboard" / "billing").glob("*.py")),
           *sorted((ROOT / "waboard" / "ui" / "billing").glob("*.py"))]
MARKING = {"translate", "QT_TRANSLATE_NOOP"}


def marked_texts() -> set[tuple[str, str]]:
    """(context, text) of every literal the billing files mark, read from the syntax tree;
    a context that is not a literal fails (lupdate would drop the text)."""
    marked = set()
    for path in WRAPPED:
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Call) and getattr(node.func, "id", None) in MARKING:
                context = node.args[0]
                assert isinstance(context, ast.Constant), f"{path.name}:{node.lineno}"
                if isinstance(node.args[1], ast.Constant):
                    marked.add((context.value, node.args[1].value))
    return marked


TABLE = handed_in(PENDING, marked_texts())



@pytest.fixture(params=["es", "pt_BR"])
def language(request):
    yield from installed(TABLE, request.param)


def test_every_marked_text_is_handed_in_and_nothing_else() -> None:
    listed = {(context, source) for context, sources in TABLE.items() for source in sources}
    assert len(listed) > 200
    assert marked_texts() - listed == set(), "wrapped but not translated"
    assert listed - marked_texts() == set(), "translated but no longer wrapped"


def test_translations_keep_placeholders_accelerators_and_ends() -> None:
    for context, sources in TABLE.items():
        for source, translations in sources.items():
            assert set(translations) == {"es", "pt_BR"}, (context, source)
            for text in translations.values():
                assert placeholders(text) == placeholders(source), (context, source, text)
                assert ("&" in text) == ("&" in source), (context, source, text)
                assert text[-1] == source[-1] or source[-1].isalnum() or source[-1] in ")}", \
                    (context, source, text)


def test_english_stays_as_it_was_without_a_translation(db) -> None:  # noqa: F811
    with Store.open(db) as store:
        june = bill(store, parse_period("2023-06"))
        comparison = compare(store, None, "2023-06")
    assert bill_csv(june).startswith(",".join(CSV_COLUMNS) + "\r\n")
    report = html_report(june, comparison)
    assert '<html lang="en">' in report and "<h2>By category</h2>" in report
    assert month_period(2025, 3).label == "March 2025"
    assert summary_line(june).startswith(f"{june.count} conversations counted, ")


def test_the_bill_reads_in_the_language(db, language) -> None:  # noqa: F811
    with Store.open(db) as store:
        june = bill(store, parse_period("2023-06"))
        comparison = compare(store, None, "2023-06")
    words = {"es": ("junio de 2023", "Por categoría", "conversaciones contadas"),
             "pt_BR": ("junho de 2023", "Por categoria", "conversas contadas")}[language]
    report = html_report(june, comparison)
    assert f'<html lang="{language.replace("_", "-")}">' in report
    assert words[0] in report and f"<h2>{words[1]}</h2>" in report
    assert words[2] in summary_line(june)
    assert "By category" not in report and "free entry point" not in report
    sentences = [explanation_text(e) for e in comparison.explanations]
    assert sentences and not any("pricing" in s or " under " in s for s in sentences)


def test_the_csv_header_is_translated_and_its_values_stay_codes(db, language) -> None:  # noqa: F811
    with Store.open(db) as store:
        june = bill(store, parse_period("2023-06"))
    header, *rows = list(csv.reader(io.StringIO(bill_csv(june))))
    assert header == [TABLE["BillCsv"][column][language] for column in CSV_COLUMNS]
    assert {row[4] for row in rows} <= {"marketing", "utility", "service", "authentication",
                                        "total", "free_entry_point"}
    assert {row[2] for row in rows} == {june.regime.value}
    assert rows[0][0] == "2023-06-01"


def test_the_rate_card_export_keeps_the_importers_columns(language) -> None:
    text = rate_card_csv([MarketRates("Mexico", {Category.MARKETING: Decimal("0.0436")},
                                      frozenset({"MX"}))])
    assert text.splitlines()[0].split(",")[:len(RATE_CARD_COLUMNS)] == list(RATE_CARD_COLUMNS)
