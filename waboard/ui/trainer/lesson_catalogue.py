"""Open lesson: the bundled lessons with their title, language, length and goals (as the
exercise chooser lists exercises), or another lesson file. The lessons in the language the
app speaks come first, the first of them chosen.

Opening a lesson while another is under way asks first: its progress would be lost.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QMessageBox,
    QWidget,
)

from ...i18n import translate
from ...scenario.loader import ScenarioError
from ...trainer.language import shown_language
from ...trainer.lessons import Lesson, bundled_lessons, lessons_folder, load_lesson
from ..common.file_dialogs import ask_open
from ..common.widgets import plain_label
from .catalogue import CatalogueDialog, loadable

LESSONS = "lessons"
LANGUAGE_NAMES = {"en": "English", "es": "Español", "pt_BR": "Português (Brasil)"}
"""Each lesson language by its own name, as a speaker of it looks for it in the list."""


def length_text(lesson: Lesson) -> str:
    """"12 steps · 3 questions"."""
    steps, asked = len(lesson.steps), lesson.checkpoints
    text = (translate("LessonCatalogue", "1 step") if steps == 1
            else translate("LessonCatalogue", "{count} steps").format(count=steps))
    if asked == 1:
        text += " · " + translate("LessonCatalogue", "1 question")
    elif asked:
        text += " · " + translate("LessonCatalogue", "{count} questions").format(count=asked)
    return text


def in_language_order(lessons: list[Lesson], language: str) -> list[Lesson]:
    """The lessons in `language` first, then the others, each group in file order."""
    return sorted(lessons, key=lambda lesson: lesson.language != language)


def lesson_line(lesson: Lesson) -> str:
    """The list's line: title, language and length."""
    language = LANGUAGE_NAMES.get(lesson.language, lesson.language)
    return f"{lesson.title}  ·  {language}  ·  {length_text(lesson)}"


class LessonCatalogue(CatalogueDialog):
    """The bundled lessons, each with its goals shown when chosen; Open or Other file…."""

    def __init__(self, parent: QWidget | None = None, language: str | None = None) -> None:
        self.path: Path | None = None
        self._lessons = in_language_order(
            loadable(bundled_lessons(), load_lesson, ScenarioError),
            language or shown_language())
        super().__init__(parent, "lessonCatalogue", translate("LessonCatalogue", "Open lesson"),
                         translate("LessonCatalogue",
                                   "A lesson plays its story step by step in its own "
                                   "workspace, with questions for the audience; your inbox "
                                   "stays in its file (File › Open recent)."),
                         [lesson_line(lesson) for lesson in self._lessons],
                         translate("LessonCatalogue", "Open"))
        self.list.setObjectName("lessonList")
        self.goals_label = plain_label(self, "lessonGoals", tall_as_text=True)
        self.details.addWidget(self.goals_label)
        self.start()
        self.resize(620, 400)

    def lessons(self) -> list[Lesson]:
        return list(self._lessons)

    def _show(self, row: int) -> None:
        lesson = self._lessons[row] if 0 <= row < len(self._lessons) else None
        self.path = lesson.source if lesson else None
        goals = lesson.goals if lesson else ()
        self.goals_label.setText(translate("LessonCatalogue", "Goals:") + "\n"
                                 + "\n".join(f"• {g}" for g in goals) if goals else "")
        self.accept_button.setEnabled(lesson is not None)

    def _other_file(self) -> None:
        path, _ = ask_open(self, LESSONS, translate("LessonCatalogue", "Open lesson"),
                           translate("LessonCatalogue", "Lessons (*.json);;All files (*)"),
                           default=lessons_folder())
        if path:
            self.path = Path(path)
            self.accept()


def may_leave(parent: QWidget, lesson: Lesson | None, position: int, under_way: bool) -> bool:
    """True if no lesson is under way (started, not finished), or the user agrees to leave
    it."""
    if lesson is None or not under_way:
        return True
    box = QMessageBox(QMessageBox.Icon.Question, translate("LessonCatalogue", "Leave the lesson?"),
                      translate("LessonCatalogue", "“{title}” is at step {n} of {total}. Open "
                                                   "another lesson and lose this one's progress?"
                                ).format(title=lesson.title, n=position + 1,
                                         total=len(lesson.steps)),
                      QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, parent)
    box.setTextFormat(Qt.TextFormat.PlainText)  # the title comes from a file
    box.setDefaultButton(QMessageBox.StandardButton.No)
    return box.exec() == QMessageBox.StandardButton.Yes
