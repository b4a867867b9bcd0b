"""The right-hand panel: everything the rules know about the customer shown in the chat.

The customer service window, every conversation, the market and its rates, consent and its
ledger, reachability and what this customer has cost. Built once per customer (and again
when the workspace reports a change for them); the clock only changes countdown texts.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import datetime
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QEvent,
    QModelIndex,
    QPersistentModelIndex,
    QRect,
    QSize,
    QSortFilterProxyModel,
    Qt,
    QTimer,
)
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter, QPalette
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFormLayout,
    QFrame,
    QListView,
    QScrollArea,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ...consent import source_text
from ...explain import category_label
from ...i18n import QT_TRANSLATE_NOOP, translate
from ...money import exact_money, money
from ...rules.instants import format_span
from ...rules.model import PRICED_CATEGORIES, Consent, Conversation, CustomerState, Reason
from ...rules.phones import format_phone
from ...service import Change, ChangeKind, Workspace
from ...store import ConsentRecord
from ..common.bus import WorkspaceBus
from ..common.palette import (
    CATEGORY_COLOURS,
    CONSENT_COLOURS,
    CONSENT_LABELS,
    WINDOW_CLOSED,
    WINDOW_NONE,
    WINDOW_OPEN,
    window_colour,
)
from ..common.table_model import HeadedTableModel, read_only_table
from ..common.widgets import plain_label
from .chat_model import compact_instant, first_name, short_instant
from .timeline import TimelineStrip

Index = QModelIndex | QPersistentModelIndex
ENDED = QT_TRANSLATE_NOOP("Details", "ended")
"""What the Left column says of a conversation that has ended."""
EMPTY_TEXT = QT_TRANSLATE_NOOP("Details", "Choose a customer to see their window, conversations, "
                               "consent and costs.")


CONVERSATIONS_PAGE = 100
"""Conversations the panel reads at a time: a long history holds thousands."""
Older = Callable[[int], list[Conversation]]
"""The conversations after the `count` newest, a page of them (none at the end)."""


def window_status(state: CustomerState, now: datetime) -> tuple[str, QColor]:
    """`Open · closes in 3h 05m` / `Closed 2h 10m ago` / `Never opened`, and its colour."""
    closes = state.window_expires()
    if closes is None:
        return translate("Details", "Never opened: the customer has not written"), WINDOW_NONE
    left = (closes - now).total_seconds()
    if now < closes and state.window_open(now):
        return translate("Details", "Open · closes in {span}").format(
            span=format_span(now, closes)), window_colour(left)
    return translate("Details", "Closed {span} ago").format(
        span=format_span(closes, now)), WINDOW_CLOSED


def conversation_left(conversation: Conversation, now: datetime) -> str:
    if now >= conversation.expires_at:
        return translate("Details", ENDED)
    if now < conversation.opened_at:
        return translate("Details", "not yet open")
    return translate("Details", "ends in {span}").format(
        span=format_span(now, conversation.expires_at))


def _ended(left: str) -> bool:
    """Whether a Left cell says the conversation has ended."""
    return left == translate("Details", ENDED)


class ConversationsModel(HeadedTableModel):
    """A customer's conversations, most recent first, with a live countdown column."""

    HEADERS = (QT_TRANSLATE_NOOP("Details", "Category"), QT_TRANSLATE_NOOP("Details", "Opened"),
               QT_TRANSLATE_NOOP("Details", "Expires"), QT_TRANSLATE_NOOP("Details", "Left"),
               QT_TRANSLATE_NOOP("Details", "Charge"))
    HEADER_CONTEXT = "Details"
    LEFT = 3

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._currency = "USD"
        self._now: datetime | None = None
        self._left: list[str] = []
        self._live: list[int] = []  # rows whose conversation had not ended at `_now`
        self._older: Older | None = None

    def set_conversations(self, conversations: Sequence[Conversation], now: datetime,
                          currency: str = "USD", older: Older | None = None) -> None:
        """Show these conversations, the last opened first; when they fill a page
        (CONVERSATIONS_PAGE), `older(count)` reads the next one after the `count` newest as
        the list is scrolled to its end (None: these are all)."""
        rows = sorted(conversations, key=lambda c: c.opened_at, reverse=True)
        self._currency = currency
        self._now = now
        self._older = older if len(rows) >= CONVERSATIONS_PAGE else None
        self._left = [conversation_left(c, now) for c in rows]
        self._live = [row for row, text in enumerate(self._left) if not _ended(text)]
        self.set_rows(rows)

    def canFetchMore(self, parent: Index = QModelIndex()) -> bool:  # noqa: B008, N802
        return not parent.isValid() and self._older is not None

    def fetchMore(self, parent: Index = QModelIndex()) -> None:  # noqa: B008, N802
        if parent.isValid() or self._older is None:
            return
        rows = self._older(len(self._rows))
        if len(rows) < CONVERSATIONS_PAGE:
            self._older = None  # the oldest are in
        if not rows:
            return
        first = len(self._rows)
        self.beginInsertRows(QModelIndex(), first, first + len(rows) - 1)
        self._rows.extend(rows)
        self._left.extend(conversation_left(c, self._now) for c in rows)
        self._live.extend(row for row in range(first, len(self._rows))
                          if not _ended(self._left[row]))
        self.endInsertRows()

    def set_now(self, now: datetime) -> None:
        """Only the Left column changes with the clock; repaint the cells that did. Going
        forward only the conversations not yet ended are looked at: a long history holds
        thousands that stay ended."""
        forward = self._now is not None and now >= self._now
        self._now = now
        for row in self._live if forward else range(len(self._rows)):
            text = conversation_left(self._rows[row], now)
            if text != self._left[row]:
                self._left[row] = text
                index = self.index(row, self.LEFT)
                self.dataChanged.emit(index, index, [Qt.ItemDataRole.DisplayRole,
                                                     Qt.ItemDataRole.ForegroundRole])
        self._live = [row for row in self._live if not _ended(self._left[row])] if forward \
            else [row for row, text in enumerate(self._left) if not _ended(text)]

    def conversation(self, row: int) -> Conversation:
        return self._rows[row]

    def cell_data(self, row: int, column: int, role: int) -> Any:
        conversation = self._rows[row]
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(row, column)
        if role == Qt.ItemDataRole.ForegroundRole:
            if column == 0:
                return CATEGORY_COLOURS[conversation.category]
            if column == self.LEFT:
                return WINDOW_OPEN if not _ended(self._left[row]) else WINDOW_NONE
            return None
        if role == Qt.ItemDataRole.ToolTipRole:
            opened = f"{conversation.opened_at:%Y-%m-%d %H:%M:%S} UTC"
            expires = f"{conversation.expires_at:%Y-%m-%d %H:%M:%S} UTC"
            return translate("Details", "{category}: {opened} to {expires}").format(
                category=category_label(conversation.category), opened=opened, expires=expires)
        if role == Qt.ItemDataRole.TextAlignmentRole and column == 4:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def _text(self, row: int, column: int) -> str:
        conversation = self._rows[row]
        if column == 0:
            return category_label(conversation.category)
        if column == 1:
            return compact_instant(conversation.opened_at)
        if column == 2:
            return compact_instant(conversation.expires_at)
        if column == self.LEFT:
            return self._left[row]
        if conversation.free:
            return translate("Details", "free")
        return exact_money(conversation.charge, self._currency)


def promotions_text(who: str, state: CustomerState) -> str:
    """Whether the customer stopped this business's marketing in WhatsApp itself."""
    if state.marketing_stopped:
        return translate("Details", "{name} stopped promotions in WhatsApp: marketing templates "
                         "fail with {code} until {name} resumes them").format(
            name=who, code=Reason.MARKETING_STOPPED.code)
    return translate("Details", "Promotions: {name} receives this business's marketing in "
                     "WhatsApp").format(name=who)


class ConsentModel(HeadedTableModel):
    """The consent ledger, newest first."""

    HEADERS = (QT_TRANSLATE_NOOP("Details", "When"), QT_TRANSLATE_NOOP("Details", "Event"),
               QT_TRANSLATE_NOOP("Details", "Source"), QT_TRANSLATE_NOOP("Details", "Words"))
    HEADER_CONTEXT = "Details"

    def set_events(self, events: Sequence[ConsentRecord]) -> None:
        self.set_rows(sorted(events, key=lambda e: (e.at, e.id), reverse=True))

    def cell_data(self, row: int, column: int, role: int) -> Any:
        event = self._rows[row]
        if role == Qt.ItemDataRole.DisplayRole:
            return (compact_instant(event.at),
                    translate("Details", "Opted in") if event.kind == "opt_in"
                    else translate("Details", "Opted out"),
                    source_text(event.source), event.text)[column]
        if role == Qt.ItemDataRole.ForegroundRole and column == 1:
            kind = Consent.OPTED_IN if event.kind == "opt_in" else Consent.OPTED_OUT
            return CONSENT_COLOURS[kind]
        if role == Qt.ItemDataRole.ToolTipRole:
            return f"{event.at:%Y-%m-%d %H:%M:%S} UTC"
        return None


def _table(model: QAbstractTableModel, name: str, parent: QWidget) -> QTableView:
    table = read_only_table(model, name, parent)
    table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
    table.setFocusPolicy(Qt.FocusPolicy.NoFocus)
    table.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    table.setTextElideMode(Qt.TextElideMode.ElideRight)
    table.horizontalHeader().setStretchLastSection(True)
    return table


def _fit_rows(table: QTableView, rows: int, most: int = 6) -> None:
    """Tall enough for `rows` rows (at most `most`, then it scrolls)."""
    height = table.horizontalHeader().sizeHint().height() + 2 * table.frameWidth()
    row_height = table.sizeHintForRow(0) if rows else table.verticalHeader().defaultSectionSize()
    table.setFixedHeight(height + row_height * max(1, min(rows, most)) + 2)


class ConversationDelegate(QStyledItemDelegate):
    """One conversation in two lines: category and countdown; dates and charge."""

    def _lines(self, option: QStyleOptionViewItem) -> tuple[QFontMetrics, int]:
        metrics = QFontMetrics(option.font)
        return metrics, max(4, metrics.height() // 3)

    def sizeHint(self, option: QStyleOptionViewItem, index: Index) -> QSize:
        metrics, pad = self._lines(option)
        return QSize(200, 2 * metrics.height() + 3 * pad)

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: Index) -> None:
        metrics, pad = self._lines(option)
        model = index.model()
        row = index.row()

        def cell(column: int, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
            return model.data(model.index(row, column), role)

        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        rect = option.rect.adjusted(pad, pad, -pad, -pad)
        if row:
            painter.setPen(option.palette.color(QPalette.ColorRole.Mid))
            painter.drawLine(option.rect.topLeft(), option.rect.topRight())
        line = metrics.height()
        dot = line // 2
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(cell(0, Qt.ItemDataRole.ForegroundRole))
        painter.drawEllipse(rect.left(), rect.top() + (line - dot) // 2, dot, dot)
        first = QRect(rect.left() + dot + pad, rect.top(), rect.width() - dot - pad, line)
        second = QRect(first.left(), rect.top() + line + pad, first.width(), line)
        right = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        left = int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        text = option.palette.color(QPalette.ColorRole.Text)
        muted = option.palette.color(QPalette.ColorRole.PlaceholderText)
        bold = QFont(option.font)
        bold.setBold(True)
        left_text = cell(ConversationsModel.LEFT)
        painter.setFont(option.font)
        painter.setPen(cell(ConversationsModel.LEFT, Qt.ItemDataRole.ForegroundRole))
        painter.drawText(first, right, left_text)
        painter.setFont(bold)
        painter.setPen(text)
        space = first.width() - metrics.horizontalAdvance(left_text) - pad
        painter.drawText(first, left, metrics.elidedText(cell(0), Qt.TextElideMode.ElideRight,
                                                         space))
        painter.setFont(option.font)
        charge = cell(4)
        painter.setPen(text)
        painter.drawText(second, right, charge)
        painter.setPen(muted)
        dates = f"{cell(1)} → {cell(2)}"
        space = second.width() - metrics.horizontalAdvance(charge) - pad
        painter.drawText(second, left, metrics.elidedText(dates, Qt.TextElideMode.ElideRight,
                                                          space))
        painter.restore()


class DetailsPanel(QWidget):
    """Window, conversations, market, consent, reachability and cost of one customer."""

    def __init__(self, workspace: Workspace, bus: WorkspaceBus,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("detailsPanel")
        self.workspace = workspace
        self.customer_id: int | None = None
        self._state = CustomerState()
        self._window_colour: QColor | None = None
        self._currency = "USD"
        self.conversations_model = ConversationsModel(self)
        self.consent_model = ConsentModel(self)
        self._build()
        bus.ticked.connect(self.tick)
        bus.changed.connect(self._changed)
        self.show_customer(None)

    def _build(self) -> None:
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        outer.addWidget(scroll)
        body = QWidget(scroll)
        scroll.setWidget(body)
        layout = QVBoxLayout(body)
        layout.setContentsMargins(10, 8, 10, 10)
        layout.setSpacing(4)
        self.body = body

        self.empty_label = plain_label(body, "detailsEmpty")
        self.empty_label.setText(translate("Details", EMPTY_TEXT))
        layout.addWidget(self.empty_label)

        self.content = QWidget(body)
        content = QVBoxLayout(self.content)
        content.setContentsMargins(0, 0, 0, 0)
        content.setSpacing(4)
        layout.addWidget(self.content)
        layout.addStretch(1)

        self.name_label = plain_label(self.content, "detailsName", selectable=True)
        self.phone_label = plain_label(self.content, "detailsPhone", selectable=True)
        content.addWidget(self.name_label)
        content.addWidget(self.phone_label)

        content.addWidget(plain_label(self.content, "sectionTitle",
                                       translate("Details", "Customer service window")))
        self.window_label = plain_label(self.content, "windowStatus")
        content.addWidget(self.window_label)
        window_form = QFormLayout()
        window_form.setContentsMargins(0, 0, 0, 0)
        self.window_opened = plain_label(self.content)
        self.window_closes = plain_label(self.content)
        window_form.addRow(translate("Details", "Opened"), self.window_opened)
        window_form.addRow(translate("Details", "Closes"), self.window_closes)
        content.addLayout(window_form)
        self.timeline = TimelineStrip(workspace=self.workspace, parent=self.content)
        content.addWidget(self.timeline)

        content.addWidget(plain_label(self.content, "sectionTitle",
                                       translate("Details", "Conversations")))
        self.conversations_empty = plain_label(self.content, "conversationsEmpty")
        self.conversations_empty.setText(translate(
            "Details", "None yet: a conversation opens when a business message is delivered."))
        content.addWidget(self.conversations_empty)
        self.conversations_list = QListView(self.content)
        self.conversations_list.setObjectName("conversationsList")
        # Through a pass-through proxy: a QListView lays out every row again on each
        # dataChanged (each countdown), counting rows in C++ through it, not in Python.
        self._conversations_proxy = QSortFilterProxyModel(self)
        self._conversations_proxy.setSourceModel(self.conversations_model)
        self.conversations_list.setModel(self._conversations_proxy)
        self.conversations_list.setUniformItemSizes(True)  # two lines each
        self.conversations_list.setItemDelegate(ConversationDelegate(self.conversations_list))
        self.conversations_list.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.conversations_list.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.conversations_list.setVerticalScrollMode(
            QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.conversations_list.setHorizontalScrollBarPolicy(
            Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        content.addWidget(self.conversations_list)

        content.addWidget(plain_label(self.content, "sectionTitle",
                                       translate("Details", "Market and rates")))
        self.market_label = plain_label(self.content, "marketName")
        content.addWidget(self.market_label)
        self.rates_form = QFormLayout()
        self.rates_form.setContentsMargins(0, 0, 0, 0)
        self.rate_labels: dict = {}
        for category in PRICED_CATEGORIES:
            value = plain_label(self.content)
            value.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            self.rate_labels[category] = value
            self.rates_form.addRow(category_label(category), value)
        content.addLayout(self.rates_form)
        self.regime_label = plain_label(self.content, "regimeName")
        content.addWidget(self.regime_label)

        content.addWidget(plain_label(self.content, "sectionTitle",
                                       translate("Details", "Consent")))
        self.consent_label = plain_label(self.content, "consentState")
        content.addWidget(self.consent_label)
        self.promotions_label = plain_label(self.content, "promotionsState")
        content.addWidget(self.promotions_label)
        self.consent_table = _table(self.consent_model, "consentTable", self.content)
        content.addWidget(self.consent_table)

        content.addWidget(plain_label(self.content, "sectionTitle",
                                       translate("Details", "Reachability")))
        self.reach_label = plain_label(self.content, "reachability")
        content.addWidget(self.reach_label)

        content.addWidget(plain_label(self.content, "sectionTitle",
                                       translate("Details", "Running cost")))
        self.cost_label = plain_label(self.content, "runningCost")
        content.addWidget(self.cost_label)

    # public

    def show_customer(self, customer_id: int | None) -> None:
        self.customer_id = customer_id
        self.empty_label.setVisible(customer_id is None)
        self.content.setVisible(customer_id is not None)
        if customer_id is not None:
            self._fill()

    def tick(self, now: datetime) -> None:
        """The clock moved: the window countdown and the conversations' Left column."""
        if self.customer_id is None:
            return
        text, colour = window_status(self._state, now)
        if self.window_label.text() != text:
            self.window_label.setText(text)
        if colour != self._window_colour:
            self._window_colour = colour
            self.window_label.setStyleSheet(f"color: {colour.name()}; font-weight: 600;")
        self.conversations_model.set_now(now)
        self.timeline.set_now(now)

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() in (QEvent.Type.FontChange, QEvent.Type.ApplicationFontChange,
                            QEvent.Type.StyleChange):
            QTimer.singleShot(0, self._refit)  # once the children have their new font

    # internals

    def _refit(self) -> None:
        self._fit_list(self.conversations_model.rowCount())
        _fit_rows(self.consent_table, self.consent_model.rowCount(), most=4)

    def _fit_list(self, rows: int, most: int = 5) -> None:
        view = self.conversations_list
        option = QStyleOptionViewItem()
        option.font = view.font()
        row = view.itemDelegate().sizeHint(option, QModelIndex()).height()
        view.setFixedHeight(row * max(1, min(rows, most)) + 2 * view.frameWidth())

    def _show_cost(self, customer_id: int) -> None:
        total, charged = self.workspace.store.charges(customer_id)
        text = translate("Details", "{amount} · 1 charged message") if charged == 1 else \
            translate("Details", "{amount} · {count} charged messages")
        self.cost_label.setText(text.format(amount=money(total, self._currency),
                                            count=charged))

    def _changed(self, change: Change) -> None:
        if change.kind in (ChangeKind.CLOCK, ChangeKind.TEMPLATE):
            return  # the tick that follows a clock change moves the countdowns
        if self.customer_id is not None and not self.workspace.has_customer(self.customer_id):
            self.show_customer(None)  # taken back by an undo or a rewind
        elif self.customer_id is not None and change.customer_id in (None, self.customer_id):
            self._fill()

    def _fill(self) -> None:
        assert self.customer_id is not None
        workspace, now = self.workspace, self.workspace.now()
        customer = workspace.customer(self.customer_id)
        state = workspace.state(self.customer_id, now)
        self._state = state
        market = workspace.market(customer)
        self.name_label.setText(customer.name)
        self.phone_label.setText(f"{format_phone(customer.phone)} · {market.market}")

        opened = state.last_inbound_at
        closes = state.window_expires()
        self.window_opened.setText(short_instant(opened) if opened
                                   else translate("Details", "never"))
        self.window_closes.setText(short_instant(closes) if closes else "-")
        self.timeline.show_customer(self.customer_id, now)

        customer_id, store = self.customer_id, workspace.store
        conversations = store.conversations_newest_first(customer_id, CONVERSATIONS_PAGE)
        self.conversations_model.set_conversations(
            conversations, now, market.currency,
            lambda count: store.conversations_newest_first(customer_id, CONVERSATIONS_PAGE,
                                                           count))
        self.conversations_empty.setVisible(not conversations)
        self.conversations_list.setVisible(bool(conversations))
        self._fit_list(len(conversations))

        if market.effective:
            self.market_label.setText(translate("Details", "{market} ({currency} · rate card "
                                                "{effective})").format(
                market=market.market, currency=market.currency, effective=market.effective))
        else:
            self.market_label.setText(f"{market.market} ({market.currency})")
        for category, label in self.rate_labels.items():
            label.setText(exact_money(market.rate(category), market.currency))
        self.regime_label.setText(translate("Details", "Pricing: {regime}").format(
            regime=workspace.regime.label))

        consent = state.consent
        self.consent_label.setText(CONSENT_LABELS[consent])
        self.consent_label.setStyleSheet(
            f"color: {CONSENT_COLOURS[consent].name()}; font-weight: 600;")
        who = first_name(customer.name)
        self.promotions_label.setText(promotions_text(who, state))
        self.promotions_label.setStyleSheet(
            f"color: {WINDOW_CLOSED.name()};" if state.marketing_stopped else "")
        events = workspace.store.consent_events(self.customer_id)
        self.consent_model.set_events(events)
        self.consent_table.setVisible(bool(events))
        _fit_rows(self.consent_table, len(events), most=4)

        if state.reachable:
            self.reach_label.setText(translate(
                "Details", "{name} has WhatsApp: messages are delivered").format(name=who))
            self.reach_label.setStyleSheet("")
        else:
            code = Reason.UNDELIVERABLE.code
            self.reach_label.setText(translate(
                "Details", "{name} has no WhatsApp account: every business message fails with "
                "{code} and nothing is charged").format(name=who, code=code))
            self.reach_label.setStyleSheet(f"color: {WINDOW_CLOSED.name()};")

        self._currency = market.currency
        self._show_cost(self.customer_id)
        self._window_colour = None
        self.tick(now)
