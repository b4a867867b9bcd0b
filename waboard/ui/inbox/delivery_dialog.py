"""Settings > Delivery delay…: how long a business message takes, on the simulated clock,
from sent (one grey tick) to delivered on the customer's phone (two)."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from ...i18n import QT_TRANSLATE_NOOP, translate
from ...service import InputError, Workspace
from ...settings import MAX_DELIVERY_DELAY
from ..common.host import WorkspaceWindow
from ..common.widgets import add_action, inline_error, plain_label

EXPLANATION = QT_TRANSLATE_NOOP(
    "DeliveryDelay",
    "A business message shows one grey tick when sent and two when it reaches the customer's "
    "phone, this many simulated seconds later; they turn blue when the customer reads it. "
    "The Cloud API sends its sent, delivered and read statuses at those instants. 0 s: "
    "delivered the moment it is sent. Messages already sent keep their own delivery time.")


class DeliveryDelayDialog(QDialog):
    """One number: the simulated delivery delay in seconds, stored in the workspace."""

    def __init__(self, workspace: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.workspace = workspace
        self.setObjectName("deliveryDelayDialog")
        self.setWindowTitle(translate("DeliveryDelay", "Delivery delay"))
        layout = QVBoxLayout(self)
        layout.addWidget(plain_label(self, "deliveryExplanation",
                                     translate("DeliveryDelay", EXPLANATION)))
        self.delay_spin = QSpinBox(self)
        self.delay_spin.setObjectName("deliveryDelay")
        self.delay_spin.setRange(0, MAX_DELIVERY_DELAY)
        self.delay_spin.setSuffix(" s")
        self.delay_spin.setValue(workspace.delivery_delay)
        form = QFormLayout()
        form.addRow(translate("DeliveryDelay", "Simulated delivery delay"), self.delay_spin)
        layout.addLayout(form)
        self.error_label = inline_error(self)
        layout.addWidget(self.error_label)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.resize(420, self.sizeHint().height())

    def accept(self) -> None:
        try:
            self.workspace.set_delivery_delay(self.delay_spin.value())
        except InputError as error:
            self.error_label.setText(str(error))
            self.error_label.show()
            return
        super().accept()


def install_delivery(window: WorkspaceWindow) -> None:
    add_action(window.feature_menu("&Settings"), translate("DeliveryDelay", "&Delivery delay…"),
               lambda: DeliveryDelayDialog(window.workspace, window).exec())
