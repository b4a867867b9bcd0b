"""Hostile scenario, lesson and exercise files: every refusal is one short line (quoted
values cut), ids that cannot be told apart are refused, and size, depth and number limits
hold before anything is built from the file."""

from __future__ import annotations

import json
import unicodedata

import pytest

from waboard import cli
from waboard.inputs import QUOTE_LIMIT, cut, quoted
from waboard.scenario.loader import ScenarioError, parse_scenario
from waboard.trainer.exercises import ExerciseError, parse_exercise

ANA = {"id": "ana", "name": "Ana", "phone": "+52 55 1234 5678"}


def scenario(**fields) -> str:
    return json.dumps({"customers": [ANA], "steps": [], **fields})


def refusal(data: str, kind=ScenarioError, parse=parse_scenario) -> str:
    with pytest.raises(kind) as error:
        parse(data)
    message = str(error.value)
    assert "\n" not in message and len(message) < 400, message[:500]
    return message


def test_the_quote_helper_cuts_long_values():
    assert cut("x" * 81) == "x" * 77 + "..." and len(cut("y" * 10**6)) == QUOTE_LIMIT
    assert quoted("ab") == "'ab'" and len(quoted("z" * 10**6)) <= QUOTE_LIMIT + 2


def test_a_huge_value_is_quoted_cut(tmp_path, capsys):
    huge = {**ANA, "phone": "+52 " + "5" * 10_000_000}
    path = tmp_path / "huge.json"
    path.write_text(json.dumps({"customers": [huge], "steps": []}))
    assert cli.main(["run", str(path)]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and len(err) < 400 and "customers[0].phone" in err
    refusal(scenario(steps=[{"after": "x" * 10**6, "customer": "ana", "action": "wait"}]))
    refusal(scenario(steps=[{"after": "0s", "customer": "q" * 10**6, "action": "wait"}]))


@pytest.mark.parametrize("cid", ["", "   ", "i" * 1_000_000])
def test_empty_and_huge_customer_ids_are_refused(cid):
    assert "customers[0].id" in refusal(scenario(customers=[{**ANA, "id": cid}]))


def test_ids_that_look_the_same_are_twins():
    nfc = unicodedata.normalize("NFC", "josé")
    nfd = unicodedata.normalize("NFD", "josé")
    assert nfc != nfd
    twins = [{**ANA, "id": nfc}, {**ANA, "id": nfd, "phone": "+52 55 8765 4321"}]
    assert "duplicate customer id" in refusal(scenario(customers=twins))


def exercise(**fields) -> str:
    return json.dumps({"title": "T", "goal": "G",
                       "workspace": {"customers": [ANA], "steps": []}, **fields})


@pytest.mark.parametrize("data", [
    "[" * 100_000 + "]" * 100_000,
    '{"title": "T", "goal": "G", "best": ' + "9" * 5000 + "}",
    '{"title": "T", "goal": "G", "best": 1e999999}',
])
def test_deep_and_huge_numbers_in_exercise_files_are_one_line_refusals(data):
    refusal(data, ExerciseError, parse_exercise)


@pytest.mark.parametrize("best", ["1e999999", "1e-999999", "NaN", "-1", 1e308])
def test_an_exercise_best_that_is_not_a_sane_amount_is_refused(best):
    assert "best" in refusal(exercise(best=best), ExerciseError, parse_exercise)


def test_deep_nesting_in_a_scenario_is_refused_before_parsing():
    assert "nested too deeply" in refusal('{"customers": ' + "[" * 100_000 + "]" * 100_000 + "}")
    assert "of a number" in refusal('{"customers": [], "steps": [], "x": ' + "7" * 5000 + "}")
