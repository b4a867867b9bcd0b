"""The customer list: rows, search, filters, orders, live countdowns and selection."""

from __future__ import annotations

from dataclasses import replace
from datetime import timedelta

import pytest
from PySide6.QtCore import QPoint, QRect, Qt
from PySide6.QtGui import QColor, QFontMetrics, QImage, QPainter
from PySide6.QtWidgets import QLabel, QStyleOptionViewItem

from waboard.rules.instants import parse_instant
from waboard.rules.model import CONVERSATION_CATEGORIES, Category, Consent
from waboard.service import Change, ChangeKind, Workspace
from waboard.store import MessageRecord
from waboard.ui.common import palette
from waboard.ui.common.bus import WorkspaceBus
from waboard.ui.inbox.customer_delegate import CustomerDelegate, Fonts
from waboard.ui.inbox.customer_filter import FILTERS, CustomerFilter, parse_search
from waboard.ui.inbox.customer_list import CustomerListPanel
from waboard.ui.inbox.customer_model import (
    TIME_ROLES,
    Role,
    SortOrder,
    WindowState,
    preview_text,
    time_text,
)

DEMO_END = parse_instant("2025-03-07T20:00:00Z")


@pytest.fixture
def make_panel(qtbot):
    buses: list[WorkspaceBus] = []

    def make(workspace: Workspace, show: bool = True) -> CustomerListPanel:
        bus = WorkspaceBus(workspace)
        buses.append(bus)
        panel = CustomerListPanel(workspace, bus)
        qtbot.addWidget(panel)
        panel.resize(380, 800)
        if show:
            with qtbot.waitExposed(panel):
                panel.show()
        return panel

    yield make
    for bus in buses:
        bus.stop()


def keys(workspace: Workspace) -> dict[str, int]:
    return {c.key: c.id for c in workspace.customers() if c.id is not None}


def value(panel: CustomerListPanel, customer_id: int, role: int) -> object:
    row = panel.proxy.row_of(customer_id)
    assert row is not None, f"customer {customer_id} is not shown"
    return panel.proxy.index(row, 0).data(role)


def choose_filter(panel: CustomerListPanel, chosen: CustomerFilter) -> None:
    panel.filter_box.setCurrentIndex(panel.filter_box.findText(chosen.label))
    assert panel.proxy.customer_filter == chosen


def paint_row(panel: CustomerListPanel, customer_id: int, width: int = 380) -> QImage:
    """The row as the delegate paints it, on white, `width` pixels wide."""
    view = panel.view
    index = panel.proxy.index(panel.proxy.row_of(customer_id), 0)
    option = QStyleOptionViewItem()
    option.initFrom(view)
    delegate = view.itemDelegate()
    height = delegate.sizeHint(option, index).height()
    option.rect = QRect(0, 0, width, height)
    option.widget = view
    image = QImage(width, height, QImage.Format.Format_ARGB32)
    image.fill(QColor("white"))
    painter = QPainter(image)
    delegate.paint(painter, option, index)
    painter.end()
    return image


# the models


def test_source_and_proxy_pass_the_model_tester(qtmodeltester, make_panel, demo):
    panel = make_panel(demo)
    qtmodeltester.check(panel.model)
    qtmodeltester.check(panel.proxy)
    panel.search.setText("a")
    choose_filter(panel, CustomerFilter("window_open"))
    qtmodeltester.check(panel.proxy)


def test_rows_show_name_phone_country_preview_and_unread(make_panel, demo):
    panel = make_panel(demo)
    ana = keys(demo)["ana"]
    assert value(panel, ana, Qt.ItemDataRole.DisplayRole) == "Ana López"
    assert value(panel, ana, Role.PHONE) == "+52 55 4123 8876"
    assert value(panel, ana, Role.REGION) == "MX"
    assert value(panel, ana, Role.COUNTRY) == "Mexico"
    last = demo.store.last_message(ana)
    assert value(panel, ana, Role.PREVIEW) == preview_text(last)
    assert value(panel, ana, Role.UNREAD) == demo.customer(ana).unread
    assert value(panel, ana, Role.TIME_TEXT) == last.at.strftime("%H:%M")
    assert panel.count_label.text() == "13 customers"


def test_preview_is_one_line_and_says_who_wrote():
    at = DEMO_END
    inbound = MessageRecord(None, 1, at, "in", "text", text="Hola\n\n  ¿dónde   está?")
    assert preview_text(inbound) == "Hola ¿dónde está?"
    outbound = MessageRecord(None, 1, at, "out", "text", text="Ya va")
    assert preview_text(outbound) == "You: Ya va"
    refused = MessageRecord(None, 1, at, "out", "text", text="Hi", accepted=False)
    assert preview_text(refused) == "Not sent: Hi"
    assert preview_text(MessageRecord(None, 1, at, "event", "opt_out")) == "Opted out"
    assert preview_text(None) == "No messages yet"


def test_time_of_last_message_reads_like_a_chat_list():
    now = DEMO_END
    assert time_text(now - timedelta(hours=2), now) == "18:00"
    assert time_text(now - timedelta(days=1), now) == "Yesterday"
    assert time_text(now - timedelta(days=3), now) == "Tue"
    assert time_text(now - timedelta(days=30), now) == "5 Feb"
    assert time_text(now - timedelta(days=400), now) == "1 Feb 2024"
    assert time_text(None, now) == ""


# search


def test_search_by_name_ignores_case_and_accents(qtbot, make_panel, demo):
    panel = make_panel(demo)
    ids = keys(demo)
    qtbot.keyClicks(panel.search, "ana")
    assert panel.visible_customer_ids() == [ids["ana"]]
    assert panel.count_label.text() == "1 of 13 customers"
    panel.search.clear()
    qtbot.keyClicks(panel.search, "LOPEZ")
    assert panel.visible_customer_ids() == [ids["ana"]]
    panel.search.clear()
    qtbot.keyClicks(panel.search, "mart")  # Martín Gómez and Lucía Martín
    assert set(panel.visible_customer_ids()) == {ids["martin"], ids["lucia"]}


def test_search_by_country_code_matches_the_start_of_the_number(qtbot, make_panel, demo):
    panel = make_panel(demo)
    qtbot.keyClicks(panel.search, "+52")
    mexicans = {c.id for c in demo.customers() if c.phone.startswith("+52")
                and c.region == "MX"}
    assert set(panel.visible_customer_ids()) == mexicans
    assert keys(demo)["diego"] not in panel.visible_customer_ids()  # +502: Guatemala
    panel.search.clear()
    qtbot.keyClicks(panel.search, "+502")
    assert panel.visible_customer_ids() == [keys(demo)["diego"]]


def test_search_by_digits_matches_anywhere_in_the_number(qtbot, make_panel, demo):
    panel = make_panel(demo)
    qtbot.keyClicks(panel.search, "5512")
    expected = {c.id for c in demo.customers() if "5512" in c.phone}
    assert expected and set(panel.visible_customer_ids()) == expected
    panel.search.clear()
    qtbot.keyClicks(panel.search, "55 1234")  # typed with the space it is shown with
    assert set(panel.visible_customer_ids()) == {c.id for c in demo.customers()
                                                 if "551234" in c.phone}


def test_search_without_match_says_so_and_clearing_shows_everyone(qtbot, make_panel, demo):
    panel = make_panel(demo)
    qtbot.keyClicks(panel.search, "zzz")
    assert panel.visible_customer_ids() == []
    assert panel.count_label.text() == "No customer matches (of 13)"
    qtbot.keyClick(panel.search, Qt.Key.Key_Escape)
    assert panel.search.text() == ""
    assert len(panel.visible_customer_ids()) == 13


def test_search_text_is_parsed_as_name_or_number():
    assert parse_search(" +52 55 ") == ("+52 55", "5255", True)
    assert parse_search("0052") == ("0052", "52", True)
    assert parse_search("5512") == ("5512", "5512", False)
    assert parse_search("Ana") == ("ana", "", False)
    assert parse_search("+") == ("", "", False)


# filters and orders


def test_every_filter_shows_the_customers_the_rules_say(make_panel, demo):
    panel = make_panel(demo)
    now = demo.now()
    states = {c.id: demo.state(c.id, now) for c in demo.customers()}
    open_windows = {i for i, s in states.items() if s.window_open(now)}

    def having(category: Category) -> set[int]:
        return {i for i, s in states.items()
                if any(c.category is category for c in s.open_conversations(now))}

    expected = {
        CustomerFilter("all"): set(states),
        CustomerFilter("window_open"): open_windows,
        CustomerFilter("window_closed"): set(states) - open_windows,
        CustomerFilter("opted_out"): {i for i, s in states.items()
                                      if s.consent is Consent.OPTED_OUT},
        **{CustomerFilter("category", c): having(c) for c in CONVERSATION_CATEGORIES},
    }
    assert set(expected) == set(FILTERS)
    assert panel.filter_box.count() == len(FILTERS)
    for chosen, ids in expected.items():
        choose_filter(panel, chosen)
        assert set(panel.visible_customer_ids()) == ids, chosen.label


def test_filters_match_the_demo_story(make_panel, demo):
    panel = make_panel(demo)
    ids = keys(demo)
    choose_filter(panel, CustomerFilter("window_open"))
    assert set(panel.visible_customer_ids()) == {ids[k] for k in
                                                 ("ana", "emily", "lena", "martin")}
    choose_filter(panel, CustomerFilter("category", Category.MARKETING))
    assert set(panel.visible_customer_ids()) == {ids["joao"], ids["diego"]}
    choose_filter(panel, CustomerFilter("category", Category.FREE_ENTRY_POINT))
    assert panel.visible_customer_ids() == [ids["valentina"]]
    choose_filter(panel, CustomerFilter("opted_out"))
    assert panel.visible_customer_ids() == [ids["emily"]]
    assert panel.filter_box.findText("Has open utility conversation") >= 0


def test_search_and_filter_combine(qtbot, make_panel, demo):
    panel = make_panel(demo)
    choose_filter(panel, CustomerFilter("window_open"))
    qtbot.keyClicks(panel.search, "a")  # Ana, Martín, Lena and Emily all have an a
    assert len(panel.visible_customer_ids()) == 4
    panel.search.clear()
    qtbot.keyClicks(panel.search, "+49")
    assert panel.visible_customer_ids() == [keys(demo)["lena"]]


def test_sorted_by_last_activity_newest_first(make_panel, demo):
    panel = make_panel(demo)
    assert panel.sort_box.currentData() is SortOrder.LAST_ACTIVITY
    shown = panel.visible_customer_ids()
    times = [demo.store.last_message(i).at for i in shown]
    assert times == sorted(times, reverse=True)
    assert len(shown) == 13


def test_sorted_by_window_closing_soonest(make_panel, demo):
    panel = make_panel(demo)
    panel.sort_box.setCurrentIndex(panel.sort_box.findText("Window closes soonest"))
    now = demo.now()
    shown = panel.visible_customer_ids()
    states = [demo.state(i, now) for i in shown]
    open_count = sum(s.window_open(now) for s in states)
    assert [s.window_open(now) for s in states[:open_count]] == [True] * open_count
    assert not any(s.window_open(now) for s in states[open_count:])
    closing = [s.window_expires() for s in states[:open_count]]
    assert closing == sorted(closing)
    assert shown[0] == keys(demo)["martin"]  # wrote 23 hours ago
    closed = [s.window_expires() for s in states[open_count:] if s.window_expires()]
    assert closed == sorted(closed, reverse=True)  # most recently closed first
    panel.sort_box.setCurrentIndex(panel.sort_box.findText("Last activity"))
    assert panel.visible_customer_ids()[0] != keys(demo)["martin"]


# time


def test_window_badge_counts_down_and_closes_exactly_at_24_hours(make_panel, workspace, ana):
    panel = make_panel(workspace)
    bus = panel.bus
    assert value(panel, ana, Role.WINDOW_TEXT) == "no window yet"
    assert value(panel, ana, Role.WINDOW_STATE) is WindowState.NONE

    workspace.customer_message(ana, "Hola")
    assert value(panel, ana, Role.WINDOW_TEXT) == "window 1d 0h left"
    assert value(panel, ana, Role.WINDOW_COLOUR) == palette.WINDOW_OPEN

    workspace.jump(timedelta(hours=23))
    bus.tick()
    assert value(panel, ana, Role.WINDOW_TEXT) == "window 1h 00m left"
    assert value(panel, ana, Role.WINDOW_COLOUR) == palette.WINDOW_OPEN

    workspace.jump(timedelta(minutes=59, seconds=59))  # 23h 59m 59s after her message
    bus.tick()
    assert value(panel, ana, Role.WINDOW_TEXT) == "window 1s left"
    assert value(panel, ana, Role.WINDOW_COLOUR) == palette.WINDOW_CLOSING
    assert value(panel, ana, Role.WINDOW_STATE) is WindowState.OPEN

    workspace.jump(timedelta(seconds=1))  # exactly 24 hours
    bus.tick()
    assert value(panel, ana, Role.WINDOW_TEXT) == "closed 0s ago"
    assert value(panel, ana, Role.WINDOW_COLOUR) == palette.WINDOW_CLOSED
    assert value(panel, ana, Role.WINDOW_STATE) is WindowState.CLOSED

    workspace.jump(timedelta(hours=3, minutes=5))
    bus.tick()
    assert value(panel, ana, Role.WINDOW_TEXT) == "closed 3h 05m ago"


def test_painted_badge_changes_colour_when_the_window_closes(make_panel, workspace, ana):
    panel = make_panel(workspace)
    workspace.customer_message(ana, "Hola")
    workspace.jump(timedelta(hours=23, minutes=59, seconds=59))
    panel.bus.tick()
    assert badge_colour(panel, ana) == palette.WINDOW_CLOSING.rgb()
    workspace.jump(timedelta(seconds=1))
    panel.bus.tick()
    assert badge_colour(panel, ana) == palette.WINDOW_CLOSED.rgb()


def badge_colour(panel: CustomerListPanel, customer_id: int) -> int:
    """The colour of the window badge's fill, just inside its left end."""
    image = paint_row(panel, customer_id)
    fonts = Fonts.of(panel.view.font())
    pad, gap = CustomerDelegate.PAD, CustomerDelegate.GAP
    y = pad + fonts.title + fonts.chip + fonts.line + 3 * gap + fonts.chip // 2
    return image.pixel(pad + 3, y)


def test_window_filter_follows_the_clock(make_panel, workspace, ana):
    panel = make_panel(workspace)
    workspace.customer_message(ana, "Hola")
    choose_filter(panel, CustomerFilter("window_open"))
    assert panel.visible_customer_ids() == [ana]
    workspace.jump(timedelta(hours=23, minutes=59, seconds=59))
    panel.bus.tick()
    assert panel.visible_customer_ids() == [ana]
    workspace.jump(timedelta(seconds=1))
    panel.bus.tick()
    assert panel.visible_customer_ids() == []
    choose_filter(panel, CustomerFilter("window_closed"))
    assert panel.visible_customer_ids() == [ana]


def test_conversation_chips_count_down_and_go(make_panel, workspace, ana):
    panel = make_panel(workspace)
    workspace.send_template(ana, "order_update", "es_MX", ["Ana", "A-1"])
    chips = value(panel, ana, Role.CONVERSATIONS)
    assert [(c.text, c.colour) for c in chips] == [
        ("Utility 1d 0h", palette.CATEGORY_COLOURS[Category.UTILITY])]
    choose_filter(panel, CustomerFilter("category", Category.UTILITY))
    assert panel.visible_customer_ids() == [ana]
    workspace.jump(timedelta(hours=20, minutes=30))
    panel.bus.tick()
    assert [c.text for c in value(panel, ana, Role.CONVERSATIONS)] == ["Utility 3h 30m"]
    workspace.jump(timedelta(hours=3, minutes=30))
    panel.bus.tick()
    assert panel.visible_customer_ids() == []
    choose_filter(panel, CustomerFilter("all"))
    assert value(panel, ana, Role.CONVERSATIONS) == []


def test_a_tick_repaints_only_the_visible_rows(qtbot, make_panel, workspace):
    for n in range(60):
        workspace.add_customer(f"Customer {n}", f"+52 55 1000 {n:04d}")
    panel = make_panel(workspace)
    assert panel.proxy.rowCount() == 60
    proxy_changes: list[tuple[int, int, list[int]]] = []
    source_changes: list[object] = []
    panel.proxy.dataChanged.connect(
        lambda top, bottom, roles: proxy_changes.append((top.row(), bottom.row(), roles)))
    panel.model.dataChanged.connect(lambda *args: source_changes.append(args))
    panel.bus.tick()
    assert source_changes == []  # nothing to filter again
    assert len(proxy_changes) == 1
    top, bottom, roles = proxy_changes[0]
    last_visible = panel.view.indexAt(QPoint(10, panel.view.viewport().height() - 1)).row()
    assert top == 0 and bottom == last_visible < 15
    assert list(roles) == TIME_ROLES


def test_a_tick_repaints_only_the_rows_whose_countdown_or_time_changed(
        qtbot, make_panel, workspace):
    for n in range(20):
        workspace.add_customer(f"Customer {n}", f"+52 55 1000 {n:04d}")
    talking = workspace.add_customer("Ana", "+52 55 2000 0000")
    workspace.customer_message(talking, "hola")
    panel = make_panel(workspace)
    changes: list[tuple[int, int]] = []
    panel.proxy.dataChanged.connect(lambda top, bottom, _: changes.append((top.row(),
                                                                           bottom.row())))
    panel.bus.tick()
    assert changes and changes[0][0] == 0  # the first tick paints every row on screen
    changes.clear()
    panel.bus.tick()
    assert changes == []  # the same instant: nothing reads differently
    workspace.jump(timedelta(minutes=3))  # the views are told at once
    panel.bus.tick()
    row = panel.proxy.row_of(talking)
    assert changes == [(row, row)]  # only the open window's countdown moved


def test_a_hidden_panel_paints_nothing_on_a_tick(make_panel, workspace, ana):
    panel = make_panel(workspace, show=False)
    changes: list[object] = []
    panel.proxy.dataChanged.connect(lambda *args: changes.append(args))
    panel.bus.tick()
    assert changes == []


# changes from the workspace


def test_a_message_refreshes_its_row_and_brings_it_to_the_top(make_panel, workspace, ana):
    bob = workspace.add_customer("Bob Stone", "+44 7824 556677")
    panel = make_panel(workspace)
    assert set(panel.visible_customer_ids()) == {ana, bob}
    workspace.customer_message(bob, "First\nsecond line")
    assert panel.visible_customer_ids()[0] == bob
    assert value(panel, bob, Role.PREVIEW) == "First second line"
    assert value(panel, bob, Role.UNREAD) == 1
    workspace.jump(timedelta(minutes=1))
    workspace.customer_message(ana, "Hola")
    assert panel.visible_customer_ids() == [ana, bob]
    assert value(panel, ana, Role.UNREAD) == 1


def test_new_and_edited_customers_appear(make_panel, workspace, ana):
    panel = make_panel(workspace)
    carla = workspace.add_customer("Carla Ruiz", "+34 612 34 56 78", opt_in=True)
    assert carla in panel.visible_customer_ids()
    assert value(panel, carla, Role.CONSENT) == Consent.OPTED_IN
    workspace.edit_customer(carla, "Carla Ruiz Vega", "+34 612 34 56 78", reachable=False)
    assert value(panel, carla, Qt.ItemDataRole.DisplayRole) == "Carla Ruiz Vega"
    assert value(panel, carla, Role.REACHABLE) is False
    workspace.opt_out(carla)
    assert value(panel, carla, Role.CONSENT) == Consent.OPTED_OUT
    assert panel.count_label.text() == "2 customers"


def test_other_changes_reload_and_clock_changes_do_not(make_panel, workspace, ana):
    panel = make_panel(workspace)
    rows = panel.model.entries
    panel.bus.changed.emit(Change(ChangeKind.CLOCK))
    assert panel.model.entries is rows
    panel.bus.changed.emit(Change(ChangeKind.MESSAGE))  # nothing written since: no reading
    assert panel.model.entries is rows
    store = workspace.store
    store.update_customer(replace(store.customer(ana), name="Ana Renamed"))
    panel.bus.changed.emit(Change(ChangeKind.MESSAGE))  # anything else: read them all again
    assert panel.model.entries is not rows
    assert panel.visible_customer_ids() == [ana]
    assert value(panel, ana, Qt.ItemDataRole.DisplayRole) == "Ana Renamed"


# plain text


def test_names_are_plain_text(make_panel, workspace):
    tagged = workspace.add_customer("<b>x</b>", "+52 55 1234 5678")
    panel = make_panel(workspace)
    assert value(panel, tagged, Qt.ItemDataRole.DisplayRole) == "<b>x</b>"
    workspace.customer_message(tagged, "<i>hola</i> &amp;")
    assert value(panel, tagged, Role.PREVIEW) == "<i>hola</i> &amp;"
    # Painted as the characters typed: as wide as "<b>x</b>" in the bold name font, not
    # as a bold "x" (which is what rich text would show).
    image = paint_row(panel, tagged, width=800)
    fonts = Fonts.of(panel.view.font())
    pad = CustomerDelegate.PAD
    inked = [x for x in range(0, 400) for y in range(pad, pad + fonts.title)
             if QColor(image.pixel(x, y)).lightness() < 128]
    width = max(inked) - min(inked) + 1
    expected = QFontMetrics(fonts.bold).horizontalAdvance("<b>x</b>")
    assert abs(width - expected) <= 4
    assert width > 3 * QFontMetrics(fonts.bold).horizontalAdvance("x")
    for label in panel.findChildren(QLabel):
        assert label.textFormat() == Qt.TextFormat.PlainText


# selection


def test_clicking_a_row_selects_the_customer_and_marks_it_read(qtbot, make_panel, demo):
    panel = make_panel(demo)
    ana = keys(demo)["ana"]
    assert demo.customer(ana).unread > 0
    index = panel.proxy.index(panel.proxy.row_of(ana), 0)
    with qtbot.waitSignal(panel.customer_selected) as blocker:
        qtbot.mouseClick(panel.view.viewport(), Qt.MouseButton.LeftButton,
                         pos=panel.view.visualRect(index).center())
    assert blocker.args == [ana]
    assert panel.current_customer_id() == ana
    assert demo.customer(ana).unread == 0
    assert value(panel, ana, Role.UNREAD) == 0


def test_selection_survives_search_and_filter(qtbot, make_panel, demo):
    panel = make_panel(demo)
    ids = keys(demo)
    panel.select_customer(ids["ana"])
    with qtbot.assertNotEmitted(panel.customer_selected):
        qtbot.keyClicks(panel.search, "zzz")
        assert panel.current_customer_id() == ids["ana"]
        panel.search.clear()
        qtbot.keyClicks(panel.search, "joao")  # João shown, Ana hidden
        assert ids["ana"] not in panel.visible_customer_ids()
        assert not panel.view.currentIndex().isValid()
        panel.search.clear()
    assert panel.view.currentIndex().data(Role.CUSTOMER_ID) == ids["ana"]
    assert panel.current_customer_id() == ids["ana"]


def test_select_customer_clears_a_filter_that_hides_them(qtbot, make_panel, demo):
    panel = make_panel(demo)
    ids = keys(demo)
    choose_filter(panel, CustomerFilter("opted_out"))
    qtbot.keyClicks(panel.search, "emily")
    with qtbot.waitSignal(panel.customer_selected) as blocker:
        panel.select_customer(ids["priya"])
    assert blocker.args == [ids["priya"]]
    assert panel.search.text() == ""
    assert panel.proxy.customer_filter == CustomerFilter("all")
    assert panel.view.currentIndex().data(Role.CUSTOMER_ID) == ids["priya"]
    with qtbot.assertNotEmitted(panel.customer_selected):
        panel.select_customer(ids["priya"])  # already current
        panel.select_customer(999_999)  # no such customer


def test_ctrl_k_search_then_enter_selects_the_first_match(qtbot, make_panel, demo):
    panel = make_panel(demo)
    panel.activateWindow()
    panel.focus_search()
    qtbot.waitUntil(panel.search.hasFocus)
    qtbot.keyClicks(panel.search, "lena")
    with qtbot.waitSignal(panel.customer_selected) as blocker:
        qtbot.keyClick(panel.search, Qt.Key.Key_Return)
    assert blocker.args == [keys(demo)["lena"]]
    qtbot.waitUntil(panel.view.hasFocus)


def test_the_panel_renders_on_the_demo(make_panel, demo):
    panel = make_panel(demo)
    image = panel.grab().toImage()
    assert not image.isNull() and image.width() == 380
