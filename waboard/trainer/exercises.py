"""Trainer exercises and their grading.

An exercise is a start workspace (a scenario), a goal in words for the trainee, and a target:
the customer and the template whose content must reach them ("get the order update to Ana as
cheaply as possible"). Starting one plays the scenario into a new workspace file and records
the exercise in its settings, with the last message id of the start: everything after it is
the trainee's work.

Grading reads only the stored messages, so any workspace can be graded: the history is
replayed through the rules engine (under the workspace's regime, or another), and every
business message after `since_id` gets a verdict:

- a refused send (10 points), a free-form message outside the window (15), a marketing
  template to a customer who opted out (25);
- a paid template where a free-form reply inside the window would have been free or cheaper
  (15), and, when that template opened a second conversation while another was open for
  the reply to join, a wasted conversation (20);
- the goal not met (40), when the exercise has a target.

Each mistake names the cheaper alternative. The score is 100 minus the penalties, at least 0.
The report exports as HTML (every text escaped) and CSV. Qt-free.
"""

from __future__ import annotations

import csv
import io
import json
from collections import Counter
from dataclasses import dataclass, replace
from datetime import datetime
from decimal import Decimal, InvalidOperation
from enum import StrEnum
from html import escape
from pathlib import Path
from typing import Any

from ..explain import category_label, outcome_note
from ..money import exact_money
from ..resources import resource
from ..rules.engine import decide
from ..rules.instants import format_instant
from ..rules.model import (
    ZERO,
    Account,
    Category,
    Consent,
    CustomerMessage,
    CustomerState,
    OptIn,
    OptOut,
    Outcome,
    Reason,
    Referral,
    Regime,
    SendTemplate,
    SendText,
    Template,
    TemplateStatus,
)
from ..rules.pricing import MarketRates, RateCard
from ..scenario.loader import Scenario, ScenarioError, parse_scenario
from ..service import Workspace
from ..store import CustomerRecord, MessageRecord, Store
from ..workspaces import create_from_scenario

EXERCISE_SETTING = "exercise"
EXERCISES_FOLDER = "exercises"
MAX_FILE_BYTES = 4 * 1024 * 1024
FULL_SCORE = 100
_FIELDS = {"title", "goal", "target", "best", "hint", "workspace"}


class ExerciseError(ValueError):
    """An exercise file that cannot be used: one line naming the field at fault."""


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
            raise ExerciseError(f"{path.name}: over the {MAX_FILE_BYTES:,} byte limit")
        data = path.read_bytes()
    except OSError as error:
        raise ExerciseError(f"{path}: cannot be read ({error.strerror or error})") from None
    return parse_exercise(data, path.name)


def parse_exercise(data: bytes | str, source: str = "exercise") -> Exercise:
    """Check exercise JSON; the start workspace is a scenario. Raises ExerciseError."""
    try:
        raw = json.loads(data.decode("utf-8-sig") if isinstance(data, bytes) else data)
    except UnicodeDecodeError:
        raise ExerciseError(f"{source}: not UTF-8 text") from None
    except json.JSONDecodeError as error:
        raise ExerciseError(f"{source}: not valid JSON ({error.msg} at line {error.lineno}, "
                            f"column {error.colno})") from None
    if not isinstance(raw, dict):
        raise ExerciseError(f"{source}: expected an object")
    for key in raw:
        if key not in _FIELDS:
            raise ExerciseError(f"{source}: {key}: unknown field")
    title = _text(raw, "title", source)
    goal = _text(raw, "goal", source)
    if "workspace" not in raw:
        raise ExerciseError(f"{source}: workspace: missing (a scenario object)")
    try:
        scenario = parse_scenario(json.dumps(raw["workspace"]), source)
    except ScenarioError as error:
        raise ExerciseError(f"{source}: workspace.{error}") from None
    target = None
    if raw.get("target") is not None:
        item = raw["target"]
        if not isinstance(item, dict) or set(item) - {"customer", "template", "language"}:
            raise ExerciseError(f"{source}: target: expected customer, template (and language)")
        target = Target(_text(item, "customer", f"{source}: target"),
                        _text(item, "template", f"{source}: target"),
                        item.get("language") if isinstance(item.get("language"), str) else None)
        if target.customer not in {c.id for c in scenario.customers}:
            raise ExerciseError(f"{source}: target.customer: no customer {target.customer!r} "
                                "in the workspace")
        if target.template not in {t.name for t in scenario.templates}:
            raise ExerciseError(f"{source}: target.template: no template {target.template!r} "
                                "in the workspace")
    best = _amount(raw.get("best"), f"{source}: best")
    hint = _text(raw, "hint", source, "")
    return Exercise(title, goal, target, scenario, best, hint, source)


def _text(item: dict[str, Any], key: str, where: str, default: str | None = None) -> str:
    value = item.get(key, default)
    if not isinstance(value, str) or (default is None and not value.strip()):
        raise ExerciseError(f"{where}: {key}: expected a text")
    return value


def _amount(value: Any, where: str) -> Decimal | None:
    if value is None:
        return None
    try:
        amount = Decimal(str(value))
    except InvalidOperation:
        raise ExerciseError(f"{where}: {value!r} is not an amount") from None
    if not amount.is_finite() or amount < 0:
        raise ExerciseError(f"{where}: {value!r} is not an amount")
    return amount


# Starting one


def start_exercise(exercise: Exercise, target: Path) -> Workspace:
    """Play the exercise's start workspace into the new file `target` and record the
    exercise in it. Raises ScenarioError, StoreError or InputError (no file left behind)."""
    workspace = create_from_scenario(exercise.scenario, target)
    assign(workspace.store, exercise)
    return workspace


def assign(store: Store, exercise: Exercise) -> Assignment:
    """Record `exercise` in the store: what the trainee does from now on is graded."""
    last = store.messages(None, 1)
    assignment = Assignment(exercise.title, exercise.goal, exercise.target,
                            last[0].id or 0 if last else 0, exercise.best, exercise.hint)
    store.set_setting(EXERCISE_SETTING, {
        "title": assignment.title, "goal": assignment.goal,
        "target": exercise.target.as_dict() if exercise.target else None,
        "since_id": assignment.since_id,
        "best": str(exercise.best) if exercise.best is not None else None,
        "hint": exercise.hint, "source": exercise.source,
    })
    return assignment


def assignment_of(store: Store) -> Assignment | None:
    """The exercise this workspace was started for, if any."""
    saved = store.get_setting(EXERCISE_SETTING)
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


# Grading


class Verdict(StrEnum):
    OK = "ok"
    REFUSED = "refused"
    OUTSIDE_WINDOW = "outside_window"
    MARKETING_OPTED_OUT = "marketing_opted_out"
    PAID_TEMPLATE = "paid_template"
    WASTED_CONVERSATION = "wasted_conversation"
    GOAL_MET = "goal_met"
    GOAL_MISSED = "goal_missed"

    @property
    def label(self) -> str:
        return VERDICT_LABELS[self]

    @property
    def penalty(self) -> int:
        return PENALTIES[self]


VERDICT_LABELS = {
    Verdict.OK: "Good",
    Verdict.REFUSED: "Refused send",
    Verdict.OUTSIDE_WINDOW: "Free-form outside the window",
    Verdict.MARKETING_OPTED_OUT: "Marketing to an opted-out customer",
    Verdict.PAID_TEMPLATE: "Paid template where a free reply was possible",
    Verdict.WASTED_CONVERSATION: "Wasted second conversation",
    Verdict.GOAL_MET: "Goal met",
    Verdict.GOAL_MISSED: "Goal not met",
}

PENALTIES = {
    Verdict.OK: 0,
    Verdict.REFUSED: 10,
    Verdict.OUTSIDE_WINDOW: 15,
    Verdict.MARKETING_OPTED_OUT: 25,
    Verdict.PAID_TEMPLATE: 15,
    Verdict.WASTED_CONVERSATION: 20,
    Verdict.GOAL_MET: 0,
    Verdict.GOAL_MISSED: 40,
}


@dataclass(frozen=True, slots=True)
class ReportLine:
    """One graded business action (or the goal): what was done, what it cost, the verdict,
    why, and the cheaper alternative when there was one."""

    message_id: int | None
    at: datetime | None
    customer: str
    action: str
    result: str
    charge: Decimal
    verdict: Verdict
    why: str
    alternative: str = ""

    @property
    def penalty(self) -> int:
        return self.verdict.penalty

    @property
    def mistake(self) -> bool:
        return self.penalty > 0


@dataclass(frozen=True, slots=True)
class Report:
    title: str
    goal: str
    regime: Regime
    lines: tuple[ReportLine, ...]
    spent: Decimal
    currency: str = "USD"
    best: Decimal | None = None
    goal_met: bool | None = None

    @property
    def penalties(self) -> int:
        return sum(line.penalty for line in self.lines)

    @property
    def score(self) -> int:
        return max(0, FULL_SCORE - self.penalties)

    @property
    def mistakes(self) -> tuple[ReportLine, ...]:
        return tuple(line for line in self.lines if line.mistake)

    def summary(self) -> str:
        count = len(self.mistakes)
        mistakes = "no mistakes" if not count else f"{count} mistake{'s' if count > 1 else ''}"
        best = f" (the cheapest way: {exact_money(self.best, self.currency)})" \
            if self.best is not None else ""
        spent = exact_money(self.spent, self.currency)
        return f"Score {self.score}/100 · {mistakes} · spent {spent}{best}"


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
    workspace = Workspace(store)  # its regime, rate card and overrides
    regime = Regime(regime) if regime is not None else workspace.regime
    customers = {c.id: c for c in store.customers() if c.id is not None}
    markets = {
        cid: rate_card.for_region(c.region) if rate_card is not None else workspace.market(c)
        for cid, c in customers.items()
    }
    grader = _Grader(store, regime, customers, markets, since_id or 0)
    for record in store.all_messages():
        grader.step(record)
    lines = list(grader.lines)
    goal_met = None
    if target is not None:
        goal_met, line = _goal_line(target, customers, grader.delivered)
        lines.append(line)
    currency = next(iter(markets.values())).currency if markets else "USD"
    return Report(title or "Exercise", goal, regime, tuple(lines), grader.spent, currency, best,
                  goal_met)


class _Grader:
    """Replays the history customer by customer and grades the business messages."""

    def __init__(self, store: Store, regime: Regime, customers: dict[int, CustomerRecord],
                 markets: dict[int, MarketRates], since_id: int) -> None:
        self.regime = regime
        self.customers = customers
        self.markets = markets
        self.since_id = since_id
        self.catalog = {t.key: t for t in store.templates()}
        self.states = {cid: CustomerState(consent=_initial_consent(store, cid))
                       for cid in customers}
        self.service_opened: Counter[str] = Counter()
        self.lines: list[ReportLine] = []
        self.delivered: list[tuple[MessageRecord, ReportLine]] = []
        self.spent = ZERO

    def step(self, record: MessageRecord) -> None:
        cid = record.customer_id
        market = self.markets[cid]
        if record.direction != "out":
            action = _customer_action(record)
            if action is not None:
                self.states[cid] = decide(self.states[cid], action, record.at, self.regime,
                                          market.rates).state
            return
        graded = (record.id or 0) > self.since_id
        action = self._action(record)
        if not record.accepted:
            if graded:
                self.lines.append(self._refused(record, action))
            return
        before = replace(self.states[cid], reachable=True)
        month = f"{record.at.year:04d}-{record.at.month:02d}"
        account = Account(month, self.service_opened[month])
        outcome = decide(before, action, record.at, self.regime, market.rates, account)
        if not outcome.accepted:  # accepted then; the consent it had is not recorded
            before = replace(before, consent=Consent.OPTED_IN)
            outcome = decide(before, action, record.at, self.regime, market.rates, account)
        if not outcome.accepted:
            return
        self.states[cid] = outcome.state
        if outcome.account.month == month:
            self.service_opened[month] = outcome.account.service_conversations
        if graded:
            line = self._accepted(record, action, before, outcome, account)
            self.lines.append(line)
            self.delivered.append((record, line))
            self.spent += outcome.charge

    # verdicts

    def _accepted(self, record: MessageRecord, action: SendText | SendTemplate,
                  before: CustomerState, outcome: Outcome, account: Account) -> ReportLine:
        cid, at = record.customer_id, record.at
        market, who = self.markets[cid], _first(self.customers[cid].name)
        note = outcome_note(outcome, market, self.regime)
        line = ReportLine(record.id, at, self.customers[cid].name, _describe(action), note,
                          outcome.charge, Verdict.OK, _why_ok(outcome, before, at, who))
        if not outcome.charge or not before.window_open(at) or isinstance(action, SendText):
            return line
        reply = decide(before, SendText("reply"), at, self.regime, market.rates, account)
        if not reply.accepted or reply.charge >= outcome.charge:
            return line
        cost = exact_money(outcome.charge, market.currency)
        closes = _time(before.window_expires())
        free = "free" if not reply.charge else f"{exact_money(reply.charge, market.currency)}"
        others = before.open_conversations(at)
        use = outcome.conversation
        if others and use is not None and use.opened:
            joined = category_label(others[0].category).lower()
            return replace(
                line, verdict=Verdict.WASTED_CONVERSATION,
                why=f"Opened a second conversation ({category_label(use.category).lower()}, "
                    f"{cost}) while {who}'s {joined} conversation was open until "
                    f"{_time(others[0].expires_at)}.",
                alternative=f"A free-form reply inside the window would have joined the open "
                            f"{joined} conversation: {free}.")
        service = "" if reply.charge else _free_service_note(reply, self.regime)
        return replace(
            line, verdict=Verdict.PAID_TEMPLATE,
            why=f"A template charged {cost} while {who}'s customer service window was open "
                f"(until {closes}).",
            alternative=f"A free-form reply inside the window would have been {free}{service}.")

    def _refused(self, record: MessageRecord, action: SendText | SendTemplate) -> ReportLine:
        cid, at = record.customer_id, record.at
        customer, market = self.customers[cid], self.markets[cid]
        who = _first(customer.name)
        state = self.states[cid]
        code = f" ({record.error_code})" if record.error_code else ""
        result = f"Not sent{code}: {record.error_message or 'refused'}"
        reason = Reason(record.reason) if record.reason else None
        line = ReportLine(record.id, at, customer.name, _describe(action), result, ZERO,
                          Verdict.REFUSED, "The platform refused it: nothing was delivered.")
        if reason is Reason.WINDOW_CLOSED:
            closes = state.window_expires()
            when = f"closed at {_time(closes)}" if closes else "never opened"
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

    # replay helpers

    def _action(self, record: MessageRecord) -> SendText | SendTemplate:
        if record.kind != "template":
            return SendText(record.text)
        name, language = record.template_name or "", record.template_language or ""
        template = self.catalog.get((name, language))
        if template is None and not record.accepted:
            return SendTemplate(name, language, record.params, None)
        if template is None:
            stored = Category(record.category) if record.category else Category.UTILITY
            category = stored if stored is not Category.SERVICE and \
                stored is not Category.FREE_ENTRY_POINT else Category.UTILITY
            template = Template(name, language, category, "", TemplateStatus.APPROVED)
        # It was sent as it stood then: approved, with the parameters given.
        body = " ".join(f"{{{{{n}}}}}" for n in range(1, len(record.params) + 1)) or "-"
        template = replace(template, status=TemplateStatus.APPROVED, body=body)
        return SendTemplate(name, language, record.params, template)


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


def _initial_consent(store: Store, customer_id: int) -> Consent:
    imported = [e for e in store.consent_events(customer_id) if e.source == "import"]
    if not imported:
        return Consent.NONE
    return Consent.OPTED_IN if imported[-1].kind == "opt_in" else Consent.OPTED_OUT


def _customer_action(record: MessageRecord) -> CustomerMessage | OptIn | OptOut | None:
    if record.direction == "in":
        return CustomerMessage(record.text, Referral(record.referral) if record.referral else None)
    if record.kind == "opt_in":
        return OptIn()
    if record.kind == "opt_out":
        return OptOut()
    return None


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


def _time(at: datetime | None) -> str:
    return f"{at:%a %d %b %H:%M} UTC" if at else "-"


# Exports

CSV_COLUMNS = ("line", "at", "customer", "action", "result", "charge", "verdict", "label",
               "why", "alternative", "penalty")


def report_rows(report: Report) -> list[list[str]]:
    """The CSV's rows: a header, one row per line, then a total row (score as its label)."""
    rows = [list(CSV_COLUMNS)]
    for number, line in enumerate(report.lines, 1):
        rows.append([str(number), format_instant(line.at) if line.at else "",
                     _cell(line.customer), _cell(line.action), _cell(line.result),
                     str(line.charge), line.verdict.value, line.verdict.label, _cell(line.why),
                     _cell(line.alternative), str(line.penalty)])
    rows.append(["total", "", "", "", "", str(report.spent), "score", str(report.score), "",
                 "", str(report.penalties)])
    return rows


def report_csv(report: Report) -> str:
    out = io.StringIO()
    csv.writer(out, lineterminator="\r\n").writerows(report_rows(report))
    return out.getvalue()


def _cell(text: str) -> str:
    """Text a spreadsheet will not take for a formula."""
    return "'" + text if text[:1] in ("=", "+", "-", "@", "\t", "\r") else text


_STYLE = """
body { font: 14px/1.45 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif;
       color: #1f2933; margin: 24px auto; max-width: 1040px; padding: 0 16px; }
h1 { font-size: 22px; margin: 0 0 4px; }
.goal { color: #3c4043; margin: 0 0 16px; }
.score { font-size: 40px; font-weight: 700; margin: 0; }
.summary { color: #5f6368; margin: 0 0 20px; }
table { border-collapse: collapse; width: 100%; }
th, td { text-align: left; vertical-align: top; padding: 6px 8px;
         border-bottom: 1px solid #e0e0e0; }
th { background: #f1f3f4; font-weight: 600; }
td.num { text-align: right; white-space: nowrap; }
.ok { color: #1e8e3e; font-weight: 600; }
.bad { color: #c5221f; font-weight: 600; }
.alt { color: #1a73e8; }
"""


def report_html(report: Report) -> str:
    """The report as one self-contained HTML page; every text is escaped."""
    rows = []
    for line in report.lines:
        verdict = "bad" if line.mistake else "ok"
        penalty = f"−{line.penalty}" if line.penalty else ""
        rows.append(
            "<tr>"
            f"<td>{escape(_time(line.at))}</td><td>{escape(line.customer)}</td>"
            f"<td>{escape(line.action)}</td><td>{escape(line.result)}</td>"
            f"<td class=\"{verdict}\">{escape(line.verdict.label)}</td>"
            f"<td>{escape(line.why)}<br><span class=\"alt\">{escape(line.alternative)}</span></td>"
            f"<td class=\"num\">{escape(penalty)}</td>"
            "</tr>")
    body = "\n".join(rows) or '<tr><td colspan="7">No business messages to grade.</td></tr>'
    return (
        "<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">"
        f"<title>{escape(report.title)}: grading report</title><style>{_STYLE}</style></head>"
        f"<body><h1>{escape(report.title)}</h1><p class=\"goal\">{escape(report.goal)}</p>"
        f"<p class=\"score\">{report.score}/100</p>"
        f"<p class=\"summary\">{escape(report.summary())} · {escape(report.regime.label)}</p>"
        "<table><thead><tr><th>When</th><th>Customer</th><th>Action</th><th>Result</th>"
        "<th>Verdict</th><th>Why, and the cheaper way</th><th>Penalty</th></tr></thead>"
        f"<tbody>\n{body}\n</tbody></table></body></html>\n"
    )


def write_report(report: Report, path: str | Path, fmt: str | None = None) -> None:
    """Write the report as HTML or CSV (from `fmt`, else the file's suffix: .csv is CSV)."""
    path = Path(path)
    fmt = fmt or ("csv" if path.suffix.lower() == ".csv" else "html")
    if fmt == "csv":
        path.write_text(report_csv(report), encoding="utf-8-sig", newline="")
    elif fmt == "html":
        path.write_text(report_html(report), encoding="utf-8")
    else:
        raise ValueError(f"{fmt!r} is not a report format (html or csv)")
