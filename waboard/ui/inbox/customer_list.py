"""The customer list (left pane): search, filter, order, and one painted row per customer.

The rows live in `CustomerListModel` (customer_model.py) behind a filtering proxy and are
painted by `CustomerDelegate`; no widget per row. The bus's tick moves the model's clock and
repaints only the rows on screen; filter and order are redone only when a window or a
conversation ended, or the data changed.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager, suppress
from datetime import datetime

from PySide6.QtCore import QEvent, QItemSelectionModel, QModelIndex, QObject, QPoint, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QLineEdit,
    QListView,
    QVBoxLayout,
    QWidget,
)

from ...formats import count
from ...i18n import QT_TRANSLATE_NOOP, TranslatedLabels, translate
from ...service import Change, ChangeKind, InputError, Workspace
from ..common.bus import WorkspaceBus
from ..common.widgets import plain_label
from .customer_delegate import CustomerDelegate
from .customer_filter import FILTERS, CustomerFilter, CustomerFilterModel
from .customer_model import CustomerListModel, Role, SortOrder

SORT_LABELS = TranslatedLabels("CustomerList", {
    SortOrder.LAST_ACTIVITY: QT_TRANSLATE_NOOP("CustomerList", "Last activity"),
    SortOrder.WINDOW_CLOSES_SOONEST: QT_TRANSLATE_NOOP("CustomerList", "Window closes soonest"),
})
"""How the sort box names each order."""

# Changes the list does not show: time only moves forward and the tick that follows every
# change handles it; templates and settings (pricing) appear nowhere in the list.
UNSHOWN_CHANGES = frozenset({ChangeKind.CLOCK, ChangeKind.TEMPLATE, ChangeKind.SETTINGS})


class CustomerListPanel(QWidget):
    """Every customer of the workspace; choosing one marks it read and says so.

    `customer_selected` carries the id of the customer that became current. The choice
    survives searching and filtering: a customer hidden by the filter stays the current one
    (and is shown selected again when it reappears).
    """

    customer_selected = Signal(int)

    def __init__(self, workspace: Workspace, bus: WorkspaceBus,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.workspace = workspace
        self.bus = bus
        self._selected_id: int | None = None
        self._quiet = 0
        self._loaded: tuple[int, datetime] | None = None  # (store writes, clock) last read

        self.model = CustomerListModel(workspace.now(), workspace.store.customer_summaries, self)
        self.proxy = CustomerFilterModel(self.model, self)

        self.search = QLineEdit(self)
        self.search.setObjectName("customerSearch")
        self.search.setPlaceholderText(translate("CustomerList", "Search name or phone (Ctrl+K)"))
        self.search.setClearButtonEnabled(True)
        self.search.setToolTip(translate(
            "CustomerList", 'Names ("ana"), country codes ("+52") or digits ("5512")'))
        self.search.installEventFilter(self)

        self.filter_box = QComboBox(self)
        self.filter_box.setObjectName("customerFilter")
        self.filter_box.setToolTip(translate("CustomerList", "Show only some customers"))
        for chosen in FILTERS:
            self.filter_box.addItem(chosen.label, chosen)

        self.sort_box = QComboBox(self)
        self.sort_box.setObjectName("customerSort")
        self.sort_box.setToolTip(translate("CustomerList", "Order of the list"))
        for order in SortOrder:
            self.sort_box.addItem(SORT_LABELS[order], order)
        # A narrow pane cuts the combo boxes' text; their popups show it whole.
        for box in (self.filter_box, self.sort_box):
            box.setSizeAdjustPolicy(
                QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
            box.setMinimumContentsLength(10)

        self.count_label = plain_label(self, "customerCount", wrap=False)

        self.view = QListView(self)
        self.view.setObjectName("customerList")
        self.view.setModel(self.proxy)
        self.view.setItemDelegate(CustomerDelegate(self.view))
        self.view.setUniformItemSizes(True)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.view.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.view.setAccessibleName("Customers")

        choices = QHBoxLayout()
        choices.addWidget(self.filter_box, 3)
        choices.addWidget(self.sort_box, 2)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.setSpacing(6)
        layout.addWidget(self.search)
        layout.addLayout(choices)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.count_label)

        self.search.textChanged.connect(self._search_changed)
        self.filter_box.currentIndexChanged.connect(self._filter_changed)
        self.sort_box.currentIndexChanged.connect(self._order_changed)
        self.view.selectionModel().currentChanged.connect(self._current_changed)
        bus.changed.connect(self._workspace_changed)
        bus.ticked.connect(self._ticked)
        self.reload()

    # public API

    def focus_search(self) -> None:
        """Put the cursor in the search box, its text selected (Ctrl+K)."""
        self.search.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search.selectAll()

    def select_customer(self, customer_id: int) -> None:
        """Make the customer current, clearing search and filter if they hide it."""
        if self.model.row_of(customer_id) is None:
            return
        row = self.proxy.row_of(customer_id)
        if row is None:
            with self._keeping_selection():
                self.search.clear()
                self.filter_box.setCurrentIndex(0)
            row = self.proxy.row_of(customer_id)
            if row is None:
                return
        index = self.proxy.index(row, 0)
        self.view.setCurrentIndex(index)
        self.view.scrollTo(index)

    def select_first(self) -> int | None:
        """Select the top row (the newest, in the default order), the list at its top."""
        if self.proxy.rowCount() == 0:
            return None
        self.view.setCurrentIndex(self.proxy.index(0, 0))
        self.view.scrollToTop()
        return self._selected_id

    def current_customer_id(self) -> int | None:
        return self._selected_id

    def reload(self) -> None:
        """Read every customer again (after changes to many of them); nothing when nothing
        was written and the clock has not moved since the last time (an undo tells every
        view of every kind of change, one after the other)."""
        now = self.workspace.now()
        loaded = (self.workspace.store.writes, now)
        if loaded == self._loaded:
            return
        self._loaded = loaded
        with self._keeping_selection():
            self.model.load(self.workspace.store.customer_list_entries(now), now)
            self._forget_removed_selection()

    def _refresh_customers(self, customer_ids: frozenset[int]) -> None:
        """Read again the customers an undo or a redo wrote (once for its changes)."""
        loaded = (self.workspace.store.writes, self.workspace.now())
        if loaded == self._loaded:
            return
        self._loaded = loaded
        with self._keeping_selection():
            for customer_id in sorted(customer_ids):
                self._refresh_customer(customer_id)
            self._forget_removed_selection()

    def _forget_removed_selection(self) -> None:
        if self._selected_id is not None and self.model.row_of(self._selected_id) is None:
            self._selected_id = None  # taken back by an undo or a rewind

    # reacting to the workspace

    def _workspace_changed(self, change: Change) -> None:
        if change.customer_id is not None:
            self._refresh_customer(change.customer_id)
        elif change.customers is not None:
            self._refresh_customers(change.customers)
        elif change.kind not in UNSHOWN_CHANGES:
            self.reload()

    def _refresh_customer(self, customer_id: int) -> None:
        with self._keeping_selection():
            found = self.workspace.store.customer_list_entries(self.model.now, [customer_id])
            if found:
                self.model.put(found[0])
            else:
                self.model.remove(customer_id)

    def _ticked(self, now: datetime) -> None:
        with self._keeping_selection():
            self.model.set_now(now)
        self._repaint_visible()

    def _repaint_visible(self) -> None:
        """dataChanged for the time-dependent roles of the rows on screen, and no others."""
        if not self.view.isVisible() or self.proxy.rowCount() == 0:
            return
        viewport = self.view.viewport().rect()
        first = self.view.indexAt(QPoint(viewport.center().x(), viewport.top()))
        last = self.view.indexAt(QPoint(viewport.center().x(), viewport.bottom()))
        first_row = first.row() if first.isValid() else 0
        last_row = last.row() if last.isValid() else self.proxy.rowCount() - 1
        self.proxy.time_passed(first_row, last_row)

    # the user's choices

    def _search_changed(self, text: str) -> None:
        with self._keeping_selection():
            self.proxy.set_search(text)

    def _filter_changed(self, _position: int) -> None:
        chosen = self.filter_box.currentData()
        if isinstance(chosen, CustomerFilter):
            with self._keeping_selection():
                self.proxy.set_filter(chosen)

    def _order_changed(self, _position: int) -> None:
        order = self.sort_box.currentData()
        if isinstance(order, SortOrder):
            with self._keeping_selection():
                self.model.set_order(order)
            self._scroll_to_current()

    def _current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if self._quiet or not current.isValid():
            return
        customer_id = current.data(Role.CUSTOMER_ID)
        if customer_id is None or customer_id == self._selected_id:
            return
        self._selected_id = customer_id
        with suppress(InputError):
            self.workspace.mark_read(customer_id)
        self.customer_selected.emit(customer_id)

    @contextmanager
    def _keeping_selection(self) -> Iterator[None]:
        """Let the models change without the view choosing another customer (a view moves
        the current row when it is filtered away); then show the chosen one selected."""
        before = self._selected_row()
        self._quiet += 1
        try:
            yield
        finally:
            self._quiet -= 1
            if not self._quiet:
                self._show_selected()
                self._update_count()
                row = self._selected_row()
                if row is not None and row != before:  # it moved (a send): keep it in view
                    self.view.scrollTo(self.proxy.index(row, 0))

    def _selected_row(self) -> int | None:
        return None if self._selected_id is None else self.proxy.row_of(self._selected_id)

    def _show_selected(self) -> None:
        selection = self.view.selectionModel()
        row = None if self._selected_id is None else self.proxy.row_of(self._selected_id)
        self._quiet += 1
        try:
            if row is None:
                if selection.currentIndex().isValid() or selection.hasSelection():
                    selection.clear()
            elif selection.currentIndex().row() != row or not selection.hasSelection():
                selection.setCurrentIndex(
                    self.proxy.index(row, 0),
                    QItemSelectionModel.SelectionFlag.ClearAndSelect)

        finally:
            self._quiet -= 1

    def _scroll_to_current(self) -> None:
        current = self.view.currentIndex()
        if current.isValid():
            self.view.scrollTo(current)
        else:
            self.view.scrollToTop()

    def _update_count(self) -> None:
        total, shown = self.model.rowCount(), self.proxy.rowCount()
        if total == 0:
            text = translate("CustomerList",
                             "No customers yet: add one with Customers › New customer")
        elif shown == total:
            text = translate("CustomerList", "1 customer") if total == 1 \
                else translate("CustomerList", "{count} customers").format(count=count(total))
        elif shown == 0:
            text = translate("CustomerList", "No customer matches (of {total})").format(
                total=count(total))
        else:
            text = translate("CustomerList", "{shown} of {total} customers").format(
                shown=count(shown), total=count(total))
        self.count_label.setText(text)

    # keys in the search box

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        if watched is self.search and event.type() == QEvent.Type.KeyPress:
            assert isinstance(event, QKeyEvent)
            key = event.key()
            if key in (Qt.Key.Key_Down, Qt.Key.Key_Return, Qt.Key.Key_Enter):
                self._enter_list()
                return True
            if key == Qt.Key.Key_Escape and self.search.text():
                self.search.clear()
                return True
        return super().eventFilter(watched, event)

    def _enter_list(self) -> None:
        """From the search box into the list: the first match becomes current if the
        current customer is not among the matches."""
        if self.proxy.rowCount() == 0:
            return
        if self.view.currentIndex().isValid():
            self.view.setFocus(Qt.FocusReason.OtherFocusReason)
            return
        first = self.proxy.customer_id_at(0)
        if first is not None:
            self.select_customer(first)
        self.view.setFocus(Qt.FocusReason.OtherFocusReason)

    def visible_customer_ids(self) -> list[int]:
        """The ids the list shows, top to bottom (for tests and the main window)."""
        return [self.proxy.index(row, 0).data(Role.CUSTOMER_ID)
                for row in range(self.proxy.rowCount())]
