"""One pricing regime's card: its total, what it counted, and how it differs from another."""

from __future__ import annotations

from decimal import Decimal

from PySide6.QtWidgets import QFrame, QSizePolicy, QVBoxLayout, QWidget

from ...billing.bill import Bill
from ...billing.wording import counted_line
from ...i18n import translate
from ...money import money
from ...rules.regimes import PricingChoice, choice_label
from ..common.widgets import plain_label
from .figures import big_label


class RegimeCard(QFrame):
    """One regime's total (or `auto`'s: each message under the regime of its date), its
    count, and how it differs from the workspace's choice."""

    def __init__(self, regime: PricingChoice, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.regime = regime
        self.setObjectName("regimeCard")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.title = plain_label(self, "regimeTitle", choice_label(regime))
        self.total = big_label(self, "regimeTotal", 1.6)
        self.detail = plain_label(self, "regimeDetail")
        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addWidget(self.total)
        layout.addWidget(self.detail)
        layout.addStretch(1)
        # as tall as its three lines, always: a short dialog cut the totals in half
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Minimum)

    def show_bill(self, bill: Bill, reference: PricingChoice, reference_total: Decimal, *,
                  mark: str | None = None, against: str | None = None) -> None:
        """Show `bill`; the `reference` regime's card is marked (`mark`: this workspace), the
        others say how much more or less they charge than it (`against`: this workspace's
        regime)."""
        mark = mark or translate("RegimeCard", "this workspace")
        against = against or translate("RegimeCard", "this workspace's regime")
        here = self.regime == reference
        self.title.setText(choice_label(self.regime) + (f"  ({mark})" if here else ""))
        font = self.title.font()
        font.setBold(here)
        self.title.setFont(font)
        self.total.setText(money(bill.total, bill.currency))
        detail = [counted_line(bill)]
        if not here:
            difference = bill.total - reference_total
            detail.append(translate("RegimeCard", "{difference} against {regime}").format(
                difference=money(difference, bill.currency, signed=True), regime=against)
                if difference else
                translate("RegimeCard", "the same as {regime}").format(regime=against))
        self.detail.setText(" · ".join(detail))
