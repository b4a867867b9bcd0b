"""A grading report: one verdict per business action, the penalties and the score."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from decimal import Decimal
from enum import StrEnum

from ..i18n import QT_TRANSLATE_NOOP, translate
from ..money import exact_money
from ..rules.model import Regime
from .moments import short_moment

FULL_SCORE = 100


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
        return translate("Verdict", VERDICT_LABELS[self])

    @property
    def penalty(self) -> int:
        return PENALTIES[self]


VERDICT_LABELS = {
    Verdict.OK: QT_TRANSLATE_NOOP("Verdict", "Good"),
    Verdict.REFUSED: QT_TRANSLATE_NOOP("Verdict", "Refused send"),
    Verdict.OUTSIDE_WINDOW: QT_TRANSLATE_NOOP("Verdict", "Free-form outside the window"),
    Verdict.MARKETING_OPTED_OUT: QT_TRANSLATE_NOOP("Verdict",
                                                   "Marketing to an opted-out customer"),
    Verdict.PAID_TEMPLATE: QT_TRANSLATE_NOOP("Verdict",
                                             "Paid template where a free reply was possible"),
    Verdict.WASTED_CONVERSATION: QT_TRANSLATE_NOOP("Verdict", "Wasted second conversation"),
    Verdict.GOAL_MET: QT_TRANSLATE_NOOP("Verdict", "Goal met"),
    Verdict.GOAL_MISSED: QT_TRANSLATE_NOOP("Verdict", "Goal not met"),
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
        mistakes = (translate("GradingReport", "no mistakes") if not count
                    else translate("GradingReport", "1 mistake") if count == 1
                    else translate("GradingReport", "{count} mistakes").format(count=count))
        spent, best = exact_money(self.spent, self.currency), ""
        if self.best is None:
            summary = translate("GradingReport", "Score {score}/100 · {mistakes} · spent {spent}")
        else:
            summary = translate("GradingReport", "Score {score}/100 · {mistakes} · spent {spent} "
                                                 "(the cheapest way: {best})")
            best = exact_money(self.best, self.currency)
        return summary.format(score=self.score, mistakes=mistakes, spent=spent, best=best)


def report_time(at: datetime | None) -> str:
    """An instant as the report shows it ("-" for none)."""
    return short_moment(at, year=False) if at else "-"
