"""The Billing menu and dock in the main window, driven through the menus."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest
from PySide6.QtWidgets import QDockWidget, QFileDialog
from shiboken6 import isValid

from waboard.billing import bill, month_period
from waboard.billing.bill import without_tables
from waboard.rules.model import Regime
from waboard.ui.billing.dock import BillingDock
from waboard.ui.billing.forecast_dialog import ForecastDialog
from waboard.ui.billing.rate_card_dialog import RateCardDialog
from waboard.ui.billing.view import COMPARE_TAB
from waboard.ui.main_window import MainWindow

MARCH = month_period(2025, 3)
MENU = ["View billing", "Compare regimes", "", "Rate card…", "", "Export bill as CSV…",
        "Export HTML report…", "", "Cost forecast…"]


@pytest.fixture
def window(qtbot, demo):
    window = MainWindow(demo)
    with qtbot.waitExposed(window):
        window.show()
    yield window
    for open_window in list(MainWindow.open_windows):
        if isValid(open_window):
            open_window.close()


def menu_actions(window):
    bar = window.menuBar()
    titles = [a.text().replace("&", "") for a in bar.actions()]
    billing = bar.actions()[titles.index("Billing")].menu()
    return titles, {a.text().replace("&", ""): a for a in billing.actions() if a.text()}, [
        a.text().replace("&", "") for a in billing.actions()]


def test_the_billing_menu_sits_before_help(window):
    titles, _, texts = menu_actions(window)
    assert titles.index("Settings") < titles.index("Billing") < titles.index("Help")
    assert texts == MENU


def test_view_billing_shows_the_dock_with_the_bill(qtbot, window, demo):
    dock = window.findChild(BillingDock)
    assert dock is not None and dock.objectName() == "billingDock"
    assert not dock.isVisible()
    assert window.dockWidgetArea(dock) == window.dockWidgetArea(
        window.findChild(QDockWidget, "activityLog"))
    _, actions, _ = menu_actions(window)
    actions["View billing"].trigger()
    qtbot.waitUntil(dock.isVisible)
    qtbot.waitUntil(lambda: dock.view.bill is not None)
    assert dock.view.bill == without_tables(bill(demo.store, MARCH))
    actions["Compare regimes"].trigger()
    assert dock.view.tabs.currentIndex() == COMPARE_TAB
    assert dock.view.comparison is not None
    actions["View billing"].trigger()
    assert not dock.isVisible()


def test_settings_pricing_regime_reprices_the_open_bill(qtbot, window, demo):
    dock = window.findChild(BillingDock)
    dock.show_bill()
    qtbot.waitUntil(lambda: dock.view.bill is not None)
    stored = list(demo.store.all_messages())
    window.regime_actions[Regime.CBP_2024_11].trigger()
    assert demo.regime is Regime.CBP_2024_11
    qtbot.waitUntil(lambda: dock.view.bill.regime is Regime.CBP_2024_11, timeout=2000)
    # The demo's service conversations were all inside the free tier: the same charges.
    assert replace(dock.view.bill, as_charged=False) == without_tables(
        bill(demo.store, MARCH, regime=Regime.CBP_2024_11))
    assert dock.view.basis_label.text() == (
        "As charged, under Conversation pricing, free service (November 2024).")
    assert dock.view.free_tier_label.text().startswith("No monthly free tier from November")
    assert list(demo.store.all_messages()) == stored


def test_export_from_the_menu_says_where_in_the_status_bar(qtbot, window, tmp_path,
                                                          monkeypatch):
    target = tmp_path / "bill.csv"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a: (str(target), ""))
    _, actions, _ = menu_actions(window)
    actions["Export bill as CSV…"].trigger()
    assert target.exists()
    assert window.statusBar().currentMessage() == (
        f"Saved the bill for March 2025 as CSV to {target}")
    report = tmp_path / "report.html"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a: (str(report), ""))
    actions["Export HTML report…"].trigger()
    assert "<!DOCTYPE html>" in report.read_text(encoding="utf-8")
    assert str(report) in window.statusBar().currentMessage()


def test_the_dialogs_open_from_the_menu(window, demo, monkeypatch):
    opened = []
    monkeypatch.setattr(RateCardDialog, "exec", lambda self: opened.append(self) or 0)
    monkeypatch.setattr(ForecastDialog, "exec", lambda self: opened.append(self) or 0)
    _, actions, _ = menu_actions(window)
    actions["Rate card…"].trigger()
    actions["Cost forecast…"].trigger()
    rate_card, forecast = opened
    assert isinstance(rate_card, RateCardDialog) and rate_card.workspace is demo
    assert isinstance(forecast, ForecastDialog)
    assert forecast.rate_card is demo.rate_card
    assert forecast.region == "MX"  # where most of the demo's customers are
    assert forecast.start_edit.date().toPython() == date(2025, 3, 1)
    assert forecast.days_spin.value() == 31


def test_the_billing_dock_opens_tall_enough_for_its_charts(qtbot, window):
    window.resize(1366, 768)
    qtbot.waitUntil(lambda: window.height() == 768)
    dock = window.findChild(BillingDock)
    dock.show_bill()
    qtbot.waitUntil(lambda: dock.height() >= 300)
