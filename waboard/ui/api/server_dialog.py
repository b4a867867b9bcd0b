"""Tools > Cloud API server: start and stop the local Cloud API, and copy what an app needs
to talk to it (base URL, token, phone number id, WABA id)."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from ...api.server import ServeConfig, ServerError, check_webhook_url
from ...i18n import translate
from ..common.widgets import inline_error, plain_label
from .controller import ApiController


class ApiServerDialog(QDialog):
    """Not modal: the server keeps running when the dialog closes."""

    def __init__(self, controller: ApiController, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("apiServerDialog")
        self.setWindowTitle(translate("CloudApi", "Cloud API server"))
        self.setMinimumWidth(520)
        self.controller = controller
        config = controller.config
        self.port = QSpinBox(self)
        self.port.setRange(0, 65535)
        self.port.setSpecialValueText(translate("CloudApi", "any free port"))
        self.port.setValue(config.port)
        self.token = QLineEdit(config.token, self)
        self.webhook = QLineEdit(config.webhook or "", self)
        self.webhook.setPlaceholderText(
            translate("CloudApi", "http://127.0.0.1:5000/webhook (optional)"))
        self.app_secret = QLineEdit(config.app_secret or "", self)
        self.app_secret.setPlaceholderText(
            translate("CloudApi", "signs webhooks with X-Hub-Signature-256"))
        self.verify_token = QLineEdit(config.verify_token or "", self)
        self.verify_token.setPlaceholderText(
            translate("CloudApi", "does the hub.verify_token handshake"))
        for field in (self.webhook, self.app_secret, self.verify_token):  # hints shown whole
            field.setMinimumWidth(field.fontMetrics().horizontalAdvance(
                field.placeholderText()) + 2 * field.fontMetrics().averageCharWidth())
        self.auto_approve = QCheckBox(
            translate("CloudApi", "Approve templates created through the API"), self)
        self.auto_approve.setChecked(config.auto_approve)
        self.base_url = plain_label(self, "apiBaseUrl", selectable=True)
        self.state = plain_label(self, "apiState")
        self.error = inline_error(self)
        self.toggle = QPushButton(self)
        self.toggle.setObjectName("apiToggle")
        self.toggle.clicked.connect(self._toggle)

        form = QFormLayout()
        form.addRow(translate("CloudApi", "Port"), self.port)
        form.addRow(translate("CloudApi", "Token"),
                    self._with_copy(self.token, lambda: self.token.text()))
        form.addRow(translate("CloudApi", "Webhook URL"), self.webhook)
        form.addRow(translate("CloudApi", "App secret"), self.app_secret)
        form.addRow(translate("CloudApi", "Verify token"), self.verify_token)
        form.addRow("", self.auto_approve)
        form.addRow(translate("CloudApi", "Base URL"),
                    self._with_copy(self.base_url, self._base_url))
        form.addRow(translate("CloudApi", "Phone number id"), self._with_copy(
            plain_label(self, text=config.phone_number_id, selectable=True),
            lambda: config.phone_number_id))
        form.addRow(translate("CloudApi", "WABA id"), self._with_copy(
            plain_label(self, text=config.waba_id, selectable=True), lambda: config.waba_id))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.close)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.state)
        layout.addWidget(self.error)
        row = QHBoxLayout()
        row.addWidget(self.toggle)
        row.addStretch(1)
        row.addWidget(buttons)
        layout.addLayout(row)
        controller.state_changed.connect(self._show_state)
        self._show_state()

    def _with_copy(self, field: QWidget, text: object) -> QWidget:
        box = QWidget(self)
        row = QHBoxLayout(box)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(field, 1)
        copy = QPushButton(translate("CloudApi", "Copy"), box)
        copy.clicked.connect(lambda: QGuiApplication.clipboard().setText(text()))  # type: ignore[operator]
        row.addWidget(copy)
        return box

    def _base_url(self) -> str:
        server = self.controller.server
        return server.base_url if server is not None else ""

    def config(self) -> ServeConfig:
        """The form as a server configuration; ValueError names the field at fault."""
        token = self.token.text().strip()
        if not token:
            raise ValueError(translate("CloudApi", "Enter a token: apps send it as "
                                       "'Authorization: Bearer TOKEN'"))
        webhook = self.webhook.text().strip() or None
        if webhook is not None:
            try:
                check_webhook_url(webhook)
            except ValueError as error:
                raise ValueError(translate("CloudApi", "Webhook URL {problem}")
                                 .format(problem=error)) from None
        return replace(self.controller.config, port=self.port.value(), token=token,
                       webhook=webhook, app_secret=self.app_secret.text() or None,
                       verify_token=self.verify_token.text() or None,
                       auto_approve=self.auto_approve.isChecked())

    def _toggle(self) -> None:
        self.error.hide()
        if self.controller.running:
            self.controller.stop()
            return
        try:
            self.controller.start(self.config())
        except (ValueError, ServerError) as error:
            self.error.setText(str(error))
            self.error.show()

    def _show_state(self) -> None:
        running = self.controller.running
        self.toggle.setText(translate("CloudApi", "Stop server") if running
                            else translate("CloudApi", "Start server"))
        self.base_url.setText(self._base_url() or translate("CloudApi", "(not running)"))
        self.state.setText(self.controller.description())
        for field in (self.port, self.token, self.webhook, self.app_secret,
                      self.verify_token, self.auto_approve):
            field.setEnabled(not running)
