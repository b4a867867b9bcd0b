"""The cost forecast dialog: a plan in, progress to 100%, the three regimes' bills out."""

from __future__ import annotations

from datetime import date
from fractions import Fraction

import pytest
from PySide6.QtCore import QDate, Qt

from waboard.billing import forecast
from waboard.billing.compare import REGIMES
from waboard.money import money
from waboard.resources import bundled_rate_card
from waboard.rules.model import Category, Regime
from waboard.ui.billing.forecast_dialog import ForecastDialog, markets

START = date(2025, 7, 1)


@pytest.fixture
def dialog(qtbot):
    dialog = ForecastDialog(bundled_rate_card(), START, "MX")
    qtbot.addWidget(dialog)
    with qtbot.waitExposed(dialog):
        dialog.show()
    yield dialog
    dialog.done(0)


def run_to_the_end(qtbot, dialog) -> None:
    qtbot.mouseClick(dialog.run_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not dialog.running and dialog.bills is not None, timeout=20000)


def test_defaults(dialog):
    assert dialog.region == "MX"
    assert dialog.market_combo.currentText() == "Mexico (MX)"
    assert dialog.days_spin.value() == 31
    assert dialog.start_edit.date() == QDate(2025, 7, 1)
    assert not dialog.results.isVisibleTo(dialog)
    assert dialog.progress.value() == 0


def test_markets_name_the_row_that_prices_them():
    found = dict(markets(bundled_rate_card()))
    assert found["Mexico (MX)"] == "MX"
    assert found["Kenya (KE) - Rest of Africa"] == "KE"
    assert found["United States (US) - North America"] == "US"


def test_it_runs_to_100_percent_and_shows_the_three_totals(qtbot, qtmodeltester, dialog):
    dialog.customers_spin.setFocus()
    dialog.customers_spin.selectAll()
    qtbot.keyClicks(dialog.customers_spin, "250")
    dialog.inbound_spin.setValue(40)
    dialog.days_spin.setValue(30)
    seen: list[int] = []
    dialog.progress.valueChanged.connect(seen.append)
    run_to_the_end(qtbot, dialog)
    assert dialog.customers_spin.value() == 250
    assert dialog.progress.value() == 100
    assert seen == sorted(seen) and len(seen) > 3  # it moved as the days were simulated
    expected = forecast(250, 30, {Category.MARKETING: 50, Category.UTILITY: 40,
                                  Category.AUTHENTICATION: 10}, "MX", Fraction(30, 100),
                        Fraction(20, 100), 40, Fraction(25, 100), start=START,
                        rate_card=bundled_rate_card())
    assert dialog.totals == {regime: expected[regime].total for regime in REGIMES}
    assert list(dialog.totals) == list(REGIMES)
    for regime, card in dialog.cards.items():
        assert card.total.text() == money(expected[regime].total)
    model = dialog.results_model
    qtmodeltester.check(model)
    total = model.row_texts(model.rowCount() - 1)
    assert total[0] == "Total"
    assert total[2::2] == [money(expected[r].total) for r in REGIMES]
    assert dialog.results.isVisibleTo(dialog)
    cheapest = min(REGIMES, key=lambda r: expected[r].total)
    assert dialog.cards[cheapest].title.text().endswith("(cheapest)")
    assert dialog.title_label.text().startswith("Forecast: 250 customers messaged a day")
    assert "free service conversations in July 2025" in dialog.notes_label.text()
    assert dialog.run_button.isEnabled()


def test_a_plan_that_cannot_be_forecast_says_why(qtbot, dialog):
    for spin in dialog.mix_spins.values():
        spin.setValue(0)
    qtbot.mouseClick(dialog.run_button, Qt.MouseButton.LeftButton)
    assert not dialog.running
    assert dialog.error_label.isVisibleTo(dialog)
    assert dialog.error_label.text() == "The mix's shares must be 0 or more, and not all 0"
    assert dialog.bills is None
    dialog.mix_spins[Category.UTILITY].setValue(1)
    assert dialog.mix_note.text() == "Shares are weighed against each other"
    run_to_the_end(qtbot, dialog)
    assert not dialog.error_label.isVisibleTo(dialog)
    assert dialog.bills[Regime.PMP_2025_07].by_category()[Category.MARKETING].count == 0


def test_the_rate_card_given_prices_the_forecast(qtbot, demo):
    demo.set_rate_overrides({"*": {"marketing": "1", "utility": "1", "authentication": "1",
                                   "service": "1"}})
    messages = demo.store.message_count()
    dialog = ForecastDialog(demo.rate_card, START, "BR")
    qtbot.addWidget(dialog)
    dialog.customers_spin.setValue(10)
    dialog.inbound_spin.setValue(0)
    dialog.days_spin.setValue(2)
    for category, spin in dialog.mix_spins.items():
        spin.setValue(100 if category is Category.MARKETING else 0)
    dialog.reply_spin.setValue(0)
    dialog.follow_spin.setValue(0)
    run_to_the_end(qtbot, dialog)
    assert dialog.totals[Regime.CBP_2023_06] == 20  # 20 marketing conversations at $1
    assert demo.store.message_count() == messages  # the workspace is never touched


def test_closing_while_it_runs_stops_it(qtbot):
    dialog = ForecastDialog(bundled_rate_card(), START, "IN")
    qtbot.addWidget(dialog)
    dialog.days_spin.setValue(366)
    assert dialog.run()
    assert not dialog.run()  # one at a time
    dialog.reject()
    assert not dialog.isVisible()


def test_the_totals_show_whole_without_resizing(qtbot, dialog):
    run_to_the_end(qtbot, dialog)
    for card in dialog.cards.values():
        qtbot.waitUntil(lambda c=card: c.height() >= c.sizeHint().height())
        assert card.total.height() >= card.total.sizeHint().height()
    table = dialog.results_table
    assert table.height() >= table.sizeHint().height()
