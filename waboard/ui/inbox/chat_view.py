"""The chat pane: one list view whose delegate (bubble_delegate.py) paints bubbles, notes
and day separators; the view sticks to the newest message and loads older pages at the top.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QIdentityProxyModel, QModelIndex, Qt, QTimer
from PySide6.QtGui import QContextMenuEvent, QGuiApplication
from PySide6.QtWidgets import QAbstractItemView, QListView, QMenu, QStyleOptionViewItem, QWidget

from ...i18n import translate
from ..common.palette import CHAT_BACKGROUND
from .bubble_delegate import BubbleDelegate, Index
from .chat_model import ChatModel, Roles, RowKind


class _ViewOnlyFetch(QIdentityProxyModel):
    """Hides `canFetchMore` from the view, whose own fetching assumes rows are appended at
    the bottom; the chat view loads older pages itself when scrolled to the top."""

    def canFetchMore(self, parent: Index) -> bool:
        return False


class ChatView(QListView):
    """The chat list: sticks to the newest message, loads older ones at the top."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("chatView")
        self.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setResizeMode(QListView.ResizeMode.Adjust)
        self.setUniformItemSizes(False)
        self.setFrameShape(QListView.Shape.NoFrame)
        self.setStyleSheet(f"QListView#chatView {{ background: {CHAT_BACKGROUND.name()};"
                           " border: none; }")
        self.verticalScrollBar().setSingleStep(24)
        self.delegate = BubbleDelegate(self)
        self.setItemDelegate(self.delegate)
        self._proxy = _ViewOnlyFetch(self)
        self.chat_model: ChatModel | None = None
        self._stick = True
        self._fetch_pending = False
        bar = self.verticalScrollBar()
        bar.rangeChanged.connect(self._range_changed)
        bar.valueChanged.connect(self._scrolled)

    def set_chat_model(self, model: ChatModel) -> None:
        self.chat_model = model
        self._proxy.setSourceModel(model)
        self.setModel(self._proxy)
        model.modelReset.connect(self._opened)
        model.dataChanged.connect(self._rows_changed)

    def _opened(self) -> None:
        self._stick = True
        self.delegate.clear()
        QTimer.singleShot(0, self._after_layout)

    def _rows_changed(self, top: QModelIndex, bottom: QModelIndex, _roles: object) -> None:
        """A countdown note changed its text: lay out again only if its height changed."""
        if not self.isVisible():
            return
        for row in range(top.row(), bottom.row() + 1):
            index = self._proxy.index(row, 0)
            wanted = self.delegate.sizeHint(QStyleOptionViewItem(), index).height()
            if wanted != self.visualRect(index).height():
                self.delegate.sizeHintChanged.emit(index)
                return

    def scroll_to_newest(self) -> None:
        self._stick = True
        self.executeDelayedItemsLayout()
        self.scrollToBottom()

    def fetch_older(self) -> bool:
        """Load the previous page above, keeping what is on screen where it is."""
        self._fetch_pending = False
        model = self.chat_model
        if model is None or not model.canFetchMore(QModelIndex()):
            return False
        bar = self.verticalScrollBar()
        from_bottom = bar.maximum() - bar.value()
        model.fetchMore(QModelIndex())
        self.executeDelayedItemsLayout()
        bar.setValue(bar.maximum() - from_bottom)
        return True

    def _after_layout(self) -> None:
        bar = self.verticalScrollBar()
        if self._stick:
            bar.setValue(bar.maximum())
        if bar.maximum() == 0 and self.chat_model is not None and \
                self.chat_model.canFetchMore(QModelIndex()) and self.isVisible():
            self._schedule_fetch()

    def _range_changed(self, _minimum: int, maximum: int) -> None:
        if self._stick:
            self.verticalScrollBar().setValue(maximum)
        elif maximum == 0:
            self._after_layout()

    def _scrolled(self, value: int) -> None:
        bar = self.verticalScrollBar()
        self._stick = value >= bar.maximum() - 2
        if value <= bar.minimum() and bar.maximum() > 0:
            self._schedule_fetch()

    def _schedule_fetch(self) -> None:
        if not self._fetch_pending:
            self._fetch_pending = True
            QTimer.singleShot(0, self.fetch_older)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.FontChange:
            self.delegate.clear()
            self.scheduleDelayedItemsLayout()
        super().changeEvent(event)

    def resizeEvent(self, event) -> None:  # noqa: ANN001
        self.delegate.view_width = self.viewport().width()
        super().resizeEvent(event)
        if self._stick:
            QTimer.singleShot(0, self._after_layout)

    def contextMenuEvent(self, event: QContextMenuEvent) -> None:
        index = self.indexAt(event.pos())
        if not index.isValid() or self.chat_model is None:
            return
        row = self.chat_model.row(index.row())
        if row.kind is not RowKind.MESSAGE or row.record is None:
            return
        menu = QMenu(self)
        copy = menu.addAction(translate("ChatView", "Copy text"))
        report = index.data(Roles.PLATFORM_REPORT)
        copy_report = menu.addAction(
            translate("ChatView", "Copy the platform's pricing report")) if report else None

        chosen = menu.exec(event.globalPos())
        if chosen is copy:
            QGuiApplication.clipboard().setText(row.record.text)
        elif chosen is not None and chosen is copy_report:
            QGuiApplication.clipboard().setText(report.as_text())
