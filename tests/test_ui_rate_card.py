"""The rate card dialog: the card in use, import (bad files change nothing), edits in place,
reset; and the workspace keeping its own card in the workspace file."""

from __future__ import annotations

from datetime import UTC, datetime
from decimal import Decimal

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox, QFileDialog, QLineEdit, QMessageBox

from tests.conftest import START, on_box
from waboard.resources import bundled_rate_card
from waboard.rules.model import Category
from waboard.rules.pricing import RateCardError
from waboard.service import Workspace
from waboard.ui.billing.rate_card_dialog import RateCardDialog
from waboard.ui.billing.rate_card_model import COLUMNS, RATE_COLUMNS, rate_card_csv
from waboard.ui.billing.rate_history import NO_FIGURE

UTILITY = 3
BUNDLED_TEXT = rate_card_csv(bundled_rate_card(START).rows)


@pytest.fixture
def workspace(workspace):
    """The fixture's workspace on the bundled dated card."""
    workspace.reset_rate_card()
    return workspace


@pytest.fixture
def dialog(qtbot, workspace, ana):
    dialog = RateCardDialog(workspace)
    qtbot.addWidget(dialog)
    with qtbot.waitExposed(dialog):
        dialog.show()
    return dialog


@pytest.fixture
def warnings(monkeypatch):
    seen = []
    on_box(monkeypatch, lambda parent, title, text, *a: seen.append((title, text)))
    return seen


def utility_charge(workspace, customer_id) -> Decimal:
    action = workspace.template_action("order_update", "es_MX", ["Ana", "A-1"])
    outcome, _ = workspace.preview(customer_id, action)
    assert outcome.accepted
    return outcome.charge


def row_of(dialog, market: str) -> int:
    return next(r for r in range(dialog.model.rowCount())
                if dialog.model.text(r, 0) == market)


def mexico_card(utility: str) -> str:
    lines = BUNDLED_TEXT.splitlines(keepends=True)
    index = next(i for i, line in enumerate(lines) if line.startswith("Mexico,"))
    cells = lines[index].split(",")
    cells[3] = utility
    lines[index] = ",".join(cells)
    return "".join(lines)


def choose_file(monkeypatch, path) -> None:
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a: (str(path), ""))


def import_chosen(qtbot, dialog) -> None:
    """Click Import CSV…, then Import in the options asked after the file."""
    qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    options = dialog.options_dialog
    qtbot.waitUntil(options.isVisible)
    ok = options.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok)
    qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)


def test_the_model_passes_the_model_tester(qtmodeltester, dialog):
    qtmodeltester.check(dialog.model)


def test_the_table_shows_the_bundled_card(dialog):
    card = bundled_rate_card(START)
    model = dialog.model
    assert model.rowCount() == len(card.rows)
    assert [model.headerData(c, Qt.Orientation.Horizontal) for c in range(8)] == list(COLUMNS)
    mexico = row_of(dialog, "Mexico")
    assert [model.text(mexico, c) for c in range(7)] == [
        "Mexico", "MX", "$0.0436", "$0.0100", "$0.0239", NO_FIGURE, "2024-08-01"]
    assert model.index(mexico, 7).data().startswith("whatsapp-sdk pricing.json")
    rest = row_of(dialog, "Rest of Africa")
    assert model.text(rest, 1).endswith(" countries")
    assert "KE" in model.index(rest, 1).data(Qt.ItemDataRole.ToolTipRole).split()
    assert model.text(row_of(dialog, "Other"), 1) == "Every other country"
    assert dialog.intro.text().startswith("The bundled rate card")
    assert not dialog.reset_button.isEnabled()


def test_a_bad_csv_is_refused_naming_line_and_column(qtbot, dialog, workspace, ana,
                                                     warnings, monkeypatch, tmp_path):
    before = workspace.rate_card
    bad = tmp_path / "rates.csv"
    bad.write_text(mexico_card("cheap"), encoding="utf-8")
    choose_file(monkeypatch, bad)
    import_chosen(qtbot, dialog)
    line = BUNDLED_TEXT.splitlines().index(
        next(x for x in BUNDLED_TEXT.splitlines() if x.startswith("Mexico,"))) + 1
    assert warnings == [("This rate card cannot be imported",
                         f"rates.csv, line {line}, column utility: 'cheap' is not a decimal "
                         "amount\n\nThe rate card in use has not changed.")]
    assert workspace.rate_card is before
    assert not workspace.has_own_rate_card
    assert utility_charge(workspace, ana) == Decimal("0.0100")
    assert dialog.model.text(row_of(dialog, "Mexico"), UTILITY) == "$0.0100"


@pytest.mark.parametrize(("content", "said"), [
    ("market,regions\nMexico,MX\n", "line 1: missing column(s) marketing"),
    (BUNDLED_TEXT + BUNDLED_TEXT.splitlines()[5] + "\n", "column market: "),
    (mexico_card("-0.01"), "column utility: '-0.01' is not a "
                                              "non-negative amount"),
    (BUNDLED_TEXT.splitlines()[0] + "\n", "the rate card has no rows"),
])
def test_other_bad_files_change_nothing(dialog, workspace, warnings, monkeypatch, tmp_path,
                                        content, said):
    bad = tmp_path / "bad.csv"
    bad.write_text(content, encoding="utf-8")
    assert not dialog.import_csv(bad)
    assert said in warnings[0][1]
    assert not workspace.has_own_rate_card


def test_a_file_that_is_not_text_is_refused(dialog, workspace, warnings, tmp_path):
    bad = tmp_path / "rates.csv"
    bad.write_bytes(b"\xff\xfe\x00bad")
    assert not dialog.import_csv(bad)
    assert "not UTF-8 text" in warnings[0][1]
    assert not workspace.has_own_rate_card


def test_a_card_without_a_row_for_a_customer_is_refused(dialog, workspace, warnings,
                                                        tmp_path):
    only_brazil = "\n".join(BUNDLED_TEXT.splitlines()[:1] + [
        x for x in BUNDLED_TEXT.splitlines() if x.startswith("Brazil,")]) + "\n"
    path = tmp_path / "brazil.csv"
    path.write_text(only_brazil, encoding="utf-8")
    assert not dialog.import_csv(path)
    assert "no row for MX" in warnings[0][1]
    with pytest.raises(RateCardError):
        workspace.set_rate_card(only_brazil)


def test_a_good_csv_prices_the_next_send(qtbot, dialog, workspace, ana, warnings,
                                         monkeypatch, tmp_path):
    good = tmp_path / "rates.csv"
    good.write_text("\ufeff" + mexico_card("0.0300"), encoding="utf-8")  # with a BOM
    choose_file(monkeypatch, good)
    import_chosen(qtbot, dialog)
    assert warnings == []
    assert utility_charge(workspace, ana) == Decimal("0.0300")
    assert dialog.model.text(row_of(dialog, "Mexico"), UTILITY) == "$0.0300"
    assert dialog.status_label.text().startswith("Imported 32 markets from rates.csv")
    assert dialog.intro.text().startswith("This workspace's own rate card")
    assert dialog.reset_button.isEnabled()
    result = workspace.send_template(ana, "order_update", "es_MX", ["Ana", "A-1"])
    assert result.outcome.charge == Decimal("0.0300")
    reopened = Workspace(workspace.store)  # kept in the workspace file
    assert reopened.rate_card.for_region("MX").rate(Category.UTILITY) == Decimal("0.0300")


def test_a_rate_is_edited_in_place(qtbot, dialog, workspace, ana):
    index = dialog.model.index(row_of(dialog, "Mexico"), UTILITY)
    dialog.table.setCurrentIndex(index)
    dialog.table.edit(index)
    editor = dialog.table.findChild(QLineEdit, "rateEditor")
    assert editor is not None and editor.text() == "0.0100"
    editor.selectAll()
    qtbot.keyClicks(editor, "0.0312")
    qtbot.keyClick(editor, Qt.Key.Key_Return)  # the delegate commits on the next pass
    qtbot.waitUntil(lambda: index.data() == "$0.0312", timeout=2000)
    assert utility_charge(workspace, ana) == Decimal("0.0312")
    assert workspace.has_own_rate_card
    assert dialog.status_label.text() == "Saved: Mexico, utility: $0.0312 from the next message."
    assert not dialog.error_label.isVisibleTo(dialog)
    # every other rate, and every other field, is kept exactly
    for old, new in zip(bundled_rate_card(START).rows, workspace.rate_card.rows, strict=True):
        if old.market == "Mexico":
            assert new.rates == {**old.rates, Category.UTILITY: Decimal("0.0312")}
            assert (new.regions, new.effective, new.source) == (
                old.regions, old.effective, old.source)
        else:
            assert new == old


@pytest.mark.parametrize(("text", "said"), [
    ("abc", "Mexico, utility rate: 'abc' is not a decimal amount. The rate was not changed."),
    ("-0.5", "Mexico, utility rate: '-0.5' is not a non-negative amount. The rate was not "
             "changed."),
    ("", "Mexico, utility rate: enter a rate such as 0.0250. The rate was not changed."),
    ("NaN", "Mexico, utility rate: 'NaN' is not a non-negative amount. The rate was not "
            "changed."),
])
def test_a_bad_rate_is_refused_in_place_and_nothing_is_stored(qtbot, dialog, workspace, ana,
                                                              text, said):
    index = dialog.model.index(row_of(dialog, "Mexico"), UTILITY)
    dialog.table.edit(index)
    editor = dialog.table.findChild(QLineEdit, "rateEditor")
    editor.clear()
    qtbot.keyClicks(editor, text)
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: dialog.error_label.isVisibleTo(dialog), timeout=2000)
    assert dialog.error_label.text() == said
    assert index.data() == "$0.0100"
    assert not workspace.has_own_rate_card
    assert utility_charge(workspace, ana) == Decimal("0.0100")


def test_reset_goes_back_to_the_bundled_card(qtbot, dialog, workspace, ana, monkeypatch):
    workspace.set_rate_card(mexico_card("0.0500"))
    dialog.model.reload()
    assert utility_charge(workspace, ana) == Decimal("0.0500")
    monkeypatch.setattr(QMessageBox, "question",
                        lambda *a: QMessageBox.StandardButton.No)
    assert not dialog.reset()
    assert utility_charge(workspace, ana) == Decimal("0.0500")
    monkeypatch.setattr(QMessageBox, "question",
                        lambda *a: QMessageBox.StandardButton.Yes)
    dialog._describe()
    qtbot.mouseClick(dialog.reset_button, Qt.MouseButton.LeftButton)
    assert utility_charge(workspace, ana) == Decimal("0.0100")
    assert not workspace.has_own_rate_card
    assert dialog.model.text(row_of(dialog, "Mexico"), UTILITY) == "$0.0100"
    assert not dialog.reset_button.isEnabled()


def test_export_then_import_is_the_same_card(dialog, workspace, tmp_path):
    path = dialog.export_csv(tmp_path / "card.csv")
    assert dialog.import_csv(path)
    assert workspace.rate_card.rows == bundled_rate_card(START).rows
    assert rate_card_csv(workspace.rate_card.rows) == path.read_text(encoding="utf-8")


def test_scenario_rates_come_first_and_are_not_edited_here(qtbot, workspace, ana):
    workspace.set_rate_overrides({"MX": {"marketing": "0.1", "utility": "0.0100",
                                         "authentication": "0.1", "service": "0.1"}})
    dialog = RateCardDialog(workspace)
    qtbot.addWidget(dialog)
    model = dialog.model
    assert model.text(0, 0) == "Mexico" and model.text(0, 7) == "scenario"
    assert not model.flags(model.index(0, UTILITY)) & Qt.ItemFlag.ItemIsEditable
    assert "cannot be edited here" in dialog.intro.text()
    brazil = model.index(row_of(dialog, "Brazil"), UTILITY)
    assert model.flags(brazil) & Qt.ItemFlag.ItemIsEditable
    assert model.setData(brazil, "0.0400")
    assert workspace.rate_card.for_region("BR").rates[
        RATE_COLUMNS[UTILITY]] == Decimal("0.0400")
    assert utility_charge(workspace, ana) == Decimal("0.0100")  # the scenario's still
    assert model.text(0, 0) == "Mexico" and model.rowCount() == len(
        bundled_rate_card(START).rows) + 1


def test_the_model_refuses_bad_rates_too(qtbot, dialog, workspace):
    index = dialog.model.index(row_of(dialog, "Mexico"), UTILITY)
    with qtbot.waitSignal(dialog.model.rate_rejected) as said:
        assert not dialog.model.setData(index, "1e999")
    assert said.args[0].startswith("Mexico, utility rate: '1e999' is")
    assert not dialog.model.setData(dialog.model.index(0, 0), "Elsewhere")  # not a rate
    assert not workspace.has_own_rate_card


def test_the_selected_market_lists_its_dated_rates_with_source_and_confirmation(
        qtbot, dialog, workspace):
    dialog.table.setCurrentIndex(dialog.model.index(row_of(dialog, "Mexico"), 0))
    model = dialog.history_model
    assert model.market == "Mexico"
    assert dialog.history_title.text().startswith("Mexico by date (USD)")
    rows = [model.texts(r) for r in range(model.rowCount())]
    assert {r[1] for r in rows} >= {"Marketing", "Utility", "Authentication", "Service"}
    utility = next(r for r in rows if r[1] == "Utility" and r[0] == "2023-06-01")
    assert utility[2] == "$0.0266"
    assert utility[4] in ("confirmed", "unconfirmed") and utility[5] != "-"
    dates = [r[0] for r in rows]
    assert dates == sorted(dates, reverse=True)


def test_a_currency_without_a_sourced_card_says_so_instead_of_a_rate(qtbot, workspace, ana):
    from waboard.rules.model import AccountSettings
    from waboard.ui.billing.rate_history import NO_FIGURE

    workspace.set_account(AccountSettings(currency="AED"))
    dialog = RateCardDialog(workspace)
    qtbot.addWidget(dialog)
    mexico = row_of(dialog, "Mexico")
    assert dialog.model.text(mexico, UTILITY) == NO_FIGURE
    tip = dialog.model.index(mexico, UTILITY).data(Qt.ItemDataRole.ToolTipRole)
    assert "no sourced figure for Mexico utility in AED on 2025-03-03" in tip
    assert "in AED (the account's currency" in dialog.intro.text()


def test_import_fills_in_the_date_and_currency_a_file_leaves_out(dialog, workspace, ana,
                                                                  warnings, tmp_path):
    from datetime import date

    from waboard.rules.pricing import RATE_CARD_COLUMNS
    from waboard.ui.billing.rate_import import with_defaults

    text = (",".join(RATE_CARD_COLUMNS) + "\n"
            "Mexico,MX,0.0400,0.0300,0.0200,0.0100,,,my card\n"
            "Other,,0.0500,0.0400,0.0300,0.0200,EUR,2025-01-01,my card\n")
    filled = with_defaults(text, date(2025, 3, 1), "USD").splitlines()
    assert filled[1].endswith(",USD,2025-03-01,my card")
    assert filled[2].endswith(",EUR,2025-01-01,my card")  # its own date and currency kept
    path = tmp_path / "march.csv"
    path.write_text(text.replace(",EUR,2025-01-01,", ",,,"), encoding="utf-8")
    assert dialog.import_csv(path, (date(2025, 3, 1), "USD"))
    assert warnings == []
    card = workspace.dated_rates
    assert Category.UTILITY not in card.at(datetime(2025, 2, 28, tzinfo=UTC),
                                           "USD").for_region("MX").rates
    march = card.at(START, "USD").for_region("MX")
    assert (march.rate(Category.UTILITY), march.effective) == (Decimal("0.0300"), "2025-03-01")
    dialog.table.setCurrentIndex(dialog.model.index(row_of(dialog, "Mexico"), 0))
    assert dialog.history_model.texts(0)[0] == "2025-03-01"


def test_the_import_options_warn_of_a_currency_the_account_is_not_billed_in(qtbot):
    from datetime import date

    from waboard.ui.billing.rate_import import ImportOptionsDialog

    options = ImportOptionsDialog("rates.csv", date(2026, 10, 1), "MXN")
    qtbot.addWidget(options)
    options.show()
    assert options.choice() == (date(2026, 10, 1), "MXN")
    assert not options.warning.isVisible()
    options.currency.setCurrentText("USD")
    assert options.warning.isVisible()
    assert "billed in MXN" in options.warning.text()
