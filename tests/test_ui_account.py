"""Settings > Business account and Help > Rules by date, driven as a user would."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox

from waboard.changes import ChangeKind
from waboard.rules.model import AccountSettings, Regime
from waboard.rules.regimes import AUTO, RULE_CHANGES, Confidence
from waboard.ui.account.account_dialog import AccountDialog, time_zone_names
from waboard.ui.account.rules_view import RulesByDateDialog


@pytest.fixture
def changes(workspace):
    seen = []
    workspace.subscribe(seen.append)
    return seen


def save(qtbot, dialog: AccountDialog) -> None:
    qtbot.mouseClick(dialog.buttons.button(QDialogButtonBox.StandardButton.Save),
                     Qt.MouseButton.LeftButton)


def test_the_dialog_starts_from_the_stored_account(qtbot, workspace):
    dialog = AccountDialog(workspace)
    qtbot.addWidget(dialog)
    assert dialog.settings() == AccountSettings()
    assert not dialog.limit.isEnabled()
    assert "Simulated" in dialog.findChild(type(dialog.error_label), "accountLimitNote").text()


def test_saving_stores_every_field_in_one_change(qtbot, workspace, changes):
    dialog = AccountDialog(workspace)
    qtbot.addWidget(dialog)
    dialog.country.setCurrentIndex(dialog.country.findData("MX"))
    dialog.timezone.setCurrentText("America/Mexico_City")
    dialog.currency.setCurrentText("MXN")
    dialog.auth_intl.setChecked(True)
    dialog.limit_on.setChecked(True)
    dialog.limit.setValue(3)
    save(qtbot, dialog)
    account = workspace.account
    assert (account.country, account.timezone, account.currency,
            account.marketing_limit_per_24h) == ("MX", "America/Mexico_City", "MXN", 3)
    assert account.auth_international_from == workspace.now()
    assert [c.kind for c in changes] == [ChangeKind.SETTINGS]
    assert dialog.result() == AccountDialog.DialogCode.Accepted
    again = AccountDialog(workspace)
    qtbot.addWidget(again)
    assert again.settings() == account


def test_a_country_can_be_typed_by_code_or_name(qtbot, workspace):
    dialog = AccountDialog(workspace)
    qtbot.addWidget(dialog)
    dialog.country.setCurrentText("Brazil (BR)")
    assert dialog.settings().country == "BR"
    dialog.country.setCurrentText("in")
    assert dialog.settings().country == "IN"


@pytest.mark.parametrize(("field", "text", "message"), [
    ("timezone", "Mars/Olympus", "Time zone"),
    ("country", "Atlantis", "Country"),
])
def test_bad_input_is_named_inline_and_nothing_is_stored(qtbot, workspace, changes, field,
                                                         text, message):
    dialog = AccountDialog(workspace)
    qtbot.addWidget(dialog)
    dialog.show()
    getattr(dialog, field).setCurrentText(text)
    save(qtbot, dialog)
    assert dialog.error_label.isVisible()
    assert dialog.error_label.text().startswith(message)
    assert dialog.isVisible()
    assert workspace.account == AccountSettings()
    assert changes == []


def test_the_time_zones_are_searchable_by_any_part(qtbot, workspace):
    dialog = AccountDialog(workspace)
    qtbot.addWidget(dialog)
    completer = dialog.timezone.completer()
    completer.setCompletionPrefix("kolk")
    assert completer.currentCompletion() == "Asia/Kolkata"
    assert time_zone_names()[0] == "UTC"


def test_rules_by_date_lists_every_change_and_marks_reported_ones(qtbot, workspace):
    dialog = RulesByDateDialog(workspace)
    qtbot.addWidget(dialog)
    model = dialog.model
    assert model.rowCount() == len(RULE_CHANGES)
    rows = [model.texts(r) for r in range(model.rowCount())]
    october = next(r for r in rows if r[1] == Regime.PMP_2026_10.label)
    assert october[0] == "1 Oct 2026"
    assert october[3] == Confidence.REPORTED.mark
    assert october[4] == "ahead"  # the workspace's clock is in March 2025
    assert any(r[3] == "[Meta]" and r[4] == "in force" for r in rows)
    reported_row = rows.index(october)
    assert model.index(reported_row, 0).data(Qt.ItemDataRole.FontRole).italic()
    dialog.table.selectRow(reported_row)
    assert "ChakraHQ" in dialog.sources.text()


def test_the_menus_open_both_dialogs(qtbot, demo_window):
    bar = demo_window.menuBar()
    titles = {a.text(): a.menu() for a in bar.actions()}
    settings = [a.text() for a in titles["&Settings"].actions()]
    help_items = [a.text() for a in titles["&Help"].actions()]
    assert "Business &account…" in settings
    assert "&Rules by date…" in help_items


def test_the_pricing_menu_offers_auto(qtbot, demo_window, demo):
    demo_window.regime_actions[Regime.PMP_2025_07].trigger()
    demo_window.regime_actions[AUTO].trigger()
    assert demo.pricing == AUTO
    assert demo_window.regime_actions[AUTO].isChecked()


def test_the_auth_international_start_is_kept_to_the_minute(qtbot, workspace):
    start = datetime(2026, 5, 21, 9, 30, tzinfo=UTC)
    workspace.set_account(AccountSettings(auth_international_from=start))
    dialog = AccountDialog(workspace)
    qtbot.addWidget(dialog)
    assert dialog.auth_intl.isChecked()
    assert dialog.settings().auth_international_from == start
