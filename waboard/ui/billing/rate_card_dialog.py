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

from datetime import date, datetime
from pathlib import Path

from babel.dates import format_date as cldr_date
from PySide6.QtCore import (
    Qt,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QMessageBox,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ...formats import babel_locale, count
from ...i18n import ENGLISH, language, translate
from ...outputs import write_output
from ...resources import RATE_CARD_FILE
from ...rules.pricing import (
    RateCard,
    RateCardError,
)
from ...service import Workspace
from ..common.file_dialogs import RATE_CARDS, ask_open, ask_save
from ..common.table_model import read_only_table
from ..common.widgets import plain_label, warn
from .rate_card_model import (
    RATE_COLUMNS,
    SOURCE,
    RateCardModel,
    RateDelegate,
    rate_card_csv,
    scenario_rows,
)
from .rate_history import RateHistoryModel
from .rate_import import ImportOptionsDialog, with_defaults


class RateCardDialog(QDialog):
    """The rate card in use, with Import CSV…, Export CSV…, Reset to bundled card."""

    def __init__(self, workspace: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.workspace = workspace
        self.setWindowTitle(translate("RateCard", "Rate card"))
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

        self.import_button = QPushButton(translate("RateCard", "&Import CSV…"), self)
        self.export_button = QPushButton(translate("RateCard", "&Export CSV…"), self)
        self.reset_button = QPushButton(translate("RateCard", "&Reset to bundled card"), self)
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
        self.history_title.setText(translate(
            "RateCard", "{market} by date ({currency}): every dated rate, newest first").format(
                market=market.market, currency=market.currency))

    @property
    def custom(self) -> bool:
        """Whether the workspace has its own card (imported or edited)."""
        return self.workspace.has_own_rate_card

    def _describe(self) -> None:
        fixed, everything = scenario_rows(self.workspace)
        if self.custom:
            text = [translate("RateCard", "This workspace's own rate card (imported or edited). "
                              "New messages are priced with it; messages already sent keep "
                              "what they were charged.")]
        else:
            text = [translate("RateCard", "The bundled rate card ({file}: rates with their "
                              "sources, by date). New messages are priced with it; messages "
                              "already sent keep what they were charged.").format(
                                  file=RATE_CARD_FILE)]
        text.append(translate(
            "RateCard", "Shown: the card in force on {day} in {currency} (the account's "
            "currency; effective {effective}). Where no sourced figure exists the table says "
            "so rather than guess.").format(
                day=_day(self.workspace.now()), currency=self.workspace.account.currency,
                effective=_effective(self.workspace.rate_card)))
        if everything:
            text.append(translate("RateCard", "The scenario this workspace was made from sets "
                                  "every rate, so the card's own rows are not used."))
        elif fixed:
            text.append((translate("RateCard", "The first row comes from the scenario this "
                                   "workspace was made from and cannot be edited here.")
                         if fixed == 1 else
                         translate("RateCard", "The first {count} rows come from the scenario "
                                   "this workspace was made from and cannot be edited here."))
                        .format(count=count(fixed)))
        text.append(translate("RateCard", "Double-click a rate to edit it."))
        self.intro.setText(" ".join(text))
        self.reset_button.setEnabled(self.custom)

    def _rejected(self, message: str) -> None:
        self.error_label.setText(message)
        self.error_label.show()

    def _changed(self, message: str) -> None:
        self.error_label.hide()
        self.status_label.setText(translate("RateCard", "Saved: {change}.").format(change=message))
        self._describe()

    # the whole card

    def import_csv(self, path: str | Path | None = None,
                   options: tuple[date, str] | None = None) -> bool:
        """Replace the card with a CSV file's; True when it did. `options` is the date and
        currency the file's rows that name none apply from and in (by default the simulated
        day and the account's currency). With no `path`, ask for the file, then for the
        options: the import happens when they are accepted (False until then)."""
        if path is None:
            chosen, _ = ask_open(self, RATE_CARDS, translate("RateCard", "Import rate card"),
                                 _csv_filter())
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
            reason = error.strerror if isinstance(error, OSError) else translate(
                "RateCard", "not UTF-8 text")
            warn(self, translate("RateCard", "This rate card cannot be imported"),
                 translate("RateCard", "{file}: {reason}\n\nThe rate card in use has not "
                           "changed.").format(file=name, reason=reason or error))
            return False
        try:
            self.workspace.set_rate_card(with_defaults(text, effective, currency))
        except RateCardError as error:
            warn(self, translate("RateCard", "This rate card cannot be imported"),
                 translate("RateCard", "{file}, {reason}\n\nThe rate card in use has not "
                           "changed.").format(file=name, reason=error))
            return False
        self.model.reload()
        self.error_label.hide()
        markets = len(self.model.rows) - scenario_rows(self.workspace)[0]
        self.status_label.setText((translate(
            "RateCard", "Imported 1 market from {file}: new messages are priced with them.")
            if markets == 1 else translate(
                "RateCard", "Imported {count} markets from {file}: new messages are priced "
                "with them.")).format(count=count(markets), file=name))
        self._describe()
        return True

    def export_csv(self, path: str | Path | None = None) -> Path | None:
        """Save the card's own rows as CSV, to edit in a spreadsheet and import again."""
        if path is None:
            chosen, _ = ask_save(self, RATE_CARDS, translate("RateCard", "Export rate card"),
                                 "rate-card.csv", _csv_filter())
            if not chosen:
                return None
            path = chosen
        fixed, _ = scenario_rows(self.workspace)
        try:
            write_output(path, rate_card_csv(self.model.rows[fixed:]))
        except OSError as error:
            warn(self, translate("RateCard", "Cannot export the rate card"),
                 f"{path}: {error.strerror or error}")
            return None
        self.status_label.setText(translate("RateCard", "Saved the rate card to {path}").format(
            path=path))
        return Path(path)

    def reset(self, confirm: bool = True) -> bool:
        """Go back to the bundled card (after asking, unless `confirm` is False)."""
        if confirm:
            answer = QMessageBox.question(
                self, translate("RateCard", "Reset to the bundled rate card"),
                translate("RateCard", "Price new messages with the bundled rate card again? "
                          "This workspace's own rates are forgotten; messages already sent "
                          "keep what they were charged."))
            if answer != QMessageBox.StandardButton.Yes:
                return False
        self.workspace.reset_rate_card()
        self.model.reload()
        self.error_label.hide()
        self.status_label.setText(translate("RateCard", "Back to the bundled rate card."))
        self._describe()
        return True


def _effective(card: RateCard) -> str:
    dates = sorted({row.effective for row in card.rows if row.effective})
    return ", ".join(dates) if dates else translate("RateCard", "on an unknown date")


def _csv_filter() -> str:
    return translate("RateCard", "Rate card CSV (*.csv);;All files (*)")


def _day(at: datetime) -> str:
    """`7 Mar 2025` (the day a card is shown for), in the user's language."""
    if language() == ENGLISH:
        return f"{at.day} {at:%b %Y}"
    return cldr_date(at, "d MMM yyyy", locale=babel_locale())
