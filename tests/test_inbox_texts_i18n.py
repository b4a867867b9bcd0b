"""The texts of the chat, the details panel, the activity log, the composer, the customer
rows and the template browser in the user's language: every wrapped string has its Spanish
and Portuguese translation in resources/i18n/pending/wrap-inbox-a.json (or, once merged, in
the catalogues), with the same placeholders; the English stays byte for byte what it was
when no translation is installed; a refusal keeps Meta's title beside our translated
explanation."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from tests.catalogue_texts import check_handed_in, handed_in, marked_in
from waboard import i18n
from waboard.rules.model import CustomerState, Reason
from waboard.rules.refusals import WINDOW_CLOSED
from waboard.store import MessageRecord
from waboard.ui.catalogues import catalogue, entries
from waboard.ui.inbox.activity_log import action_text, result_text
from waboard.ui.inbox.chat_model import (
    compact_instant,
    failure_text,
    quote_text,
    short_instant,
    window_countdown,
)
from waboard.ui.inbox.composer import PROMOTIONS_TIP, banner_text
from waboard.ui.inbox.customer_model import preview_text, time_text

ROOT = Path(__file__).resolve().parent.parent
PENDING = ROOT / "resources" / "i18n" / "pending" / "wrap-inbox-a.json"
WRAPPED = [ROOT / "waboard" / "ui" / "inbox" / f"{name}.py" for name in (
    "activity_log", "chat_model", "details", "template_model", "customer_model",
    "bubble_delegate", "composer")]
LANGUAGES = ("es", "pt_BR")
AT = datetime(2025, 3, 7, 16, 41, tzinfo=UTC)


def _translated_before() -> set[tuple[str, str]]:
    """What the catalogues on main already translated (texts these files only reuse)."""
    if PENDING.exists():
        return {(e.context, e.source) for e in entries(catalogue("es")) if not e.state}
    return set()


MARKED = marked_in(WRAPPED) - _translated_before()
TABLE = handed_in(PENDING, MARKED)


@pytest.fixture(params=LANGUAGES)
def language(request) -> Iterator[str]:
    """The handed-in translations installed as the backend, English again after."""
    code = request.param
    i18n.install(lambda context, text: TABLE.get(context, {}).get(text, {}).get(code, text))
    yield code
    i18n.install(None)


def test_every_marked_text_is_translated_and_nothing_else() -> None:
    listed = {(context, source) for context, sources in TABLE.items() for source in sources}
    assert len(MARKED) > 120
    assert MARKED - listed == set(), "wrapped but not translated"
    assert listed - MARKED == set(), "translated but no longer wrapped"


def test_the_pending_file_is_sorted_with_both_languages_and_their_placeholders() -> None:
    check_handed_in(TABLE, PENDING, LANGUAGES)


def _refused() -> MessageRecord:
    return MessageRecord(None, 1, AT, "out", "text", "Hello", accepted=False,
                         error_code=Reason.WINDOW_CLOSED.code, reason="window_closed",
                         error_message=WINDOW_CLOSED.message())


def test_english_stays_byte_for_byte_without_a_translation() -> None:
    record = _refused()
    assert failure_text(record) == ("Not sent · 131047 · Re-engagement message: more than 24 "
                                    "hours have passed since the customer last replied")
    assert result_text(record) == "Refused 131047"
    assert action_text(record) == "Free-form"
    assert preview_text(record) == "Not sent: Hello"
    assert quote_text(None) == "(message no longer in the chat)"
    assert window_countdown(AT + timedelta(hours=1), AT) == "closes in 1h 00m"
    assert (short_instant(AT), compact_instant(AT)) == ("Fri 7 Mar 16:41", "7 Mar 16:41")
    assert time_text(AT, AT + timedelta(days=3)) == "Fri"


@pytest.mark.parametrize(("code", "short", "weekday"), [("es", "vie 7 mar 16:41", "vie"),
                                                        ("pt_BR", "sex 7 mar 16:41", "sex")])
def test_dates_read_in_the_language(code, short, weekday) -> None:
    i18n.set_language(code)
    try:
        assert short_instant(AT) == short and time_text(AT, AT + timedelta(days=3)) == weekday
    finally:
        i18n.set_language(None)


def test_a_refusal_keeps_meta_s_title_beside_the_translation(language) -> None:
    shown = failure_text(_refused())
    start = {"es": "No enviado · 131047 · Re-engagement message: ",
             "pt_BR": "Não enviada · 131047 · Re-engagement message: "}[language]
    assert shown.startswith(start)
    assert result_text(_refused()).endswith(" 131047") and "Refused" not in result_text(
        _refused())


def test_sentences_read_whole_in_the_language(language) -> None:
    state = CustomerState(last_inbound_at=AT - timedelta(hours=30))
    assert banner_text("Ana López", state, AT) == {
        "es": "La ventana de 24 horas cerró hace 6h 00m: solo una plantilla aprobada puede "
              "llegar a Ana",
        "pt_BR": "A janela de 24 horas fechou há 6h 00m: somente um modelo de mensagem aprovado "
                 "pode chegar a Ana"}[language]


def test_the_promotions_tip_names_the_refusal_code() -> None:
    assert str(Reason.MARKETING_STOPPED.code) in PROMOTIONS_TIP
