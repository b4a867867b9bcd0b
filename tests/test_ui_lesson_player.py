"""The lesson player as a trainer drives it: open a lesson, answer, step, go back, restart."""

from __future__ import annotations

import json

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QImage
from shiboken6 import isValid

from tests.conftest import on_box
from tests.trainer_texts import install, uninstall
from waboard.explain import rule_sentence
from waboard.resources import resource
from waboard.scenario.loader import ScenarioError
from waboard.scenario.report import step_object
from waboard.scenario.runner import PlayedStep, play
from waboard.store import Store
from waboard.trainer.lessons import load_lesson
from waboard.ui.main_window import MainWindow
from waboard.ui.trainer.lesson_dock import LessonDock, lesson_player
from waboard.ui.trainer.lesson_player import LessonPlayer, open_lesson

WINDOW_LESSON = resource("lessons/01-window.en.json")


@pytest.fixture
def window(qtbot, demo):
    """The main window on the demo; every window closed afterwards."""
    window = MainWindow(demo)
    window.resize(1440, 900)
    window.show()
    yield window
    for open_window in list(MainWindow.open_windows):
        if isValid(open_window):
            open_window.close()


@pytest.fixture
def player(window) -> LessonPlayer:
    found = lesson_player(window)
    assert found is not None
    return found


@pytest.fixture
def dialogs(monkeypatch):
    """Capture message boxes instead of showing them."""
    seen = []
    on_box(monkeypatch, lambda parent, title, text, *a: seen.append((title, text)))
    return seen


def host(player: LessonPlayer) -> MainWindow:
    window = player.host_window()
    assert window is not None
    return window


def messages(player: LessonPlayer) -> list[tuple]:
    assert player.workspace is not None
    return [(m.customer_id, m.at, m.direction, m.kind, m.text, m.accepted, m.error_code,
             m.charge, m.category, m.opened)
            for m in player.workspace.store.messages(None)]


def click(qtbot, button) -> None:
    assert button.isEnabled()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def test_the_trainer_menu_opens_lessons_and_shows_the_dock(window):
    menus = [a for a in window.menuBar().actions() if a.text() == "&Trainer"]
    assert len(menus) == 1, "one Trainer menu, shared with the other trainer features"
    titles = [a.text() for a in menus[0].menu().actions()]
    assert "&Open lesson…" in titles and "&Next step" in titles
    assert "Show lesson &player" in titles
    dock = window.findChild(LessonDock)
    assert dock is not None and dock.objectName() == "lessonPlayer"
    assert window.dockWidgetArea(dock) == Qt.DockWidgetArea.RightDockWidgetArea
    assert menus[0] in window.menuBar().actions()[:-1], "before Help"


def test_an_empty_player_offers_to_open_a_lesson(player, qtbot):
    assert player.session is None and player.position == 0
    assert player.open_button.isVisibleTo(player)
    assert not player.next_button.isEnabled()
    assert not player.next() and not player.back() and player.answer(0) is None
    assert player.last_rule_text() == ""


def test_loading_a_lesson_replaces_the_inbox_with_a_throwaway_one(window, player, demo,
                                                                  qtbot):
    player.load(WINDOW_LESSON)
    shown = host(player)
    assert shown is not window and shown.isVisible()
    qtbot.waitUntil(lambda: not isValid(window) or not window.isVisible())
    assert shown.workspace is player.workspace
    assert shown.workspace.store.path is None
    assert [c.name for c in shown.workspace.customers()] == ["Ana López"]
    assert shown.size().width() == 1440
    assert shown.findChild(LessonDock).isVisible()
    assert player.title_label.text() == "The 24-hour customer service window"
    assert player.goals_label.text().count("•") == 3 and player.goals_label.isVisible()
    assert player.step_label.text() == "Step 0 of 8"
    assert player.next_button.isEnabled() and not player.back_button.isEnabled()


def test_a_checkpoint_asks_then_marks_the_answer_and_plays_the_step(player, qtbot):
    player.load(WINDOW_LESSON)
    click(qtbot, player.next_button)
    assert player.awaiting_answer and player.position == 0
    assert not player.next_button.isEnabled()
    assert player.question_label.text() == ("Ana has never written to us. Will this free-form "
                                            "message be accepted?")
    assert [b.choice_text() for b in player.choice_buttons] == ["Yes", "No"]
    assert player.say_label.text().startswith("Monday 09:00. Ana bought from us online")
    assert not player.result_box.isVisibleTo(player)
    assert messages(player) == []
    click(qtbot, player.choice_buttons[0])  # wrong: it is refused
    assert not player.awaiting_answer and player.position == 1
    assert player.feedback_label.text() == "✗ Not quite: the answer is No."
    assert player.explain_label.text().startswith("No customer service window is open")
    assert player.choice_buttons[0].choice_text() == "✗  Yes"
    assert player.choice_buttons[1].choice_text() == "✓  No"
    assert player.result_headline.text() == "Refused · 131047"
    assert player.rule_label.text() == player.last_rule_text()
    assert "24 hours of the customer's last message" in player.last_rule_text()
    chat = host(player).chat
    assert chat.isVisible()
    [refused] = messages(player)
    assert refused[5] is False and refused[6] == 131047


def test_the_player_plays_a_lesson_to_its_end(player, qtbot):
    lesson = load_lesson(resource("lessons/02-categories.en.json"))
    player.load(lesson)
    right = True
    while not player.finished:
        if player.awaiting_answer:
            ask = lesson.steps[player.position].ask
            choice = ask.answer if right else (ask.answer + 1) % len(ask.choices)
            click(qtbot, player.choice_buttons[choice])
            mark = "✓ Right" if right else "✗ Not quite"
            assert player.feedback_label.text().startswith(mark)
            right = not right
        else:
            click(qtbot, player.next_button)
        if not player.awaiting_answer:
            last = player.session.last_played
            assert player.rule_label.text() == rule_sentence(
                last.action, last.result.outcome, last.regime)
            window = host(player)
            assert window.current_customer_id == last.result.customer_id
            assert window.workspace.now() == last.step.at
    assert player.position == len(lesson.steps)
    assert not player.next_button.isEnabled()
    assert player.end_label.text() == ("End of the lesson.\nRight answers: 3 of 5.\n"
                                       "Charged in this lesson: $0.0941.")
    with Store.open(None) as store:
        expected = [step_object(p) for p in play(lesson.scenario, store)]
    assert [step_object(PlayedStep(p.step, p.result)) for p in player.session.played] == \
        expected


def test_back_and_restart_reproduce_the_same_inbox(player, qtbot):
    player.load(resource("lessons/03-free-entry-points.en.json"))

    def forward(count: int) -> None:
        while player.position < count:
            if player.awaiting_answer:
                player.answer(0)
            else:
                player.next()

    forward(3)
    at_three = messages(player)
    window_at_three = host(player)
    forward(6)
    click(qtbot, player.back_button)
    click(qtbot, player.back_button)
    click(qtbot, player.back_button)
    assert player.position == 3 and not player.awaiting_answer
    assert host(player) is not window_at_three
    assert host(player).workspace is player.workspace
    assert messages(player) == at_three
    assert player.step_label.text() == "Step 3 of 8"
    assert player.choice_buttons[0].choice_text().startswith("✗")  # the answer is kept
    click(qtbot, player.next_button)
    click(qtbot, player.next_button)
    assert player.awaiting_answer and player.position == 4
    at_four = messages(player)
    click(qtbot, player.back_button)
    assert player.position == 4 and not player.awaiting_answer
    assert messages(player) == at_four
    click(qtbot, player.restart_button)
    assert player.position == 0 and messages(player) == []
    assert player.session.answers == {}
    forward(3)
    assert messages(player) == at_three
    assert len(MainWindow.open_windows) == 1


@pytest.mark.parametrize(("language", "words"), [
    ("es", ("Siguiente ▶", "Paso 1 de 8", "Responde la pregunta para reproducir este paso.",
            "✓ Correcto: No.", "Rechazado · sin consentimiento")),
    ("pt_BR", ("Próximo ▶", "Passo 1 de 8", "Responda à pergunta para reproduzir este passo.",
               "✓ Certo: Não.", "Recusado · sem opt-in")),
])
def test_the_player_speaks_the_users_language(player, qtbot, language, words):
    install(language)
    try:
        player.load(resource(f"lessons/04-consent.{language}.json"))
        next_text, step, waiting, right, refused = words
        assert player.next_button.text() == next_text
        player.next()
        assert player.step_label.text() == step
        assert player.feedback_label.text() == waiting
        player.answer(1)
        assert player.feedback_label.text() == right
        assert player.result_headline.text() == refused
    finally:
        uninstall()


def test_an_invalid_lesson_is_refused_naming_the_field(player, dialogs, tmp_path):
    bad = tmp_path / "bad.json"
    data = json.loads(WINDOW_LESSON.read_text(encoding="utf-8"))
    data["steps"][2]["ask"]["answer"] = 3
    bad.write_text(json.dumps(data), encoding="utf-8")
    with pytest.raises(ScenarioError, match=r"steps\[2\]\.ask\.answer: 3 is not a choice"):
        player.load(bad)
    assert not open_lesson(player, player, bad)
    assert dialogs == [("This lesson cannot be opened",
                        "steps[2].ask.answer: 3 is not a choice (0..1)")]
    assert player.session is None


def test_a_player_without_a_window_plays_on_its_own(qtbot):
    player = LessonPlayer()
    qtbot.addWidget(player)
    player.load(WINDOW_LESSON)
    first = player.workspace
    player.next()
    player.answer(1)
    player.back()
    assert player.workspace is not first and player.position == 0
    assert player.host_window() is None


def test_the_dock_at_a_checkpoint_looks_right(player, qtbot, tmp_path):
    player.load(WINDOW_LESSON)
    player.next()
    player.answer(1)
    player.next()
    player.next()
    assert player.awaiting_answer
    window = host(player)
    qtbot.waitUntil(lambda: player.question_box.isVisible())
    path = tmp_path / "lesson.png"
    assert window.grab().save(str(path))
    image = QImage(str(path))
    assert image.width() >= 1400 and image.height() >= 800
    scroll = player.scroll
    box = player.question_box
    top_left = box.mapTo(scroll.viewport(), box.rect().topLeft())
    assert top_left.y() >= 0 and top_left.y() + box.height() <= scroll.viewport().height()
    for button in player.choice_buttons:
        assert button.isVisible() and button.width() <= scroll.viewport().width()
    assert scroll.horizontalScrollBar().maximum() == 0



def test_the_trainer_menu_next_step_uses_the_player(window, player, qtbot):
    player.load(WINDOW_LESSON)
    menu = [a for a in host(player).menuBar().actions() if a.text() == "&Trainer"][0].menu()
    step = [a for a in menu.actions() if a.text() == "&Next step"][0]
    step.trigger()
    assert player.awaiting_answer
