"""View > Customer's phone: the selected customer's side of the chat, phone-shaped.

The business's messages arrive on the left once delivered (a template with its header,
footer and quick-reply buttons, an interactive message with its options), the customer's
own on the right; a refused send never reached the phone, and one still on its way (the
simulated delivery delay) has not yet, so neither is there. The presenter types as the
customer here, taps a button (recorded as the customer's button reply, which quotes the
message it answers), writes "from an ad" (a click-to-WhatsApp referral, for that one
message), or stops (resumes) the business's promotions as WhatsApp lets a customer do. While
the phone shows a chat the customer is reading it: the business's ticks turn read. It
follows the simulated clock and the selected customer, and presenter mode's larger type.

It shows the newest `MAX_SHOWN` messages as widgets: one customer's recent chat, not a
list that can grow without bound.
"""

from __future__ import annotations

from collections.abc import Callable
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

from ...i18n import QT_TRANSLATE_NOOP, translate
from ...rules.model import Referral
from ...service import Change, ChangeKind, InputError, Workspace, reply_choices
from ...store import MessageRecord
from ..common.bus import WorkspaceBus
from ..common.palette import BUBBLE_MUTED, READ_TICKS
from ..common.widgets import inline_error, plain_label
from .chat_model import TICKS, quote_text
from .composer import PROMOTIONS_LABELS, PROMOTIONS_TIP

MAX_SHOWN = 60
PHONE_SIZE = (380, 720)
BUSINESS_NAME = QT_TRANSLATE_NOOP("PhoneView", "Your business")
BUBBLE_SHARE = 0.8


def _promotions_label(stopped: bool) -> str:
    """The composer's Stop/Resume promotions text, as the phone's button shows it."""
    return translate("Composer", PROMOTIONS_LABELS[stopped])


def shown_on_phone(message: MessageRecord, now: datetime) -> bool:
    """What is on the customer's phone at `now`: their messages and the business's that
    have reached it."""
    if message.direction == "in":
        return True
    return message.direction == "out" and message.delivery_status(now) in ("delivered", "read")


Tap = Callable[[int, str], object]
"""(the tapped message's id, the button's title)"""


class Bubble(QFrame):
    """One message as the customer's phone draws it; `quoted` is what a reply quotes."""

    def __init__(self, message: MessageRecord, tap: Tap, parent: QWidget,
                 quoted: str = "", seen: bool = False) -> None:
        super().__init__(parent)
        mine = message.direction == "in"  # the customer's own message
        self.setObjectName("phoneMine" if mine else "phoneTheirs")
        colour = "#d9fdd3" if mine else "#ffffff"
        self.setStyleSheet(f"#{self.objectName()} {{ background: {colour}; "
                           "border-radius: 8px; }")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(10, 6, 10, 6)
        layout.setSpacing(2)
        if message.is_reply:  # the message it answers, as WhatsApp quotes it
            quote = plain_label(self, "phoneQuote", quoted)
            quote.setStyleSheet("background: rgba(0, 0, 0, 0.06); color: #667781; "
                                "border-left: 3px solid #53bdeb; padding: 2px 6px;")
            layout.addWidget(quote)
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
        meta = QHBoxLayout()
        meta.addStretch(1)
        meta.addWidget(plain_label(self, "phoneTime", message.at.strftime("%H:%M"), wrap=False))
        self.seen = seen
        if mine:  # the customer's own: two ticks, blue once the business has read it
            ticks = plain_label(self, "phoneTicks", TICKS["delivered"], wrap=False)
            ticks.setStyleSheet(f"color: {READ_TICKS.name() if seen else BUBBLE_MUTED.name()};")
            meta.addWidget(ticks)
        layout.addLayout(meta)
        self.buttons: list[QPushButton] = []
        choices = reply_choices(message) if message.direction == "out" else None
        for _key, label in choices.options if choices else ():
            button = QPushButton(label, self)
            button.setObjectName("phoneQuickReply")
            button.setToolTip(translate(
                "PhoneView", "Tap: the customer answers with this button (a button reply)"))
            assert message.id is not None
            button.clicked.connect(lambda _=False, m=message.id, text=label: tap(m, text))
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

        self.title = plain_label(self, "phoneTitle", translate("PhoneView", BUSINESS_NAME),
                                 wrap=False)
        font = self.title.font()
        font.setBold(True)
        self.title.setFont(font)
        self.clock_label = plain_label(self, "phoneClock", wrap=False)
        self.promotions_button = QPushButton(_promotions_label(False), self)
        self.promotions_button.setObjectName("phonePromotions")
        self.promotions_button.setToolTip(translate("Composer", PROMOTIONS_TIP))
        self.promotions_button.clicked.connect(self.toggle_promotions)
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

        self.from_ad = QCheckBox(translate("PhoneView", "Comes from an ad (click-to-WhatsApp)"),
                                 self)
        self.from_ad.setToolTip(translate(
            "PhoneView", "The next message arrives with an ad's referral: a free entry point "
            "(for that message only)"))
        self.text_edit = QLineEdit(self)
        self.text_edit.setObjectName("phoneText")
        self.text_edit.setPlaceholderText(translate("PhoneView", "Message"))
        self.text_edit.returnPressed.connect(self.send)
        self.send_button = QPushButton(translate("PhoneView", "Send"), self)
        self.send_button.clicked.connect(self.send)
        self.error_label = inline_error(self)
        row = QHBoxLayout()
        row.addWidget(self.text_edit, 1)
        row.addWidget(self.send_button)

        frame = QVBoxLayout(self)
        frame.setContentsMargins(12, 18, 12, 18)  # the phone's bezel
        frame.addLayout(top)
        frame.addWidget(self.promotions_button, 0, Qt.AlignmentFlag.AlignRight)
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

    def tap(self, message_id: int, label: str) -> None:
        """The customer taps a button of a business message: their button reply."""
        self._do(lambda customer_id: self.workspace.customer_reply(customer_id, message_id,
                                                                   label))

    def toggle_promotions(self) -> None:
        """The customer stops (or resumes) this business's marketing in WhatsApp."""
        workspace = self.workspace
        self._do(lambda customer_id: (
            workspace.resume_marketing if workspace.state(customer_id).marketing_stopped
            else workspace.stop_marketing)(customer_id))

    def _write(self, text: str, referral: Referral | None) -> bool:
        return self._do(lambda customer_id: self.workspace.customer_message(
            customer_id, text, referral))

    def _do(self, action: Callable[[int], object]) -> bool:
        """Act as the customer; a refusal shows under the phone's text box."""
        if self.customer_id is None:
            return False
        try:
            action(self.customer_id)
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
        now = self.workspace.now()
        self._ticked(now)
        enabled = self.customer_id is not None
        for widget in (self.text_edit, self.send_button, self.from_ad, self.promotions_button):
            widget.setEnabled(enabled)
        if self.customer_id is None:
            self.setWindowTitle(translate("PhoneView", "Customer's phone"))
            return
        customer = self.workspace.customer(self.customer_id)
        self.setWindowTitle(translate("PhoneView", "{name}'s phone").format(name=customer.name))
        self.promotions_button.setText(
            _promotions_label(self.workspace.state(self.customer_id).marketing_stopped))
        store = self.workspace.store
        messages = [m for m in store.messages(self.customer_id, MAX_SHOWN)
                    if shown_on_phone(m, now)]
        inbound = [m.id for m in messages if m.direction == "in"]
        unseen = set(inbound[len(inbound) - customer.unread:]) if customer.unread else set()
        for message in messages:
            quoted = quote_text(store.message(message.reply_to)) if message.is_reply else ""
            bubble = Bubble(message, self.tap, self.page, quoted,
                            seen=message.direction == "in" and message.id not in unseen)
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
