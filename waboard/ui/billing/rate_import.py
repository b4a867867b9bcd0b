"""Import CSV's question: from which date, and in which currency, a rate card applies.

A rate card file's rows may name their own `effective` date and `currency`; the rows that
name none take the date and currency chosen here (`with_defaults`). The account is billed in
one currency and amounts are never converted, so a card in another currency prices nothing
until the account's currency is changed to it: the dialog says so before the import.
"""

from __future__ import annotations

import csv
import io
from datetime import date

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QVBoxLayout,
    QWidget,
)

from ...i18n import translate
from ...rules.pricing import RATE_CARD_COLUMNS
from ...rules.rate_cards import CURRENCIES
from ..common.widgets import plain_label


def with_defaults(text: str, effective: date, currency: str) -> str:
    """The CSV text with empty `effective` and `currency` cells (or missing columns) filled
    in; other cells as they were. Text that is not a CSV with a header comes back as is, for
    the rate card's own check to name what is wrong."""
    try:
        reader = csv.DictReader(io.StringIO(text))
        fields = list(reader.fieldnames or ())
        rows = list(reader)
    except csv.Error:
        return text
    if not fields or any(None in row for row in rows):
        return text
    out = io.StringIO()
    columns = fields + [c for c in ("currency", "effective") if c not in fields]
    writer = csv.DictWriter(out, columns, lineterminator="\n")
    writer.writeheader()
    for row in rows:
        row["effective"] = (row.get("effective") or "").strip() or effective.isoformat()
        row["currency"] = (row.get("currency") or "").strip() or currency
        writer.writerow(row)
    return out.getvalue()


class ImportOptionsDialog(QDialog):
    """Effective from and currency, for the rows of a file that name none."""

    def __init__(self, name: str, today: date, account_currency: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("rateImportDialog")
        self.setWindowTitle(translate("RateImport", "Import rate card"))
        self.account_currency = account_currency
        layout = QVBoxLayout(self)
        layout.addWidget(plain_label(
            self, "rateImportIntro",
            translate("RateImport", "Import {file}. Rows that name their own effective date and "
                      "currency keep them; the others apply from the date and in the currency "
                      "below. Columns: {columns}.").format(
                file=name, columns=", ".join(RATE_CARD_COLUMNS))))
        form = QFormLayout()
        self.effective = QDateEdit(self)
        self.effective.setObjectName("rateImportEffective")
        self.effective.setCalendarPopup(True)
        self.effective.setDisplayFormat("d MMM yyyy")
        self.effective.setDate(QDate(today.year, today.month, today.day))
        form.addRow(translate("RateImport", "&Effective from"), self.effective)
        self.currency = QComboBox(self)
        self.currency.setObjectName("rateImportCurrency")
        self.currency.addItems(CURRENCIES)
        self.currency.setCurrentText(account_currency)
        form.addRow(translate("RateImport", "&Currency"), self.currency)
        layout.addLayout(form)
        self.warning = plain_label(self, "inlineError")
        layout.addWidget(self.warning)
        self.currency.currentTextChanged.connect(self._warn)
        self._warn(self.currency.currentText())
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(
            translate("RateImport", "Import"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.resize(520, self.sizeHint().height())
        self._fit()

    def _warn(self, currency: str) -> None:
        self.warning.setText(translate(
            "RateImport", "The account is billed in {account}: rates in {currency} price "
            "nothing until Settings > Business account uses that currency (amounts are never "
            "converted).").format(account=self.account_currency, currency=currency)
            if currency != self.account_currency else "")
        self.warning.setVisible(currency != self.account_currency)
        self._fit()

    def _fit(self) -> None:
        """Tall enough for its wrapped lines at its width (the warning comes and goes, and
        a longer language wraps into more lines)."""
        layout = self.layout()
        if layout is None:
            return
        layout.activate()
        wanted = layout.heightForWidth(self.width()) if layout.hasHeightForWidth() else \
            layout.sizeHint().height()
        if wanted > self.height():
            self.resize(self.width(), wanted)

    def choice(self) -> tuple[date, str]:
        chosen = self.effective.date()
        return date(chosen.year(), chosen.month(), chosen.day()), self.currency.currentText()
