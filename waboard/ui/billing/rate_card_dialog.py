"""The rate card dialog: the rates new messages are priced with, edited in place or imported.

The table shows the card in use: the workspace's own card (imported or edited), or the
bundled one, with any rates a scenario set in front of it. A rate is edited in its cell (a
non-negative decimal; anything else is refused under the table and nothing is stored); Import
CSV replaces the whole card, after checking every line (a bad file changes nothing, and the
dialog names the line and column at fault); Reset goes back to the bundled card. Every
change goes through the workspace, which keeps the card in the workspace file. Messages
already sent keep what they were charged; the billing view can reprice them.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Iterable
from datetime import date
from decimal import Decimal
from pathlib import Path

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ...explain import category_label
from ...money import exact_money
from ...outputs import spreadsheet_cell, write_output
from ...resources import RATE_CARD_FILE
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
from ..common.file_dialogs import RATE_CARDS, ask_open, ask_save
from ..common.table_model import read_only_table
from ..common.widgets import plain_label, plain_tooltip, warn
from .rate_history import NO_FIGURE, RateHistoryModel
from .rate_import import ImportOptionsDialog, with_defaults

Index = QModelIndex | QPersistentModelIndex

COLUMNS = ("Market", "Regions", "Marketing", "Utility", "Authentication", "Service",
           "Effective", "Source")
MARKET, REGIONS, EFFECTIVE, SOURCE = 0, 1, 6, 7
RATE_COLUMNS: dict[int, Category] = {2: Category.MARKETING, 3: Category.UTILITY,
                                     4: Category.AUTHENTICATION, 5: Category.SERVICE}
CSV_FILTER = "Rate card CSV (*.csv);;All files (*)"
SCENARIO_NOTE = "Set by the scenario this workspace was made from; it comes before the card"


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
            return COLUMNS[section]
        if role == Qt.ItemDataRole.TextAlignmentRole and section in RATE_COLUMNS:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ToolTipRole and section in RATE_COLUMNS:
            return (f"{category_label(RATE_COLUMNS[section])} rate, per conversation (per "
                    "message under per-message pricing). Double-click a rate to edit it.")
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
                return "Every other country"
            members = self._groups.get(row.market, [])
            return f"{len(members)} countries" if members else "-"
        if column in RATE_COLUMNS:
            category = RATE_COLUMNS[column]
            if category not in row.rates:
                return NO_FIGURE
            return exact_money(row.rate(category), row.currency, trim=False)
        if column == EFFECTIVE:
            return row.effective or "-"
        if column == SOURCE:
            return row.source or "-"
        return ""

    def _tooltip(self, row_number: int, column: int) -> str | None:
        row = self._rows[row_number]
        if not self.editable(row_number):
            return SCENARIO_NOTE
        if column == REGIONS and not row.regions and row.market != OTHER:
            return " ".join(self._groups.get(row.market, [])) or None
        if column == SOURCE and row.source:
            return row.source
        if column in RATE_COLUMNS:
            category = RATE_COLUMNS[column]
            if category not in row.rates:
                return (self.workspace.dated_rates.no_figure(
                    row.market, category, row.currency, self.workspace.now())
                    + ": the dialog shows none rather than a guess")
            return f"{row.market}, {category_label(category).lower()}: " \
                   f"{row.rate(category)} {row.currency}"
        return None

    def check(self, index: Index, text: str) -> Decimal:
        """The rate `text` gives, or RateCardError naming the market and category."""
        row = self._rows[index.row()]
        category = RATE_COLUMNS[index.column()]
        where = f"{row.market}, {category_label(category).lower()} rate"
        if not text.strip():
            raise RateCardError(f"{where}: enter a rate such as 0.0250")
        return parse_amount(text, where)

    def setData(self, index: Index, value: object,  # noqa: N802
                role: int = Qt.ItemDataRole.EditRole) -> bool:
        if (role != Qt.ItemDataRole.EditRole or not index.isValid()
                or not self.flags(index) & Qt.ItemFlag.ItemIsEditable):
            return False
        try:
            rate = self.check(index, str(value))
        except RateCardError as error:
            self.rate_rejected.emit(f"{error}. The rate was not changed.")
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
            self.rate_rejected.emit(f"{error}. The rate was not changed.")
            return False
        self._rows = self.workspace.rate_card.rows
        self.dataChanged.emit(index, index, [Qt.ItemDataRole.DisplayRole,
                                             Qt.ItemDataRole.EditRole])
        self.rate_changed.emit(f"{row.market}, {category_label(category).lower()}: "
                               f"{exact_money(rate, row.currency)} from the next message")
        return True


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
                self.rejected.emit(f"{error}. The rate was not changed.")
                return
        model.setData(index, editor.text(), Qt.ItemDataRole.EditRole)


class RateCardDialog(QDialog):
    """The rate card in use, with Import CSV…, Export CSV…, Reset to bundled card."""

    def __init__(self, workspace: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.workspace = workspace
        self.setWindowTitle("Rate card")
        self.model = RateCardModel(workspace, self)
        self.intro = plain_label(self, "rateCardIntro")
        self.table = QTableView(self)
        self.table.setObjectName("rateCardTable")
        self.table.setModel(self.model)
        self.delegate = RateDelegate(self.table)
        for column in RATE_COLUMNS:
            self.table.setItemDelegateForColumn(column, self.delegate)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.DoubleClicked
                                   | QAbstractItemView.EditTrigger.EditKeyPressed
                                   | QAbstractItemView.EditTrigger.AnyKeyPressed)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(SOURCE, QHeaderView.ResizeMode.Stretch)
        header.setMinimumSectionSize(60)
        self.table.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.error_label = plain_label(self, "inlineError")
        self.error_label.hide()
        self.status_label = plain_label(self, "rateCardStatus")
        self.history_title = plain_label(self, "sectionTitle", wrap=False)
        self.history_model = RateHistoryModel(self)
        self.history_table = read_only_table(self.history_model, "rateHistoryTable", self)
        self.history_table.horizontalHeader().setSectionResizeMode(
            len(RateHistoryModel.HEADERS) - 1, QHeaderView.ResizeMode.Stretch)
        self.history_table.setTextElideMode(Qt.TextElideMode.ElideRight)

        self.import_button = QPushButton("&Import CSV…", self)
        self.export_button = QPushButton("&Export CSV…", self)
        self.reset_button = QPushButton("&Reset to bundled card", self)
        self.import_button.clicked.connect(lambda: self.import_csv())
        self.export_button.clicked.connect(lambda: self.export_csv())
        self.reset_button.clicked.connect(lambda: self.reset())
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        row = QHBoxLayout()
        for button in (self.import_button, self.export_button, self.reset_button):
            row.addWidget(button)
        row.addStretch(1)
        row.addWidget(buttons)

        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addWidget(self.table, 3)
        layout.addWidget(self.error_label)
        layout.addWidget(self.status_label)
        layout.addWidget(self.history_title)
        layout.addWidget(self.history_table, 2)
        layout.addLayout(row)
        self.resize(1000, 600)

        self.model.rate_rejected.connect(self._rejected)
        self.delegate.rejected.connect(self._rejected)
        self.model.rate_changed.connect(self._changed)
        self.model.modelReset.connect(lambda: self.show_history(self.table.currentIndex().row()))
        self.table.selectionModel().currentRowChanged.connect(
            lambda current, _previous: self.show_history(current.row()))
        self._describe()
        self.show_history(0)

    def show_history(self, row: int) -> None:
        """List the dated rates of the market in `row` (the first when none is chosen)."""
        rows = self.model.rows
        if not rows:
            return
        market = rows[row if 0 <= row < len(rows) else 0]
        self.history_model.show_market(market.market, market.currency,
                                       self.workspace.dated_rates.rows)
        self.history_title.setText(f"{market.market} by date ({market.currency}): every "
                                   "dated rate, newest first")

    @property
    def custom(self) -> bool:
        """Whether the workspace has its own card (imported or edited)."""
        return self.workspace.has_own_rate_card

    def _describe(self) -> None:
        fixed, everything = scenario_rows(self.workspace)
        if self.custom:
            text = ("This workspace's own rate card (imported or edited). New messages are "
                    "priced with it; messages already sent keep what they were charged.")
        else:
            text = (f"The bundled rate card ({RATE_CARD_FILE}: rates with their sources, by "
                    "date). New messages are priced with it; messages already sent keep what "
                    "they were charged.")
        now = self.workspace.now()
        text += (f" Shown: the card in force on {now.day} {now:%b %Y} in "
                 f"{self.workspace.account.currency} (the account's currency; effective "
                 f"{_effective(self.workspace.rate_card)}). Where no sourced figure exists "
                 "the table says so rather than guess.")
        if everything:
            text += (" The scenario this workspace was made from sets every rate, so the "
                     "card's own rows are not used.")
        elif fixed:
            text += (f" The first {fixed} row{'s' if fixed > 1 else ''} come from the "
                     "scenario this workspace was made from and cannot be edited here.")
        text += " Double-click a rate to edit it."
        self.intro.setText(text)
        self.reset_button.setEnabled(self.custom)

    def _rejected(self, message: str) -> None:
        self.error_label.setText(message)
        self.error_label.show()

    def _changed(self, message: str) -> None:
        self.error_label.hide()
        self.status_label.setText(f"Saved: {message}.")
        self._describe()

    # the whole card

    def import_csv(self, path: str | Path | None = None,
                   options: tuple[date, str] | None = None) -> bool:
        """Replace the card with a CSV file's; True when it did. `options` is the date and
        currency the file's rows that name none apply from and in (by default the simulated
        day and the account's currency). With no `path`, ask for the file, then for the
        options: the import happens when they are accepted (False until then)."""
        if path is None:
            chosen, _ = ask_open(self, RATE_CARDS, "Import rate card", CSV_FILTER)
            if not chosen:
                return False
            asked = ImportOptionsDialog(Path(chosen).name, self.workspace.now().date(),
                                        self.workspace.account.currency, self)
            self.options_dialog = asked
            asked.accepted.connect(lambda: self.import_csv(chosen, asked.choice()))
            asked.finished.connect(asked.deleteLater)
            asked.open()
            return False
        effective, currency = options or (self.workspace.now().date(),
                                          self.workspace.account.currency)
        name = Path(path).name
        try:
            text = Path(path).read_text(encoding="utf-8-sig")
        except (OSError, UnicodeDecodeError) as error:
            reason = error.strerror if isinstance(error, OSError) else "not UTF-8 text"
            warn(self, "This rate card cannot be imported",
                                f"{name}: {reason or error}\n\nThe rate card in use has not "
                                "changed.")
            return False
        try:
            self.workspace.set_rate_card(with_defaults(text, effective, currency))
        except RateCardError as error:
            warn(self, "This rate card cannot be imported",
                                f"{name}, {error}\n\nThe rate card in use has not changed.")
            return False
        self.model.reload()
        self.error_label.hide()
        markets = len(self.model.rows) - scenario_rows(self.workspace)[0]
        self.status_label.setText(f"Imported {markets} market{'s' if markets != 1 else ''} "
                                  f"from {name}: new messages are priced with them.")
        self._describe()
        return True

    def export_csv(self, path: str | Path | None = None) -> Path | None:
        """Save the card's own rows as CSV, to edit in a spreadsheet and import again."""
        if path is None:
            chosen, _ = ask_save(self, RATE_CARDS, "Export rate card", "rate-card.csv",
                                 CSV_FILTER)
            if not chosen:
                return None
            path = chosen
        fixed, _ = scenario_rows(self.workspace)
        try:
            write_output(path, rate_card_csv(self.model.rows[fixed:]))
        except OSError as error:
            warn(self, "Cannot export the rate card",
                                f"{path}: {error.strerror or error}")
            return None
        self.status_label.setText(f"Saved the rate card to {path}")
        return Path(path)

    def reset(self, confirm: bool = True) -> bool:
        """Go back to the bundled card (after asking, unless `confirm` is False)."""
        if confirm:
            answer = QMessageBox.question(
                self, "Reset to the bundled rate card",
                "Price new messages with the bundled rate card again? This workspace's own "
                "rates are forgotten; messages already sent keep what they were charged.")
            if answer != QMessageBox.StandardButton.Yes:
                return False
        self.workspace.reset_rate_card()
        self.model.reload()
        self.error_label.hide()
        self.status_label.setText("Back to the bundled rate card.")
        self._describe()
        return True


def _group_members(card: RateCard) -> dict[str, list[str]]:
    """Regional group -> the countries it prices (those without a row of their own)."""
    own = {region for row in card.rows for region in row.regions}
    members: dict[str, list[str]] = {}
    for region, group in card.groups.items():
        if region not in own:
            members.setdefault(group, []).append(region)
    return {group: sorted(regions) for group, regions in members.items()}


def _effective(card: RateCard) -> str:
    dates = sorted({row.effective for row in card.rows if row.effective})
    return ", ".join(dates) if dates else "on an unknown date"
