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
from ..explain import category_label, outcome_note, refusal_note
from ..history.replay import Step, replay
from ..i18n import QT_TRANSLATE_NOOP, translate
from ..money import exact_money
from ..rules.engine import decide
from ..rules.model import (
    ZERO,
    Category,
    Consent,
    CustomerState,
    Outcome,
    Reason,
    Refusal,
    Regime,
    SendTemplate,
    SendText,
)
from ..rules.pricing import MarketRates, RateCard
from ..store import CustomerRecord, MessageRecord, Store
from .exercises import Target, assignment_of
from .report import Report, ReportLine, Verdict, report_time

ALTERNATIVES = {
    Reason.NO_OPT_IN: QT_TRANSLATE_NOOP(
        "Grading", "Record {name}'s opt-in first (with its source and words), or wait for "
                   "{name} to write: inside the window a template needs no opt-in."),
    Reason.UNDELIVERABLE: QT_TRANSLATE_NOOP(
        "Grading", "{name}'s number has no WhatsApp account: check the number before sending."),
    Reason.PARAM_MISMATCH: QT_TRANSLATE_NOOP(
        "Grading", "Give one value per {parameter} parameter of the template."),
    Reason.TEMPLATE_PAUSED: QT_TRANSLATE_NOOP(
        "Grading", "Choose another approved template: a paused one cannot be sent until its "
                   "quality recovers."),
    Reason.TEMPLATE_DISABLED: QT_TRANSLATE_NOOP(
        "Grading", "Choose another approved template: this one is disabled."),
}
"""The cheaper way after a refusal, by reason ({name}: the customer's first name)."""
OTHER_ALTERNATIVE = QT_TRANSLATE_NOOP(
    "Grading", "Choose an approved template in the customer's language.")


def grade_workspace(store: Store, regime: Regime | str | None = None,
                    rate_card: RateCard | None = None) -> Report:
    """Grade the exercise the workspace was started for, or, without one, its whole history."""
    assignment = assignment_of(store)
    if assignment is None:
        return grade(store, None, regime, rate_card,
                     title=translate("Grading", "Workspace review"),
                     goal=translate("Grading", "Every business message in this workspace, "
                                               "checked against the rules."))
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
    return Report(title or translate("Grading", "Exercise"), goal, regime, tuple(lines),
                  grader.spent, currency, best, goal_met)


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
        reply_cost = exact_money(reply.charge, market.currency)
        others = before.open_conversations(at)
        use = outcome.conversation
        if others and use is not None and use.opened:
            joined = category_label(others[0].category).lower()
            alternative = translate(
                "Grading", "A free-form reply inside the window would have joined the open "
                           "{category} conversation: free.") if not reply.charge else translate(
                "Grading", "A free-form reply inside the window would have joined the open "
                           "{category} conversation: {amount}.")
            return replace(
                line, verdict=Verdict.WASTED_CONVERSATION,
                why=translate("Grading", "Opened a second conversation ({category}, {cost}) "
                                         "while {name}'s {open} conversation was open until "
                                         "{until}.").format(
                    category=category_label(use.category).lower(), cost=cost, name=who,
                    open=joined, until=report_time(others[0].expires_at)),
                alternative=alternative.format(category=joined, amount=reply_cost))
        return replace(
            line, verdict=Verdict.PAID_TEMPLATE,
            why=translate("Grading", "A template charged {cost} while {name}'s customer "
                                     "service window was open (until {until}).").format(
                cost=cost, name=who, until=closes),
            alternative=_free_reply(reply, self.regime).format(amount=reply_cost))

    def _refused(self, step: Step) -> ReportLine:
        record, action, state = step.record, step.action, step.before
        assert isinstance(action, SendText | SendTemplate)
        cid, at = record.customer_id, record.at
        customer, market = self.customers[cid], self.markets[cid]
        who = _first(customer.name)
        reason = Reason(record.reason) if record.reason else None
        result = refusal_note(Refusal(  # the note shows the code and message, not the reason
            reason or Reason.UNDELIVERABLE, record.error_message
            or translate("Grading", "refused"), record.error_code))
        line = ReportLine(record.id, at, customer.name, _describe(action), result, ZERO,
                          Verdict.REFUSED,
                          translate("Grading", "The platform refused it: nothing was delivered."))
        if reason is Reason.WINDOW_CLOSED:
            closes = state.window_expires()
            why = translate("Grading", "Free-form text needs an open window; {name}'s window "
                                       "closed at {time}.") if closes else translate(
                "Grading", "Free-form text needs an open window; {name}'s window never opened.")
            utility = exact_money(market.rate(Category.UTILITY), market.currency)
            if state.consent is Consent.OPTED_IN:
                alternative = translate(
                    "Grading", "Send an approved template instead (a utility template opens a "
                               "conversation at {amount} in {market}), or wait for {name} to "
                               "write and reply free inside the window.")
            else:
                alternative = translate(
                    "Grading", "{name} has not opted in: record an opt-in before sending a "
                               "template, or wait for {name} to write and reply inside the "
                               "window.")
            return replace(line, verdict=Verdict.OUTSIDE_WINDOW,
                           why=why.format(name=who, time=report_time(closes)),
                           alternative=alternative.format(amount=utility, market=market.market,
                                                          name=who))
        if reason is Reason.OPTED_OUT:
            return replace(
                line, verdict=Verdict.MARKETING_OPTED_OUT,
                why=translate("Grading", "{name} opted out: no marketing template may reach "
                                         "them.").format(name=who),
                alternative=translate("Grading", "Send {name} no promotions. A utility "
                                                 "template, or a free-form reply inside the "
                                                 "window, can still carry order news."
                                      ).format(name=who))
        if reason is None:
            return line
        alternative = translate("Grading", ALTERNATIVES.get(reason, OTHER_ALTERNATIVE))
        return replace(line, alternative=alternative.format(name=who, parameter="{{n}}"))


def _goal_line(target: Target, customers: dict[int, CustomerRecord],
               delivered: list[tuple[MessageRecord, ReportLine]]) -> tuple[bool, ReportLine]:
    customer = next((c for c in customers.values() if c.key == target.customer), None)
    name = customer.name if customer else target.customer
    who = _first(name)
    goal = translate("Grading", "Goal: {template} to {name}").format(
        template=target.template, name=who)
    for record, line in delivered:
        if customer is None or record.customer_id != customer.id:
            continue
        template = record.kind == "template" and record.template_name == target.template and (
            target.language is None or record.template_language == target.language)
        if template or record.kind == "text":
            how = translate("Grading", "{name} got the update as the {template} template.") \
                if template else translate("Grading", "{name} got the update as a free-form "
                                                      "message.")
            return True, ReportLine(None, record.at, name, goal, line.result, ZERO,
                                    Verdict.GOAL_MET,
                                    how.format(name=who, template=target.template))
    return False, ReportLine(
        None, None, name, goal, translate("Grading", "Never delivered"), ZERO,
        Verdict.GOAL_MISSED,
        translate("Grading", "Neither the {template} template nor a free-form reply reached "
                             "{name}.").format(template=target.template, name=who),
        translate("Grading", "Reply to {name} free-form if the window is open; otherwise send "
                             "the approved {template} template.").format(
            name=who, template=target.template))


def _describe(action: SendText | SendTemplate) -> str:
    if isinstance(action, SendText):
        text = " ".join(action.text.split())
        return translate("Grading", "Free-form: “{text}”").format(
            text=text if len(text) <= 48 else text[:47] + "…")
    template = action.template
    if template is None:
        return translate("Grading", "Template {name}").format(name=action.name)
    return translate("Grading", "Template {name} ({category})").format(
        name=action.name, category=category_label(template.category).lower())


def _why_ok(outcome: Outcome, before: CustomerState, at: datetime, who: str) -> str:
    use = outcome.conversation
    if not outcome.charge:
        if use is not None and use.opened is False:
            return translate("Grading", "Free: joined the open {category} conversation.").format(
                category=category_label(use.category).lower())
        return translate("Grading", "Free.")
    if not before.window_open(at):
        return translate("Grading", "No free way: {name}'s window was closed, so only a "
                                    "template could reach them.").format(name=who)
    return translate("Grading", "No cheaper way at that moment.")


def _free_reply(reply: Outcome, regime: Regime) -> str:
    """What a free-form reply would have cost instead, as a sentence ({amount} when charged)."""
    if reply.charge:
        return translate("Grading", "A free-form reply inside the window would have been "
                                    "{amount}.")
    use = reply.conversation
    if use is None or not use.opened or use.category is not Category.SERVICE:
        return translate("Grading", "A free-form reply inside the window would have been free.")
    if regime.has_free_tier:
        return translate("Grading", "A free-form reply inside the window would have been free "
                                    "(a service conversation, within the monthly free tier).")
    return translate("Grading", "A free-form reply inside the window would have been free "
                                "(service conversations are free).")


def _first(name: str) -> str:
    return name.split()[0] if name.split() else name
