"""Exercises: the file format, starting one, and the exercise a workspace records."""

from __future__ import annotations

import json
from decimal import Decimal

import pytest

from tests.conftest import exercise_path
from waboard.settings import EXERCISE
from waboard.trainer.exercises import (
    ExerciseError,
    Target,
    assignment_of,
    bundled_exercises,
    load_exercise,
    parse_exercise,
)


def test_three_exercises_ship_and_load():
    exercises = [load_exercise(path) for path in bundled_exercises()]
    assert len(exercises) == 3
    for exercise in exercises:
        assert exercise.title and exercise.goal and exercise.target is not None
        assert exercise.target.customer in {c.id for c in exercise.scenario.customers}
        assert exercise.best is not None


def test_starting_records_the_exercise_after_the_start_workspace(started):
    workspace, ids = started("01")
    assignment = assignment_of(workspace.store)
    assert assignment is not None
    assert assignment.title == "Order update after the window closed"
    assert assignment.target == Target("ana", "order_update")
    assert assignment.since_id == workspace.store.message_count() == 2
    assert assignment.best == Decimal("0.0266")
    assert not workspace.state(ids["ana"]).window_open(workspace.now())


@pytest.mark.parametrize(("change", "message"), [
    (lambda raw: raw.pop("goal"), "goal: expected a text"),
    (lambda raw: raw.update(extra=1), "extra: unknown field"),
    (lambda raw: raw["target"].update(customer="zoe"), "target.customer: no customer 'zoe'"),
    (lambda raw: raw["target"].update(template="nope"), "target.template: no template"),
    (lambda raw: raw.update(best="cheap"), "best: 'cheap' is not an amount"),
    (lambda raw: raw["workspace"].update(pricing="free"), "workspace.pricing"),
    (lambda raw: raw.pop("workspace"), "workspace: missing"),
])
def test_a_bad_exercise_file_names_the_field(change, message):
    raw = json.loads(exercise_path("01").read_text(encoding="utf-8"))
    change(raw)
    with pytest.raises(ExerciseError, match=message.replace("(", r"\(").replace(")", r"\)")):
        parse_exercise(json.dumps(raw), "bad.json")


def test_unreadable_exercise_files(tmp_path):
    with pytest.raises(ExerciseError, match="cannot be read"):
        load_exercise(tmp_path / "missing.json")
    broken = tmp_path / "broken.json"
    broken.write_text("{", encoding="utf-8")
    with pytest.raises(ExerciseError, match="not valid JSON"):
        load_exercise(broken)


def test_a_workspace_without_an_exercise_setting_has_no_assignment(workspace):
    assert assignment_of(workspace.store) is None
    workspace.store.set_setting(EXERCISE.key, "garbage")
    assert assignment_of(workspace.store) is None
