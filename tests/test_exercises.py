"""Exercises: files, starting one, grading every business action, and the exports."""

from __future__ import annotations

import csv
import json
from datetime import timedelta
from decimal import Decimal
from html.parser import HTMLParser
from pathlib import Path

import pytest

from waboard.rules.model import Regime
from waboard.service import Workspace
from waboard.trainer.exercises import (
    CSV_COLUMNS,
    EXERCISE_SETTING,
    ExerciseError,
    Target,
    Verdict,
    assignment_of,
    bundled_exercises,
    grade,
    grade_workspace,
    load_exercise,
    parse_exercise,
    report_csv,
    report_html,
    start_exercise,
    write_report,
)


def exercise_path(prefix: str) -> Path:
    return next(p for p in bundled_exercises() if p.name.startswith(prefix))


@pytest.fixture
def started(tmp_path):
    """Start a bundled exercise in a new file; the workspaces are closed afterwards."""
    opened: list[Workspace] = []

    def start(prefix: str) -> tuple[Workspace, dict[str, int]]:
        workspace = start_exercise(load_exercise(exercise_path(prefix)),
                                   tmp_path / f"{prefix}.waboard")
        opened.append(workspace)
        return workspace, {c.key: c.id for c in workspace.customers()}

    yield start
    for workspace in opened:
        workspace.store.close()


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


def test_a_known_set_of_mistakes_is_graded_line_by_line(started):
    workspace, ids = started("03")
    emily, joao = ids["emily"], ids["joao"]
    workspace.send_template(emily, "spring_sale", "en_US", ["Emily"])  # opted out: 131050
    workspace.send_template(emily, "shipping_update", "en_US",
                            ["Emily", "US-3310", "Friday"])  # paid, window open
    workspace.send_template(joao, "order_help", "en_US",
                            ["João", "yes, ceramic pots too"])  # second conversation
    workspace.send_text(joao, "Yes, the ceramic pots are 20% off too!")  # joins: free
    workspace.send_template(emily, "shipping_update", "en_US", ["Emily"])  # 132000
    workspace.jump(timedelta(days=2))
    workspace.send_text(joao, "Did you see the sale?")  # window closed: 131047

    report = grade_workspace(workspace.store)
    assert [line.verdict for line in report.lines] == [
        Verdict.MARKETING_OPTED_OUT, Verdict.PAID_TEMPLATE, Verdict.WASTED_CONVERSATION,
        Verdict.OK, Verdict.REFUSED, Verdict.OUTSIDE_WINDOW, Verdict.GOAL_MET,
    ]
    assert [line.penalty for line in report.lines] == [25, 15, 20, 0, 10, 15, 0]
    assert report.score == 15 and report.penalties == 85
    assert report.spent == Decimal("0.0500") and report.goal_met is True
    assert report.title == "An opt-out and an open conversation"

    opted_out, paid, wasted, joined, params, outside, goal = report.lines
    assert opted_out.customer == "Emily Carter"
    assert opted_out.action == "Template spring_sale (marketing)"
    assert opted_out.result.startswith("Not sent (131050)")
    assert opted_out.alternative == ("Send Emily no promotions. A utility template, or a "
                                     "free-form reply inside the window, can still carry "
                                     "order news.")
    assert paid.charge == Decimal("0.0150")
    assert paid.result == "Utility conversation opened, charged $0.015 (North America)"
    assert paid.why == ("A template charged $0.015 while Emily's customer service window "
                        "was open (until Thu 06 Mar 14:30 UTC).")
    assert paid.alternative == ("A free-form reply inside the window would have been free "
                                "(a service conversation, within the monthly free tier).")
    assert wasted.why == ("Opened a second conversation (utility, $0.035) while João's "
                          "marketing conversation was open until Thu 06 Mar 12:00 UTC.")
    assert wasted.alternative == ("A free-form reply inside the window would have joined the "
                                  "open marketing conversation: free.")
    assert joined.why == "Free: joined the open marketing conversation."
    assert joined.result == "Counted in the open marketing conversation: no charge"
    assert params.result.startswith("Not sent (132000)")
    assert params.alternative == "Give one value per {{n}} parameter of the template."
    assert outside.why == ("Free-form text needs an open window; João's window closed at "
                           "Thu 06 Mar 14:00 UTC.")
    assert outside.alternative.startswith("Send an approved template instead (a utility "
                                          "template opens a conversation at $0.035 in Brazil)")
    assert goal.action == "Goal: shipping_update to Emily"
    assert goal.why == "Emily got the update as the shipping_update template."
    assert len(report.mistakes) == 5


def test_the_cheapest_way_scores_full_marks(started):
    workspace, ids = started("02")
    workspace.send_text(ids["ana"], "¡Sí! Tu pedido MX-2041 salió hoy y llega el viernes.")
    report = grade_workspace(workspace.store)
    assert [line.verdict for line in report.lines] == [Verdict.OK, Verdict.GOAL_MET]
    assert report.score == 100 and report.spent == Decimal("0")
    assert report.best == Decimal("0")
    assert report.lines[0].why == "Free."
    assert report.lines[0].result == "Service conversation opened, free (monthly free tier)"


def test_a_paid_template_inside_the_window_and_a_missed_goal(started):
    workspace, ids = started("02")
    workspace.send_template(ids["ana"], "spring_sale", "es_MX", ["Ana"])
    report = grade_workspace(workspace.store)
    assert [line.verdict for line in report.lines] == [Verdict.PAID_TEMPLATE,
                                                       Verdict.GOAL_MISSED]
    assert report.score == 100 - 15 - 40 and report.goal_met is False
    missed = report.lines[-1]
    assert missed.why == ("Neither the order_update template nor a free-form reply "
                          "reached Ana.")
    assert missed.alternative.startswith("Reply to Ana free-form if the window is open")


def test_a_template_outside_the_window_is_the_right_call(started):
    workspace, ids = started("01")
    workspace.send_template(ids["ana"], "order_update", "es_MX", ["Ana", "MX-2041", "viernes"])
    report = grade_workspace(workspace.store)
    assert [line.verdict for line in report.lines] == [Verdict.OK, Verdict.GOAL_MET]
    assert report.lines[0].why == ("No free way: Ana's window was closed, so only a template "
                                   "could reach them.")
    assert report.spent == report.best == Decimal("0.0266") and report.score == 100


def test_the_score_never_goes_below_zero(started):
    workspace, ids = started("03")
    for _ in range(5):
        workspace.send_template(ids["emily"], "spring_sale", "en_US", ["Emily"])
    report = grade_workspace(workspace.store)
    assert report.penalties == 5 * 25 + 40 and report.score == 0


def test_grading_reads_the_stored_messages_of_any_workspace(workspace, ana):
    workspace.send_text(ana, "Hola")  # no window: 131047
    workspace.customer_message(ana, "Hola, ¿qué tal?")
    workspace.send_template(ana, "order_update", "es_MX", ["Ana", "A-1"])  # paid in window
    report = grade(workspace.store)
    assert [line.verdict for line in report.lines] == [Verdict.OUTSIDE_WINDOW,
                                                       Verdict.PAID_TEMPLATE]
    assert report.lines[0].why == ("Free-form text needs an open window; Ana's window never "
                                   "opened.")
    assert report.goal_met is None and report.score == 70
    # Only what came after a message id is graded.
    last = workspace.store.messages(ana)[-1].id
    assert grade(workspace.store, since_id=last).lines == ()
    # Without an exercise the whole workspace is reviewed.
    assert grade_workspace(workspace.store).title == "Workspace review"


def test_another_regime_grades_the_same_history_again(workspace, ana):
    workspace.customer_message(ana, "Hola")
    workspace.send_template(ana, "order_update", "es_MX", ["Ana", "A-1"])
    as_sent = grade(workspace.store)
    assert as_sent.lines[0].verdict is Verdict.PAID_TEMPLATE
    per_message = grade(workspace.store, regime=Regime.PMP_2025_07)
    # Per message, a utility template inside the window is free: nothing to improve.
    assert per_message.lines[0].verdict is Verdict.OK
    assert per_message.spent == Decimal("0") and per_message.regime is Regime.PMP_2025_07


def test_the_rate_card_prices_the_alternatives(workspace, ana):
    from waboard.resources import bundled_rate_card
    from waboard.rules.model import Category

    card = bundled_rate_card().with_overrides({"*": {c: Decimal("1") for c in Category}})
    workspace.customer_message(ana, "Hola")
    workspace.send_template(ana, "order_update", "es_MX", ["Ana", "A-1"])
    report = grade(workspace.store, rate_card=card)
    assert report.spent == Decimal("1")
    assert report.lines[0].result == "Utility conversation opened, charged $1.00 (Other)"


class _Table(HTMLParser):
    """The cells of every table row, and the text of the whole page."""

    def __init__(self) -> None:
        super().__init__()
        self.rows: list[list[str]] = []
        self.text: list[str] = []
        self._cell: list[str] | None = None

    def handle_starttag(self, tag, attrs):
        if tag == "tr":
            self.rows.append([])
        elif tag in ("td", "th"):
            self._cell = []
        elif tag == "br" and self._cell is not None:
            self._cell.append("\n")

    def handle_endtag(self, tag):
        if tag in ("td", "th") and self._cell is not None:
            self.rows[-1].append("".join(self._cell))
            self._cell = None

    def handle_data(self, data):
        self.text.append(data)
        if self._cell is not None:
            self._cell.append(data)


def test_html_export_is_escaped_and_reads_back(started, tmp_path):
    workspace, ids = started("02")
    workspace.send_text(ids["ana"], "<script>alert('x')</script> & <b>sí</b>")
    workspace.send_template(ids["ana"], "spring_sale", "es_MX", ["Ana"])
    report = grade_workspace(workspace.store)
    html = report_html(report)
    assert "<script>" not in html and "<b>sí" not in html
    assert "&lt;script&gt;" in html
    path = tmp_path / "report.html"
    write_report(report, path)
    parser = _Table()
    parser.feed(path.read_text(encoding="utf-8"))
    header, *rows = parser.rows
    assert header == ["When", "Customer", "Action", "Result", "Verdict",
                      "Why, and the cheaper way", "Penalty"]
    assert len(rows) == len(report.lines) == 3
    for row, line in zip(rows, report.lines, strict=True):
        assert row[1:5] == [line.customer, line.action, line.result, line.verdict.label]
        assert row[5] == f"{line.why}\n{line.alternative}"
    assert rows[0][2] == "Free-form: “<script>alert('x')</script> & <b>sí</b>”"
    assert rows[1][4] == "Wasted second conversation" and rows[1][6] == "−20"
    assert rows[2][6] == ""
    page = "".join(parser.text)
    assert f"{report.score}/100" in page and report.goal in page


def test_csv_export_reads_back(started, tmp_path):
    workspace, ids = started("03")
    workspace.send_template(ids["emily"], "spring_sale", "en_US", ["Emily"])
    workspace.send_text(ids["joao"], "=SUM(A1) yes, every pot")
    report = grade_workspace(workspace.store)
    path = tmp_path / "report.csv"
    write_report(report, path)
    assert path.read_bytes().startswith(b"\xef\xbb\xbf")
    with path.open(encoding="utf-8-sig", newline="") as file:
        rows = list(csv.reader(file))
    assert rows == [list(row) for row in csv.reader(report_csv(report).splitlines())]
    assert tuple(rows[0]) == CSV_COLUMNS
    body, total = rows[1:-1], rows[-1]
    assert [row[6] for row in body] == ["marketing_opted_out", "ok", "goal_missed"]
    assert [int(row[10]) for row in body] == [25, 0, 40]
    assert body[0][1] == "2025-03-05T15:00:00Z" and body[0][2] == "Emily Carter"
    assert body[1][3].startswith("Free-form: “=SUM(A1)")  # inside quotes: not a formula
    assert body[0][9] == report.lines[0].alternative
    assert total == ["total", "", "", "", "", "0", "score", "35", "", "", "65"]


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
    workspace.store.set_setting(EXERCISE_SETTING, "garbage")
    assert assignment_of(workspace.store) is None
