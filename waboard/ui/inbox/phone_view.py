"""View > Customer's phone: the selected customer's side of the chat, phone-shaped.

The business's messages arrive on the left (a template with its header, footer and
quick-reply buttons), the customer's own on the right; a refused send never reached the
phone, so it is not there. The presenter types as the customer here, taps a quick-reply
button (sent as the customer's reply with the button's text), or writes "from an ad" (a
click-to-WhatsApp referral, for that one message). While the phone shows a chat the
customer is reading it: the business's ticks turn read. It follows the simulated clock and
the selected customer, and presenter mode's larger type.

It shows the newest `MAX_SHOWN` messages as widgets: one customer's recent chat, not a
list that can grow without bound.
"""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QHideEvent, QShowEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QFrame,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from ...rules.model import Referral
from ...service import Change, ChangeKind, InputError, Workspace
from ...store import MessageRecord
from ..common.bus import WorkspaceBus
from ..common.widgets import inline_error, plain_label

MAX_SHOWN = 60
PHONE_SIZE = (380, 720)
BUSINESS_NAME = "Your business"
BUBBLE_SHARE = 0.8


def shown_on_phone(message: MessageRecord) -> bool:
    """What reaches the customer's phone: their messages and the business's accepted ones."""
    if message.direction == "in":
        return True
    return message.direction == "out" and message.accepted


class Bubble(QFrame):
    """One message as the customer's phone draws it."""

    def __init__(self, message: MessageRecord, reply: object, parent: QWidget) -> None:
        super().__init__(parent)
        mine = message.direction == "in"  # the customer's own message
        self.setObjectName("phoneMine" if mine else "phoneTheirs")
        colour = "#d9fdd3" if mine else "#ffffff"
        self.setStyleSheet(f"#{self.objectName()} {{ background: {colour}; "
                           "border-radius: 8px; }")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(10, 6, 10, 6)
        layout.setSpacing(2)
        if message.header:
            header = plain_label(self, "phoneHeader", message.header)
            font = header.font()
            font.setBold(True)
            header.setFont(font)
            layout.addWidget(header)
        layout.addWidget(plain_label(self, "phoneText", message.text, selectable=True))
        if message.footer:
            footer = plain_label(self, "phoneFooter", message.footer)
            footer.setStyleSheet("color: #667781;")
            layout.addWidget(footer)
        layout.addWidget(plain_label(self, "phoneTime", message.at.strftime("%H:%M")),
                         0, Qt.AlignmentFlag.AlignRight)
        self.buttons: list[QPushButton] = []
        for label in message.buttons:
            button = QPushButton(label, self)
            button.setObjectName("phoneQuickReply")
            button.setToolTip("Tap: the customer answers with this button")
            button.clicked.connect(lambda _=False, text=label: reply(text))
            layout.addWidget(button)
            self.buttons.append(button)


class PhoneView(QWidget):
    """A phone-shaped window on one customer's chat, from their side."""

    hidden = Signal()

    def __init__(self, workspace: Workspace, bus: WorkspaceBus,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.setObjectName("customerPhone")
        self.workspace = workspace
        self.customer_id: int | None = None
        self.bubbles: list[Bubble] = []
        self.resize(*PHONE_SIZE)

        self.title = plain_label(self, "phoneTitle", BUSINESS_NAME, wrap=False)
        font = self.title.font()
        font.setBold(True)
        self.title.setFont(font)
        self.clock_label = plain_label(self, "phoneClock", wrap=False)
        top = QHBoxLayout()
        top.addWidget(self.title, 1)
        top.addWidget(self.clock_label)

        self.scroll = QScrollArea(self)
        self.scroll.setWidgetResizable(True)
        self.scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.page = QWidget(self.scroll)
        self.page.setObjectName("phoneChat")
        self.page.setStyleSheet("#phoneChat { background: #efeae2; }")
        self.column = QVBoxLayout(self.page)
        self.column.addStretch(1)
        self.scroll.setWidget(self.page)
        bar = self.scroll.verticalScrollBar()
        bar.rangeChanged.connect(lambda _low, high: bar.setValue(high))  # newest in view

        self.from_ad = QCheckBox("Comes from an ad (click-to-WhatsApp)", self)
        self.from_ad.setToolTip("The next message arrives with an ad's referral: a free "
                                "entry point (for that message only)")
        self.text_edit = QLineEdit(self)
        self.text_edit.setObjectName("phoneText")
        self.text_edit.setPlaceholderText("Message")
        self.text_edit.returnPressed.connect(self.send)
        self.send_button = QPushButton("Send", self)
        self.send_button.clicked.connect(self.send)
        self.error_label = inline_error(self)
        row = QHBoxLayout()
        row.addWidget(self.text_edit, 1)
        row.addWidget(self.send_button)

        frame = QVBoxLayout(self)
        frame.setContentsMargins(12, 18, 12, 18)  # the phone's bezel
        frame.addLayout(top)
        frame.addWidget(self.scroll, 1)
        frame.addWidget(self.from_ad)
        frame.addLayout(row)
        frame.addWidget(self.error_label)
        self.setStyleSheet("#customerPhone { background: #202c33; } "
                           "#customerPhone > QLabel, #customerPhone > QCheckBox "
                           "{ color: white; }")
        bus.changed.connect(self._changed)
        bus.ticked.connect(self._ticked)
        self.show_customer(None)

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802
        super().showEvent(event)
        if self.customer_id is not None:
            self.workspace.customer_reads(self.customer_id)

    def hideEvent(self, event: QHideEvent) -> None:  # noqa: N802
        super().hideEvent(event)
        self.hidden.emit()

    def show_customer(self, customer_id: int | None) -> None:
        self.customer_id = customer_id
        self.from_ad.setChecked(False)
        self.error_label.hide()
        self._reload()

    # as the customer

    def send(self) -> None:
        """The customer writes what is typed (from an ad if ticked)."""
        if self._write(self.text_edit.text(),
                       Referral.CTWA_AD if self.from_ad.isChecked() else None):
            self.text_edit.clear()
            self.from_ad.setChecked(False)

    def tap(self, label: str) -> None:
        """The customer taps a quick-reply button: their reply is its text."""
        self._write(label, None)

    def _write(self, text: str, referral: Referral | None) -> bool:
        if self.customer_id is None:
            return False
        try:
            self.workspace.customer_message(self.customer_id, text, referral)
        except InputError as error:
            self.error_label.setText(str(error))
            self.error_label.show()
            return False
        self.error_label.hide()
        return True

    # following the workspace

    def _changed(self, change: Change) -> None:
        if change.kind in (ChangeKind.MESSAGE, ChangeKind.CUSTOMER) and \
                change.customer_id in (None, self.customer_id):
            self._reload()

    def _ticked(self, now: datetime) -> None:
        self.clock_label.setText(now.strftime("%H:%M"))

    def _reload(self) -> None:
        while self.column.count() > 1:  # the stretch that keeps the chat at the bottom stays
            row = self.column.takeAt(1)
            while row.layout() is not None and row.layout().count():
                item = row.layout().takeAt(0)
                if item.widget() is not None:
                    item.widget().deleteLater()
        self.bubbles = []
        self._ticked(self.workspace.now())
        enabled = self.customer_id is not None
        for widget in (self.text_edit, self.send_button, self.from_ad):
            widget.setEnabled(enabled)
        if self.customer_id is None:
            self.setWindowTitle("Customer's phone")
            return
        customer = self.workspace.customer(self.customer_id)
        self.setWindowTitle(f"{customer.name}'s phone")
        messages = [m for m in self.workspace.store.messages(self.customer_id, MAX_SHOWN)
                    if shown_on_phone(m)]
        for message in messages:
            bubble = Bubble(message, self.tap, self.page)
            # a row with a stretch beside the bubble (not an alignment, under which wrapped
            # text would not get its height): theirs on the left, the customer's on the right
            row = QHBoxLayout()
            mine = message.direction == "in"
            row.addStretch(1 if mine else 0)
            row.addWidget(bubble, int(10 * BUBBLE_SHARE))
            row.addStretch(0 if mine else 1)
            row.setStretch(0 if mine else 2, int(10 * (1 - BUBBLE_SHARE)))
            self.column.addLayout(row)
            self.bubbles.append(bubble)
        if self.isVisible():
            self.workspace.customer_reads(self.customer_id)  # the phone shows it: read
