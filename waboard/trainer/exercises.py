"""Trainer exercises: the file format, starting one, and the exercise a workspace records.

An exercise is a start workspace (a scenario), a goal in words for the trainee, and a target:
the customer and the template whose content must reach them ("get the order update to Ana as
cheaply as possible"). Starting one plays the scenario into a new workspace file and records
the exercise in its settings, with the last message id of the start: everything after it is
the trainee's work, which `waboard.trainer.grading` grades. Qt-free.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation
from pathlib import Path
from typing import Any

from ..i18n import translate
from ..inputs import quoted
from ..resources import resource
from ..scenario.errors import OneLineError
from ..scenario.loader import Scenario, ScenarioError, parse_scenario, read_json
from ..service import Workspace
from ..settings import EXERCISE
from ..store import Store
from ..workspaces import create_from_scenario

EXERCISES_FOLDER = "exercises"
MAX_FILE_BYTES = 4 * 1024 * 1024
_FIELDS = {"title", "goal", "target", "best", "hint", "workspace"}


class ExerciseError(OneLineError):
    """An exercise file that cannot be used: the field at fault."""


MAX_AMOUNT = 1_000_000
MIN_EXPONENT = -8


@dataclass(frozen=True, slots=True)
class Target:
    """What must reach whom: `template` by name (any language unless `language` is given).

    A free-form message to the customer counts as well: inside the window it carries the
    same content, for free."""

    customer: str
    template: str
    language: str | None = None

    def as_dict(self) -> dict[str, Any]:
        return {"customer": self.customer, "template": self.template, "language": self.language}


@dataclass(frozen=True, slots=True)
class Exercise:
    title: str
    goal: str
    target: Target | None
    scenario: Scenario
    best: Decimal | None = None
    hint: str = ""
    source: str = ""


@dataclass(frozen=True, slots=True)
class Assignment:
    """The exercise a workspace was started for, as its settings record it."""

    title: str
    goal: str
    target: Target | None
    since_id: int
    best: Decimal | None = None
    hint: str = ""


# Exercise files


def bundled_exercises() -> list[Path]:
    """The exercise files shipped in resources/exercises/, in file name order."""
    folder = resource(EXERCISES_FOLDER)
    return sorted(folder.glob("*.json")) if folder.is_dir() else []


def load_exercise(path: str | Path) -> Exercise:
    """Read and check an exercise file. Raises ExerciseError."""
    path = Path(path)
    try:
        if path.stat().st_size > MAX_FILE_BYTES:
            raise _fault(translate("ExerciseError", "{file}: over the {limit} byte limit"),
                         file=path.name, limit=f"{MAX_FILE_BYTES:,}")
        data = path.read_bytes()
    except OSError as error:
        raise _fault(translate("ExerciseError", "{file}: cannot be read ({reason})"),
                     file=path, reason=error.strerror or error) from None
    return parse_exercise(data, path.name)


def parse_exercise(data: bytes | str, source: str = "exercise") -> Exercise:
    """Check exercise JSON; the start workspace is a scenario. Raises ExerciseError."""
    try:
        raw = read_json(data.decode("utf-8-sig") if isinstance(data, bytes) else data, source)
    except UnicodeDecodeError:
        raise _fault(translate("ExerciseError", "{file}: not UTF-8 text"), file=source) from None
    except ScenarioError as error:
        raise ExerciseError(str(error)) from None
    if not isinstance(raw, dict):
        raise _fault(translate("ExerciseError", "{file}: expected an object"), file=source)
    for key in raw:
        if key not in _FIELDS:
            raise _fault(translate("ExerciseError", "{file}: {field}: unknown field"),
                         file=source, field=key)
    title = _text(raw, "title", source)
    goal = _text(raw, "goal", source)
    if "workspace" not in raw:
        raise _fault(translate("ExerciseError", "{file}: workspace: missing (a scenario object)"),
                     file=source)
    try:
        scenario = parse_scenario(json.dumps(raw["workspace"]), source, require_steps=False)
    except ScenarioError as error:
        raise ExerciseError(f"{source}: workspace.{error}") from None
    target = None
    if raw.get("target") is not None:
        item = raw["target"]
        if not isinstance(item, dict) or set(item) - {"customer", "template", "language"}:
            raise _fault(translate("ExerciseError",
                                   "{file}: target: expected customer, template (and language)"),
                         file=source)
        target = Target(_text(item, "customer", f"{source}: target"),
                        _text(item, "template", f"{source}: target"),
                        item.get("language") if isinstance(item.get("language"), str) else None)
        if target.customer not in {c.id for c in scenario.customers}:
            raise _fault(translate("ExerciseError",
                                   "{file}: target.customer: no customer {id} in the workspace"),
                         file=source, id=quoted(target.customer))
        if target.template not in {t.name for t in scenario.templates}:
            raise _fault(translate("ExerciseError",
                                   "{file}: target.template: no template {name} in the workspace"),
                         file=source, name=quoted(target.template))
    best = _amount(raw.get("best"), f"{source}: best")
    hint = _text(raw, "hint", source, "")
    return Exercise(title, goal, target, scenario, best, hint, source)


def _fault(message: str, **values: object) -> ExerciseError:
    """The error of a translated `message`, its placeholders filled with `values`."""
    return ExerciseError(message.format(**values))


def _text(item: dict[str, Any], key: str, where: str, default: str | None = None) -> str:
    value = item.get(key, default)
    if not isinstance(value, str) or (default is None and not value.strip()):
        raise _fault(translate("ExerciseError", "{where}: {field}: expected a text"),
                     where=where, field=key)
    return value


def _amount(value: Any, where: str) -> Decimal | None:
    if value is None:
        return None
    try:
        amount = Decimal(str(value))
    except InvalidOperation:
        raise _fault(translate("ExerciseError", "{where}: {value} is not an amount"),
                     where=where, value=quoted(value)) from None
    if not amount.is_finite() or not 0 <= amount < MAX_AMOUNT or (
            amount and amount.adjusted() < MIN_EXPONENT):
        raise _fault(translate("ExerciseError", "{where}: {value} is not an amount (0 to "
                                                "{limit}, at most {decimals} decimals)"),
                     where=where, value=quoted(value), limit=f"{MAX_AMOUNT:,}",
                     decimals=-MIN_EXPONENT)
    return amount


# Starting one


def start_exercise(exercise: Exercise, target: Path) -> Workspace:
    """Play the exercise's start workspace into the new file `target` and record the
    exercise in it. Raises ScenarioError, StoreError or InputError (no file left behind)."""
    workspace = create_from_scenario(exercise.scenario, target)
    assign(workspace, exercise)
    return workspace


def assign(workspace: Workspace, exercise: Exercise) -> Assignment:
    """Record `exercise` in the workspace: what the trainee does from now on is graded."""
    last = workspace.store.messages(None, 1)
    assignment = Assignment(exercise.title, exercise.goal, exercise.target,
                            last[0].id or 0 if last else 0, exercise.best, exercise.hint)
    workspace.set_exercise({
        "title": assignment.title, "goal": assignment.goal,
        "target": exercise.target.as_dict() if exercise.target else None,
        "since_id": assignment.since_id,
        "best": str(exercise.best) if exercise.best is not None else None,
        "hint": exercise.hint, "source": exercise.source,
    })
    return assignment


def assignment_of(store: Store) -> Assignment | None:
    """The exercise this workspace was started for, if any."""
    saved = EXERCISE.read(store)
    if not isinstance(saved, dict):
        return None
    target = saved.get("target")
    try:
        best = _amount(saved.get("best"), "best")
    except ExerciseError:
        best = None
    return Assignment(
        str(saved.get("title", "")), str(saved.get("goal", "")),
        Target(target["customer"], target["template"], target.get("language"))
        if isinstance(target, dict) else None,
        int(saved.get("since_id") or 0), best, str(saved.get("hint", "")),
    )
