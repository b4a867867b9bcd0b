"""Lessons: the shipped files validate, play, and their checkpoint answers match the rules."""

from __future__ import annotations

import json
import re
from collections.abc import Callable
from decimal import Decimal
from pathlib import Path

import pytest

from waboard.billing.compare import compare
from waboard.cli import main
from waboard.explain import rule_sentence
from waboard.resources import resource
from waboard.rules.model import Regime
from waboard.scenario.loader import ScenarioError, load_scenario
from waboard.scenario.report import step_object, summary_object
from waboard.scenario.runner import play
from waboard.store import Store
from waboard.trainer.lessons import (
    Lesson,
    LessonSession,
    bundled_lessons,
    describe_step,
    load_lesson,
    parse_lesson,
    report,
)

LESSONS = bundled_lessons()
STEMS = sorted({p.name.split(".")[0] for p in LESSONS})


def run(capsys, *args: object) -> tuple[int, str, str]:
    code = main(["run", *map(str, args)])
    out, err = capsys.readouterr()
    return code, out, err


def played_objects(path: Path) -> list[dict]:
    with Store.open(None) as store:
        return [step_object(p) for p in play(load_scenario(path), store)]


# the shipped files


TRANSLATIONS = ("es", "pt_BR")


def test_every_lesson_in_english_spanish_and_portuguese_listed_in_the_readme():
    assert len(LESSONS) >= 18
    readme = resource("lessons/README.md").read_text(encoding="utf-8")
    for stem in STEMS:
        assert {f"{stem}.{language}.json" for language in ("en", *TRANSLATIONS)} <= {
            p.name for p in LESSONS}
        assert stem in readme
    topics = {stem.split("-")[0][:2] for stem in STEMS}
    assert topics >= {"01", "02", "03", "04", "05", "06"}


@pytest.mark.parametrize("path", LESSONS, ids=lambda p: p.name)
def test_every_lesson_validates_and_plays(capsys, path: Path):
    code, out, err = run(capsys, path)
    assert (code, err) == (0, "")
    assert "Charged: $" in out
    code, out, err = run(capsys, path, "--json")
    assert (code, err) == (0, "")
    assert len(out.splitlines()) == len(load_scenario(path).steps) + 1


@pytest.mark.parametrize("path", LESSONS, ids=lambda p: p.name)
def test_every_lesson_has_a_title_goals_narration_and_checkpoints(path: Path):
    lesson = load_lesson(path)
    assert lesson.scenario.lesson is not None
    assert lesson.language == path.name.split(".")[-2]
    assert lesson.title and len(lesson.goals) >= 2
    assert lesson.checkpoints >= 3
    assert sum(bool(step.say) for step in lesson.steps) >= len(lesson.steps) // 2
    for step in lesson.steps:
        assert describe_step(lesson, step)


def _shape(path: Path) -> dict:
    """A lesson without its words: what must be equal in both languages."""
    scenario = load_scenario(path)
    return {
        "start": scenario.start, "pricing": scenario.pricing, "rates": scenario.rates,
        "customers": [(c.id, c.phone, c.opt_in, c.reachable) for c in scenario.customers],
        "templates": [(t.category, t.status, t.body.count("{{")) for t in scenario.templates],
        "steps": [(s.customer, s.action, s.at, s.referral, len(s.params), bool(s.say),
                   None if s.ask is None else (len(s.ask.choices), s.ask.answer))
                  for s in scenario.steps],
    }


@pytest.mark.parametrize("language", TRANSLATIONS)
@pytest.mark.parametrize("stem", STEMS)
def test_every_translation_is_the_same_lesson_as_the_english(stem: str, language: str):
    english = resource(f"lessons/{stem}.en.json")
    translated = resource(f"lessons/{stem}.{language}.json")
    assert _shape(english) == _shape(translated)
    assert without_messages(played_objects(english)) == without_messages(
        played_objects(translated))


def without_messages(objects: list[dict]) -> list[dict]:
    """Decisions without the error's wording (it quotes the template's name)."""
    for item in objects:
        if item["error"] is not None:
            item["error"].pop("message")
    return objects


# checkpoint answers against the engine's decisions


def accepted_yes_no(r: dict) -> int:
    """["Yes", "No"] to "will it be accepted?"."""
    return 0 if r["accepted"] else 1


def category_choice(r: dict) -> int | None:
    """[marketing, utility, authentication, service] to "which conversation opens?"."""
    conversation = r["conversation"]
    if conversation is None or not conversation["opened"]:
        return None
    return ["marketing", "utility", "authentication", "service"].index(
        conversation["category"])


def charged(r: dict) -> bool:
    return Decimal(r["charge"]["amount"]) > 0


def joined(r: dict, category: str) -> bool:
    conversation = r["conversation"] or {}
    return conversation.get("category") == category and conversation.get("opened") is False


def opened_charged(r: dict, category: str) -> bool:
    conversation = r["conversation"] or {}
    return (conversation.get("category") == category and conversation.get("opened") is True
            and charged(r))


def either(first: Callable[[dict], bool], second: Callable[[dict], bool]
           ) -> Callable[[dict], int | None]:
    """Two choices, each described by a test on the result: the index of the true one."""
    def choose(r: dict) -> int | None:
        matches = [i for i, test in enumerate((first, second)) if test(r)]
        return matches[0] if len(matches) == 1 else None
    return choose


def by_error(*choices: object) -> Callable[[dict], int | None]:
    """Choices named by outcome: "sent", an error code, or a refusal reason."""
    def choose(r: dict) -> int | None:
        error = r["error"]
        seen = "sent" if error is None else (error["code"] or error["reason"])
        return choices.index(seen) if seen in choices else None
    return choose


def costs_nothing_or_something(r: dict) -> int:
    """["Nothing", "A charge"] to "what does it cost?"."""
    return 1 if charged(r) else 0


FREE_ENTRY = "free_entry_point"
SAME_DAY = {2: costs_nothing_or_something, 6: costs_nothing_or_something,
            10: costs_nothing_or_something}
CHECKPOINTS: dict[str, dict[int, Callable[[dict], int | None]]] = {
    "01-window": {0: accepted_yes_no, 2: accepted_yes_no, 3: accepted_yes_no,
                  4: accepted_yes_no, 5: accepted_yes_no},
    "02-categories": {
        0: category_choice,
        1: either(lambda r: joined(r, "marketing") and not charged(r),
                  lambda r: opened_charged(r, "utility")),
        4: lambda r: {"marketing": 0, "authentication": 1}.get(
            r["conversation"]["category"]) if not r["conversation"]["opened"] else (
            2 if r["conversation"]["category"] == "service" else None),
        5: either(lambda r: opened_charged(r, "utility"),
                  lambda r: joined(r, "utility") and not charged(r)),
        6: category_choice,
    },
    "03-free-entry-points": {
        1: lambda r: {"service": 0, FREE_ENTRY: 1}.get(r["conversation"]["category"])
        if r["accepted"] else 2,
        2: either(lambda r: charged(r), lambda r: joined(r, FREE_ENTRY) and not charged(r)),
        4: accepted_yes_no,
        5: either(lambda r: r["accepted"] and r["conversation"]["category"] == FREE_ENTRY,
                  lambda r: opened_charged(r, "utility")),
        7: either(lambda r: r["accepted"] and r["conversation"]["category"] == FREE_ENTRY,
                  lambda r: opened_charged(r, "utility")),
    },
    "04-consent": {0: accepted_yes_no, 2: accepted_yes_no,
                   5: by_error("sent", 131050, "no_opt_in"), 6: accepted_yes_no,
                   7: accepted_yes_no},
    "05-templates": {0: by_error("sent", 132001, 132000), 1: by_error("sent", 132001, 132015),
                     3: by_error(132001, 132015, 132016), 5: by_error("sent", 132000, 132001),
                     7: either(lambda r: opened_charged(r, "authentication"),
                               lambda r: not r["accepted"])},
    "06a-same-day-2023": SAME_DAY,
    "06b-same-day-2024": SAME_DAY,
    "06c-same-day-2025": SAME_DAY,
    "07-same-week-2025-2026": {1: costs_nothing_or_something, 2: costs_nothing_or_something,
                               3: by_error("sent", 131049), 5: costs_nothing_or_something,
                               6: costs_nothing_or_something},
}


def test_every_lesson_has_its_checkpoints_checked():
    assert set(CHECKPOINTS) == set(STEMS)


@pytest.mark.parametrize("path", LESSONS, ids=lambda p: p.name)
def test_checkpoint_answers_match_the_engine(path: Path):
    lesson = load_lesson(path)
    results = played_objects(path)
    checks = CHECKPOINTS[path.name.split(".")[0]]
    asked = {step.index for step in lesson.steps if step.ask is not None}
    assert asked == set(checks), "every checkpoint, and only those, has an engine check"
    for index in sorted(asked):
        ask = lesson.steps[index].ask
        assert ask is not None
        right = checks[index](results[index])
        assert right is not None, f"step {index}: no choice describes {results[index]}"
        assert ask.answer == right, (
            f"step {index}: the file says {ask.choices[ask.answer]!r}, the engine decided "
            f"{ask.choices[right]!r}")


def test_the_same_day_lessons_quote_the_three_totals():
    totals = {}
    for stem in ("06a-same-day-2023", "06b-same-day-2024", "06c-same-day-2025"):
        path = resource(f"lessons/{stem}.en.json")
        with Store.open(None) as store:
            played = play(load_scenario(path), store)
            totals[load_scenario(path).pricing] = summary_object(played)[
                "summary"]["charged"]["amount"]
            if stem.startswith("06a"):
                compared = compare(store, None, "2025-07-07").totals
    three = (Regime.CBP_2023_06, Regime.CBP_2024_11, Regime.PMP_2025_07)
    assert set(totals) == set(three)
    assert {r: f"{compared[r]:.4f}" for r in three} == totals
    assert totals[Regime.PMP_2025_07] != totals[Regime.CBP_2023_06]
    for path in resource("lessons").glob("06*.json"):
        last = load_scenario(path).steps[-1].say
        # "$0.1202" in English and Spanish, "US$ 0,1202" in Portuguese
        quoted = [amount.replace(",", ".")
                  for amount in re.findall(r"\$ ?(\d+[.,]\d{4})", last)]
        assert quoted[1:] == [totals[r] for r in (Regime.CBP_2023_06, Regime.CBP_2024_11,
                                                  Regime.PMP_2025_07)]
        assert quoted[0] == totals[load_scenario(path).pricing]


# invalid lesson fields


BASE = {
    "name": "t", "start": "2023-06-05T09:00:00Z",
    "lesson": {"title": "Window", "goals": ["One"], "language": "en"},
    "customers": [{"id": "ana", "name": "Ana", "phone": "+52 55 1234 5678", "opt_in": True}],
    "steps": [
        {"after": "0s", "customer": "ana", "action": "customer_message", "text": "Hola",
         "say": "Ana writes."},
        {"after": "5m", "customer": "ana", "action": "send_text", "text": "Hi"},
        {"after": "25h", "customer": "ana", "action": "send_text", "text": "Still there?",
         "ask": {"question": "Will this free-form message be accepted?",
                 "choices": ["Yes", "No"], "answer": 1, "explain": "The window closed."}},
    ],
}


def variant(change: Callable[[dict], None]) -> dict:
    data = json.loads(json.dumps(BASE))
    change(data)
    return data


ASK = lambda d: d["steps"][2]["ask"]  # noqa: E731
INVALID = [
    (lambda d: d["lesson"].pop("title"), "lesson.title: missing"),
    (lambda d: d["lesson"].update(title=" "), "lesson.title: must not be empty"),
    (lambda d: d["lesson"].update(language="fr"),
     "lesson.language: 'fr' is not one of en, es, pt_BR"),
    (lambda d: d["lesson"].update(goals="learn"), "lesson.goals: expected a list, got a string"),
    (lambda d: d["lesson"].update(goals=["ok", 3]),
     "lesson.goals[1]: expected a string, got a number"),
    (lambda d: d["lesson"].update(teacher="me"), "lesson.teacher: unknown field"),
    (lambda d: d.update(lesson="Window"), "lesson: expected an object, got a string"),
    (lambda d: ASK(d).update(answer=3), "steps[2].ask.answer: 3 is not a choice (0..1)"),
    (lambda d: ASK(d).update(answer=-1), "steps[2].ask.answer: -1 is not a choice (0..1)"),
    (lambda d: ASK(d).update(answer=True),
     "steps[2].ask.answer: expected the index of a choice, got a boolean"),
    (lambda d: ASK(d).update(answer="1"),
     "steps[2].ask.answer: expected the index of a choice, got a string"),
    (lambda d: ASK(d).pop("answer"), "steps[2].ask.answer: missing"),
    (lambda d: ASK(d).pop("question"), "steps[2].ask.question: missing"),
    (lambda d: ASK(d).pop("choices"), "steps[2].ask.choices: missing"),
    (lambda d: ASK(d).update(choices=["Yes"]), "steps[2].ask.choices: 1 given, a question "
                                               "needs 2 to 6"),
    (lambda d: ASK(d).update(choices=["Yes", "Yes"]),
     "steps[2].ask.choices[1]: duplicate choice 'Yes'"),
    (lambda d: ASK(d).update(choices=["Yes", ""]), "steps[2].ask.choices[1]: must not be empty"),
    (lambda d: ASK(d).update(explain=7), "steps[2].ask.explain: expected a string, got a number"),
    (lambda d: ASK(d).update(hint="x"), "steps[2].ask.hint: unknown field"),
    (lambda d: d["steps"][2].update(ask=["Yes", "No"]),
     "steps[2].ask: expected an object, got a list"),
    (lambda d: d["steps"][0].update(say=""), "steps[0].say: must not be empty"),
    (lambda d: d["steps"][0].update(say=None), "steps[0].say: expected a string, got null"),
    (lambda d: d["steps"][1].update(say=["a"]), "steps[1].say: expected a string, got a list"),
    (lambda d: d["steps"][1].update(say="x" * 2001), "steps[1].say: 2,001 characters, over 2,000"),
]


@pytest.mark.parametrize(("change", "message"), INVALID, ids=[m for _, m in INVALID])
def test_invalid_lesson_fields_exit_2_naming_the_field(capsys, tmp_path, change, message):
    path = tmp_path / "lesson.json"
    path.write_text(json.dumps(variant(change)), encoding="utf-8")
    code, out, err = run(capsys, path)
    assert (code, out) == (2, "")
    assert err.strip() == f"waboard run: {message}"


def test_a_valid_base_lesson_plays(capsys, tmp_path):
    path = tmp_path / "lesson.json"
    path.write_text(json.dumps(BASE), encoding="utf-8")
    assert run(capsys, path)[0] == 0


def test_narration_is_ignored_by_the_runner(capsys, tmp_path):
    bare = variant(lambda d: (d.pop("lesson"), d["steps"][0].pop("say"),
                              d["steps"][2].pop("ask")))
    with_narration, without = tmp_path / "with.json", tmp_path / "without.json"
    with_narration.write_text(json.dumps(BASE), encoding="utf-8")
    without.write_text(json.dumps(bare), encoding="utf-8")
    assert run(capsys, with_narration, "--json") == run(capsys, without, "--json")


def test_a_scenario_without_narration_is_a_lesson_named_after_it():
    lesson = load_lesson(resource("scenarios/02-worked-example.json"))
    assert lesson.scenario.lesson is None
    assert lesson.title == lesson.scenario.name
    assert lesson.goals == () and lesson.language == "en" and lesson.checkpoints == 0
    assert all(step.say == "" and step.ask is None for step in lesson.steps)


# playing a lesson step by step (no screen)


def messages(session: LessonSession) -> list[tuple]:
    return [(m.customer_id, m.at, m.direction, m.kind, m.text, m.accepted, m.reason, m.charge,
             m.category, m.opened)
            for m in session.workspace.store.messages(None)]


def test_a_session_asks_before_playing_a_checkpoint():
    session = LessonSession(load_lesson(resource("lessons/01-window.en.json")))
    assert (session.position, session.awaiting_answer, session.shown_step) == (0, False, None)
    assert session.answer(0) is None
    assert session.next() and session.awaiting_answer
    assert session.position == 0 and messages(session) == []
    assert not session.next(), "Next waits for the answer"
    assert session.answer(1) is True
    assert (session.position, session.awaiting_answer) == (1, False)
    assert session.played[0].result.outcome.refusal.code == 131047
    assert session.next() and session.position == 2
    assert session.next() and session.awaiting_answer
    with pytest.raises(ValueError, match="not a choice"):
        session.answer(5)
    assert session.awaiting_answer and session.position == 2


def test_a_session_plays_to_the_end_and_counts_right_answers():
    lesson = load_lesson(resource("lessons/04-consent.en.json"))
    session = LessonSession(lesson)
    wrong = True
    while not session.finished:
        if session.awaiting_answer:
            ask = session.steps[session.position].ask
            session.answer((ask.answer + 1) % len(ask.choices) if wrong else ask.answer)
            wrong = not wrong
        else:
            assert session.next()
    assert session.position == len(lesson.steps)
    assert not session.next()
    assert len(session.answers) == lesson.checkpoints
    assert session.right_answers == lesson.checkpoints // 2
    with Store.open(None) as store:
        expected = [step_object(p) for p in play(lesson.scenario, store)]
    assert [step_object_of(p) for p in session.played] == expected


def step_object_of(played) -> dict:
    from waboard.scenario.runner import PlayedStep

    return step_object(PlayedStep(played.step, played.result))


def test_back_and_restart_replay_the_same_inbox():
    lesson = load_lesson(resource("lessons/03-free-entry-points.en.json"))
    session = LessonSession(lesson)

    def forward(count: int) -> None:
        while session.position < count:
            if session.awaiting_answer:
                session.answer(0)
            else:
                session.next()

    forward(4)
    at_four, first_store = messages(session), session.workspace.store
    forward(6)
    assert len(messages(session)) > len(at_four)
    assert session.back() and session.position == 5
    assert session.back() and session.position == 4
    assert session.workspace.store is not first_store
    assert messages(session) == at_four
    assert session.answers.keys() == {1, 2}
    assert session.next() and session.awaiting_answer
    assert session.back() and not session.awaiting_answer and session.position == 4
    assert messages(session) == at_four
    session.restart()
    assert (session.position, session.answers, messages(session)) == (0, {}, [])
    assert not session.back()
    forward(4)
    assert messages(session) == at_four


def test_last_rule_text_is_the_rule_that_decided_the_step():
    lesson = load_lesson(resource("lessons/02-categories.en.json"))
    session = LessonSession(lesson)
    assert session.last_rule_text() == ""
    while not session.finished:
        session.answer(0) if session.awaiting_answer else session.next()
        if not session.awaiting_answer:
            last = session.last_played
            assert session.last_rule_text() == rule_sentence(
                last.action, last.result.outcome, Regime(lesson.scenario.pricing))


def test_a_report_names_the_code_conversation_and_charge():
    session = LessonSession(load_lesson(resource("lessons/01-window.en.json")))
    session.replay(6)
    refused = report(session.played[4])
    assert refused.accepted is False and refused.headline == "Refused · 131047"
    assert refused.details[0].startswith("Re-engagement message")
    template = report(session.played[5])
    assert template.accepted is True and template.headline == "Accepted"
    assert template.details[0].startswith("Opens a utility conversation until Wed 7 Jun 2023")
    assert template.details[1] == "Charge: $0.0266 (Mexico)"
    assert template.details[2].startswith("Customer service window: closed since")
    message = report(session.played[1])
    assert message.accepted is None
    assert message.details[-1].startswith("Customer service window: open until Tue 6 Jun")


def test_parse_lesson_reads_text():
    lesson = parse_lesson(json.dumps(BASE))
    assert isinstance(lesson, Lesson)
    assert lesson.title == "Window" and lesson.checkpoints == 1
    with pytest.raises(ScenarioError, match=r"lesson\.title: missing"):
        parse_lesson(json.dumps(variant(lambda d: d["lesson"].pop("title"))))
