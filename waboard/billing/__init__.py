"""Billing: a period's bill, the history repriced under each regime, forecasts and exports.
Qt-free, reports and their charts included."""

from .bill import Bill, CustomerCost, DayCost, FreeTier, Line, TemplateUse, bill
from .compare import Comparison, Explanation, compare
from .export import bill_csv, html_report, write_bill_csv
from .forecast import forecast, forecast_by_replay
from .periods import (
    Period,
    custom_period,
    day_period,
    month_period,
    parse_period,
    week_period,
)
from .replay import PricedMessage, as_charged, reprice

__all__ = [
    "Bill",
    "Comparison",
    "CustomerCost",
    "DayCost",
    "Explanation",
    "FreeTier",
    "Line",
    "Period",
    "PricedMessage",
    "TemplateUse",
    "as_charged",
    "bill",
    "bill_csv",
    "compare",
    "custom_period",
    "day_period",
    "forecast",
    "forecast_by_replay",
    "html_report",
    "month_period",
    "parse_period",
    "reprice",
    "week_period",
    "write_bill_csv",
]
