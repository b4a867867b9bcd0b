"""Add a customer, or edit one: name, phone (checked as it is typed), opt-in, reachability."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ...formats import country
from ...i18n import translate
from ...rules.phones import PhoneError, format_phone, normalize_phone
from ...service import MAX_NAME, InputError, Workspace
from ..common.widgets import inline_error, plain_label

PHONE_EXAMPLE = "+52 55 1234 5678"


def name_problem(name: str) -> str:
    """An empty name, said before OK; the service checks the rest (length) on OK."""
    return "" if name.strip() else translate("CustomerDialog", "Enter the customer's name")


class CustomerDialog(QDialog):
    """New customer (`customer_id` None) or edit one. After accept, `customer_id` holds the
    customer's id. Every refusal is shown under its field in plain text; nothing is stored
    until the input is valid."""

    def __init__(self, workspace: Workspace, customer_id: int | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.workspace = workspace
        self.customer_id = customer_id
        editing = customer_id is not None
        customer = workspace.customer(customer_id) if customer_id is not None else None
        self.setWindowTitle(translate("CustomerDialog", "Edit customer") if editing
                            else translate("CustomerDialog", "New customer"))

        self.name_edit = QLineEdit(self)
        self.name_edit.setObjectName("customerName")
        self.name_edit.setMaxLength(MAX_NAME + 1)
        self.name_edit.setPlaceholderText(translate("CustomerDialog", "Ana López"))

        self.phone_edit = QLineEdit(self)
        self.phone_edit.setObjectName("customerPhone")
        self.phone_edit.setPlaceholderText(PHONE_EXAMPLE)
        self.phone_edit.setToolTip(
            translate("CustomerDialog", "International format: + and the country code"))
        self.country_label = plain_label(self, "phoneCountry", wrap=False)
        self.country_label.setMinimumWidth(
            self.fontMetrics().horizontalAdvance(translate("CustomerDialog", "United Kingdom")))

        # The phone's error label is made first so that findChild(QLabel, "inlineError")
        # finds it.
        self.phone_error = inline_error(self)
        self.phone_error.setMinimumHeight(self.fontMetrics().height())
        self.phone_error.show()  # holds its line, so the dialog does not jump as one types
        self.name_error = inline_error(self)
        self.form_error = inline_error(self)

        self.opt_in_box = QCheckBox(
            translate("CustomerDialog", "Opted in (agreed to receive templates)"), self)
        self.opt_in_box.setObjectName("customerOptIn")
        self.reachable_box = QCheckBox(translate("CustomerDialog", "Has WhatsApp (reachable)"),
                                       self)
        self.reachable_box.setObjectName("customerReachable")
        self.reachable_box.setChecked(True)
        self.reachable_box.setToolTip(translate(
            "CustomerDialog",
            "Messages to a number without WhatsApp are never delivered (error 131026)"))

        phone_row = QHBoxLayout()
        phone_row.addWidget(self.phone_edit, 1)
        phone_row.addWidget(self.country_label)
        form = QFormLayout()
        form.addRow(translate("CustomerDialog", "&Name"), self.name_edit)
        form.addRow("", self.name_error)
        phone_label = QLabel(translate("CustomerDialog", "&Phone"), self)
        phone_label.setBuddy(self.phone_edit)
        # a few pixels spare: a mnemonic label is drawn slightly wider than it measures, which
        # cut the last letter of "Telefone"
        phone_label.setMinimumWidth(phone_label.sizeHint().width()
                                    + phone_label.fontMetrics().averageCharWidth())
        form.addRow(phone_label, phone_row)
        form.addRow("", self.phone_error)
        if editing:
            self.opt_in_box.hide()
        else:
            form.addRow("", self.opt_in_box)
        form.addRow("", self.reachable_box)

        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText(translate("CustomerDialog", "Save") if editing
                   else translate("CustomerDialog", "Add customer"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.form_error)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(440)

        if customer is not None:
            self.name_edit.setText(customer.name)
            self.phone_edit.setText(format_phone(customer.phone))
            self.reachable_box.setChecked(customer.state.reachable)
        self._check_phone(show_empty=False)
        self.name_edit.textChanged.connect(self._name_edited)
        self.phone_edit.textChanged.connect(self._phone_edited)

    @property
    def ok_button(self) -> QPushButton:
        return self.buttons.button(QDialogButtonBox.StandardButton.Ok)

    # validation as the user types

    def _name_edited(self, _text: str) -> None:
        if not self.name_error.isHidden():
            self._show(self.name_error, name_problem(self.name_edit.text()))
        self._show(self.form_error, "")

    def _phone_edited(self, _text: str) -> None:
        self._check_phone(show_empty=True)
        self._show(self.form_error, "")

    def _check_phone(self, show_empty: bool) -> bool:
        """Check the phone through the rules; show the refusal, or the country it is in."""
        text = self.phone_edit.text()
        try:
            _, region = normalize_phone(text)
        except PhoneError as error:
            self.country_label.clear()
            self._show(self.phone_error, str(error) if text.strip() or show_empty else "")
            return False
        self.country_label.setText(country(region))
        self._show(self.phone_error, "")
        return True

    def _show(self, label: QLabel, message: str) -> None:
        label.setText(message)
        if label is not self.phone_error:
            label.setVisible(bool(message))
        # a message that wraps needs more height than the dialog had: grow it, never overlap
        layout = self.layout()
        layout.activate()
        if self.height() < layout.totalHeightForWidth(self.width()):
            self.resize(self.width(), layout.totalHeightForWidth(self.width()))

    # OK

    def accept(self) -> None:
        """Store the customer if the input is valid; otherwise say why, and stay open."""
        name_problem_text = name_problem(self.name_edit.text())
        self._show(self.name_error, name_problem_text)
        phone_ok = self._check_phone(show_empty=True)
        if name_problem_text or not phone_ok:
            (self.name_edit if name_problem_text else self.phone_edit).setFocus()
            return
        name, phone = self.name_edit.text(), self.phone_edit.text()
        reachable = self.reachable_box.isChecked()
        try:
            if self.customer_id is None:
                self.customer_id = self.workspace.add_customer(
                    name, phone, opt_in=self.opt_in_box.isChecked(), reachable=reachable)
            else:
                self.workspace.edit_customer(self.customer_id, name, phone, reachable)
        except InputError as error:  # e.g. a name over MAX_NAME characters
            self._show(self.form_error, str(error))
            return
        super().accept()
