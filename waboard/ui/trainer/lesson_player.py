"""The lesson player: steps a lesson through on the simulated clock, in a dock beside the
inbox (lesson_dock.py puts it there).

A lesson (waboard/trainer/lessons.py) plays into a throwaway in-memory workspace that replaces the
window's workspace, the way File > Load scenario does, so the audience watches the inbox
change step by step. The player shows the lesson's goals and each step's narration; at a
checkpoint it puts the question first, marks the audience's answer right or wrong with its
explanation, then plays the step and shows the result and the rule that decided it. Back and
Restart replay from the start into a fresh store, and the player moves into the new window.
"""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

from PySide6.QtCore import QEvent, Qt, QTimer, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QApplication,
    QDockWidget,
    QFrame,
    QHBoxLayout,
    QProgressBar,
    QPushButton,
    QScrollArea,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from ...i18n import translate
from ...money import exact_money
from ...scenario.loader import Scenario, ScenarioError
from ...service import InputError, Workspace
from ...store import StoreError
from ...trainer.lessons import (
    Lesson,
    LessonSession,
    as_lesson,
    describe_step,
    format_moment,
    report,
)
from ..common.host import WorkspaceWindow
from ..common.palette import WINDOW_CLOSED, WINDOW_OPEN
from ..common.widgets import warn
from .lesson_catalogue import LessonCatalogue, may_leave
from .lesson_widgets import ChoiceButton, bold, lesson_text

DOCK_NAME = "lessonPlayer"  # the object name of the dock that holds a window's player
TITLE_SCALE = 1.3
RIGHT, WRONG = WINDOW_OPEN.name(), WINDOW_CLOSED.name()


class LessonPlayer(QWidget):
    """Plays one lesson: `load`, `next`, `back`, `restart`, `answer`.

    `position` is how many steps have been played; `awaiting_answer` is true while a
    checkpoint's question waits for the audience, before its step plays.
    """

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("lessonPlayerView")
        self.session: LessonSession | None = None
        self._stores_to_close: list[Workspace] = []
        self._build()
        self._render()

    # the API

    def load(self, source: Lesson | Scenario | str | Path) -> None:
        """Open a lesson (a file or a loaded one) at its start. Raises ScenarioError."""
        lesson = as_lesson(source)
        self.session = LessonSession(lesson)
        self._apply_fonts()
        self._show_workspace()

    def next(self) -> bool:
        if self.session is None or not self.session.next():
            return False
        self._show_workspace()
        return True

    def back(self) -> bool:
        if self.session is None or not self.session.back():
            return False
        self._show_workspace()
        return True

    def restart(self) -> None:
        if self.session is None:
            return
        self.session.restart()
        self._show_workspace()

    def answer(self, choice: int) -> bool | None:
        """The audience's choice at a checkpoint: whether it was right (None: no question)."""
        if self.session is None:
            return None
        right = self.session.answer(choice)
        if right is not None:
            self._show_workspace()
        return right

    @property
    def position(self) -> int:
        return self.session.position if self.session else 0

    @property
    def awaiting_answer(self) -> bool:
        return bool(self.session and self.session.awaiting_answer)

    @property
    def finished(self) -> bool:
        return bool(self.session and self.session.finished)

    @property
    def lesson(self) -> Lesson | None:
        return self.session.lesson if self.session else None

    @property
    def workspace(self) -> Workspace | None:
        return self.session.workspace if self.session else None

    def last_rule_text(self) -> str:
        return self.session.last_rule_text() if self.session else ""

    def host_window(self) -> WorkspaceWindow | None:
        """The main window showing the lesson's inbox, if the player sits in one."""
        return WorkspaceWindow.host_of(self.parentWidget())

    # layout

    def _build(self) -> None:
        outer = QVBoxLayout(self)
        outer.setContentsMargins(8, 8, 8, 8)
        self.scroll = scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        page = QWidget()
        page.setObjectName("lessonPage")
        column = QVBoxLayout(page)
        column.setContentsMargins(0, 0, 4, 0)
        column.setSpacing(6)
        scroll.setWidget(page)
        outer.addWidget(scroll, 1)

        self.empty_label = lesson_text(name="lessonEmpty")
        self.open_button = QPushButton(translate("LessonPlayer", "Open lesson…"))
        self.open_button.setObjectName("lessonOpen")
        self.open_button.clicked.connect(self._open_dialog)
        self.title_label = lesson_text(name="lessonTitle")
        self.goals_title = QToolButton()
        self.goals_title.setObjectName("lessonGoalsToggle")
        self.goals_title.setCheckable(True)
        self.goals_title.setAutoRaise(True)
        self.goals_title.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.goals_title.toggled.connect(self._show_goals)
        self.goals_label = lesson_text(name="lessonGoals")
        self.progress = QProgressBar()
        self.progress.setObjectName("lessonProgress")
        self.progress.setTextVisible(False)
        self.progress.setMaximumHeight(6)
        self.step_label = bold(lesson_text(name="lessonStep"))
        self.time_label = lesson_text(name="lessonTime")
        self.action_label = bold(lesson_text(name="lessonAction"))
        self.say_label = lesson_text(name="lessonSay")

        self.question_box = QFrame()
        self.question_box.setObjectName("lessonQuestion")
        self.question_box.setStyleSheet(
            "QFrame#lessonQuestion { border: 1px solid palette(mid); border-radius: 6px; }")
        box = QVBoxLayout(self.question_box)
        self.question_title = lesson_text(name="sectionTitle")
        self.question_label = bold(lesson_text(name="lessonQuestionText"))
        self.choices_layout = QVBoxLayout()
        self.choices_layout.setSpacing(4)
        self.choice_buttons: list[ChoiceButton] = []
        self.feedback_label = bold(lesson_text(name="lessonFeedback"))
        self.explain_label = lesson_text(name="lessonExplain")
        for widget in (self.question_title, self.question_label):
            box.addWidget(widget)
        box.addLayout(self.choices_layout)
        box.addWidget(self.feedback_label)
        box.addWidget(self.explain_label)

        self.result_box = QFrame()
        self.result_box.setObjectName("lessonResult")
        result = QVBoxLayout(self.result_box)
        self.result_title = lesson_text(name="sectionTitle")
        self.result_headline = bold(lesson_text(name="lessonResultHeadline"))
        self.result_details = lesson_text(name="lessonResultDetails")
        self.rule_title = lesson_text(name="sectionTitle")
        self.rule_label = lesson_text(name="lessonRule")
        for widget in (self.result_title, self.result_headline, self.result_details,
                       self.rule_title, self.rule_label):
            result.addWidget(widget)
        self.end_label = bold(lesson_text(name="lessonEnd"))

        for widget in (self.empty_label, self.open_button, self.title_label, self.goals_title,
                       self.goals_label, self.progress, self.step_label, self.time_label,
                       self.action_label, self.say_label, self.question_box, self.result_box,
                       self.end_label):
            column.addWidget(widget)
        column.addStretch(1)

        nav = QHBoxLayout()
        self.back_button = QPushButton()
        self.back_button.setObjectName("lessonBack")
        self.back_button.clicked.connect(self.back)
        self.restart_button = QPushButton()
        self.restart_button.setObjectName("lessonRestart")
        self.restart_button.clicked.connect(self.restart)
        self.next_button = QPushButton()
        self.next_button.setObjectName("lessonNext")
        self.next_button.setDefault(True)
        self.next_button.clicked.connect(self.next)
        nav.addWidget(self.back_button)
        nav.addWidget(self.restart_button)
        nav.addStretch(1)
        nav.addWidget(self.next_button)
        outer.addLayout(nav)

    def _show_goals(self, on: bool) -> None:
        arrow = Qt.ArrowType.DownArrow if on else Qt.ArrowType.RightArrow
        self.goals_title.setArrowType(arrow)
        self.goals_label.setVisible(on and bool(self.lesson and self.lesson.goals))

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        if event.type() in (QEvent.Type.ApplicationFontChange, QEvent.Type.FontChange):
            self._apply_fonts()
        super().changeEvent(event)

    def _apply_fonts(self) -> None:
        font = QFont()
        font.setBold(True)
        font.setPointSizeF(QApplication.font().pointSizeF() * TITLE_SCALE)
        if self.title_label.font() != font:
            self.title_label.setFont(font)

    # showing the lesson

    def _show_workspace(self) -> None:
        """Put the session's workspace in the window (a new one after a replay) and draw."""
        session = self.session
        assert session is not None
        window = self.host_window()
        if window is None:
            self._keep_standalone(session.workspace)
        elif window.workspace is not session.workspace:
            window = self._move_to_new_window(window, session.workspace)
        if window is not None:
            self._select_current_customer(window)
        self._render()
        self.changed.emit()

    def _keep_standalone(self, workspace: Workspace) -> None:
        """Without a window the player closes the stores it no longer shows."""
        for old in self._stores_to_close:
            if old is not workspace:
                old.store.close()
        self._stores_to_close = [workspace]

    def _move_to_new_window(self, window: WorkspaceWindow,
                            workspace: Workspace) -> WorkspaceWindow:
        state, geometry = window.saveState(), window.geometry()
        maximized = window.isMaximized()
        new = window.switch_workspace(workspace)  # the same path as File > Load scenario
        new.restoreState(state)
        if maximized:
            new.showMaximized()
        else:
            new.setGeometry(geometry)
        dock = new.findChild(QDockWidget, DOCK_NAME)
        if dock is not None:
            self._move_into(dock)
        return new

    def _move_into(self, dock: QDockWidget) -> None:
        """Leave the window this one replaced for `dock`, and show it there."""
        idle = dock.widget()
        if idle is self:
            return
        dock.setWidget(self)
        if idle is not None:
            idle.hide()
            idle.deleteLater()
        self.show()
        dock.show()
        dock.raise_()

    def _select_current_customer(self, window: WorkspaceWindow) -> None:
        session = self.session
        assert session is not None
        step = session.shown_step
        if step is not None:
            window.select_customer(session.ids[step.customer])

    def _render(self) -> None:
        session = self.session
        self.back_button.setText("◀ " + translate("LessonPlayer", "Back"))
        self.restart_button.setText(translate("LessonPlayer", "Restart"))
        self.next_button.setText(translate("LessonPlayer", "Next") + " ▶")
        self.open_button.setText(translate("LessonPlayer", "Open lesson…"))
        loaded = session is not None
        self.empty_label.setText(
            translate("LessonPlayer",
                      "No lesson loaded. Open one to play it step by step in the inbox."))
        for widget in (self.empty_label, self.open_button):
            widget.setVisible(not loaded)
        for widget in (self.title_label, self.goals_title, self.goals_label, self.progress,
                       self.step_label, self.time_label, self.action_label):
            widget.setVisible(loaded)
        self.next_button.setEnabled(loaded and not session.awaiting_answer
                                    and session.position < len(session.steps))
        self.back_button.setEnabled(loaded and (session.awaiting_answer or session.position > 0))
        self.restart_button.setEnabled(loaded and (session.awaiting_answer
                                                   or session.position > 0))
        if session is None:
            for widget in (self.say_label, self.question_box, self.result_box, self.end_label):
                widget.hide()
            return
        lesson = session.lesson
        total = len(lesson.steps)
        self.title_label.setText(lesson.title)
        self.goals_title.setText(
            translate("LessonPlayer", "Goals ({count})").format(count=len(lesson.goals)))
        self.goals_label.setText("\n".join(f"•  {goal}" for goal in lesson.goals))
        self.goals_title.setVisible(bool(lesson.goals))
        # Goals open at the start and the end; during the steps they fold away, a click on
        # their title shows them again
        at_ends = session.finished or (session.position == 0 and not session.awaiting_answer)
        self.goals_title.setChecked(at_ends)
        self._show_goals(at_ends)
        self.progress.setRange(0, max(total, 1))
        self.progress.setValue(session.position)
        step = session.shown_step
        number = session.position + (1 if session.awaiting_answer else 0)
        self.step_label.setText(
            translate("LessonPlayer", "Step {n} of {total}").format(n=number, total=total))
        if step is None:
            self.time_label.setText(format_moment(lesson.scenario.start))
            self.action_label.setText(
                translate("LessonPlayer", "Press Next to play the first step."))
        else:
            self.time_label.setText(format_moment(step.at))
            self.action_label.setText(describe_step(lesson, step))
        self.say_label.setText(step.say if step else "")
        self.say_label.setVisible(bool(step and step.say))
        self._render_question()
        self._render_result()
        self._render_end()
        self.scroll.verticalScrollBar().setValue(0)
        QTimer.singleShot(0, self._scroll_to_news)  # once the page has its new height

    def _scroll_to_news(self) -> None:
        """Keep what just changed in view: the question, else the result, else the top."""
        session = self.session
        if session is None:
            return
        if session.finished:
            self.scroll.ensureWidgetVisible(self.end_label)
        elif session.awaiting_answer:
            self.scroll.ensureWidgetVisible(self.question_box)
        elif self.result_box.isVisibleTo(self):
            self.scroll.ensureWidgetVisible(self.result_box)

    def _render_question(self) -> None:
        session = self.session
        assert session is not None
        step = session.shown_step
        ask = step.ask if step is not None else None
        self.question_box.setVisible(ask is not None)
        for button in self.choice_buttons:
            self.choices_layout.removeWidget(button)
            button.hide()
            button.setParent(None)
            button.deleteLater()
        self.choice_buttons = []
        if step is None or ask is None:
            return
        self.question_title.setText(translate("LessonPlayer", "Question"))
        self.question_label.setText(ask.question)
        chosen = None if session.awaiting_answer else session.answers.get(step.index)
        for index, choice in enumerate(ask.choices):
            button = ChoiceButton(choice)
            button.setObjectName(f"lessonChoice{index}")
            if session.awaiting_answer:
                button.clicked.connect(lambda _=False, i=index: self.answer(i))
            else:
                button.setEnabled(False)
                if index == ask.answer:
                    button.mark(f"✓  {choice}", RIGHT, bold=True)
                elif index == chosen:
                    button.mark(f"✗  {choice}", WRONG)
            self.choices_layout.addWidget(button)
            button.show()
            self.choice_buttons.append(button)
        answered = chosen is not None
        self.feedback_label.setVisible(answered)
        self.explain_label.setVisible(answered and bool(ask.explain))
        if session.awaiting_answer:
            self.feedback_label.setText(
                translate("LessonPlayer", "Answer the question to play this step."))
            self.feedback_label.setStyleSheet("")
            self.feedback_label.show()
            self.explain_label.hide()
        elif answered:
            right = chosen == ask.answer
            feedback = (translate("LessonPlayer", "✓ Right: {choice}.") if right
                        else translate("LessonPlayer", "✗ Not quite: the answer is {choice}."))
            self.feedback_label.setText(feedback.format(choice=ask.right_choice))
            self.feedback_label.setStyleSheet(f"color: {RIGHT if right else WRONG};")
            self.explain_label.setText(ask.explain)

    def _render_result(self) -> None:
        session = self.session
        assert session is not None
        played = session.last_played
        if session.awaiting_answer or played is None:
            self.result_box.hide()
            return
        shown = report(played)
        self.result_title.setText(translate("LessonPlayer", "What happened"))
        self.result_headline.setText(shown.headline)
        colour = {True: RIGHT, False: WRONG}.get(shown.accepted)  # type: ignore[call-overload]
        self.result_headline.setStyleSheet(f"color: {colour};" if colour else "")
        tint = {True: "rgba(30, 142, 62, 0.10)", False: "rgba(197, 34, 31, 0.10)"}.get(
            shown.accepted, "rgba(128, 134, 139, 0.10)")  # type: ignore[call-overload]
        self.result_box.setStyleSheet(
            f"QFrame#lessonResult {{ border-radius: 6px; background: {tint}; }}")
        self.result_details.setText("\n".join(f"•  {line}" for line in shown.details))
        self.rule_title.setText(translate("LessonPlayer", "Rule"))
        self.rule_label.setText(shown.rule)
        self.result_box.show()

    def _render_end(self) -> None:
        session = self.session
        assert session is not None
        if not session.finished:
            self.end_label.hide()
            return
        charged = sum((p.result.outcome.charge for p in session.played), Decimal("0"))
        lines = [translate("LessonPlayer", "End of the lesson.")]
        asked = session.lesson.checkpoints
        if asked:
            lines.append(translate("LessonPlayer", "Right answers: {right} of {asked}.").format(
                right=session.right_answers, asked=asked))
        lines.append(translate("LessonPlayer", "Charged in this lesson: {amount}.").format(
            amount=exact_money(charged)))
        self.end_label.setText("\n".join(lines))
        self.end_label.show()

    # the file dialog

    def _open_dialog(self) -> None:
        open_lesson_dialog(self, self)


def open_lesson_dialog(parent: QWidget, player: LessonPlayer) -> bool:
    """Choose a lesson from the catalogue (or a file) and open it, asking first if one is
    under way."""
    catalogue = LessonCatalogue(parent)
    if not catalogue.exec() or catalogue.path is None:
        return False
    under_way = not player.finished and (player.position > 0 or player.awaiting_answer)
    if not may_leave(parent, player.lesson, player.position, under_way):
        return False
    return open_lesson(parent, player, catalogue.path)


def open_lesson(parent: QWidget, player: LessonPlayer, path: Path) -> bool:
    """Load a lesson file into the player; a clear dialog if it cannot be."""
    try:
        player.load(path)
    except (ScenarioError, StoreError, InputError, OSError) as error:
        warn(parent, translate("LessonPlayer", "This lesson cannot be opened"), str(error))
        return False
    return True
