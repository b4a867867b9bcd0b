"""Lessons: a scenario with narration, played one step at a time.

A lesson file is a scenario file (scenarios.md) with an optional `lesson` block (title,
goals, language) and, per step, optional `say` narration and an `ask` checkpoint. The
scenario loader validates those fields; this module plays a lesson step by step through the
same runner as `waboard run`, and words what each step did through waboard.i18n (the
user's language; the lesson's own words are in its file, in the lesson's language). It
never imports Qt, so every decision it shows is testable without a screen.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path

from ..explain import rule_sentence
from ..i18n import QT_TRANSLATE_NOOP, translate
from ..money import exact_money
from ..resources import resource
from ..rules.instants import format_span
from ..rules.model import (
    Action,
    Category,
    CustomerMessage,
    OptIn,
    OptOut,
    Reason,
    Regime,
    ResumeMarketing,
    SendText,
    StopMarketing,
    Wait,
)
from ..scenario.loader import LESSON_LANGUAGES, Scenario, Step, load_scenario, parse_scenario
from ..scenario.runner import perform, start_workspace
from ..service import StepResult, Workspace
from ..store import Store
from .moments import short_moment

LESSONS_FOLDER = "lessons"


@dataclass(frozen=True)
class Lesson:
    """A validated lesson file; a scenario without a `lesson` block is a lesson too."""

    scenario: Scenario
    source: Path | None = None

    @property
    def title(self) -> str:
        info = self.scenario.lesson
        return info.title if info is not None else self.scenario.name

    @property
    def goals(self) -> tuple[str, ...]:
        info = self.scenario.lesson
        return info.goals if info is not None else ()

    @property
    def language(self) -> str:
        info = self.scenario.lesson
        return info.language if info is not None else LESSON_LANGUAGES[0]

    @property
    def steps(self) -> tuple[Step, ...]:
        return self.scenario.steps

    @property
    def checkpoints(self) -> int:
        return sum(step.ask is not None for step in self.steps)

    def customer_name(self, customer_id: str) -> str:
        for customer in self.scenario.customers:
            if customer.id == customer_id:
                return customer.name
        return customer_id


def load_lesson(path: str | Path) -> Lesson:
    """Read and validate a lesson file. Raises ScenarioError naming the field at fault."""
    return Lesson(load_scenario(path), Path(path))


def parse_lesson(data: bytes | str, source: str = "lesson") -> Lesson:
    return Lesson(parse_scenario(data, source))


def as_lesson(item: Lesson | Scenario | str | Path) -> Lesson:
    if isinstance(item, Lesson):
        return item
    if isinstance(item, Scenario):
        return Lesson(item)
    return load_lesson(item)


# Playing


@dataclass(frozen=True)
class Played:
    """One step as it was played: the step, what the rules decided, and the action."""

    step: Step
    result: StepResult
    action: Action
    regime: Regime


def step_action(workspace: Workspace, step: Step) -> Action:
    """The rules' action a step performs (for the sentence of the rule that decided it)."""
    match step.action:
        case "customer_message":
            return CustomerMessage(step.text, step.referral)
        case "send_text":
            return SendText(step.text)
        case "send_template":
            return workspace.template_action(step.template, step.language, step.params)
        case "opt_in":
            return OptIn()
        case "opt_out":
            return OptOut()
        case "stop_marketing":
            return StopMarketing()
        case "resume_marketing":
            return ResumeMarketing()
        case _:
            return Wait()


def in_memory_store() -> Store:
    return Store.open(None)


@dataclass
class LessonSession:
    """Where a lesson stands: `position` steps played, perhaps a question waiting.

    `next()` plays the next step, or, when that step has a checkpoint, puts its question
    first (`awaiting_answer`); `answer(i)` records the audience's choice and plays the
    step. `back()` and `restart()` replay from the start into a fresh store, so every
    position always shows the same inbox. Stores come from `open_store`; the session never
    closes them (whoever shows a workspace closes it when done).
    """

    lesson: Lesson
    open_store: Callable[[], Store] = in_memory_store
    position: int = 0
    awaiting_answer: bool = False
    answers: dict[int, int] = field(default_factory=dict)
    played: list[Played] = field(default_factory=list)

    def __post_init__(self) -> None:
        self.workspace, self.ids = self._fresh()

    @property
    def steps(self) -> tuple[Step, ...]:
        return self.lesson.steps

    @property
    def finished(self) -> bool:
        return self.position >= len(self.steps) and not self.awaiting_answer

    @property
    def shown_step(self) -> Step | None:
        """The step on screen: the one asked about, else the last one played."""
        if self.awaiting_answer:
            return self.steps[self.position]
        return self.steps[self.position - 1] if self.position else None

    @property
    def last_played(self) -> Played | None:
        return self.played[-1] if self.played else None

    @property
    def right_answers(self) -> int:
        return sum(self.steps[i].ask.answer == choice  # type: ignore[union-attr]
                   for i, choice in self.answers.items())

    def next(self) -> bool:
        """Show the next step's question, or play the next step. False when nothing to do."""
        if self.awaiting_answer or self.position >= len(self.steps):
            return False
        step = self.steps[self.position]
        if step.ask is not None:
            self.awaiting_answer = True
        else:
            self._play(step)
        return True

    def answer(self, choice: int) -> bool | None:
        """Record the audience's choice and play the step: whether it was right.

        None when no question is waiting; ValueError for an index that is not a choice.
        """
        if not self.awaiting_answer:
            return None
        step = self.steps[self.position]
        assert step.ask is not None
        if not 0 <= choice < len(step.ask.choices):
            raise ValueError(f"{choice} is not a choice (0..{len(step.ask.choices) - 1})")
        self.answers[step.index] = choice
        self.awaiting_answer = False
        self._play(step)
        return choice == step.ask.answer

    def back(self) -> bool:
        """Withdraw a waiting question, or replay up to the previous step. False at the start."""
        if self.awaiting_answer:
            self.awaiting_answer = False
            return True
        if self.position == 0:
            return False
        self.replay(self.position - 1)
        return True

    def restart(self) -> None:
        self.answers.clear()
        self.replay(0)

    def replay(self, count: int) -> None:
        """A fresh store with the first `count` steps played (answers after them forgotten)."""
        count = max(0, min(count, len(self.steps)))
        self.workspace, self.ids = self._fresh()
        self.position, self.awaiting_answer, self.played = 0, False, []
        self.answers = {i: choice for i, choice in self.answers.items() if i < count}
        for step in self.steps[:count]:
            self._play(step)

    def last_rule_text(self) -> str:
        last = self.last_played
        return "" if last is None else rule_text(last)

    def _fresh(self) -> tuple[Workspace, dict[str, int]]:
        store = self.open_store()
        try:
            return start_workspace(store, self.lesson.scenario)
        except BaseException:
            store.close()
            raise

    def _play(self, step: Step) -> None:
        workspace = self.workspace
        action = step_action(workspace, step)
        result = perform(workspace, self.ids[step.customer], step)
        self.played.append(Played(step, result, action, workspace.regime))
        self.position += 1


# Words (translated into the user's language; English when no translation is installed)

CATEGORY_WORDS = {
    Category.MARKETING: QT_TRANSLATE_NOOP("LessonCategory", "marketing"),
    Category.UTILITY: QT_TRANSLATE_NOOP("LessonCategory", "utility"),
    Category.AUTHENTICATION: QT_TRANSLATE_NOOP("LessonCategory", "authentication"),
    Category.SERVICE: QT_TRANSLATE_NOOP("LessonCategory", "service"),
    Category.FREE_ENTRY_POINT: QT_TRANSLATE_NOOP("LessonCategory", "free entry point"),
}

# A refusal without a Cloud API code is named in words in the headline
REASON_WORDS = {Reason.NO_OPT_IN: QT_TRANSLATE_NOOP("LessonStep", "no opt-in")}

HEADLINES = {
    "customer_message": QT_TRANSLATE_NOOP("LessonStep", "Message received"),
    "opt_in": QT_TRANSLATE_NOOP("LessonStep", "Opt-in recorded"),
    "opt_out": QT_TRANSLATE_NOOP("LessonStep", "Opt-out recorded"),
    "stop_marketing": QT_TRANSLATE_NOOP("LessonStep", "Marketing stopped in WhatsApp"),
    "resume_marketing": QT_TRANSLATE_NOOP("LessonStep", "Marketing resumed in WhatsApp"),
    "set_template_status": QT_TRANSLATE_NOOP("LessonStep", "Template status changed"),
    "set_template_category": QT_TRANSLATE_NOOP("LessonStep", "Template category changed"),
}
WAITED = QT_TRANSLATE_NOOP("LessonStep", "Time passed")

# What a step does; {name} is the customer's name, {text} what was written
DESCRIPTIONS = {
    "customer_message": QT_TRANSLATE_NOOP("LessonStep", "{name} writes: “{text}”"),
    "ctwa_ad": QT_TRANSLATE_NOOP("LessonStep",
                                 "{name} writes from a click-to-WhatsApp ad: “{text}”"),
    "page_cta": QT_TRANSLATE_NOOP("LessonStep",
                                  "{name} writes from a Facebook Page button: “{text}”"),
    "send_text": QT_TRANSLATE_NOOP("LessonStep", "The business replies to {name}: “{text}”"),
    "send_template": QT_TRANSLATE_NOOP(
        "LessonStep", "The business sends {name} the template {template} ({locale})"),
    "opt_in": QT_TRANSLATE_NOOP("LessonStep", "{name} opts in to messages from the business"),
    "opt_out": QT_TRANSLATE_NOOP("LessonStep", "{name} opts out of marketing messages"),
    "stop_marketing": QT_TRANSLATE_NOOP(
        "LessonStep", "{name} stops this business's marketing messages in WhatsApp"),
    "resume_marketing": QT_TRANSLATE_NOOP(
        "LessonStep", "{name} resumes this business's marketing messages in WhatsApp"),
    "set_template_status": QT_TRANSLATE_NOOP(
        "LessonStep", "The template {template} ({locale}) changes status"),
    "set_template_category": QT_TRANSLATE_NOOP(
        "LessonStep", "The template {template} ({locale}) changes category"),
}
WAITS = QT_TRANSLATE_NOOP("LessonStep", "Time passes ({name})")


def format_moment(at: datetime) -> str:
    """"Mon 5 Jun 2023 09:00 UTC" ("seg 5 jun 2023 09:00 UTC" in Portuguese)."""
    return short_moment(at)


def category_word(category: Category) -> str:
    return translate("LessonCategory", CATEGORY_WORDS[Category(category)])


def describe_step(lesson: Lesson, step: Step) -> str:
    """What a step does, in one line."""
    key = step.referral.value if step.action == "customer_message" and step.referral else (
        step.action)
    template = DESCRIPTIONS.get(key, WAITS)
    return translate("LessonStep", template).format(
        name=lesson.customer_name(step.customer), text=step.text, template=step.template,
        locale=step.language)


def rule_text(played: Played) -> str:
    """The rule that decided a step (explain.rule_sentence)."""
    return rule_sentence(played.action, played.result.outcome, played.regime)


@dataclass(frozen=True)
class StepReport:
    """What a played step did: `accepted` is None for customer actions and events."""

    headline: str
    accepted: bool | None
    details: tuple[str, ...]
    rule: str


def report(played: Played) -> StepReport:
    """The result of a step as the player shows it: accepted or refused with its code, the
    conversation it was counted in, the charge, and the customer service window."""
    outcome, step = played.result.outcome, played.step
    details: list[str] = []
    accepted: bool | None = None
    if step.action in ("send_text", "send_template"):
        accepted = outcome.accepted
        refusal = outcome.refusal
        if refusal is not None:
            code = refusal.code if refusal.code else translate(
                "LessonStep", REASON_WORDS[refusal.reason])
            headline = translate("LessonStep", "Refused · {code}").format(code=code)
            details.append(refusal.message)
        else:
            headline = translate("LessonStep", "Accepted")
            details += _conversation_lines(played)
    else:
        headline = translate("LessonStep", HEADLINES.get(step.action, WAITED))
    details.append(_window_line(played))
    return StepReport(headline, accepted, tuple(details), rule_text(played))


def _conversation_lines(played: Played) -> list[str]:
    outcome, regime = played.result.outcome, played.regime
    use = outcome.conversation
    if use is None:
        return []
    category = category_word(use.category)
    if regime.per_message:
        lines = [translate("LessonStep", "Inside a free entry point: every message is free")
                 if use.category is Category.FREE_ENTRY_POINT
                 else translate("LessonStep", "Per-message pricing: counted as {category}").format(
                     category=category)]
    elif use.opened and use.expires is not None:
        lines = [translate("LessonStep", "Opens a {category} conversation until {until}").format(
            category=category, until=format_moment(use.expires))]
    else:
        lines = [translate("LessonStep", "Counted in the open {category} conversation").format(
            category=category)]
    if outcome.charge:
        market = played.result.market
        lines.append(translate("LessonStep", "Charge: {amount} ({market})").format(
            amount=exact_money(outcome.charge, market.currency), market=market.market))
    elif use.opened and use.category is Category.SERVICE and not regime.per_message:
        lines.append(
            translate("LessonStep", "Charge: none (monthly free tier of service conversations)")
            if regime.has_free_tier else
            translate("LessonStep", "Charge: none (service conversations are free since November "
                             "2024)"))
    else:
        lines.append(translate("LessonStep", "Charge: none"))
    return lines


def _window_line(played: Played) -> str:
    state, at = played.result.outcome.state, played.result.at
    closes = state.window_expires()
    if closes is None:
        return translate("LessonStep", "Customer service window: never opened")
    if state.window_open(at):
        return translate("LessonStep", "Customer service window: open until {until} ({left} left)"
                         ).format(until=format_moment(closes), left=format_span(at, closes))
    return translate("LessonStep", "Customer service window: closed since {until}").format(
        until=format_moment(closes))


def lessons_folder() -> Path:
    return resource(LESSONS_FOLDER)


def bundled_lessons() -> list[Path]:
    return sorted(lessons_folder().glob("*.json"))
