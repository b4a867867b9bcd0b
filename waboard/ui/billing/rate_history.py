"""One market's rates by date, as the rate card dialog lists them under the card in use.

Every dated row of the workspace's card for the market in the account's currency, newest
first: from when, the category, the rate (or "no sourced figure" where the data says none is
sourced from that date), the volume band it starts, where it comes from, and whether the
figure is confirmed. Plain text.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import datetime

from PySide6.QtCore import QObject, Qt

from ...explain import category_label
from ...formats import count, short_date
from ...i18n import QT_TRANSLATE_NOOP, translate
from ...money import exact_money
from ...rules.rate_cards import ALWAYS, RateRow
from ..common.palette import WINDOW_CLOSING
from ..common.table_model import HeadedTableModel
from ..common.widgets import plain_tooltip

NO_FIGURE = QT_TRANSLATE_NOOP("RateHistory", "no sourced figure")
"""What a rate cell says where the data sources no figure (translated where shown)."""


def effective_text(at: datetime) -> str:
    if at == ALWAYS:
        return translate("RateHistory", "any date")
    return short_date(at.date())


def rate_text(row: RateRow) -> str:
    rate = row.rate  # None on a gap row: the data says no figure is sourced from then
    if rate is None:
        return translate("RateHistory", NO_FIGURE)
    return exact_money(rate, row.currency, trim=False)


def confirmed_text(confirmed: bool) -> str:
    return translate("RateHistory", "confirmed") if confirmed else translate(
        "RateHistory", "unconfirmed")


class RateHistoryModel(HeadedTableModel):
    """The dated rows of one market, newest first."""

    HEADERS = (QT_TRANSLATE_NOOP("RateHistory", "Effective"),
               QT_TRANSLATE_NOOP("RateHistory", "Category"),
               QT_TRANSLATE_NOOP("RateHistory", "Rate"),
               QT_TRANSLATE_NOOP("RateHistory", "From message"),
               QT_TRANSLATE_NOOP("RateHistory", "Confirmed"),
               QT_TRANSLATE_NOOP("RateHistory", "Source"))
    HEADER_CONTEXT = "RateHistory"

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.market = ""

    def show_market(self, market: str, currency: str, rows: Iterable[RateRow]) -> None:
        self.market = market
        chosen = [r for r in rows if r.market == market and r.currency == currency]
        chosen.sort(key=lambda r: (r.effective, r.category.value, r.tier_from), reverse=True)
        self.set_rows(chosen)

    def texts(self, row: int) -> list[str]:
        rate: RateRow = self._rows[row]
        return [effective_text(rate.effective), category_label(rate.category), rate_text(rate),
                count(rate.tier_from), confirmed_text(rate.confirmed), rate.source or "-"]

    def header_alignment(self, section: int) -> Qt.AlignmentFlag | None:
        if section in (2, 3):
            return Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
        return None

    def cell_data(self, row: int, column: int, role: int) -> object:
        if role == Qt.ItemDataRole.DisplayRole:
            return self.texts(row)[column]
        if role == Qt.ItemDataRole.ToolTipRole and column == 5:
            return plain_tooltip(self._rows[row].source
                                 or translate("RateHistory", "no source recorded"))
        if role == Qt.ItemDataRole.TextAlignmentRole:
            alignment = self.header_alignment(column) or Qt.AlignmentFlag.AlignLeft
            return int(alignment | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ForegroundRole and not self._rows[row].confirmed:
            return WINDOW_CLOSING
        return None
