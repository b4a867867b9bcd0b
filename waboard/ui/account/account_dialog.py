"""Settings > Business account: the account's country, time zone, billing currency,
authentication-international eligibility and the simulated per-user marketing limit.

Nothing is stored until Save, and then only through `Workspace.set_account` (one
transaction, one Change); bad input shows one inline line naming the field and keeps the
dialog open.
"""

from __future__ import annotations

from datetime import UTC, datetime
from functools import cache
from zoneinfo import available_timezones

import phonenumbers
from PySide6.QtCore import QDateTime, Qt, QTimeZone
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QCompleter,
    QDateTimeEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from ...formats import country
from ...i18n import QT_TRANSLATE_NOOP, translate
from ...rules.model import AccountSettings
from ...rules.rate_cards import CURRENCIES
from ...service import InputError, Workspace
from ..common.widgets import inline_error, plain_label

MAX_MARKETING_LIMIT = 1000
DEFAULT_MARKETING_LIMIT = 2
SIMULATED_NOTE = QT_TRANSLATE_NOOP(
    "AccountDialog",
    "Simulated: Meta limits how many marketing templates one person receives from all "
    "businesses, adaptively, and publishes no number. waboard stands in with a fixed "
    "limit per customer per rolling 24 hours (business-initiated sends only); the next one "
    "is refused with 131049.")


def _searchable(combo: QComboBox) -> None:
    """Let the reader type any part of an entry to find it."""
    combo.setEditable(True)
    combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
    completer = QCompleter(combo.model(), combo)
    completer.setFilterMode(Qt.MatchFlag.MatchContains)
    completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
    completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
    combo.setCompleter(completer)


class AccountDialog(QDialog):
    """The business account's settings, saved through the service."""

    def __init__(self, workspace: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.workspace = workspace
        self.setObjectName("accountDialog")
        self.setWindowTitle(translate("AccountDialog", "Business account"))
        account = workspace.account
        layout = QVBoxLayout(self)
        layout.addWidget(plain_label(
            self, "accountIntro", translate(
                "AccountDialog", "The business account the simulated number belongs to. "
                "Month boundaries of the free tier and the volume tiers follow its time zone; "
                "amounts are billed and shown in its currency.")))
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)

        self.country = QComboBox(self)
        self.country.setObjectName("accountCountry")
        self.country.addItem(translate("AccountDialog", "Not set"), "")
        for code in sorted(phonenumbers.SUPPORTED_REGIONS - {"001"}, key=country):
            self.country.addItem(f"{country(code)} ({code})", code)
        _searchable(self.country)
        self._select(self.country, account.country)
        form.addRow(translate("AccountDialog", "&Country"), self.country)

        self.timezone = QComboBox(self)
        self.timezone.setObjectName("accountTimezone")
        self.timezone.addItems(time_zone_names())
        _searchable(self.timezone)
        self.timezone.setCurrentText(account.timezone)
        form.addRow(translate("AccountDialog", "&Time zone"), self.timezone)

        self.currency = QComboBox(self)
        self.currency.setObjectName("accountCurrency")
        self.currency.addItems(CURRENCIES)
        self.currency.setCurrentText(account.currency)
        form.addRow(translate("AccountDialog", "Billing c&urrency"), self.currency)
        layout.addLayout(form)

        self.auth_intl = QCheckBox(translate(
            "AccountDialog", "Eligible for authentication-international rates from"), self)
        self.auth_intl.setObjectName("accountAuthIntl")
        self.auth_intl_from = QDateTimeEdit(self)
        self.auth_intl_from.setObjectName("accountAuthIntlFrom")
        self.auth_intl_from.setTimeZone(QTimeZone.utc())
        self.auth_intl_from.setDisplayFormat("d MMM yyyy HH:mm 'UTC'")
        self.auth_intl_from.setCalendarPopup(True)
        since = account.auth_international_from or workspace.now()
        self.auth_intl_from.setDateTime(QDateTime.fromSecsSinceEpoch(int(since.timestamp()),
                                                                     QTimeZone.utc()))
        self.auth_intl.setChecked(account.auth_international_from is not None)
        self.auth_intl_from.setEnabled(self.auth_intl.isChecked())
        self.auth_intl.toggled.connect(self.auth_intl_from.setEnabled)
        layout.addLayout(self._row(self.auth_intl, self.auth_intl_from))
        layout.addWidget(plain_label(
            self, "accountAuthIntlNote", translate(
                "AccountDialog", "An authentication template to a market with an "
                "authentication-international rate is charged that rate when the account is "
                "eligible and its country differs from the customer's.")))

        self.limit_on = QCheckBox(
            translate("AccountDialog", "Simulated per-user marketing limit:"), self)
        self.limit_on.setObjectName("accountLimitOn")
        self.limit = QSpinBox(self)
        self.limit.setObjectName("accountLimit")
        self.limit.setRange(0, MAX_MARKETING_LIMIT)
        self.limit.setSuffix(
            translate("AccountDialog", " marketing templates per customer per 24 h"))
        limit = account.marketing_limit_per_24h
        self.limit.setValue(DEFAULT_MARKETING_LIMIT if limit is None else limit)
        self.limit_on.setChecked(limit is not None)
        self.limit.setEnabled(self.limit_on.isChecked())
        self.limit_on.toggled.connect(self.limit.setEnabled)
        layout.addLayout(self._row(self.limit_on, self.limit))
        layout.addWidget(plain_label(self, "accountLimitNote",
                                     translate("AccountDialog", SIMULATED_NOTE)))

        self.error_label = inline_error(self)
        layout.addWidget(self.error_label)
        layout.addStretch(1)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self.resize(560, self.sizeHint().height())

    @staticmethod
    def _row(*widgets: QWidget) -> QHBoxLayout:
        row = QHBoxLayout()
        for widget in widgets:
            row.addWidget(widget)
        row.addStretch(1)
        return row

    @staticmethod
    def _select(combo: QComboBox, code: str) -> None:
        index = combo.findData(code)
        combo.setCurrentIndex(max(index, 0))

    def _country(self) -> str:
        """The chosen country code, from an entry, a code or a name as typed; other text is
        passed on as typed, so the service's check names it."""
        text = self.country.currentText().strip()
        for index in range(self.country.count()):
            code = self.country.itemData(index)
            if text.casefold() in (self.country.itemText(index).casefold(), code.casefold(),
                                   country(code).casefold()):
                return code
        return text

    def settings(self) -> AccountSettings:
        """The account as the form stands (not yet checked)."""
        since = None
        if self.auth_intl.isChecked():
            seconds = self.auth_intl_from.dateTime().toSecsSinceEpoch()
            since = datetime.fromtimestamp(seconds, UTC)
        return AccountSettings(
            self._country(), self.timezone.currentText().strip(), self.currency.currentText(),
            since, self.limit.value() if self.limit_on.isChecked() else None)

    def accept(self) -> None:
        try:
            self.workspace.set_account(self.settings())
        except InputError as error:
            self.error_label.setText(str(error))
            self.error_label.show()
            return
        super().accept()


@cache
def time_zone_names() -> tuple[str, ...]:
    """Every IANA time zone name, UTC first."""
    return ("UTC", *sorted(available_timezones() - {"UTC"}))
