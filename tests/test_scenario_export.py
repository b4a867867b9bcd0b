"""Export as scenario: the file `waboard run` plays decides every step as the workspace did,
for the demo and every teaching scenario; the CLI writes it to stdout or a file."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from waboard.cli import main
from waboard.resources import DEMO_WORKSPACE, resource
from waboard.scenario.export import export_scenario
from waboard.scenario.loader import load_scenario
from waboard.scenario.report import step_object
from waboard.scenario.runner import play
from waboard.service import Workspace
from waboard.store import Store

SCENARIOS = sorted(Path(resource("scenarios")).glob("*.json"))


def decisions(played) -> list[dict]:
    """The decided steps (a wait decides nothing), without their numbers."""
    lines = [step_object(p) for p in played if p.step.action != "wait"]
    return [{k: v for k, v in line.items() if k != "step"} for line in lines]


@pytest.mark.parametrize("source", [resource(DEMO_WORKSPACE), *SCENARIOS],
                         ids=lambda p: Path(p).stem)
def test_the_exported_scenario_decides_every_step_as_the_workspace(tmp_path, source):
    scenario = load_scenario(source)
    with Store.open(tmp_path / "w.waboard") as store:
        original = decisions(play(scenario, store))
        exported = tmp_path / "exported.json"
        count = export_scenario(Workspace(store), exported)
    again = load_scenario(exported)
    assert count == len(again.steps)
    with Store.open(None) as fresh:
        assert decisions(play(again, fresh)) == original
    assert again.pricing == scenario.pricing and again.name == scenario.name
    assert {c.id for c in again.customers} == {c.id for c in scenario.customers}


def test_a_workspace_made_by_hand_round_trips_with_its_rates_and_keyword_opt_out(
        tmp_path, workspace, ana):
    workspace.set_rate_overrides({"MX": {"marketing": "0.0500", "utility": "0.0100",
                                         "authentication": "0.0100", "service": "0.0000"}})
    workspace.customer_message(ana, "Hola", "ctwa_ad")
    workspace.send_template(ana, "spring_sale", "es_MX", ["Ana"])
    workspace.customer_message(ana, "STOP")
    workspace.send_template(ana, "spring_sale", "es_MX", ["Ana"])
    path = tmp_path / "hand.json"
    export_scenario(workspace, path)
    scenario = load_scenario(path)
    assert [s.action for s in scenario.steps] == [
        "customer_message", "send_template", "customer_message", "send_template"]
    assert scenario.rates["MX"]["marketing"] == "0.0500"
    with Store.open(None) as fresh:
        played = play(scenario, fresh)
        replayed = [m for m in fresh.all_messages() if m.direction == "out"]
    stored = [m for m in workspace.store.all_messages() if m.direction == "out"]
    assert [(m.accepted, m.reason, m.charge, m.category) for m in replayed] == \
        [(m.accepted, m.reason, m.charge, m.category) for m in stored]
    assert played[-1].result.outcome.refusal.reason.value == "opted_out"


def test_cli_exports_a_scenario_to_stdout_and_to_a_file(tmp_path, capsys):
    db = tmp_path / "w.waboard"
    assert main(["run", str(SCENARIOS[0]), "--db", str(db)]) == 0
    capsys.readouterr()
    assert main(["export", "--db", str(db), "--format", "scenario"]) == 0
    printed = json.loads(capsys.readouterr().out)
    assert printed["steps"] and printed["customers"]
    out = tmp_path / "bug.json"
    assert main(["export", "--db", str(db), "--format", "scenario", "--output", str(out)]) == 0
    assert json.loads(out.read_text("utf-8")) == printed
    assert main(["run", str(out)]) == 0
