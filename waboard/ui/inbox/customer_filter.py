"""Which customers the list shows: the search text, the chosen filter, and the model
(`CustomerFilterModel`) that applies both to the rows of a `CustomerListModel`."""

from __future__ import annotations

import bisect
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import datetime
from itertools import compress, repeat
from operator import contains, or_
from typing import Any

from PySide6.QtCore import QAbstractListModel, QModelIndex, QObject, QSortFilterProxyModel, Qt

from ...explain import category_label
from ...i18n import QT_TRANSLATE_NOOP, TranslatedLabels, translate
from ...rules.model import CONVERSATION_CATEGORIES, Category, Consent
from ...store.listing import ListEntry, fold
from .customer_model import (
    TIME_ROLES,
    CustomerListModel,
    CustomerRow,
    EntryColumns,
    Index,
    page_around,
    row_data,
    window_open,
)

Search = tuple[str, str, bool]
"""What `parse_search` makes of the search text: (folded words, digits, digits a prefix)."""


@dataclass(frozen=True, slots=True)
class CustomerFilter:
    """Which customers to show: `kind` is all, window_open, window_closed, category or
    opted_out (window_closed takes in customers whose window never opened)."""

    kind: str = "all"
    category: Category | None = None

    @property
    def label(self) -> str:
        if self.kind == "category" and self.category is not None:
            return translate("CustomerFilter", "Has open {category} conversation").format(
                category=category_label(self.category).lower())
        return _FILTER_LABELS[self.kind]


_FILTER_LABELS = TranslatedLabels("CustomerFilter", {
    "all": QT_TRANSLATE_NOOP("CustomerFilter", "All customers"),
    "window_open": QT_TRANSLATE_NOOP("CustomerFilter", "Window open"),
    "window_closed": QT_TRANSLATE_NOOP("CustomerFilter", "Window closed"),
    "opted_out": QT_TRANSLATE_NOOP("CustomerFilter", "Opted out"),
})



FILTERS: tuple[CustomerFilter, ...] = (
    CustomerFilter("all"),
    CustomerFilter("window_open"),
    CustomerFilter("window_closed"),
    *(CustomerFilter("category", category) for category in CONVERSATION_CATEGORIES),
    CustomerFilter("opted_out"),
)


Predicate = Callable[[ListEntry], bool]


def filter_predicate(chosen: CustomerFilter, now: datetime) -> Predicate | None:
    """The filter at `now` as one test per entry (None for all customers): the rules'
    `CustomerState.window_open` and `Conversation.is_open` in Unix seconds."""
    kind, seconds = chosen.kind, now.timestamp()
    if kind == "window_open":
        return lambda entry: window_open(entry, seconds)
    if kind == "window_closed":
        return lambda entry: not window_open(entry, seconds)
    if kind == "opted_out":
        return lambda entry: entry.consent == Consent.OPTED_OUT
    if kind == "category":
        category = chosen.category
        return lambda entry: any(c.category == category and c.opened <= seconds < c.expires
                                 for c in entry.conversations)
    return None


def parse_search(text: str) -> Search:
    """(folded words, phone digits, digits are a prefix): "+52" is a country code prefix,
    "00 52" the same typed the international way, "5512" digits anywhere in the number."""
    text = text.strip()
    words = fold(text)
    if not text or not set(text) <= _PHONE_CHARACTERS:
        return words, "", False
    digits = "".join(ch for ch in text if ch.isdigit())
    if not digits:  # "+" alone: every number starts so
        return "", "", False
    if text.startswith("+"):
        return words, digits, True
    if text.startswith("00") and len(digits) > 2:
        return words, digits[2:], True
    return words, digits, False


_PHONE_CHARACTERS = set("+0123456789 -().")


def narrows(new: Search, old: Search) -> bool:
    """Whether every row `new` matches is matched by `old` too (typing on: "Cu" after "C",
    "5512" after "55"), so only the rows shown need testing again."""
    (new_words, new_digits, new_prefix), (old_words, old_digits, old_prefix) = new, old
    if not old_words and not old_digits:
        return True  # nothing was searched: every row was shown
    if old_words not in new_words:
        return False
    if not new_digits:
        return True
    if not old_digits or (old_prefix and not new_prefix):
        return False
    return new_digits.startswith(old_digits) if old_prefix else old_digits in new_digits


def matching_ids(columns: EntryColumns, search: Search, kept: Predicate | None) -> list[int]:
    """The ids of the entries of `columns` (in their order) that the search and the filter
    `kept` match: the search goes over the columns in C, the filter is asked only of the
    entries the search found. Digits are seldom in a name: when they are in none (one look
    at all the names joined), the names are not tested one by one."""
    words, digits, prefix = search
    names = columns.name_keys
    found: Iterable[bool] | None = None
    if words and (not digits or words in columns.names_text):
        found = map(contains, names, repeat(words))
    if digits:
        in_number = map(str.startswith if prefix else contains, columns.digits, repeat(digits))
        found = in_number if found is None else map(or_, found, in_number)
    if kept is None:
        return list(columns.ids if found is None else compress(columns.ids, found))
    entries = columns.entries if found is None else compress(columns.entries, found)
    return [entry.id for entry in entries if kept(entry)]


class CustomerFilterModel(QSortFilterProxyModel):
    """The rows of a `CustomerListModel` matching the search text and the chosen filter, in
    its order: `ShownCustomers`, seen through a proxy that neither filters nor sorts.

    Typing "+52" matches numbers starting with country code 52, "5512" any number
    containing those digits, "ana" or "lopez" names containing it (case and accents ignored).
    The proxy is there for the view: a QListView lays every row out again on each
    dataChanged, asking the model for an index, and so its row count, per row, which Qt
    answers in C++ for a proxy but a Python model would answer 200,000 times at 100,000
    customers, on every clock tick.
    """

    def __init__(self, source: CustomerListModel, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.shown = ShownCustomers(source, self)
        self.setSourceModel(self.shown)

    @property
    def customer_filter(self) -> CustomerFilter:
        return self.shown.customer_filter

    def set_search(self, text: str) -> None:
        self.shown.set_search(text)

    def set_filter(self, chosen: CustomerFilter) -> None:
        self.shown.set_filter(chosen)

    def time_passed(self, first: int, last: int) -> None:
        self.shown.time_passed(first, last)

    def customer_id_at(self, row: int) -> int | None:
        return self.shown.customer_id_at(row)  # the proxy's rows are the source's

    def row_of(self, customer_id: int) -> int | None:
        return self.shown.row_of(customer_id)


class ShownCustomers(QAbstractListModel):
    """The ids of the customers the list shows, in the order of its `CustomerListModel`.

    Worked out in one pass over the source's entries when the search or the filter changes
    (over the rows shown only, when the search narrows), never by a Python call per row
    from Qt as a filtering QSortFilterProxyModel makes; a change to one source row tests
    that row alone.
    """

    def __init__(self, source: CustomerListModel, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._source = source
        self._search: Search = ("", "", False)
        self._filter = FILTERS[0]
        self._shown: list[int] = []
        self._is_shown: set[int] = set()
        self._moving: list[tuple[QModelIndex, int]] = []
        self._time_values: dict[int, list[Any]] = {}  # what the rows on screen last showed
        source.modelAboutToBeReset.connect(self.beginResetModel)
        source.modelReset.connect(self._source_reset)
        source.rowsInserted.connect(self._source_inserted)
        source.rowsAboutToBeRemoved.connect(self._source_removing)
        source.dataChanged.connect(self._source_changed)
        source.layoutAboutToBeChanged.connect(self._layout_changing)
        source.layoutChanged.connect(self._source_resorted)
        self._set_shown(self._matching(source.columns))

    # reading

    @property
    def customer_filter(self) -> CustomerFilter:
        return self._filter

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self._shown)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        row = self._row_at(index.row()) if index.isValid() else None
        return None if row is None else row_data(row, role, self._source.now)

    def flags(self, index: Index) -> Qt.ItemFlag:
        return self._source.flags(index)

    def customer_id_at(self, row: int) -> int | None:
        return self._shown[row] if 0 <= row < len(self._shown) else None

    def row_of(self, customer_id: int) -> int | None:
        if customer_id not in self._is_shown:
            return None
        return bisect.bisect_left(self._shown, self._source.row_of(customer_id),
                                  key=self._source.row_of)

    # the user's choices

    def set_search(self, text: str) -> None:
        search = parse_search(text)
        if search != self._search:
            narrowing = narrows(search, self._search)
            self._search = search
            self._refilter(narrowing)

    def set_filter(self, chosen: CustomerFilter) -> None:
        if chosen != self._filter:
            self._filter = chosen
            self._refilter(False)

    def time_passed(self, first: int, last: int) -> None:
        """Tell the views which of rows first..last show something else for the clock's
        new instant (a countdown, a chip, the time of the last message): one dataChanged
        per run of such rows, none for rows that read the same. No filter is redone: rows
        whose window or conversation ended were renewed by the source."""
        if not 0 <= first <= last < self.rowCount():
            return
        now, shown, before = self._source.now, {}, self._time_values
        run_start = None
        for at in range(first, last + 2):
            row = self._row_at(at) if at <= last else None
            changed = False
            if row is not None:
                shown[row.id] = values = [row_data(row, role, now) for role in TIME_ROLES]
                changed = before.get(row.id) != values
            if changed and run_start is None:
                run_start = at
            elif not changed and run_start is not None:
                self.dataChanged.emit(self.index(run_start, 0), self.index(at - 1, 0),
                                      TIME_ROLES)
                run_start = None
        self._time_values = shown  # the rows on screen only: it never grows

    # keeping up with the source

    def _source_reset(self) -> None:
        self._set_shown(self._matching(self._source.columns))
        self.endResetModel()

    def _source_inserted(self, _parent: QModelIndex, first: int, last: int) -> None:
        entries = self._source.entries
        for n in range(first, last + 1):
            if self._accepts(entries[n]):
                self._show(entries[n].id)

    def _source_removing(self, _parent: QModelIndex, first: int, last: int) -> None:
        for entry in self._source.entries[first:last + 1]:
            self._hide(entry.id)

    def _source_changed(self, top: QModelIndex, bottom: QModelIndex, roles: list[int]) -> None:
        """Rows top..bottom were renewed: show or hide those whose verdict changed, and tell
        the views the rest of them changed (they are one run of rows here too)."""
        first, last = top.row(), bottom.row()
        changed = self._source.entries[first:last + 1]
        accepted = set(self._matching(EntryColumns(changed)))
        for entry in changed:
            if entry.id in accepted and entry.id not in self._is_shown:
                self._show(entry.id)
            elif entry.id not in accepted and entry.id in self._is_shown:
                self._hide(entry.id)
        position = self._source.row_of
        start = bisect.bisect_left(self._shown, first, key=position)
        stop = bisect.bisect_right(self._shown, last, key=position)
        if start < stop:
            self.dataChanged.emit(self.index(start, 0), self.index(stop - 1, 0), roles)

    def _layout_changing(self) -> None:
        self.layoutAboutToBeChanged.emit()
        self._moving = [(index, self._shown[index.row()])
                        for index in self.persistentIndexList()
                        if 0 <= index.row() < len(self._shown)]

    def _source_resorted(self) -> None:
        ids = self._source.columns.ids
        self._set_shown(list(compress(ids, map(self._is_shown.__contains__, ids))))
        self._finish_layout()

    # helpers

    def _row_at(self, at: int) -> CustomerRow | None:
        if not 0 <= at < len(self._shown):
            return None
        return self._source.row_among(self._shown[at], lambda: self._shown[page_around(at)])

    def _accepts(self, entry: ListEntry) -> bool:
        return bool(matching_ids(EntryColumns([entry]), self._search, self._kept()))

    def _kept(self) -> Predicate | None:
        return filter_predicate(self._filter, self._source.now)

    def _matching(self, columns: EntryColumns) -> list[int]:
        return matching_ids(columns, self._search, self._kept())

    def _set_shown(self, ids: list[int]) -> None:
        self._shown, self._is_shown = ids, set(ids)

    def _show(self, customer_id: int) -> None:
        at = bisect.bisect_left(self._shown, self._source.row_of(customer_id),
                                key=self._source.row_of)
        self.beginInsertRows(QModelIndex(), at, at)
        self._shown.insert(at, customer_id)
        self._is_shown.add(customer_id)
        self.endInsertRows()

    def _hide(self, customer_id: int) -> None:
        at = self.row_of(customer_id)
        if at is None:
            return
        self.beginRemoveRows(QModelIndex(), at, at)
        del self._shown[at]
        self._is_shown.discard(customer_id)
        self.endRemoveRows()

    def _refilter(self, narrowing: bool) -> None:
        """Work out the rows shown again: those matching now, among the rows shown when the
        search narrowed, else among all; the views are told in one layout change."""
        columns = self._source.columns
        if narrowing and len(self._shown) < len(columns.ids):
            columns = EntryColumns(self._source.entries_of(self._shown))
        shown = self._matching(columns)
        if shown == self._shown:
            return
        self._layout_changing()
        self._set_shown(shown)
        self._finish_layout()

    def _finish_layout(self) -> None:
        """Move the views' remembered rows to where their customers are now (nowhere for
        those no longer shown), then tell them the layout changed."""
        moving, self._moving = self._moving, []
        self.changePersistentIndexList(
            [index for index, _ in moving],
            [self.index(at, 0) if (at := self.row_of(i)) is not None else QModelIndex()
             for _, i in moving])
        self.layoutChanged.emit()
