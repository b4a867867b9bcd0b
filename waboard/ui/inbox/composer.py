"""Under the chat: the business's message box, and a strip to act as the customer.

The composer decides nothing: it hands what was typed to the workspace, which applies the
rules and stores the result (a refused send becomes a failed bubble). It only asks the rules
whether free-form text would be refused now, locking the text box with the reason (the
instant the customer service window closes, say).
"""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QComboBox,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from ...explain import consequence
from ...i18n import QT_TRANSLATE_NOOP, translate
from ...rules.engine import refusal_for
from ...rules.instants import format_span
from ...rules.model import CustomerState, Referral, SendText
from ...service import Change, ChangeKind, InputError, StepResult, Workspace
from ..common.bus import WorkspaceBus
from ..common.widgets import inline_error, plain_label
from .chat_model import REFERRAL_LABELS, first_name
from .consent_dialog import ConsentDialog

DIRECT = QT_TRANSLATE_NOOP("Composer", "Direct message")
"""The origin of a customer message that came from neither an ad nor a Page button."""
REFERRALS: tuple[Referral | None, ...] = (None, Referral.CTWA_AD, Referral.PAGE_CTA)
"""The origins the strip offers, in order (labels: DIRECT and chat_model.REFERRAL_LABELS)."""
PROMOTIONS_LABELS = {False: QT_TRANSLATE_NOOP("Composer", "Stop promotions"),
                     True: QT_TRANSLATE_NOOP("Composer", "Resume promotions")}
"""The strip's button, by whether the customer has stopped this business's marketing
(English, marked: shown with `translate("Composer", ...)`)."""
PROMOTIONS_TIP = QT_TRANSLATE_NOOP(
    "Composer", "The customer stops (or resumes) this business's marketing messages in "
    "WhatsApp itself: while stopped, marketing templates fail with 131050. The business's "
    "consent ledger is not changed.")
"""The button's tooltip (131050: Reason.MARKETING_STOPPED, checked by the composer's tests)."""


def referral_label(referral: Referral | None) -> str:
    """How the strip names where a customer message comes from."""
    if referral is None:
        return translate("Composer", DIRECT)
    return REFERRAL_LABELS[referral.value]


def banner_text(name: str, state: CustomerState, now: datetime) -> str:
    """Why the rules would refuse free-form text now ("" when they would send it).

    A number without WhatsApp shows only after a send, as a failed message, as on the
    platform; the banner speaks of what the business can know before sending."""
    refusal = refusal_for(replace(state, reachable=True), SendText("-"), now)
    if refusal is None:
        return ""
    who = first_name(name)
    closes = state.window_expires()
    if closes is None:
        return translate("Composer", "{name} has not written yet: only an approved template can "
                         "reach them").format(name=who)
    return translate("Composer", "The 24-hour window closed {span} ago: only an approved "
                     "template can reach {name}").format(span=format_span(closes, now), name=who)


class MessageEdit(QPlainTextEdit):
    """The message box: Ctrl+Enter submits, Enter starts a new line."""

    submitted = Signal()
    LINES = 2

    def sizeHint(self) -> QSize:
        margins = self.contentsMargins()
        height = self.fontMetrics().lineSpacing() * self.LINES + 2 * int(
            self.document().documentMargin()) + margins.top() + margins.bottom()
        return QSize(super().sizeHint().width(), height)

    def minimumSizeHint(self) -> QSize:
        return QSize(super().minimumSizeHint().width(), self.sizeHint().height())

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and \
                event.modifiers() & Qt.KeyboardModifier.ControlModifier:
            event.accept()
            self.submitted.emit()
            return
        super().keyPressEvent(event)


def _button(text: str, name: str, parent: QWidget) -> QPushButton:
    button = QPushButton(text, parent)
    button.setObjectName(name)
    return button


class Composer(QWidget):
    """The message box with Send, the closed-window banner and the simulate-customer strip."""

    template_requested = Signal(int)  # customer id
    acted = Signal(object)  # StepResult of a send or a simulated customer action

    def __init__(self, workspace: Workspace, bus: WorkspaceBus,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.workspace = workspace
        self.customer_id: int | None = None
        self._trying = False
        self._cost_stale = True  # the cost line is worked out again after a change
        self._name = ""
        self._state = CustomerState()
        self._build()
        bus.ticked.connect(self.tick)
        bus.changed.connect(self._changed)
        self.set_customer(None)

    def _build(self) -> None:
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 4, 8, 6)
        layout.setSpacing(4)

        self.banner = QFrame(self)
        self.banner.setObjectName("banner")
        banner_column = QVBoxLayout(self.banner)
        banner_column.setContentsMargins(8, 4, 8, 4)
        banner_column.setSpacing(4)
        self.banner_label = plain_label(self.banner, "bannerText", tall_as_text=True)
        self.banner_label.setSizePolicy(QSizePolicy.Policy.Ignored,
                                        QSizePolicy.Policy.Minimum)
        self.choose_button = _button(translate("Composer", "Choose template"), "chooseTemplate",
                                     self.banner)
        self.choose_button.clicked.connect(self._ask_for_template)
        self.try_button = _button(translate("Composer", "Try anyway"), "tryAnyway", self.banner)
        self.try_button.setToolTip(translate(
            "Composer", "Unlock the box for one message and send it: the platform refuses it "
            "with its error code, recorded as a failed send"))
        self.try_button.clicked.connect(self.try_anyway)
        # the sentence on its own line(s), the buttons under it: never clipped when narrow
        banner_column.addWidget(self.banner_label)
        banner_row = QHBoxLayout()
        banner_row.addStretch(1)
        banner_row.addWidget(self.choose_button)
        banner_row.addWidget(self.try_button)
        banner_column.addLayout(banner_row)
        layout.addWidget(self.banner)

        row = QHBoxLayout()
        row.setSpacing(6)
        self.text_edit = MessageEdit(self)
        self.text_edit.setObjectName("composerText")
        self.text_edit.setPlaceholderText(
            translate("Composer", "Type a message (Ctrl+Enter sends)"))
        self.text_edit.setTabChangesFocus(True)
        self.text_edit.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.text_edit.submitted.connect(self.send)
        buttons = QVBoxLayout()
        buttons.setSpacing(4)
        self.send_button = _button(translate("Composer", "Send"), "sendButton", self)
        self.send_button.setDefault(True)
        self.send_button.setToolTip(translate("Composer", "Send as free-form text (Ctrl+Enter)"))
        self.send_button.clicked.connect(self.send)
        self.template_button = _button(translate("Composer", "Template…"), "templateButton", self)
        self.template_button.setToolTip(translate("Composer", "Send an approved template"))
        self.template_button.clicked.connect(self._ask_for_template)
        buttons.addWidget(self.send_button)
        buttons.addWidget(self.template_button)
        buttons.addStretch(1)
        row.addWidget(self.text_edit, 1)
        row.addLayout(buttons)
        layout.addLayout(row)

        self.error_label = inline_error(self)
        layout.addWidget(self.error_label)
        self.cost_label = plain_label(self, "composerCost")
        self.cost_label.setToolTip(
            translate("Composer", "What sending free-form text now would do, and its cost"))
        layout.addWidget(self.cost_label)

        self.strip = QFrame(self)
        self.strip.setObjectName("simulateStrip")
        strip = QGridLayout(self.strip)
        strip.setContentsMargins(0, 4, 0, 0)
        strip.setHorizontalSpacing(6)
        strip.setVerticalSpacing(4)
        title = QLabel(translate("Composer", "Simulate customer"), self.strip)
        title.setObjectName("simulateTitle")
        self.customer_edit = QLineEdit(self.strip)
        self.customer_edit.setObjectName("customerText")
        self.customer_edit.setMaxLength(1_000_000)  # the workspace says what is too long
        self.customer_edit.returnPressed.connect(self.customer_sends)
        self.referral_combo = QComboBox(self.strip)
        self.referral_combo.setObjectName("referralCombo")
        for referral in REFERRALS:
            self.referral_combo.addItem(referral_label(referral),
                                        referral.value if referral else None)
        self.referral_combo.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.referral_combo.setMinimumContentsLength(12)
        self.referral_combo.setToolTip(translate(
            "Composer", "Where the customer's message comes from: a message from an ad or a "
            "Page button opens a free entry point"))
        self.customer_button = _button(translate("Composer", "Customer sends"), "customerSends",
                                       self.strip)
        self.customer_button.clicked.connect(self.customer_sends)
        self.opt_in_button = _button(translate("Composer", "Opt in"), "optIn", self.strip)
        self.opt_in_button.clicked.connect(self.opt_in)
        self.opt_out_button = _button(translate("Composer", "Opt out"), "optOut", self.strip)
        self.opt_out_button.clicked.connect(self.opt_out)
        self.promotions_button = _button(translate("Composer", PROMOTIONS_LABELS[False]),
                                         "promotions", self.strip)
        self.promotions_button.setToolTip(translate("Composer", PROMOTIONS_TIP))
        self.promotions_button.clicked.connect(self.toggle_promotions)
        self.read_button = _button(translate("Composer", "Reads"), "customerReads", self.strip)
        self.read_button.setToolTip(translate(
            "Composer", "The customer opens the chat: the business's messages turn read "
            "(blue ticks)"))
        self.read_button.clicked.connect(self.customer_reads_chat)
        consent = QHBoxLayout()
        consent.setSpacing(6)
        consent.addWidget(self.referral_combo, 1)
        consent.addWidget(self.opt_in_button)
        consent.addWidget(self.opt_out_button)
        in_app = QHBoxLayout()  # what the customer does in WhatsApp itself, beside the title
        in_app.setSpacing(6)
        in_app.addWidget(self.read_button)
        in_app.addWidget(self.promotions_button)
        # the title on a row of its own width, so a narrow chat never clips it or the combo
        strip.addWidget(title, 0, 0)
        strip.addLayout(in_app, 0, 1)
        strip.addWidget(self.customer_edit, 1, 0)
        strip.addWidget(self.customer_button, 1, 1)
        strip.addLayout(consent, 2, 0, 1, 2)
        strip.setColumnStretch(0, 1)
        layout.addWidget(self.strip)

    # public

    def set_customer(self, customer_id: int | None) -> None:
        self.customer_id = customer_id
        self.show_error("")
        self.referral_combo.setCurrentIndex(0)
        self._trying = False
        self._reload()
        self.tick(self.workspace.now())

    @property
    def locked(self) -> bool:
        return not self.text_edit.isEnabled()

    def send(self) -> None:
        """Hand the typed text to the workspace; a refusal comes back as a failed bubble."""
        if self.customer_id is None or self.locked:
            return
        result = self._act(lambda cid: self.workspace.send_text(cid, self.text_edit
                                                                 .toPlainText()))
        if result is not None:
            self.text_edit.clear()
            self._trying = False
            self.tick(self.workspace.now())
        self.text_edit.setFocus()

    def try_anyway(self) -> None:
        """Unlock the box for one message the rules will refuse, so the trainee sees the
        platform's answer (131047 ...) as a failed send."""
        if self.customer_id is None:
            return
        self._trying = True
        self.tick(self.workspace.now())
        self.text_edit.setFocus()

    def customer_sends(self) -> None:
        """The customer writes what is in the simulate strip, from the chosen origin."""
        referral = self.referral_combo.currentData()
        result = self._act(lambda cid: self.workspace.customer_message(
            cid, self.customer_edit.text(), referral))
        if result is not None:
            self.customer_edit.clear()
            self.referral_combo.setCurrentIndex(0)  # an ad brings one message, not every one

    def customer_reads_chat(self) -> None:
        if self.customer_id is not None:
            self.workspace.customer_reads(self.customer_id)

    def opt_in(self) -> None:
        """Ask where the opt-in came from and its words, then record it."""
        self._ask_consent("opt_in")

    def opt_out(self) -> None:
        self._ask_consent("opt_out")

    def toggle_promotions(self) -> None:
        """The customer stops (or resumes) this business's marketing in WhatsApp itself."""
        stopped = self._state.marketing_stopped
        self._act(self.workspace.resume_marketing if stopped else self.workspace.stop_marketing)

    def _ask_consent(self, kind: str) -> None:
        if self.customer_id is None:
            return
        customer_id, dialog = self.customer_id, ConsentDialog(kind, self._name, self)
        self.consent_dialog = dialog
        change = self.workspace.opt_in if kind == "opt_in" else self.workspace.opt_out
        dialog.accepted.connect(lambda: self._act(
            lambda _cid: change(customer_id, source=dialog.choice()[0], text=dialog.choice()[1])))
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()

    def show_error(self, message: str) -> None:
        self.error_label.setText(message)
        self.error_label.setVisible(bool(message))

    def tick(self, now: datetime) -> None:
        """Lock or unlock the message box as the window stands at `now`."""
        if self.customer_id is None:
            self._lock(True, "")
            self.cost_label.setText("")
            return
        text = banner_text(self._name, self._state, now)
        was_locked = self.locked
        self._lock(bool(text) and not self._trying, text)
        self.try_button.setEnabled(not self._trying)
        if self._cost_stale or was_locked != self.locked:
            self._cost_stale = False
            self.cost_label.setText(self._free_form_consequence(now))

    def _free_form_consequence(self, now: datetime) -> str:
        """The picker's sentence for free-form text sent now ("" when the box is locked)."""
        if self.customer_id is None or self.locked:
            return ""
        outcome, market = self.workspace.preview(self.customer_id, SendText("-"), now)
        return consequence(outcome, market, self.workspace.regime, first_name(self._name))

    # internals

    def _act(self, action) -> StepResult | None:  # noqa: ANN001
        if self.customer_id is None:
            return None
        try:
            result = action(self.customer_id)
        except InputError as error:
            self.show_error(str(error))
            return None
        self.show_error("")
        self.acted.emit(result)
        return result

    def _ask_for_template(self) -> None:
        if self.customer_id is not None:
            self.template_requested.emit(self.customer_id)

    def _changed(self, change: Change) -> None:
        if self.customer_id is None or change.kind in (ChangeKind.CLOCK, ChangeKind.TEMPLATE):
            return
        if not self.workspace.has_customer(self.customer_id):
            self.set_customer(None)  # taken back by an undo or a rewind
        elif change.customer_id in (None, self.customer_id):
            self._reload()
            self.tick(self.workspace.now())

    def _reload(self) -> None:
        self._cost_stale = True
        if self.customer_id is None:
            self._name, self._state = "", CustomerState()
            for widget in self._customer_widgets():
                widget.setEnabled(False)
            self.customer_edit.setPlaceholderText("")
            return
        customer = self.workspace.customer(self.customer_id)
        self._name = customer.name
        self._state = self.workspace.state(self.customer_id)
        for widget in self._customer_widgets():
            widget.setEnabled(True)
        self.promotions_button.setText(
            translate("Composer", PROMOTIONS_LABELS[self._state.marketing_stopped]))
        self.customer_edit.setPlaceholderText(
            translate("Composer", "Type as {name}…").format(name=first_name(customer.name)))

    def _customer_widgets(self) -> tuple[QWidget, ...]:
        return (self.customer_edit, self.referral_combo, self.customer_button,
                self.read_button, self.opt_in_button, self.opt_out_button,
                self.promotions_button,
                self.template_button)

    def _lock(self, locked: bool, text: str) -> None:
        if self.text_edit.isEnabled() == locked:
            self.text_edit.setEnabled(not locked)
            self.send_button.setEnabled(not locked)
        if self.banner_label.text() != text:
            self.banner_label.setText(text)
        visible = bool(text)
        if self.banner.isVisibleTo(self) != visible:
            self.banner.setVisible(visible)
