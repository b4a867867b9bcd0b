"""Grading a trainee's work: the stored history replayed, every business message judged.

Grading reads only the stored messages, so any workspace can be graded: the history is
replayed by the history replayer (`waboard.history.replay`, under the workspace's regime or
another), and every business message after `since_id` gets a verdict:

- a refused send (10 points), a free-form message outside the window (15), a marketing
  template to a customer who opted out (25);
- a paid template where a free-form reply inside the window would have been free or cheaper
  (15), and, when that template opened a second conversation while another was open for
  the reply to join, a wasted conversation (20);
- the goal not met (40), when the exercise has a target.

Each mistake names the cheaper alternative. The score is 100 minus the penalties, at least 0.
Qt-free.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import replace
from datetime import datetime
from decimal import Decimal

from ..billing.replay import customer_markets, workspace_regime
from ..explain import category_label, outcome_note
from ..history.replay import Step, replay
from ..money import exact_money
from ..rules.engine import decide
from ..rules.model import (
    ZERO,
    Category,
    Consent,
    CustomerState,
    Outcome,
    Reason,
    Regime,
    SendTemplate,
    SendText,
)
from ..rules.pricing import MarketRates, RateCard
from ..store import CustomerRecord, MessageRecord, Store
from .exercises import Target, assignment_of
from .report import Report, ReportLine, Verdict, report_time


def grade_workspace(store: Store, regime: Regime | str | None = None,
                    rate_card: RateCard | None = None) -> Report:
    """Grade the exercise the workspace was started for, or, without one, its whole history."""
    assignment = assignment_of(store)
    if assignment is None:
        return grade(store, None, regime, rate_card, title="Workspace review",
                     goal="Every business message in this workspace, checked against the rules.")
    return grade(store, assignment.since_id, regime, rate_card, target=assignment.target,
                 title=assignment.title, goal=assignment.goal, best=assignment.best)


def grade(store: Store, since_id: int | None = None, regime: Regime | str | None = None,
          rate_card: RateCard | None = None, *, target: Target | None = None,
          title: str = "", goal: str = "", best: Decimal | None = None) -> Report:
    """Grade every business message after message `since_id` (all of them for None).

    The history is replayed through the rules engine under `regime` (the workspace's when
    None) with `rate_card` (the workspace's own card and overrides when None); the store is
    only read.
    """
    regime = Regime(regime) if regime is not None else workspace_regime(store)
    customers = {c.id: c for c in store.customers() if c.id is not None}
    markets = customer_markets(store, rate_card)
    grader = _Grader(regime, customers, markets, since_id or 0)
    for step in replay(store, regime, markets):
        grader.grade(step)
    lines = list(grader.lines)
    goal_met = None
    if target is not None:
        goal_met, line = _goal_line(target, customers, grader.delivered)
        lines.append(line)
    currency = next(iter(markets.values())).currency if markets else "USD"
    return Report(title or "Exercise", goal, regime, tuple(lines), grader.spent, currency, best,
                  goal_met)


class _Grader:
    """Judges the replayed business messages after `since_id`, adding up what they cost."""

    def __init__(self, regime: Regime, customers: dict[int, CustomerRecord],
                 markets: Mapping[int, MarketRates], since_id: int) -> None:
        self.regime = regime
        self.customers = customers
        self.markets = markets
        self.since_id = since_id
        self.lines: list[ReportLine] = []
        self.delivered: list[tuple[MessageRecord, ReportLine]] = []
        self.spent = ZERO

    def grade(self, step: Step) -> None:
        if (step.record.id or 0) <= self.since_id:
            return
        if step.refused:
            self.lines.append(self._refused(step))
        elif step.replayed:
            line = self._accepted(step)
            self.lines.append(line)
            self.delivered.append((step.record, line))
            self.spent += line.charge

    # verdicts

    def _accepted(self, step: Step) -> ReportLine:
        record, action, before, outcome = step.record, step.action, step.before, step.outcome
        assert isinstance(action, SendText | SendTemplate) and outcome is not None
        cid, at = record.customer_id, record.at
        market, who = self.markets[cid], _first(self.customers[cid].name)
        note = outcome_note(outcome, market, self.regime)
        line = ReportLine(record.id, at, self.customers[cid].name, _describe(action), note,
                          outcome.charge, Verdict.OK, _why_ok(outcome, before, at, who))
        if not outcome.charge or not before.window_open(at) or isinstance(action, SendText):
            return line
        reply = decide(before, SendText("reply"), at, self.regime, market.rates, step.account)
        if not reply.accepted or reply.charge >= outcome.charge:
            return line
        cost = exact_money(outcome.charge, market.currency)
        closes = report_time(before.window_expires())
        free = "free" if not reply.charge else f"{exact_money(reply.charge, market.currency)}"
        others = before.open_conversations(at)
        use = outcome.conversation
        if others and use is not None and use.opened:
            joined = category_label(others[0].category).lower()
            return replace(
                line, verdict=Verdict.WASTED_CONVERSATION,
                why=f"Opened a second conversation ({category_label(use.category).lower()}, "
                    f"{cost}) while {who}'s {joined} conversation was open until "
                    f"{report_time(others[0].expires_at)}.",
                alternative=f"A free-form reply inside the window would have joined the open "
                            f"{joined} conversation: {free}.")
        service = "" if reply.charge else _free_service_note(reply, self.regime)
        return replace(
            line, verdict=Verdict.PAID_TEMPLATE,
            why=f"A template charged {cost} while {who}'s customer service window was open "
                f"(until {closes}).",
            alternative=f"A free-form reply inside the window would have been {free}{service}.")

    def _refused(self, step: Step) -> ReportLine:
        record, action, state = step.record, step.action, step.before
        assert isinstance(action, SendText | SendTemplate)
        cid, at = record.customer_id, record.at
        customer, market = self.customers[cid], self.markets[cid]
        who = _first(customer.name)
        code = f" ({record.error_code})" if record.error_code else ""
        result = f"Not sent{code}: {record.error_message or 'refused'}"
        reason = Reason(record.reason) if record.reason else None
        line = ReportLine(record.id, at, customer.name, _describe(action), result, ZERO,
                          Verdict.REFUSED, "The platform refused it: nothing was delivered.")
        if reason is Reason.WINDOW_CLOSED:
            closes = state.window_expires()
            when = f"closed at {report_time(closes)}" if closes else "never opened"
            utility = exact_money(market.rate(Category.UTILITY), market.currency)
            if state.consent is Consent.OPTED_IN:
                alternative = (f"Send an approved template instead (a utility template opens "
                               f"a conversation at {utility} in {market.market}), or wait for "
                               f"{who} to write and reply free inside the window.")
            else:
                alternative = (f"{who} has not opted in: record an opt-in before sending a "
                               f"template, or wait for {who} to write and reply inside the "
                               "window.")
            return replace(line, verdict=Verdict.OUTSIDE_WINDOW,
                           why=f"Free-form text needs an open window; {who}'s window {when}.",
                           alternative=alternative)
        if reason is Reason.OPTED_OUT:
            return replace(line, verdict=Verdict.MARKETING_OPTED_OUT,
                           why=f"{who} opted out: no marketing template may reach them.",
                           alternative=f"Send {who} no promotions. A utility template, or a "
                                       "free-form reply inside the window, can still carry "
                                       "order news.")
        alternatives = {
            Reason.NO_OPT_IN: f"Record {who}'s opt-in first (with its source and words), or "
                              f"wait for {who} to write: inside the window a template needs "
                              "no opt-in.",
            Reason.UNDELIVERABLE: f"{who}'s number has no WhatsApp account: check the number "
                                  "before sending.",
            Reason.PARAM_MISMATCH: "Give one value per {{n}} parameter of the template.",
            Reason.TEMPLATE_PAUSED: "Choose another approved template: a paused one cannot "
                                    "be sent until its quality recovers.",
            Reason.TEMPLATE_DISABLED: "Choose another approved template: this one is "
                                      "disabled.",
        }
        alternative = alternatives.get(
            reason, "Choose an approved template in the customer's language.") \
            if reason is not None else ""
        return replace(line, alternative=alternative)


def _goal_line(target: Target, customers: dict[int, CustomerRecord],
               delivered: list[tuple[MessageRecord, ReportLine]]) -> tuple[bool, ReportLine]:
    customer = next((c for c in customers.values() if c.key == target.customer), None)
    name = customer.name if customer else target.customer
    who = _first(name)
    for record, line in delivered:
        if customer is None or record.customer_id != customer.id:
            continue
        template = record.kind == "template" and record.template_name == target.template and (
            target.language is None or record.template_language == target.language)
        if template or record.kind == "text":
            how = f"the {target.template} template" if template else "a free-form message"
            return True, ReportLine(None, record.at, name, f"Goal: {target.template} to {who}",
                                    line.result, ZERO, Verdict.GOAL_MET,
                                    f"{who} got the update as {how}.")
    return False, ReportLine(
        None, None, name, f"Goal: {target.template} to {who}", "Never delivered", ZERO,
        Verdict.GOAL_MISSED,
        f"Neither the {target.template} template nor a free-form reply reached {who}.",
        f"Reply to {who} free-form if the window is open; otherwise send the approved "
        f"{target.template} template.")


def _describe(action: SendText | SendTemplate) -> str:
    if isinstance(action, SendText):
        text = " ".join(action.text.split())
        return f"Free-form: “{text if len(text) <= 48 else text[:47] + '…'}”"
    template = action.template
    category = f" ({category_label(template.category).lower()})" if template else ""
    return f"Template {action.name}{category}"


def _why_ok(outcome: Outcome, before: CustomerState, at: datetime, who: str) -> str:
    use = outcome.conversation
    if not outcome.charge:
        if use is not None and use.opened is False:
            return f"Free: joined the open {category_label(use.category).lower()} conversation."
        return "Free."
    if not before.window_open(at):
        return f"No free way: {who}'s window was closed, so only a template could reach them."
    return "No cheaper way at that moment."


def _free_service_note(reply: Outcome, regime: Regime) -> str:
    use = reply.conversation
    if use is None or not use.opened or use.category is not Category.SERVICE:
        return ""
    if regime.has_free_tier:
        return " (a service conversation, within the monthly free tier)"
    return " (service conversations are free)"


def _first(name: str) -> str:
    return name.split()[0] if name.split() else name
