"""Which customers the list shows: the search text, the chosen filter, and the proxy
(`CustomerFilterModel`) that applies both to the rows of a `CustomerListModel`."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime

from PySide6.QtCore import QObject, QSortFilterProxyModel

from ...explain import category_label
from ...rules.model import CONVERSATION_CATEGORIES, Category, Consent
from ..common.qt_compat import refilter_rows
from .customer_model import TIME_ROLES, CustomerListModel, CustomerRow, Index, fold

MANY_CHANGES = 200  # more rows shown or hidden by a new filter: one layout change


@dataclass(frozen=True, slots=True)
class CustomerFilter:
    """Which customers to show: `kind` is all, window_open, window_closed, category or
    opted_out (window_closed takes in customers whose window never opened)."""

    kind: str = "all"
    category: Category | None = None

    @property
    def label(self) -> str:
        if self.kind == "category" and self.category is not None:
            return f"Has open {category_label(self.category).lower()} conversation"
        return _FILTER_LABELS[self.kind]


_FILTER_LABELS = {
    "all": "All customers",
    "window_open": "Window open",
    "window_closed": "Window closed",
    "opted_out": "Opted out",
}


FILTERS: tuple[CustomerFilter, ...] = (
    CustomerFilter("all"),
    CustomerFilter("window_open"),
    CustomerFilter("window_closed"),
    *(CustomerFilter("category", category) for category in CONVERSATION_CATEGORIES),
    CustomerFilter("opted_out"),
)


Predicate = Callable[[CustomerRow], bool]


def search_predicate(words: str, digits: str, prefix: bool) -> Predicate | None:
    """Folded words in the name, or the digits typed in the phone number (at its start
    after a "+"); None when nothing is searched."""
    if digits and prefix:
        return lambda row: words in row.name_key or row.digits.startswith(digits)
    if digits:
        return lambda row: words in row.name_key or digits in row.digits
    if words:
        return lambda row: words in row.name_key
    return None


def filter_predicate(chosen: CustomerFilter, now: datetime) -> Predicate | None:
    """The filter at `now` as one test per row (None for all customers), asked of the
    rules' own `CustomerState.window_open` and `Conversation.is_open`."""
    kind = chosen.kind
    if kind == "window_open":
        return lambda row: row.state.window_open(now)
    if kind == "window_closed":
        return lambda row: not row.state.window_open(now)
    if kind == "opted_out":
        return lambda row: row.state.consent is Consent.OPTED_OUT
    if kind == "category":
        category = chosen.category
        return lambda row: any(c.category is category and c.is_open(now)
                               for c in row.state.conversations)
    return None


def parse_search(text: str) -> tuple[str, str, bool]:
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


class CustomerFilterModel(QSortFilterProxyModel):
    """The rows matching the search text and the chosen filter, in the source's order.

    Typing "+52" matches numbers starting with country code 52, "5512" any number
    containing those digits, "ana" or "lopez" names containing it (case and accents ignored).
    Verdicts are cached per row object, and a change of search or filter is worked out for
    every row in one pass before Qt asks, row by row; a change that shows the same rows
    costs nothing more.
    """

    def __init__(self, source: CustomerListModel, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._source = source
        self._words = ""
        self._digits = ""
        self._prefix = False
        self._filter = FILTERS[0]
        self._verdicts: dict[CustomerRow, bool] = {}
        self._test: tuple[datetime, Predicate] | None = None
        self.setSourceModel(source)
        source.modelAboutToBeReset.connect(self._forget)

    @property
    def customer_filter(self) -> CustomerFilter:
        return self._filter

    def set_search(self, text: str) -> None:
        words, digits, prefix = parse_search(text)
        if (words, digits, prefix) != (self._words, self._digits, self._prefix):
            self._refilter(lambda: self._set_search(words, digits, prefix))

    def set_filter(self, chosen: CustomerFilter) -> None:
        if chosen != self._filter:
            self._refilter(lambda: setattr(self, "_filter", chosen))

    def time_passed(self, first: int, last: int) -> None:
        """Tell the views the clock-dependent roles of rows first..last changed (no filter
        is redone: rows whose window or conversation ended were renewed by the source)."""
        if 0 <= first <= last < self.rowCount():
            self.dataChanged.emit(self.index(first, 0), self.index(last, 0), TIME_ROLES)

    def customer_id_at(self, row: int) -> int | None:
        if not 0 <= row < self.rowCount():
            return None
        return self._source.rows[self.mapToSource(self.index(row, 0)).row()].id

    def row_of(self, customer_id: int) -> int | None:
        at = self._source.row_of(customer_id)
        if at is None:
            return None
        index = self.mapFromSource(self._source.index(at))
        return index.row() if index.isValid() else None

    def filterAcceptsRow(self, source_row: int, source_parent: Index) -> bool:  # noqa: N802
        rows = self._source.rows
        row = rows[source_row]
        verdict = self._verdicts.get(row)
        if verdict is None:
            if len(self._verdicts) > 2 * len(rows) + 1000:  # rows replaced since: forget
                self._forget()
            verdict = self._verdicts[row] = self._accepts(row)
        return verdict

    def _forget(self) -> None:
        self._verdicts = {}

    def _accepts(self, row: CustomerRow) -> bool:
        return self._predicate()(row)

    def _predicate(self) -> Predicate:
        """Search and filter as one test, made again when either or the clock changed."""
        now = self._source.now
        if self._test is None or self._test[0] != now:
            found = search_predicate(self._words, self._digits, self._prefix)
            kept = filter_predicate(self._filter, now)
            if found is None:
                test = kept or (lambda _row: True)
            elif kept is None:
                test = found
            else:
                def test(row: CustomerRow) -> bool:
                    return found(row) and kept(row)
            self._test = (now, test)
        return self._test[1]

    def _set_search(self, words: str, digits: str, prefix: bool) -> None:
        self._words, self._digits, self._prefix = words, digits, prefix

    def _refilter(self, change: Callable[[], None]) -> None:
        rows = self._source.rows
        cached = self._verdicts.get
        before = [cached(row) for row in rows]
        change()
        self._test = None
        accepts = self._predicate()
        after = [accepts(row) for row in rows]
        self._verdicts = dict(zip(rows, after, strict=True))
        if after == before:
            return
        changed = sum(1 for old, new in zip(before, after, strict=True) if old is not new)
        if changed > MANY_CHANGES:  # one layout change, not a signal per run of rows
            self.invalidate()
        else:
            refilter_rows(self)
