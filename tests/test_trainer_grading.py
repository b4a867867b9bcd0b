"""Grading: every business action of a replayed history judged, the goal and the score."""

from __future__ import annotations

from datetime import timedelta
from decimal import Decimal

from waboard.rules.model import Regime
from waboard.trainer.grading import grade, grade_workspace
from waboard.trainer.report import Verdict


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
