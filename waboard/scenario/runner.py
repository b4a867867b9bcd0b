"""Play a scenario through the workspace service, step by step."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

from ..clock import ClockSetting
from ..service import StepResult, Workspace
from ..store import Store
from .loader import TEMPLATE_ACTIONS, Scenario, ScenarioError, Step


@dataclass(frozen=True, slots=True)
class PlayedStep:
    """A step and what it did: None for a template step (it decides no message)."""

    step: Step
    result: StepResult | None


def start_workspace(store: Store, scenario: Scenario) -> tuple[Workspace, dict[str, int]]:
    """Set up an empty store with the scenario's settings, customers and templates."""
    if store.customer_count():
        where = store.path or "the store"
        raise ScenarioError(f"{where} already holds a workspace: play the scenario into a new file")
    with store.transaction():
        workspace = Workspace(store)
        workspace.set_name(scenario.name)
        workspace.set_regime(scenario.pricing)
        if "account" in scenario.raw:
            workspace.set_account(scenario.account)
        workspace.set_clock(ClockSetting(scenario.start))
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
        if step.action in TEMPLATE_ACTIONS:
            change_template(workspace, step)
            yield PlayedStep(step, None)
        else:
            yield PlayedStep(step, perform(workspace, ids[step.customer], step))


def change_template(workspace: Workspace, step: Step) -> None:
    """A template step: its status or category changes from the step's instant on."""
    key = (step.template, step.language)
    if step.action == "set_template_status":
        workspace.set_template_status(key, step.value, at=step.at)
    else:
        workspace.set_template_category(key, step.value, at=step.at)


def perform(workspace: Workspace, customer_id: int, step: Step) -> StepResult:
    """Do one customer step's action at its instant."""
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
        case "stop_marketing":
            return workspace.stop_marketing(customer_id, at=at)
        case "resume_marketing":
            return workspace.resume_marketing(customer_id, at=at)
        case _:
            return workspace.wait(customer_id, at=at)
