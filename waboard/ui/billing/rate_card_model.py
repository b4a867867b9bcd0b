"""The rate card dialog's table: the card in use, one market a row, a rate edited in its cell
(a non-negative decimal; anything else is refused, with the reason, and nothing is stored),
and the card's CSV form (the bundled card's columns, in English: the importer reads them)."""

from __future__ import annotations

import csv
import io
from collections.abc import Iterable
from decimal import Decimal

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtWidgets import (
    QLineEdit,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QWidget,
)

from ...explain import category_label
from ...formats import count
from ...i18n import QT_TRANSLATE_NOOP, translate
from ...money import exact_money
from ...outputs import spreadsheet_cell
from ...rules.model import PRICED_CATEGORIES, Category
from ...rules.pricing import (
    OPTIONAL_COLUMNS,
    OTHER,
    RATE_CARD_COLUMNS,
    WIDE_CATEGORIES,
    MarketRates,
    RateCard,
    RateCardError,
    parse_amount,
)
from ...service import Workspace
from ..common.widgets import plain_tooltip
from .rate_history import NO_FIGURE

Index = QModelIndex | QPersistentModelIndex

COLUMNS = (QT_TRANSLATE_NOOP("RateCard", "Market"), QT_TRANSLATE_NOOP("RateCard", "Regions"),
           QT_TRANSLATE_NOOP("RateCard", "Marketing"), QT_TRANSLATE_NOOP("RateCard", "Utility"),
           QT_TRANSLATE_NOOP("RateCard", "Authentication"),
           QT_TRANSLATE_NOOP("RateCard", "Service"), QT_TRANSLATE_NOOP("RateCard", "Effective"),
           QT_TRANSLATE_NOOP("RateCard", "Source"))
"""The table's headers (in English: translated where shown)."""
MARKET, REGIONS, EFFECTIVE, SOURCE = 0, 1, 6, 7
RATE_COLUMNS: dict[int, Category] = {2: Category.MARKETING, 3: Category.UTILITY,
                                     4: Category.AUTHENTICATION, 5: Category.SERVICE}


def rate_card_csv(rows: Iterable[MarketRates]) -> str:
    """A rate card as CSV text in the bundled card's columns (rates written exactly)."""
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow((*RATE_CARD_COLUMNS, *OPTIONAL_COLUMNS))
    for row in rows:
        writer.writerow([spreadsheet_cell(row.market), " ".join(sorted(row.regions)),
                         *(_cell(row, c) for c in PRICED_CATEGORIES),
                         *map(spreadsheet_cell, (row.currency, row.effective, row.source)),
                         *(_cell(row, c) for c in WIDE_CATEGORIES[len(PRICED_CATEGORIES):])])
    return out.getvalue()


def _cell(row: MarketRates, category: Category) -> str:
    """A rate exactly, or blank where the card has no sourced figure."""
    return str(row.rates[category]) if category in row.rates else ""


def scenario_rows(workspace: Workspace) -> tuple[int, bool]:
    """How many leading rows of the card in use a scenario set, and whether it set every
    rate (`*`, when the workspace's own card is not used at all)."""
    overrides = workspace.rate_overrides
    return len(workspace.rate_card.rows) if "*" in overrides else len(overrides), "*" in overrides


class RateCardModel(QAbstractTableModel):
    """The card in use, one row per market; the four rates of the card's own rows are
    editable, and an edit is stored through the workspace at once."""

    rate_rejected = Signal(str)  # why an edit was not stored, in a sentence
    rate_changed = Signal(str)  # what an edit changed, in a sentence

    def __init__(self, workspace: Workspace, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.workspace = workspace
        self._rows: tuple[MarketRates, ...] = ()
        self._fixed = 0
        self._groups: dict[str, list[str]] = {}
        self.reload()

    def reload(self) -> None:
        """Read the card in use again (after an import or a reset)."""
        self.beginResetModel()
        card = self.workspace.rate_card
        self._rows = card.rows
        self._fixed, _ = scenario_rows(self.workspace)
        self._groups = _group_members(card)
        self.endResetModel()

    @property
    def rows(self) -> tuple[MarketRates, ...]:
        return self._rows

    def editable(self, row: int) -> bool:
        return row >= self._fixed

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802
                   role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(COLUMNS):
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return translate("RateCard", COLUMNS[section])
        if role == Qt.ItemDataRole.TextAlignmentRole and section in RATE_COLUMNS:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ToolTipRole and section in RATE_COLUMNS:
            return translate("RateCard", "{category} rate, per conversation (per message under "
                             "per-message pricing). Double-click a rate to edit it.").format(
                category=category_label(RATE_COLUMNS[section]))
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if index.column() in RATE_COLUMNS and self.editable(index.row()):
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid() or index.row() >= len(self._rows):
            return None
        row, column = self._rows[index.row()], index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self.text(index.row(), column)
        if role == Qt.ItemDataRole.EditRole:
            if column in RATE_COLUMNS:
                return str(row.rate(RATE_COLUMNS[column]))
            return self.text(index.row(), column)
        if role == Qt.ItemDataRole.TextAlignmentRole and column in RATE_COLUMNS:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ToolTipRole:
            tooltip = self._tooltip(index.row(), column)
            return plain_tooltip(tooltip) if tooltip else None
        return None

    def text(self, row_number: int, column: int) -> str:
        row = self._rows[row_number]
        if column == MARKET:
            return row.market
        if column == REGIONS:
            if row.regions:
                return " ".join(sorted(row.regions))
            if row.market == OTHER:
                return translate("RateCard", "Every other country")
            members = self._groups.get(row.market, [])
            if not members:
                return "-"
            return translate("RateCard", "1 country") if len(members) == 1 else translate(
                "RateCard", "{count} countries").format(count=count(len(members)))
        if column in RATE_COLUMNS:
            category = RATE_COLUMNS[column]
            if category not in row.rates:
                return translate("RateHistory", NO_FIGURE)
            return exact_money(row.rate(category), row.currency, trim=False)
        if column == EFFECTIVE:
            return row.effective or "-"
        if column == SOURCE:
            return row.source or "-"
        return ""

    def _tooltip(self, row_number: int, column: int) -> str | None:
        row = self._rows[row_number]
        if not self.editable(row_number):
            return translate("RateCard", "Set by the scenario this workspace was made from; it "
                             "comes before the card")
        if column == REGIONS and not row.regions and row.market != OTHER:
            return " ".join(self._groups.get(row.market, [])) or None
        if column == SOURCE and row.source:
            return row.source
        if column in RATE_COLUMNS:
            category = RATE_COLUMNS[column]
            if category not in row.rates:
                return translate("RateCard", "{reason}: the dialog shows none rather than a "
                                 "guess").format(reason=self.workspace.dated_rates.no_figure(
                                     row.market, category, row.currency, self.workspace.now()))
            return f"{row.market}, {category_label(category).lower()}: " \
                   f"{row.rate(category)} {row.currency}"
        return None

    def check(self, index: Index, text: str) -> Decimal:
        """The rate `text` gives, or RateCardError naming the market and category."""
        row = self._rows[index.row()]
        category = RATE_COLUMNS[index.column()]
        where = translate("RateCard", "{market}, {category} rate").format(
            market=row.market, category=category_label(category).lower())
        if not text.strip():
            raise RateCardError(translate("RateCard", "{where}: enter a rate such as 0.0250"
                                          ).format(where=where))
        return parse_amount(text, where)

    def setData(self, index: Index, value: object,  # noqa: N802
                role: int = Qt.ItemDataRole.EditRole) -> bool:
        if (role != Qt.ItemDataRole.EditRole or not index.isValid()
                or not self.flags(index) & Qt.ItemFlag.ItemIsEditable):
            return False
        try:
            rate = self.check(index, str(value))
        except RateCardError as error:
            self.rate_rejected.emit(not_changed(error))
            return False
        row_number, category = index.row(), RATE_COLUMNS[index.column()]
        row = self._rows[row_number]
        if rate == row.rate(category):
            return True
        rates = dict(row.rates)
        rates[category] = rate
        own = list(self._rows[self._fixed:])
        own[row_number - self._fixed] = MarketRates(row.market, rates, row.regions,
                                                    row.currency, row.effective, row.source)
        try:
            self.workspace.set_rate_card(rate_card_csv(own))
        except RateCardError as error:
            self.rate_rejected.emit(not_changed(error))
            return False
        self._rows = self.workspace.rate_card.rows
        self.dataChanged.emit(index, index, [Qt.ItemDataRole.DisplayRole,
                                             Qt.ItemDataRole.EditRole])
        self.rate_changed.emit(translate(
            "RateCard", "{market}, {category}: {rate} from the next message").format(
                market=row.market, category=category_label(category).lower(),
                rate=exact_money(rate, row.currency)))
        return True


def not_changed(error: RateCardError) -> str:
    """Why an edited rate was refused, and that it stayed."""
    return translate("RateCard", "{reason}. The rate was not changed.").format(reason=error)


class RateDelegate(QStyledItemDelegate):
    """Edits a rate as text; text that is not a non-negative decimal is refused
    (`rejected` says why, in a sentence) and nothing is stored."""

    rejected = Signal(str)

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem,  # noqa: N802
                     index: Index) -> QWidget:
        editor = QLineEdit(parent)
        editor.setObjectName("rateEditor")
        editor.setPlaceholderText("0.0000")
        editor.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return editor

    def setEditorData(self, editor: QWidget, index: Index) -> None:  # noqa: N802
        if isinstance(editor, QLineEdit):
            editor.setText(str(index.data(Qt.ItemDataRole.EditRole) or ""))
            editor.selectAll()

    def setModelData(self, editor: QWidget, model: QAbstractTableModel,  # noqa: N802
                     index: Index) -> None:
        if not isinstance(editor, QLineEdit):
            return
        if isinstance(model, RateCardModel):
            try:
                model.check(index, editor.text())
            except RateCardError as error:
                self.rejected.emit(not_changed(error))
                return
        model.setData(index, editor.text(), Qt.ItemDataRole.EditRole)


def _group_members(card: RateCard) -> dict[str, list[str]]:
    """Regional group -> the countries it prices (those without a row of their own)."""
    own = {region for row in card.rows for region in row.regions}
    members: dict[str, list[str]] = {}
    for region, group in card.groups.items():
        if region not in own:
            members.setdefault(group, []).append(region)
    return {group: sorted(regions) for group, regions in members.items()}
