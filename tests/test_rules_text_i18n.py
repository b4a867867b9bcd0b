"""The texts of the pure modules in the user's language: every wrapped string has its Spanish
and Portuguese translation in resources/i18n/pending/rules-text.json, and the sentences come
out translated (Meta's error titles as Meta writes them) when a translation is installed,
English byte for byte when none is."""

from __future__ import annotations

from datetime import UTC, datetime
from decimal import Decimal
from pathlib import Path

import pytest

from tests.catalogue_texts import (
    check_handed_in,
    handed_in,
    listed,
    lupdate,
    lupdate_finds,
    marked_in,
    placeholders,
)
from waboard import i18n
from waboard.consent import DEFAULT_OPT_OUT_KEYWORDS, default_text, source_label
from waboard.explain import category_label, consequence, outcome_note, reason_rule, rule_sentence
from waboard.history.rule_notes import workspace_notes
from waboard.rules import refusals
from waboard.rules.engine import WINDOW_CLOSED, decide, refusal_for
from waboard.rules.model import (
    Category,
    ConversationUse,
    CustomerMessage,
    CustomerState,
    Outcome,
    Reason,
    Regime,
    SendTemplate,
    SendText,
    Template,
)
from waboard.rules.phones import PhoneError, normalize_phone
from waboard.rules.pricing import MarketRates, RateCard
from waboard.rules.regimes import choice_label
from waboard.rules.templates import TemplateError, validate_template

ROOT = Path(__file__).resolve().parent.parent
PENDING = ROOT / "resources" / "i18n" / "pending" / "rules-text.json"
WRAPPED = [p for p in sorted((ROOT / "waboard" / "rules").glob("*.py"))
           if p.name != "instants.py"] + [
    *sorted((ROOT / "waboard" / "history").glob("*.py")),
    ROOT / "waboard" / "explain.py", ROOT / "waboard" / "audit.py",
    ROOT / "waboard" / "consent.py"]
LANGUAGES = ("es", "pt_BR")
AT = datetime(2025, 3, 3, 8, 0, tzinfo=UTC)
MEXICO = MarketRates("Mexico", {Category.MARKETING: Decimal("0.0436")}, frozenset({"MX"}))



def marked_texts() -> set[tuple[str, str]]:
    """(context, text) of every literal the wrapped files mark, read from the syntax tree."""
    return marked_in(WRAPPED)


TABLE: dict[str, dict[str, dict[str, str]]] = handed_in(PENDING, marked_texts())



@pytest.fixture
def spanish():
    """The catalogue's Spanish installed as the translation backend, English again after."""
    i18n.install(lambda context, text: TABLE.get(context, {}).get(text, {}).get("es", text))
    yield
    i18n.install(None)



@pytest.mark.skipif(lupdate() is None, reason="pyside6-lupdate is not installed")
def test_every_wrapped_text_is_in_the_catalogue_and_nothing_else(tmp_path):
    found, translated = lupdate_finds(WRAPPED, tmp_path), listed(TABLE)
    assert len(found) > 150
    assert found - translated == set(), "wrapped but not translated"
    assert translated - found == set(), "translated but no longer wrapped"


def test_every_literal_the_code_marks_is_in_the_catalogue():
    """Read from the syntax tree, apart from lupdate: a marked text lupdate would not see (a
    parenthesised concatenation, say) shows up as a difference between the two tests."""
    assert marked_texts() == listed(TABLE)


def test_the_catalogue_is_sorted_utf8_with_both_languages_and_their_placeholders():
    check_handed_in(TABLE, PENDING, LANGUAGES)


@pytest.mark.parametrize("text", refusals.TEXTS)
def test_a_stored_refusal_reads_back_into_its_values(text):
    names = sorted(placeholders(text.explanation))
    values = {name: f"v{index}" for index, name in enumerate(names)}
    assert text.read(text.message(**values)) == values
    assert refusals.explained(text.message(**values)) == text.message(**values)


def test_english_stays_byte_for_byte_without_a_translation():
    assert WINDOW_CLOSED.message == ("Re-engagement message: more than 24 hours have passed "
                                     "since the customer last replied")
    assert WINDOW_CLOSED.shown == WINDOW_CLOSED.message
    assert category_label(Category.UTILITY) == "Utility"
    assert Regime.PMP_2025_07.label == "Per-message pricing (July 2025)"


def test_refusals_keep_metas_title_beside_the_spanish_explanation(spanish):
    assert WINDOW_CLOSED.message.startswith("Re-engagement message: more than 24 hours")
    assert WINDOW_CLOSED.shown == ("Re-engagement message: pasaron más de 24 horas desde la "
                                   "última respuesta del cliente")
    refusal = refusal_for(CustomerState(), SendTemplate("promo", "es_MX", (), None), AT)
    assert refusal is not None
    assert refusal.message == ("Template name does not exist in the translation: no template "
                               "'promo' in es_MX")
    assert refusal.shown == ("Template name does not exist in the translation: no hay ninguna "
                             "plantilla 'promo' en es_MX")
    assert refusals.explained("Template is paused") == "Template is paused"
    assert refusals.explained("something else entirely") == "something else entirely"


def test_notes_and_sentences_in_spanish(spanish):
    refused = decide(CustomerState(), SendText("Hola"), AT, Regime.CBP_2023_06, {})
    assert outcome_note(refused, MEXICO, Regime.CBP_2023_06) == (
        "No enviado (131047): Re-engagement message: pasaron más de 24 horas desde la última "
        "respuesta del cliente")
    assert rule_sentence(SendText("Hola"), refused, Regime.CBP_2023_06) == (
        "Los mensajes de formato libre solo se pueden enviar dentro de las 24 horas "
        "posteriores al último mensaje del cliente; después, solo una plantilla puede llegarle.")
    assert reason_rule(Reason.WINDOW_CLOSED) == rule_sentence(
        SendText("Hola"), refused, Regime.CBP_2023_06)
    opened = Outcome(True, None, ConversationUse(Category.MARKETING, True, AT, False),
                     Decimal("0.0436"), CustomerState(), refused.account)
    assert outcome_note(opened, MEXICO, Regime.CBP_2023_06) == (
        "Marketing: conversación abierta, con cargo de $0.0436 (Mexico)")
    assert consequence(opened, MEXICO, Regime.CBP_2023_06, "Ana") == (
        "Abre una conversación de MARKETING con Ana: $0.0436 (Mexico)")
    welcomed = decide(CustomerState(), CustomerMessage("Hola"), AT, Regime.CBP_2023_06, {})
    assert rule_sentence(CustomerMessage("Hola"), welcomed, Regime.CBP_2023_06).startswith(
        "Un mensaje del cliente abre")


def test_names_labels_and_notes_in_spanish(spanish):
    assert category_label(Category.UTILITY) == "Utilidad"
    assert Regime.PMP_2025_07.label == "Precios por mensaje (julio de 2025)"
    assert choice_label("auto") == "Las reglas vigentes en la fecha de cada mensaje (auto)"
    assert source_label("website form") == "Formulario del sitio web"
    assert default_text("opt_out") in DEFAULT_OPT_OUT_KEYWORDS
    card = RateCard((MarketRates("Other", {Category.UTILITY: Decimal("0.01")}),))
    notes = workspace_notes(datetime(2025, 3, 1, tzinfo=UTC), datetime(2025, 4, 2, tzinfo=UTC),
                            ["US"], True, lambda _at: card)
    assert [n.marked for n in notes] == [
        "Desde el 1 Apr 2025: Las plantillas de marketing a números de Estados Unidos no se "
        "entregan (error 131049); Canadá y las demás regiones +1 no se ven afectadas. [Meta]"]


def test_checks_in_spanish(spanish):
    with pytest.raises(PhoneError, match="^'abc' contiene letras"):
        normalize_phone("abc")
    with pytest.raises(TemplateError, match=r"^cuerpo: los parámetros deben ir desde \{\{1\}\}"):
        validate_template(Template("promo", "es_MX", Category.MARKETING, "Hola {{2}}"))
