"""The activity log: one row per stored decision, live appends, the filter, lazy pages."""

from __future__ import annotations

import sys
from datetime import timedelta

import pytest
from PySide6.QtCore import QModelIndex, Qt

from waboard.explain import rule_sentence
from waboard.rules.model import Regime, SendText
from waboard.store import MessageRecord
from waboard.ui.common import palette
from waboard.ui.common.bus import WorkspaceBus
from waboard.ui.inbox.activity_log import (
    ACTION,
    COLUMNS,
    CUSTOMER,
    NOTE,
    PAGE,
    RESULT,
    RULE,
    TIME,
    ActivityLogDock,
    CustomerChoices,
)


@pytest.fixture
def make_dock(qtbot):
    buses: list[WorkspaceBus] = []

    def make(workspace) -> ActivityLogDock:
        bus = WorkspaceBus(workspace)
        buses.append(bus)
        dock = ActivityLogDock(workspace, bus)
        qtbot.addWidget(dock)
        dock.resize(1000, 400)
        with qtbot.waitExposed(dock):
            dock.show()
        return dock

    yield make
    for bus in buses:
        bus.stop()


@pytest.fixture
def dock(make_dock, demo) -> ActivityLogDock:
    return make_dock(demo)


def cell(dock: ActivityLogDock, row: int, column: int) -> str:
    return dock.model.index(row, column).data()


def ids(dock: ActivityLogDock) -> list[int]:
    return [dock.model.record(row).id for row in range(dock.model.rowCount())]


def at_bottom(dock: ActivityLogDock) -> bool:
    scroll = dock.view.verticalScrollBar()
    return scroll.value() == scroll.maximum()


def customer_id(workspace, name: str) -> int:
    return next(c.id for c in workspace.customers() if c.name == name)


def test_models_pass_the_model_tester(qtmodeltester, dock):
    qtmodeltester.check(dock.model)
    qtmodeltester.check(dock.view.model())


def test_rows_are_the_stored_messages_in_order(dock, demo):
    stored = list(demo.store.all_messages())
    assert dock.windowTitle() == "Activity log"
    assert [dock.model.headerData(c, Qt.Orientation.Horizontal) for c in range(6)] == list(
        COLUMNS)
    assert ids(dock) == [m.id for m in stored]
    assert dock.count_label.text() == f"{len(stored)} decisions"
    first = stored[0]
    assert cell(dock, 0, TIME) == "Mon 3 Mar 2025 08:00:00"
    assert cell(dock, 0, CUSTOMER) == demo.customer(first.customer_id).name
    assert cell(dock, 0, ACTION) == "Template order_confirmation (es_MX)"
    assert cell(dock, 0, RESULT) == "Accepted"
    assert cell(dock, 0, NOTE).startswith("Utility conversation opened, charged $0.0266")
    assert cell(dock, 0, RULE) == ("A template opens a 24-hour conversation of its category "
                                   "when none of that category is open.")


def test_actions_name_every_kind_of_decision(dock):
    actions = {cell(dock, row, ACTION) for row in range(dock.model.rowCount())}
    assert {"Customer message", "Customer message (from an ad)", "Free-form", "Opt-in",
            "Opt-out", "Template order_confirmation (es_MX)"} <= actions


def test_refused_rows_show_the_code_and_are_tinted(dock, demo):
    refused = [row for row in range(dock.model.rowCount())
               if not dock.model.record(row).accepted]
    assert len(refused) == 10
    last = refused[-1]
    assert cell(dock, last, CUSTOMER) == "Valentina Ríos"
    assert cell(dock, last, RESULT) == "Refused 131047"
    assert cell(dock, last, NOTE).startswith("Re-engagement message")
    assert cell(dock, last, RULE).startswith("Free-form messages can only be sent within 24")
    index = dock.model.index(last, RESULT)
    assert index.data(Qt.ItemDataRole.BackgroundRole) == palette.REFUSED_ROW
    assert dock.model.index(0, RESULT).data(Qt.ItemDataRole.BackgroundRole) is None


def test_a_new_send_appends_one_row_with_its_rule(qtbot, dock, demo):
    before = dock.model.rowCount()
    ana = customer_id(demo, "Ana López")
    result = demo.send_text(ana, "¿Algo más en que te ayudemos?")
    assert dock.model.rowCount() == before + 1
    last = before
    assert dock.model.record(last).id == result.message_id
    assert cell(dock, last, CUSTOMER) == "Ana López"
    assert cell(dock, last, ACTION) == "Free-form"
    assert cell(dock, last, RESULT) == "Accepted"
    expected = rule_sentence(SendText("¿Algo más en que te ayudemos?"), result.outcome,
                             demo.regime)
    assert cell(dock, last, RULE) == expected
    assert expected.startswith("A free-form reply joins")
    assert dock.count_label.text() == f"{before + 1} decisions"
    qtbot.waitUntil(lambda: at_bottom(dock))


def test_a_refused_send_appends_a_refused_row(dock, demo):
    before = dock.model.rowCount()
    budi = customer_id(demo, "Budi Santoso")
    demo.send_text(budi, "Halo?")
    assert dock.model.rowCount() == before + 1
    assert cell(dock, before, RESULT) == "Refused 131047"


def test_customer_messages_and_consent_append(dock, demo):
    before = dock.model.rowCount()
    lena = customer_id(demo, "Lena Fischer")
    demo.customer_message(lena, "Hallo?")
    demo.opt_in(lena)
    assert [cell(dock, row, ACTION) for row in (before, before + 1)] == [
        "Customer message", "Opt-in"]
    assert cell(dock, before, RULE).startswith("A customer message opens, or restarts")
    assert cell(dock, before + 1, NOTE) == "Opted in"


def test_customer_filter(qtbot, dock, demo):
    ana = customer_id(demo, "Ana López")
    combo = dock.customer_combo
    assert combo.itemText(0) == "All customers"
    assert [combo.itemText(i) for i in range(1, combo.count())] == [
        c.name for c in demo.customers()]
    dock.set_customer_filter(ana)
    assert combo.currentText() == "Ana López"
    assert ids(dock) == [m.id for m in demo.store.messages(ana)]
    assert {cell(dock, row, CUSTOMER) for row in range(dock.model.rowCount())} == {"Ana López"}
    rows = dock.model.rowCount()
    demo.customer_message(customer_id(demo, "Lena Fischer"), "Hallo?")
    assert dock.model.rowCount() == rows
    demo.customer_message(ana, "¿Siguen ahí?")
    assert dock.model.rowCount() == rows + 1
    dock.set_customer_filter(None)
    assert combo.currentText() == "All customers"
    assert ids(dock) == [m.id for m in demo.store.all_messages()]


def test_choosing_a_customer_in_the_combo_filters(qtbot, dock, demo):
    combo = dock.customer_combo
    combo.setFocus()
    qtbot.keyClick(combo, Qt.Key.Key_Down)
    first = demo.customers()[0]
    assert dock.customer_filter == first.id
    assert ids(dock) == [m.id for m in demo.store.messages(first.id)]


def choice_names(choices: CustomerChoices) -> list[str]:
    return [choices.index(row).data() for row in range(choices.rowCount())]


def test_the_filter_reads_its_choices_a_page_at_a_time(qtmodeltester, demo):
    names = [c.name for c in demo.customers()]
    assert len(names) > 4
    choices = CustomerChoices(demo.store, page=2)
    assert choice_names(choices) == ["All customers", *names[:2]]
    assert choices.canFetchMore(QModelIndex())
    choices.fetchMore(QModelIndex())
    assert choice_names(choices) == ["All customers", *names[:4]]
    last = demo.customers()[-1].id
    assert choices.row_of(last) == len(names)  # the pages up to it are read
    assert choice_names(choices) == ["All customers", *names]
    choices.fetchMore(QModelIndex())  # finds no more
    assert choice_names(choices) == ["All customers", *names]
    assert not choices.canFetchMore(QModelIndex())
    assert choices.row_of(None) == 0 and choices.row_of(last + 1) == -1
    qtmodeltester.check(choices)


def test_choices_not_read_yet_wait_for_their_page(demo):
    choices = CustomerChoices(demo.store, page=2)
    later = demo.customers()[3]
    demo.edit_customer(later.id, "Zoe Ruiz", later.phone, True)
    choices.put(later.id)
    assert choices.rowCount() == 3
    new = demo.add_customer("Ana L. Ruiz", "+44 7911 123456")
    choices.put(new)
    assert choices.rowCount() == 3
    row = choices.row_of(new)
    assert choice_names(choices)[row] == "Ana L. Ruiz"
    assert choice_names(choices)[4] == "Zoe Ruiz"
    demo.undo()  # the new customer goes
    choices.put(new)
    assert choices.row_of(new) == -1 and choices.rowCount() == len(demo.customers()) + 1


def test_the_dock_reads_the_choices_it_shows(qtbot, make_dock, workspace):
    for number in range(PAGE + 1):
        workspace.add_customer(f"Customer {number}", f"+52 55 8765 {number:04d}")
    dock = make_dock(workspace)
    combo = dock.customer_combo
    assert combo.count() == PAGE + 1  # "All customers" and the first page
    last = workspace.customers()[-1].id
    dock.set_customer_filter(last)
    assert combo.currentText() == f"Customer {PAGE}"
    assert dock.customer_filter == last


def test_new_and_renamed_customers_reach_the_filter_and_rows(dock, demo):
    ana = customer_id(demo, "Ana López")
    demo.edit_customer(ana, "Ana L. Ruiz", "+52 55 1234 5678", True)
    assert "Ana L. Ruiz" in [dock.customer_combo.itemText(i)
                             for i in range(dock.customer_combo.count())]
    assert cell(dock, 0, CUSTOMER) == "Ana L. Ruiz"
    zoe = demo.add_customer("<i>Zoe</i>", "+44 7911 123456")
    assert dock.customer_combo.findData(zoe) > 0
    demo.customer_message(zoe, "hi")
    last = dock.model.rowCount() - 1
    assert cell(dock, last, CUSTOMER) == "<i>Zoe</i>"  # shown as typed: plain text


def test_rule_sentences_follow_the_pricing_regime(dock, demo):
    demo.set_regime(Regime.PMP_2025_07)
    assert cell(dock, 0, RULE) == (
        "Per-message pricing charges every delivered template of this category.")
    assert cell(dock, 0, NOTE).startswith("Charged as utility: $0.0266")


def test_tooltips_show_text_as_is(dock):
    tip = dock.model.index(0, RULE).data(Qt.ItemDataRole.ToolTipRole)
    assert tip.startswith("<p>A template opens")


def test_new_rows_scroll_into_view_only_when_at_the_bottom(qtbot, make_dock, workspace, ana):
    workspace.store.add_messages(
        MessageRecord(None, ana, workspace.now() + timedelta(seconds=n), "in", "text",
                      text=f"message {n}") for n in range(100))
    dock = make_dock(workspace)
    qtbot.waitUntil(lambda: at_bottom(dock) and dock.view.verticalScrollBar().maximum() > 0)
    workspace.customer_message(ana, "one more", at=workspace.now() + timedelta(hours=1))
    qtbot.waitUntil(lambda: at_bottom(dock))
    last = dock.view.model().index(dock.model.rowCount() - 1, 0)
    assert dock.view.viewport().rect().intersects(dock.view.visualRect(last))
    scroll = dock.view.verticalScrollBar()
    scroll.setValue(scroll.maximum() // 2)
    middle, highest = scroll.value(), scroll.maximum()
    with qtbot.assertNotEmitted(scroll.valueChanged):
        workspace.customer_message(ana, "and another", at=workspace.now() + timedelta(hours=1))
        qtbot.waitUntil(lambda: scroll.maximum() > highest)  # the new row is laid out
    assert scroll.value() == middle


@pytest.fixture
def lena(workspace, ana) -> int:
    """A second customer, and 5,000 messages alternating between Ana and her."""
    lena = workspace.add_customer("Lena Fischer", "+49 151 23456789")
    start = workspace.now()
    workspace.store.add_messages(
        MessageRecord(None, (ana, lena)[n % 2], start + timedelta(seconds=n), "in", "text",
                      text=f"message {n}") for n in range(5000))
    return lena


def test_lazy_loading_fetches_pages(qtbot, make_dock, workspace, lena):
    dock = make_dock(workspace)
    model = dock.model
    stored = [m.id for m in workspace.store.all_messages()]
    assert len(stored) == 5000
    qtbot.waitUntil(lambda: at_bottom(dock))
    assert model.rowCount() == PAGE
    assert ids(dock) == stored[-PAGE:]  # the newest page, newest at the bottom
    assert dock.count_label.text() == f"{PAGE} of 5,000 decisions; scroll up for older"
    assert model.canFetchMore(QModelIndex())
    model.fetchMore(QModelIndex())
    assert ids(dock) == stored[-2 * PAGE:]
    # Scrolling to the top reads the next older page and keeps the same rows on screen.
    dock.view.scrollToTop()
    qtbot.waitUntil(lambda: model.rowCount() == 3 * PAGE)
    assert ids(dock) == stored[-3 * PAGE:]
    qtbot.waitUntil(lambda: dock.view.verticalScrollBar().value() == PAGE)
    assert model.record(dock.view.rowAt(0)).id == stored[-2 * PAGE]
    with qtbot.assertNotEmitted(model.rowsInserted, wait=100):
        pass  # not at the top any more: no further page
    assert model.rowCount() == 3 * PAGE
    while model.canFetchMore(QModelIndex()):
        model.fetchMore(QModelIndex())
    assert ids(dock) == stored
    assert dock.count_label.text() == "5,000 decisions"
    # One customer's thread pages the same way.
    dock.set_customer_filter(lena)
    assert ids(dock) == [m.id for m in workspace.store.messages(lena)][-PAGE:]


def test_a_paged_model_passes_the_model_tester(qtmodeltester, make_dock, workspace, lena):
    dock = make_dock(workspace)
    qtmodeltester.check(dock.model)  # (it fetches pages itself)
    stored = [m.id for m in workspace.store.all_messages()]
    assert dock.model.rowCount() > PAGE
    assert ids(dock) == stored[-dock.model.rowCount():]
    dock.set_customer_filter(lena)
    workspace.customer_message(lena, "one more")
    assert dock.model.record(dock.model.rowCount() - 1).text == "one more"


def test_painting_does_not_exhaust_none(qtbot, dock):
    """Every role the view asks for and the model lacks comes back as None: that must not
    cost None a reference each time (PySide6 6.12 drops one per None returned)."""
    proxy = dock.view.model()
    before = sys.getrefcount(None)
    for _ in range(2000):
        proxy.data(proxy.index(0, 0), Qt.ItemDataRole.FontRole)
        proxy.headerData(0, Qt.Orientation.Horizontal, Qt.ItemDataRole.DecorationRole)
    dock.grab()
    assert sys.getrefcount(None) > before - 500


def test_a_long_session_keeps_a_bounded_log_and_can_scroll_back(qtbot, monkeypatch, workspace,
                                                                 ana):
    """Past MAX_ROWS the oldest rows leave memory; fetching more reads them back."""
    import waboard.ui.inbox.activity_log as activity_log

    monkeypatch.setattr(activity_log, "MAX_ROWS", 5)
    dock = ActivityLogDock(workspace, WorkspaceBus(workspace))
    qtbot.addWidget(dock)
    for n in range(8):
        workspace.customer_message(ana, f"message {n}")
    model = dock.model
    assert model.rowCount() == 5
    assert model.record(0).text == "message 3"
    assert model.canFetchMore(QModelIndex())
    model.fetchMore(QModelIndex())
    assert [model.record(i).text for i in range(3)] == ["message 0", "message 1", "message 2"]


def test_crossing_a_rule_change_leaves_a_note_above_the_log(make_dock, workspace, ana):
    from datetime import UTC, datetime

    from waboard.clock import ClockSetting

    workspace.set_regime("auto")
    dock = make_dock(workspace)
    note = dock.rule_note
    assert not note.isVisible()
    workspace.set_clock(ClockSetting(datetime(2026, 9, 30, 23, 59, 59, tzinfo=UTC)))
    dock.rule_note.clock_moved(workspace.now())
    assert note.isVisible()  # the jump from March 2025 crossed a year and a half of changes
    assert "earlier changes: see Help > Rules by date" in note.text()
    assert "From 1 Jul 2026: Businesses in Brazil can be billed in Brazilian reais." \
        in note.text()
    assert "1 Oct 2026" not in note.text()
    workspace.jump(timedelta(seconds=1))
    dock.rule_note.clock_moved(workspace.now())
    assert note.text().splitlines() == [
        "The clock crossed a change of the rules:",
        note.text().splitlines()[1]]
    assert note.text().splitlines()[1].startswith("From 1 Oct 2026 free-form replies cost $")
    assert note.text().endswith("[reported]")
    assert note.textFormat() is Qt.TextFormat.PlainText
    workspace.set_clock(ClockSetting(datetime(2025, 1, 1, tzinfo=UTC)))
    dock.rule_note.clock_moved(workspace.now())  # going back crosses nothing
    assert "1 Oct 2026" in note.text()


def test_a_marketing_stop_names_its_rule(make_dock, workspace, ana):
    workspace.stop_marketing(ana)
    dock = make_dock(workspace)
    last = dock.model.rowCount() - 1
    assert cell(dock, last, RULE).startswith("A customer who stops a business's promotions "
                                             "in WhatsApp receives no marketing template")


def test_scrolling_the_whole_log_holds_a_bounded_window(qtbot, monkeypatch, make_dock,
                                                        workspace, lena):
    """Reading older pages lets the newest rows go; scrolling down reads them back, and
    changes append again only once the window reaches the newest row."""
    import waboard.ui.inbox.activity_log as activity_log

    monkeypatch.setattr(activity_log, "MAX_ROWS", 3 * PAGE)
    dock = make_dock(workspace)
    model = dock.model
    stored = [m.id for m in workspace.store.all_messages()]
    while model.canFetchMore(QModelIndex()):
        model.fetchMore(QModelIndex())
        assert model.rowCount() <= 3 * PAGE
        assert ids(dock) == stored[stored.index(ids(dock)[0]):][:model.rowCount()]
    assert ids(dock) == stored[:3 * PAGE]
    assert model.can_fetch_newer
    workspace.customer_message(lena, "while scrolled back")
    assert ids(dock) == stored[:3 * PAGE]  # not appended: the rows between are not held
    assert model.total == len(stored) + 1
    dock.view.scrollToBottom()
    qtbot.waitUntil(lambda: ids(dock)[0] > stored[0])
    while model.can_fetch_newer:
        model.fetch_newer()
        assert model.rowCount() <= 3 * PAGE
    stored = [m.id for m in workspace.store.all_messages()]
    assert ids(dock) == stored[-model.rowCount():]
    assert model.record(model.rowCount() - 1).text == "while scrolled back"
    workspace.customer_message(lena, "following again")
    assert model.record(model.rowCount() - 1).text == "following again"
