"""The customer dialog: new and edit, phone checked as typed, refusals shown inline."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QCheckBox, QDialog, QLabel

from waboard.rules.model import Consent
from waboard.rules.phones import PhoneError, normalize_phone
from waboard.service import MAX_NAME, Workspace
from waboard.ui.inbox.customer_dialog import CustomerDialog


@pytest.fixture
def open_dialog(qtbot):
    def make(workspace: Workspace, customer_id: int | None = None) -> CustomerDialog:
        dialog = CustomerDialog(workspace, customer_id)
        qtbot.addWidget(dialog)
        with qtbot.waitExposed(dialog):
            dialog.show()
        return dialog

    return make


def phone_message(text: str) -> str:
    with pytest.raises(PhoneError) as refused:
        normalize_phone(text)
    return str(refused.value)


def toggle(qtbot, box: QCheckBox) -> None:
    """Click the check box's indicator (its middle may lie past the label)."""
    qtbot.mouseClick(box, Qt.MouseButton.LeftButton, pos=QPoint(6, box.height() // 2))


def press_ok(qtbot, dialog: CustomerDialog) -> None:
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)


def test_a_new_customer_dialog_starts_empty(open_dialog, workspace):
    dialog = open_dialog(workspace)
    assert dialog.windowTitle() == "New customer"
    assert dialog.phone_edit.placeholderText() == "+52 55 1234 5678"
    assert dialog.opt_in_box.isVisible() and not dialog.opt_in_box.isChecked()
    assert dialog.reachable_box.text() == "Has WhatsApp (reachable)"
    assert dialog.reachable_box.isChecked()
    error = dialog.findChild(QLabel, "inlineError")
    assert error is dialog.phone_error and error.text() == ""
    assert dialog.country_label.text() == ""


@pytest.mark.parametrize(("typed", "words"), [
    ("", "Enter a phone number"),
    ("55 abc 1234", "contains letters"),
    ("55 1234 5678", "has no country code"),
    ("+52 55 12", "too short"),
])
def test_a_bad_phone_is_refused_with_its_reason(qtbot, open_dialog, workspace, typed, words):
    dialog = open_dialog(workspace)
    qtbot.keyClicks(dialog.name_edit, "Ana Lopez")  # (QTest types ASCII only)
    if typed:  # (QTest aborts on an empty string)
        qtbot.keyClicks(dialog.phone_edit, typed)
    press_ok(qtbot, dialog)
    assert dialog.isVisible() and dialog.result() != QDialog.DialogCode.Accepted
    assert dialog.phone_error.text() == phone_message(typed)
    assert words in dialog.phone_error.text()
    assert dialog.phone_error.textFormat() == Qt.TextFormat.PlainText
    assert dialog.country_label.text() == ""
    assert dialog.customer_id is None
    assert workspace.customers() == []


def test_the_phone_is_checked_as_it_is_typed(qtbot, open_dialog, workspace):
    dialog = open_dialog(workspace)
    qtbot.keyClicks(dialog.phone_edit, "+52 55 12")
    assert dialog.phone_error.text() == phone_message("+52 55 12")
    qtbot.keyClicks(dialog.phone_edit, "34 5678")
    assert dialog.phone_error.text() == ""
    assert dialog.country_label.text() == "Mexico"
    dialog.phone_edit.clear()
    assert "Enter a phone number" in dialog.phone_error.text()


def test_a_valid_customer_is_added(qtbot, open_dialog, workspace):
    dialog = open_dialog(workspace)
    dialog.name_edit.insert("Ana López")  # as pasted: QTest types ASCII only
    qtbot.keyClicks(dialog.phone_edit, "+52 55 1234 5678")
    toggle(qtbot, dialog.opt_in_box)
    assert dialog.country_label.text() == "Mexico"
    press_ok(qtbot, dialog)
    assert dialog.result() == QDialog.DialogCode.Accepted
    customer = workspace.customer(dialog.customer_id)
    assert (customer.name, customer.phone, customer.region) == ("Ana López", "+525512345678",
                                                                "MX")
    assert customer.state.consent is Consent.OPTED_IN
    assert customer.state.reachable


def test_a_customer_without_whatsapp(qtbot, open_dialog, workspace):
    dialog = open_dialog(workspace)
    qtbot.keyClicks(dialog.name_edit, "Carlos")
    qtbot.keyClicks(dialog.phone_edit, "+34 612 34 56 78")
    assert dialog.country_label.text() == "Spain"
    toggle(qtbot, dialog.reachable_box)
    press_ok(qtbot, dialog)
    customer = workspace.customer(dialog.customer_id)
    assert not customer.state.reachable
    assert customer.state.consent is Consent.NONE


def test_a_name_is_required(qtbot, open_dialog, workspace):
    dialog = open_dialog(workspace)
    qtbot.keyClicks(dialog.phone_edit, "+52 55 1234 5678")
    press_ok(qtbot, dialog)
    assert dialog.name_error.text() == "Enter the customer's name"
    assert workspace.customers() == []
    qtbot.keyClicks(dialog.name_edit, "Ana")
    assert dialog.name_error.text() == ""


def test_the_services_refusal_is_shown_inline(qtbot, open_dialog, workspace):
    dialog = open_dialog(workspace)
    dialog.name_edit.setText("x" * (MAX_NAME + 1))
    qtbot.keyClicks(dialog.phone_edit, "+52 55 1234 5678")
    press_ok(qtbot, dialog)
    assert dialog.isVisible()
    assert dialog.form_error.text() == (f"The name is {MAX_NAME + 1} characters; keep it under "
                                        f"{MAX_NAME}")
    assert dialog.form_error.objectName() == "inlineError"
    assert workspace.customers() == []


def test_a_name_with_markup_is_stored_as_typed(qtbot, open_dialog, workspace):
    dialog = open_dialog(workspace)
    qtbot.keyClicks(dialog.name_edit, "<b>x</b>")
    qtbot.keyClicks(dialog.phone_edit, "+44 7824 556677")
    press_ok(qtbot, dialog)
    assert workspace.customer(dialog.customer_id).name == "<b>x</b>"


def test_cancel_stores_nothing(qtbot, open_dialog, workspace):
    dialog = open_dialog(workspace)
    qtbot.keyClicks(dialog.name_edit, "Ana")
    qtbot.keyClicks(dialog.phone_edit, "+52 55 1234 5678")
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert dialog.result() == QDialog.DialogCode.Rejected
    assert workspace.customers() == []


def test_editing_is_prefilled_and_saves(qtbot, open_dialog, workspace, ana):
    dialog = open_dialog(workspace, ana)
    assert dialog.windowTitle() == "Edit customer"
    assert dialog.name_edit.text() == "Ana López"
    assert dialog.phone_edit.text() == "+52 55 1234 5678"
    assert dialog.country_label.text() == "Mexico"
    assert not dialog.opt_in_box.isVisible()
    dialog.name_edit.setText("Ana María López")
    toggle(qtbot, dialog.reachable_box)
    press_ok(qtbot, dialog)
    assert dialog.customer_id == ana
    customer = workspace.customer(ana)
    assert customer.name == "Ana María López"
    assert not customer.state.reachable
    assert customer.state.consent is Consent.OPTED_IN  # consent is not edited here


def test_editing_refuses_a_bad_phone_and_keeps_the_old_one(qtbot, open_dialog, workspace,
                                                           ana):
    dialog = open_dialog(workspace, ana)
    dialog.phone_edit.clear()
    qtbot.keyClicks(dialog.phone_edit, "+52 55")
    press_ok(qtbot, dialog)
    assert dialog.isVisible()
    assert dialog.phone_error.text() == phone_message("+52 55")
    assert workspace.customer(ana).phone == "+525512345678"


def test_a_number_another_customer_has_is_refused_by_name(qtbot, open_dialog, workspace, ana):
    dialog = open_dialog(workspace)
    qtbot.keyClicks(dialog.name_edit, "Ana twin")
    qtbot.keyClicks(dialog.phone_edit, "+52 1 55 1234 5678")
    press_ok(qtbot, dialog)
    assert dialog.isVisible()
    assert dialog.form_error.text() == ("+525512345678 is already the number of Ana López; "
                                        "two customers cannot share a phone number")
    assert [c.id for c in workspace.customers()] == [ana]


def test_a_long_phone_error_wraps_below_its_field_without_overlapping(qtbot, open_dialog,
                                                                        workspace):
    dialog = open_dialog(workspace)
    qtbot.keyClicks(dialog.phone_edit, "+52 55 1234 5678 9999 8888 7777 6666 5555")
    error = dialog.phone_error
    qtbot.waitUntil(lambda: error.height() >= error.heightForWidth(error.width()))
    assert error.heightForWidth(error.width()) > 1.5 * error.fontMetrics().height()  # wraps
    assert error.geometry().top() >= dialog.phone_edit.geometry().bottom()
    assert error.geometry().bottom() < dialog.opt_in_box.geometry().top()
