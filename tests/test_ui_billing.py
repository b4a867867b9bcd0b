"""The billing view on the demo: its figures are the billing core's, for the chosen period,
kept current on changes (debounced), repriced when the regime switches, and exported."""

from __future__ import annotations

import csv
import re
from datetime import date, timedelta
from decimal import Decimal

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QFileDialog

from tests.conftest import on_box
from waboard.billing import (
    bill,
    compare,
    custom_period,
    day_period,
    month_period,
    week_period,
)
from waboard.billing.bill import without_tables
from waboard.billing.export import CSV_COLUMNS
from waboard.explain import category_label
from waboard.money import money
from waboard.rules.model import Regime
from waboard.rules.regimes import AUTO, choice_label
from waboard.ui.billing.charts import COUNT, NOTHING_CHARGED
from waboard.ui.billing.period_bar import PERIOD_KINDS
from waboard.ui.billing.rows import explanation_text
from waboard.ui.billing.view import COMPARE_TAB, DEBOUNCE_MS, BillingView
from waboard.ui.common.bus import WorkspaceBus

MARCH = month_period(2025, 3)
DEMO_DAY = date(2025, 3, 7)  # the demo's clock stands at Fri 7 March 2025, 20:00 UTC


@pytest.fixture
def make_view(qtbot):
    buses: list[WorkspaceBus] = []

    def make(workspace) -> BillingView:
        bus = WorkspaceBus(workspace)
        buses.append(bus)
        view = BillingView(workspace, bus)
        qtbot.addWidget(view)
        view.resize(1200, 800)
        with qtbot.waitExposed(view):
            view.show()
        view.refresh()
        return view

    yield make
    for bus in buses:
        bus.stop()


@pytest.fixture
def view(make_view, demo) -> BillingView:
    return make_view(demo)


def params(workspace, name: str, language: str) -> list[str]:
    template = workspace.store.template(name, language)
    return ["x"] * len(set(re.findall(r"\{\{(\d+)\}\}", template.body)))


def customer(workspace, key: str) -> int:
    return next(c.id for c in workspace.customers() if c.key == key)


def rows(model) -> list[list[str]]:
    return [model.row_texts(row) for row in range(model.rowCount())]


def test_models_pass_the_model_tester(qtmodeltester, view):
    view.show_tab(COMPARE_TAB)
    for model in (view.category_model, view.market_model, view.refused_model,
                  view.compare_model):
        assert model.rowCount()
        qtmodeltester.check(model)


def test_the_month_on_the_demo_is_what_bill_says(view, demo):
    expected = without_tables(bill(demo.store, MARCH))
    assert view.period_bar.kind == "month"
    assert view.bill == expected
    assert view.total_label.text() == money(expected.total) == "$0.53"
    assert view.period_bar.label.text() == "March 2025 (UTC)"
    assert view.basis_label.text() == "As charged, under Conversation pricing (June 2023)."
    assert view.summary_label.text() == (
        "24 conversations counted, 15 charged · 1 free entry point · 10 messages refused")
    by_category = expected.by_category()
    shown = rows(view.category_model)
    assert [r[0] for r in shown] == [category_label(c) for c in by_category] + ["Total"]
    for line, row in zip(by_category.values(), shown[:-1], strict=True):
        assert row[1:] == [f"{line.count:,}", f"{line.charged:,}", money(line.amount)]
    assert shown[-1] == ["Total", "24", "15", "$0.53"]
    markets = {row[0]: row[1:] for row in rows(view.market_model)}
    assert markets.keys() == set(expected.markets)
    for market, (count, charged, amount) in expected.by_market().items():
        assert markets[market] == [f"{count:,}", f"{charged:,}", money(amount)]
    assert rows(view.market_model)[0][0] == "Brazil"  # the largest amount first
    refused = rows(view.refused_model)
    assert {r[0]: int(r[2]) for r in refused[:-1]}["Outside the 24-hour window"] == 2
    assert refused[-1] == ["Total", "", "10"]
    assert sum(int(r[2]) for r in refused[:-1]) == expected.refused_total
    assert view.free_tier_label.text() == (
        "1,000 free service conversations in March 2025: 8 used")
    assert view.entry_label.text() == "Free entry points opened: 1"


def test_the_charts_draw_the_bill(view, demo):
    expected = without_tables(bill(demo.store, MARCH))
    assert view.daily_chart.days == [cost.day for cost in expected.daily]
    assert len(view.daily_chart.days) == 31
    assert view.daily_chart.top == max(cost.total for cost in expected.daily)
    assert "Marketing $0.14" in view.daily_chart.day_text(6)
    shares = view.share_chart.shares()
    assert shares == {c: line.amount for c, line in expected.by_category().items()
                      if line.amount}
    assert view.share_chart.legend_text(next(iter(shares))).startswith("Marketing  $0.22")
    view.share_combo.setCurrentIndex(1)
    assert view.share_chart.measure == COUNT
    assert sum(view.share_chart.shares().values()) == expected.count
    assert view.share_combo.itemText(1) == "of the conversations"
    assert not view.daily_chart.grab().isNull()


def test_an_empty_workspace_says_nothing_was_charged(make_view, workspace):
    view = make_view(workspace)
    assert view.total_label.text() == "$0.00"
    assert view.daily_chart.top == 0
    assert view.share_chart.shares() == {}
    assert view.no_refusals.isVisibleTo(view)
    assert not view.refused_table.isVisibleTo(view)
    assert NOTHING_CHARGED == "Nothing was charged in this period"
    view.daily_chart.grab()
    view.share_chart.grab()


def test_switching_periods(qtbot, view, demo):
    view.period_bar.combo.setFocus()
    view.period_bar.set_kind("day")
    assert view.bill == without_tables(bill(demo.store, day_period(DEMO_DAY)))
    assert view.period_bar.label.text() == "7 March 2025 (UTC)"
    assert view.total_label.text() == "$0.15"
    assert not view.period_bar.start_edit.isEnabled()
    assert view.period_bar.start_edit.date() == QDate(2025, 3, 7) == view.period_bar.end_edit.date()

    view.period_bar.set_kind("week")
    assert view.bill == without_tables(bill(demo.store, week_period(2025, 10)))
    assert view.period_bar.start_edit.date() == QDate(2025, 3, 3)
    assert view.period_bar.end_edit.date() == QDate(2025, 3, 9)

    view.period_bar.set_kind("custom")
    assert view.period_bar.start_edit.isEnabled() and view.period_bar.end_edit.isEnabled()
    view.period_bar.start_edit.setDate(QDate(2025, 3, 4))
    view.period_bar.end_edit.setDate(QDate(2025, 3, 5))
    expected = without_tables(bill(demo.store, custom_period(date(2025, 3, 4), date(2025, 3, 6))))
    assert view.bill == expected
    assert view.period_bar.label.text() == "4 March 2025 to 5 March 2025 (UTC)"
    assert [cost.day for cost in view.bill.daily] == [date(2025, 3, 4), date(2025, 3, 5)]


def test_the_period_combo_is_driven_from_the_keyboard(qtbot, view, demo):
    view.period_bar.combo.setFocus()
    qtbot.keyClicks(view.period_bar.combo, "This day")
    assert view.period_bar.kind == "day"
    assert view.bill == without_tables(bill(demo.store, day_period(DEMO_DAY)))
    assert [view.period_bar.combo.itemText(i) for i in range(4)] == list(PERIOD_KINDS.values())


def test_a_backwards_custom_range_is_refused_in_place(view, demo):
    view.period_bar.set_custom_range(date(2025, 3, 3), date(2025, 3, 7))
    shown = view.bill
    view.period_bar.end_edit.setDate(QDate(2025, 3, 1))
    assert view.period_bar.error.isVisibleTo(view)
    assert view.period_bar.error.text().startswith("The range ends before it starts")
    assert view.bill is shown
    view.period_bar.end_edit.setDate(QDate(2025, 3, 3))
    assert not view.period_bar.error.isVisibleTo(view)
    days = custom_period(date(2025, 3, 3), date(2025, 3, 4))
    assert view.bill == without_tables(bill(demo.store, days))


def test_this_day_follows_the_simulated_clock(qtbot, view, demo):
    view.period_bar.set_kind("day")
    demo.jump(timedelta(days=1))
    qtbot.waitUntil(lambda: view.period_bar.label.text() == "8 March 2025 (UTC)", timeout=2000)
    assert view.bill == without_tables(bill(demo.store, day_period(date(2025, 3, 8))))
    assert view.total_label.text() == "$0.00"


def test_changes_refresh_once_after_a_pause_and_ticks_do_not(qtbot, view, demo):
    before = view.refresh_count
    for _ in range(5):
        view.bus.tick()
    assert view.refresh_count == before
    ana = customer(demo, "ana")
    demo.send_template(ana, "spring_sale", "es_MX", params(demo, "spring_sale", "es_MX"))
    demo.customer_message(ana, "¡Gracias!")
    demo.send_text(ana, "¡A ti!")
    assert view.refresh_count == before  # not yet: the changes are gathered first
    assert view.refresh_pending
    qtbot.waitUntil(lambda: view.refresh_count > before, timeout=DEBOUNCE_MS * 8)
    assert view.refresh_count == before + 1
    assert view.bill == without_tables(bill(demo.store, MARCH))
    assert view.bill.total == Decimal("0.5334") + Decimal("0.0436")
    assert view.total_label.text() == "$0.58"


def test_the_clock_moving_within_the_period_leaves_the_figures(qtbot, view, demo):
    view.period_bar.set_kind("month")
    qtbot.waitUntil(lambda: not view.refresh_pending, timeout=2000)
    before = view.refresh_count
    for act in (demo.play, demo.pause, lambda: demo.set_speed(60), demo.undo, demo.undo,
                demo.undo):
        act()
        assert not view.refresh_pending and view.refresh_count == before
    demo.jump(timedelta(days=40))  # into another month
    assert view.refresh_pending
    qtbot.waitUntil(lambda: view.refresh_count == before + 1, timeout=DEBOUNCE_MS * 8)
    assert view.period_bar.label.text() == "April 2025 (UTC)"


def test_a_hidden_view_waits_until_it_is_shown(qtbot, view, demo):
    view.hide()
    before = view.refresh_count
    demo.send_template(customer(demo, "ana"), "spring_sale", "es_MX",
                       params(demo, "spring_sale", "es_MX"))
    assert not view.refresh_pending  # not even scheduled while hidden
    assert view.refresh_count == before
    view.show()
    qtbot.waitUntil(lambda: view.refresh_count == before + 1, timeout=2000)
    assert view.bill == without_tables(bill(demo.store, MARCH))


def test_the_comparison_shows_three_totals_and_each_sentence(qtbot, view, demo):
    qtbot.mouseClick(view.tabs.tabBar(), Qt.MouseButton.LeftButton,
                     pos=view.tabs.tabBar().tabRect(COMPARE_TAB).center())
    assert view.tabs.currentIndex() == COMPARE_TAB
    expected = compare(demo.store, None, MARCH)
    assert view.comparison is not None
    assert view.comparison.totals == expected.totals
    for regime, total in expected.totals.items():
        assert view.regime_cards[regime].total.text() == money(total)
    # March 2025 by date is November 2024's regime throughout
    assert view.regime_cards[AUTO].total.text() == money(expected.totals[Regime.CBP_2024_11])
    assert view.regime_cards[AUTO].title.text() == choice_label(AUTO)
    assert view.regime_cards[Regime.CBP_2023_06].title.text().endswith("(this workspace)")
    assert "+$0.02 against this workspace's regime" in (
        view.regime_cards[Regime.PMP_2025_07].detail.text())
    shown = view.explanations_label.text()
    assert len(expected.explanations) == 5
    for explanation in expected.explanations:
        assert explanation.text in shown
        assert explanation_text(explanation) in shown
    assert "June 2023 → November 2024: Service conversations are free" in shown
    total = rows(view.compare_model)[-1]
    assert total[:7] == ["Total", "24", "$0.53", "24", "$0.53", "36", "$0.55"]
    assert total[7] == "36"
    assert view.compare_model.headerData(5, Qt.Orientation.Horizontal) == (
        "Per message (July 2025)\nmessages")


def test_switching_the_regime_reprices_and_changes_no_message(qtbot, view, demo):
    stored = list(demo.store.all_messages())
    conversations = demo.store.conversations()
    demo.set_regime(Regime.PMP_2025_07)
    qtbot.waitUntil(lambda: view.bill.regime is Regime.PMP_2025_07, timeout=2000)
    assert list(demo.store.all_messages()) == stored
    assert demo.store.conversations() == conversations
    assert view.bill == without_tables(bill(demo.store, MARCH, regime=Regime.PMP_2025_07))
    assert view.total_label.text() == "$0.55"
    assert view.decided is not None and view.decided.total == Decimal("0.5334")
    assert view.basis_label.text().startswith(
        "Under Per-message pricing (July 2025): the history repriced")
    assert "were charged $0.53" in view.basis_label.text()
    assert view.category_model.headerData(1, Qt.Orientation.Horizontal) == "Messages"
    assert view.free_tier_label.text().startswith("No monthly free tier under per-message")

    demo.set_regime(Regime.CBP_2023_06)
    qtbot.waitUntil(lambda: view.bill.regime is Regime.CBP_2023_06, timeout=2000)
    assert view.decided is None
    assert view.bill == without_tables(bill(demo.store, MARCH))
    assert list(demo.store.all_messages()) == stored


def test_export_csv_reads_back(qtbot, view, demo, tmp_path, monkeypatch):
    target = tmp_path / "march"
    asked = []
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda parent, title, start, filters:
                        (asked.append(start) or str(target), ""))
    with qtbot.waitSignal(view.status) as said:
        path = view.export_csv()
    assert path == tmp_path / "march.csv"
    assert asked[0].endswith("bill-2025-03.csv")
    assert said.args[0] == f"Saved the bill for March 2025 as CSV to {path}"
    with path.open(encoding="utf-8-sig", newline="") as file:
        table = list(csv.reader(file))
    assert tuple(table[0]) == CSV_COLUMNS
    body = [dict(zip(CSV_COLUMNS, row, strict=True)) for row in table[1:]]
    assert {date.fromisoformat(r["first_day"]) for r in body} == {date(2025, 3, 1)}
    assert {date.fromisoformat(r["last_day"]) for r in body} == {date(2025, 3, 31)}
    total = body[-1]
    assert (total["category"], total["amount"], total["count"]) == ("total", "0.5334", "24")
    lines = body[:-1]
    assert sum(Decimal(r["amount"]) for r in lines) == Decimal("0.5334")
    assert len(lines) == len(bill(demo.store, MARCH).lines)


def test_export_html_has_the_bill_the_charts_and_the_comparison(qtbot, view, tmp_path):
    view.period_bar.set_kind("week")
    path = view.export_html(tmp_path / "week.html")
    text = path.read_text(encoding="utf-8")
    assert "ISO week 10 of 2025" in text
    assert "$0.53" in text
    assert text.count("<svg ") == 2
    assert "Service conversations are free from November 2024" in text
    assert view.period == week_period(2025, 10)


def test_an_export_that_cannot_be_written_says_so(view, tmp_path, monkeypatch):
    seen = []
    on_box(monkeypatch, lambda parent, title, text, *a: seen.append((title, text)))
    assert view.export_csv(tmp_path / "missing" / "bill.csv") is None
    assert seen and seen[0][0] == "Cannot export the bill"
    assert "missing" in seen[0][1]
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a: ("", ""))
    assert view.export_csv() is None  # cancelled: nothing said, nothing written
    assert len(seen) == 1


def test_under_auto_the_comparison_marks_the_by_date_card(qtbot, view, demo):
    demo.set_regime(AUTO)
    view.refresh()
    view.show_tab(COMPARE_TAB)
    assert view.regime_cards[AUTO].title.text().endswith("(this workspace)")
    assert not view.regime_cards[Regime.CBP_2023_06].title.text().endswith("(this workspace)")
    assert "This workspace's pricing: The rules in force on each message's date (auto)." in (
        view.compare_intro.text())
    assert set(view.regime_cards) == {AUTO, *Regime}


def test_sends_and_undo_bill_from_the_aggregates_without_a_replay(qtbot, view, demo):
    assert view.replays.count == 0  # the demo was decided as its settings decide now
    ana = customer(demo, "ana")
    demo.send_template(ana, "spring_sale", "es_MX", params(demo, "spring_sale", "es_MX"))
    view.refresh()
    assert view.bill.total == Decimal("0.5334") + Decimal("0.0436")
    demo.undo()
    view.refresh()
    assert view.bill == without_tables(bill(demo.store, MARCH))
    assert view.bill.total == Decimal("0.5334")
    assert view.replays.count == 0
    assert not view.replay_note.isVisibleTo(view)


def test_the_comparison_replays_once_until_a_change_that_matters(qtbot, view, demo):
    view.show_tab(COMPARE_TAB)
    replays = view.replays.count
    assert replays == len(view.regime_cards)  # auto and every regime, once each
    demo.jump(timedelta(hours=1))  # the clock's moves keep the replays
    view.current_comparison()
    assert view.replays.count == replays
    demo.send_text(customer(demo, "ana"), "¿Algo más?")
    view.current_comparison()
    assert view.replays.count == 2 * replays


def test_a_long_history_is_replayed_when_asked(qtbot, view, demo, monkeypatch):
    monkeypatch.setattr("waboard.billing.whatif.AUTOMATIC_UP_TO", 0)
    view.show_tab(COMPARE_TAB)
    assert view.replays.count == 0
    assert view.replay_button.isVisibleTo(view)
    assert "replays this workspace's" in view.replay_note.text()
    qtbot.mouseClick(view.replay_button, Qt.MouseButton.LeftButton)
    assert view.replays.count == len(view.regime_cards)
    assert not view.replay_button.isVisibleTo(view)
    assert view.comparison.totals == compare(demo.store, None, MARCH).totals

    view.show_tab(0)
    demo.set_regime(Regime.PMP_2025_07)
    view.refresh()  # as charged, the replay under the new regime waits to be asked for
    assert view.decided is None and view.bill.as_charged
    assert view.replay_button.isVisibleTo(view)
    assert "Per-message pricing (July 2025) would charge them" in view.replay_note.text()
    qtbot.mouseClick(view.replay_button, Qt.MouseButton.LeftButton)
    assert view.decided is not None and view.total_label.text() == "$0.55"
    assert not view.replay_button.isVisibleTo(view)
