"""The inbox's own texts (clock bar, customer list and dialogs, templates, phone, timeline)
in the user's language: every wrapped string has its Spanish and Portuguese translation in
resources/i18n/pending/wrap-inbox-b.json, with the same placeholders, and the English stays
byte for byte what it was when no translation is installed."""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from tests.catalogue_texts import (
    handed_in,
    installed,
    listed,
    lupdate,
    lupdate_finds,
    marked_in,
    placeholders,
)
from waboard.ui.inbox.clock_text import format_clock, format_moment, format_span
from waboard.ui.inbox.customer_filter import FILTERS
from waboard.ui.inbox.rewind_confirm import removal_text

ROOT = Path(__file__).resolve().parent.parent
PENDING = ROOT / "resources" / "i18n" / "pending" / "wrap-inbox-b.json"
WRAPPED = [ROOT / "waboard" / "ui" / "inbox" / f"{name}.py" for name in (
    "chat_panel", "chat_view", "clock_bar", "clock_text", "consent_dialog", "customer_delegate",
    "customer_dialog", "customer_filter", "customer_list", "delivery_dialog", "phone_view",
    "rewind_confirm", "rule_crossing", "template_history", "template_manager",
    "template_picker", "template_preview", "time_strip", "timeline")]
LANGUAGES = ("es", "pt_BR")
AT = datetime(2025, 3, 7, 20, 0, 5, tzinfo=UTC)


def marked_texts() -> set[tuple[str, str]]:
    """(context, text) of every literal the wrapped files mark, read from the syntax tree."""
    return marked_in(WRAPPED)


TABLE = handed_in(PENDING, marked_texts())




@pytest.fixture(params=LANGUAGES)
def language(request):
    """The handed-in translations installed as the backend, English again after."""
    yield from installed(TABLE, request.param)


@pytest.mark.skipif(lupdate() is None, reason="pyside6-lupdate is not installed")
def test_every_wrapped_text_is_translated_and_nothing_else(tmp_path):
    found, translated = lupdate_finds(WRAPPED, tmp_path), listed(TABLE)
    assert len(found) > 150
    assert found - translated == set(), "wrapped but not translated"
    assert translated - found == set(), "translated but no longer wrapped"


def test_every_literal_the_code_marks_is_translated():
    """Apart from lupdate: a text it would drop (a context that is not a literal) differs."""
    assert marked_texts() == listed(TABLE)


def test_the_pending_file_is_sorted_utf8_with_both_languages():
    if PENDING.exists():  # until the catalogues take it in
        assert PENDING.read_text(encoding="utf-8") == json.dumps(
            TABLE, ensure_ascii=False, indent=2, sort_keys=True) + "\n"
    for context, sources in TABLE.items():
        for source, translations in sources.items():
            assert set(translations) == set(LANGUAGES), (context, source)
            assert all(translations[code].strip() for code in LANGUAGES), (context, source)


@pytest.mark.parametrize("code", LANGUAGES)
def test_translations_keep_the_placeholders_accelerators_and_the_end(code):
    for context, sources in TABLE.items():
        for source, translations in sources.items():
            text = translations[code]
            assert placeholders(text) == placeholders(source), (context, source, text)
            assert ("&" in text) == ("&" in source), (context, source, text)
            if source[-1] in ".?:…":
                assert text[-1] == source[-1], (context, source, text)
            text.format(**dict.fromkeys(placeholders(source), "x"))  # formats as the code does


def test_english_stays_byte_for_byte_without_a_translation():
    assert format_clock(AT) == "Fri 7 Mar 2025  20:00:05 UTC"
    assert format_moment(AT) == "Fri 07 Mar 20:00 UTC"
    assert format_span(timedelta(seconds=30)) == "under a minute"
    assert removal_text([]) == "No action was made after it: only the clock goes back."
    assert [f.label for f in FILTERS][:3] == ["All customers", "Window open", "Window closed"]


def test_the_clock_and_the_filters_read_in_the_language(language):
    assert format_clock(AT) == {"es": "vie 7 mar 2025  20:00:05 UTC",
                                "pt_BR": "sex 7 mar 2025  20:00:05 UTC"}[language]
    assert format_span(timedelta(seconds=30)) == {"es": "menos de un minuto",
                                                  "pt_BR": "menos de um minuto"}[language]
    assert FILTERS[0].label == {"es": "Todos los clientes", "pt_BR": "Todos os clientes"}[
        language]
