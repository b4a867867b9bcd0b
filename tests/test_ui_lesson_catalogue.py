"""Open lesson lists the bundled lessons like the exercise chooser; leaving one asks first."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from tests.trainer_texts import install, uninstall
from waboard.trainer.lessons import bundled_lessons, load_lesson
from waboard.ui.trainer.lesson_catalogue import LessonCatalogue, lesson_line, may_leave
from waboard.ui.trainer.lesson_dock import lesson_player
from waboard.ui.trainer.lesson_player import open_lesson_dialog


def test_every_bundled_lesson_is_listed_with_language_and_length(qtbot):
    catalogue = LessonCatalogue()
    qtbot.addWidget(catalogue)
    lines = [catalogue.list.item(i).text() for i in range(catalogue.list.count())]
    assert len(lines) == len(bundled_lessons())
    first = load_lesson(bundled_lessons()[0])
    assert lines[0] == lesson_line(first)
    assert first.title in lines[0] and " steps" in lines[0]
    for name in ("English", "Español", "Português (Brasil)"):
        assert any(f"  ·  {name}  ·  " in line for line in lines), name


@pytest.mark.parametrize("language", ["en", "es", "pt_BR"])
def test_the_lessons_in_the_users_language_come_first(qtbot, language):
    catalogue = LessonCatalogue(language=language)
    qtbot.addWidget(catalogue)
    languages = [lesson.language for lesson in catalogue.lessons()]
    count = languages.count(language)
    assert count == len({p.name.split(".")[0] for p in bundled_lessons()})
    assert languages[:count] == [language] * count
    assert catalogue.list.currentRow() == 0
    assert catalogue.path == catalogue.lessons()[0].source
    assert catalogue.path.name.startswith("01-") and f".{language}." in catalogue.path.name


def test_the_app_in_portuguese_lists_the_portuguese_lessons_first(qtbot):
    install("pt_BR")
    try:
        catalogue = LessonCatalogue()
        qtbot.addWidget(catalogue)
        first = catalogue.list.item(0).text()
    finally:
        uninstall()
    assert first.startswith("A janela de atendimento ao cliente de 24 horas  ·  ")
    assert first.endswith("  ·  Português (Brasil)  ·  8 passos · 5 perguntas")


def test_choosing_a_lesson_shows_its_goals(qtbot):
    catalogue = LessonCatalogue()
    qtbot.addWidget(catalogue)
    catalogue.list.setCurrentRow(1)
    lesson = catalogue.lessons()[1]
    assert catalogue.path == lesson.source
    for goal in lesson.goals:
        assert goal in catalogue.goals_label.text()


def answer_modals(replies: list) -> list[str]:
    """Answer each modal dialog in turn with the callables in `replies`; their titles."""
    seen: list[str] = []

    def answer() -> None:
        box = QApplication.activeModalWidget()
        if box is None:
            QTimer.singleShot(10, answer)
            return
        seen.append(box.windowTitle())
        replies.pop(0)(box)
        if replies:
            QTimer.singleShot(10, answer)

    QTimer.singleShot(0, answer)
    return seen


def choose(row: int):
    def pick(box: LessonCatalogue) -> None:
        box.list.setCurrentRow(row)
        box.accept()
    return pick


def press(button: QMessageBox.StandardButton):
    return lambda box: box.button(button).click()


@pytest.fixture
def window(demo_window):
    return demo_window


def test_opening_another_lesson_mid_way_asks_and_no_keeps_it(qtbot, window):
    answer_modals([choose(0)])
    assert open_lesson_dialog(window, lesson_player(window))
    window = window.open_windows[-1]  # the lesson's inbox opens in its own window
    player = lesson_player(window)
    assert player.next()  # the first question is on screen
    first = player.lesson.title
    seen = answer_modals([choose(1), press(QMessageBox.StandardButton.No)])
    assert not open_lesson_dialog(window, player)
    assert seen == ["Open lesson", "Leave the lesson?"]
    assert player.lesson.title == first and player.awaiting_answer


def test_no_question_when_no_lesson_is_under_way(qtbot, window):
    assert may_leave(window, None, 0, True)
    lesson = load_lesson(bundled_lessons()[0])
    assert may_leave(window, lesson, 0, False)  # not started, or finished
