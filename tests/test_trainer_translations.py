"""Every text the trainer marks for translation has its Spanish and Portuguese translation in
resources/i18n/pending/pt-lessons.json, with the same placeholders, and reads translated."""

from __future__ import annotations

import re
from collections.abc import Iterator

import pytest

from tests.trainer_texts import install, marked_texts, pending, uninstall
from waboard.resources import resource
from waboard.trainer.lessons import LessonSession, describe_step, load_lesson, report

PLACEHOLDER = re.compile(r"\{[a-z_]*\}")
LANGUAGES = ("es", "pt_BR")


@pytest.fixture
def portuguese() -> Iterator[None]:
    install("pt_BR")
    yield
    uninstall()


def test_every_marked_text_is_a_literal_lupdate_can_read():
    unreadable = [f"{path.name}:{line}" for path, line, context, text in marked_texts()
                  if context is None or text is None]
    assert unreadable == []


def test_the_pending_file_holds_every_marked_text_and_nothing_else():
    marked = {(context, text) for _, _, context, text in marked_texts()}
    held = {(context, text) for context, texts in pending().items() for text in texts}
    assert sorted(marked - held) == [], "marked but not translated"
    assert sorted(held - marked) == [], "translated but no longer marked"


@pytest.mark.parametrize("language", LANGUAGES)
def test_each_translation_keeps_the_placeholders_accelerators_and_end(language: str):
    for context, texts in pending().items():
        for source, translations in texts.items():
            shown = translations[language]
            where = f"{context}: {source!r} in {language}"
            assert shown.strip(), where
            assert sorted(PLACEHOLDER.findall(shown)) == sorted(PLACEHOLDER.findall(source)), where
            assert shown.count("&") == source.count("&"), where
            assert (source[-1] in ".…:?") == (shown[-1] in ".…:?"), where


def test_a_portuguese_lesson_reads_in_portuguese(portuguese):
    lesson = load_lesson(resource("lessons/04-consent.pt_BR.json"))
    session = LessonSession(lesson)
    session.replay(len(session.steps))
    refused, opted_in = report(session.played[0]), report(session.played[1])
    assert refused.headline == "Recusado · sem opt-in"
    assert refused.details[-1] == "Janela de atendimento ao cliente: nunca foi aberta"
    assert opted_in.headline == "Opt-in registrado"
    marketing = report(session.played[2])
    assert marketing.headline == "Aceito"
    assert marketing.details[0].startswith("Abre uma conversa de marketing até ter 6 jun 2023")
    assert marketing.details[1].startswith("Cobrança: ")
    assert describe_step(lesson, lesson.steps[3]) == (
        "Emily Clark escreve: “PAREM de me mandar ofertas”")


def test_without_a_translation_the_words_stay_english():
    lesson = load_lesson(resource("lessons/04-consent.pt_BR.json"))
    session = LessonSession(lesson)
    session.replay(1)
    assert report(session.played[0]).headline == "Refused · no opt-in"
