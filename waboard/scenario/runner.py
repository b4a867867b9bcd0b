"""Play a scenario through the workspace service, step by step."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

from ..clock import ClockSetting
from ..service import StepResult, Workspace
from ..store import Store
from .loader import Scenario, ScenarioError, Step


@dataclass(frozen=True, slots=True)
class PlayedStep:
    step: Step
    result: StepResult


def start_workspace(store: Store, scenario: Scenario) -> tuple[Workspace, dict[str, int]]:
    """Set up an empty store with the scenario's settings, customers and templates."""
    if store.customer_count():
        where = store.path or "the store"
        raise ScenarioError(f"{where} already holds a workspace: play the scenario into a new file")
    with store.transaction():
        workspace = Workspace(store)
        workspace.set_clock(ClockSetting(scenario.start))  # first: what follows is at start
        workspace.set_name(scenario.name)
        workspace.set_regime(scenario.pricing)
        if scenario.rates:
            workspace.set_rate_overrides(scenario.rates)
        ids = {
            c.id: workspace.add_customer(c.name, c.phone, key=c.id, opt_in=c.opt_in,
                                         reachable=c.reachable)
            for c in scenario.customers
        }
        for template in scenario.templates:
            workspace.add_template(template)
    return workspace, ids


def play(scenario: Scenario, store: Store) -> list[PlayedStep]:
    """Play every step on an empty store, all in one transaction."""
    with store.transaction():
        workspace, ids = start_workspace(store, scenario)
        return list(play_steps(workspace, scenario, ids))


def play_steps(workspace: Workspace, scenario: Scenario, ids: dict[str, int]
               ) -> Iterator[PlayedStep]:
    for step in scenario.steps:
        yield PlayedStep(step, perform(workspace, ids[step.customer], step))


def perform(workspace: Workspace, customer_id: int, step: Step) -> StepResult:
    """Do one step's action at its instant."""
    at = step.at
    match step.action:
        case "customer_message":
            return workspace.customer_message(customer_id, step.text, step.referral, at=at)
        case "send_text":
            return workspace.send_text(customer_id, step.text, at=at)
        case "send_template":
            return workspace.send_template(customer_id, step.template, step.language,
                                           step.params, at=at)
        case "opt_in":
            return workspace.opt_in(customer_id, at=at, source="scenario")
        case "opt_out":
            return workspace.opt_out(customer_id, at=at, source="scenario")
        case _:
            return workspace.wait(customer_id, at=at)
