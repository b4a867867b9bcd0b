"""The centre of the main window: who the chat is with, the chat itself and the composer."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QLabel, QStackedWidget, QVBoxLayout, QWidget

from ...i18n import QT_TRANSLATE_NOOP, translate
from ...rules.phones import format_phone
from ...service import Change, ChangeKind, Workspace
from ..common.bus import WorkspaceBus
from ..common.widgets import plain_label
from .chat_model import ChatModel
from .chat_view import ChatView
from .composer import Composer

EMPTY_TEXT = QT_TRANSLATE_NOOP(
    "ChatPanel", "Choose a customer on the left to see the conversation.")


class ChatPanel(QWidget):
    """Header, chat and composer for one customer; an empty-state message for none."""

    template_requested = Signal(int)  # customer id: "Choose template" clicked

    def __init__(self, workspace: Workspace, bus: WorkspaceBus,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("chatPanel")
        self.workspace = workspace
        self.customer_id: int | None = None

        self.stack = QStackedWidget(self)
        self.empty_label = QLabel(translate("ChatPanel", EMPTY_TEXT), self.stack)
        self.empty_label.setObjectName("chatEmpty")
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty_label.setWordWrap(True)

        page = QWidget(self.stack)
        column = QVBoxLayout(page)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(0)
        self.header = plain_label(page, "chatHeader", wrap=False, selectable=True)
        self.chat_model = ChatModel(workspace, self)
        self.chat_view = ChatView(page)
        self.chat_view.set_chat_model(self.chat_model)
        self.composer = Composer(workspace, bus, page)
        self.composer.template_requested.connect(self.template_requested)
        self.composer.acted.connect(lambda _result: self.chat_view.scroll_to_newest())
        column.addWidget(self.header)
        column.addWidget(self.chat_view, 1)
        column.addWidget(self.composer)

        self.stack.addWidget(self.empty_label)
        self.stack.addWidget(page)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.stack)

        bus.changed.connect(self._changed)
        bus.ticked.connect(self._ticked)

    def show_customer(self, customer_id: int | None) -> None:
        """Open this customer's chat at the newest message (None: the empty state)."""
        self.customer_id = customer_id
        self.chat_model.set_customer(customer_id)
        self.composer.set_customer(customer_id)
        if customer_id is None:
            self.header.clear()
            self.stack.setCurrentIndex(0)
            return
        self._show_header()
        self.stack.setCurrentIndex(1)
        self.chat_view.scroll_to_newest()

    def send_current(self) -> None:
        """Send what is typed in the composer (Ctrl+Enter)."""
        self.composer.send()

    def _show_header(self) -> None:
        assert self.customer_id is not None
        customer = self.workspace.customer(self.customer_id)
        self.header.setText(f"{customer.name}  ·  {format_phone(customer.phone)}")

    def _changed(self, change: Change) -> None:
        if self.customer_id is None:
            return
        if not self.workspace.has_customer(self.customer_id):
            self.show_customer(None)  # taken back by an undo or a rewind
            return
        if change.kind is ChangeKind.CUSTOMER and \
                change.customer_id not in (None, self.customer_id):
            return
        if change.kind is ChangeKind.MESSAGE and change.customer_id != self.customer_id:
            return
        if change.kind in (ChangeKind.CLOCK, ChangeKind.TEMPLATE):
            return  # the tick that follows a clock change moves the notes
        self._show_header()
        self.chat_model.refresh()

    def _ticked(self, now: datetime) -> None:
        self.chat_model.set_now(now)
