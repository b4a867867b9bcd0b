"""The clock bar: the time it shows, and play, pause, speed, jumps and real time."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
from PySide6.QtCore import QEvent, QSize, Qt, QTimer
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from tests.conftest import START as START_AT
from tests.conftest import on_box
from tests.qt_events import counted
from waboard.clock import RealClock
from waboard.service import Workspace
from waboard.ui.common import icons
from waboard.ui.common.bus import WorkspaceBus
from waboard.ui.inbox.clock_bar import ClockBar, format_clock, format_span
from waboard.ui.inbox.clock_text import format_day


class Ticks:
    """A monotonic seconds source the test moves by hand."""

    def __init__(self) -> None:
        self.seconds = 1000.0

    def __call__(self) -> float:
        return self.seconds


@pytest.fixture
def ticks() -> Ticks:
    return Ticks()


@pytest.fixture
def timed(workspace, ticks) -> Workspace:
    """The empty workspace's file, reopened with a clock driven by `ticks`."""
    return Workspace(workspace.store, ticks)


@pytest.fixture
def make_bar(qtbot):
    buses: list[WorkspaceBus] = []

    def make(workspace: Workspace) -> ClockBar:
        bus = WorkspaceBus(workspace)
        buses.append(bus)
        bar = ClockBar(workspace, bus)
        qtbot.addWidget(bar)
        bar.resize(1200, 48)
        bar.show()
        return bar

    yield make
    for bus in buses:
        bus.stop()


@pytest.fixture
def bar(make_bar, workspace) -> ClockBar:
    return make_bar(workspace)


def click(qtbot, bar: ClockBar, action) -> None:
    qtbot.mouseClick(bar.widgetForAction(action), Qt.MouseButton.LeftButton)


@pytest.fixture
def warnings(monkeypatch) -> list[str]:
    shown: list[str] = []

    def warning(_parent, _title, text, *args, **kwargs):
        shown.append(text)
        return QMessageBox.StandardButton.Ok

    on_box(monkeypatch, warning)
    return shown


def test_shows_the_simulated_time_and_mode(bar):
    assert bar.objectName() == "clockBar"
    assert bar.time_label.objectName() == "clockTime"
    assert bar.mode_label.objectName() == "clockMode"
    assert bar.time_label.text() == "Mon 3 Mar 2025  08:00:00 UTC"
    assert bar.mode_label.text() == "PAUSED"
    assert bar.time_label.textFormat() == Qt.TextFormat.PlainText


def test_play_and_pause_toggle_the_clock_and_the_label(qtbot, bar, workspace):
    assert bar.play_action.text() == "Play"
    click(qtbot, bar, bar.play_action)
    assert not workspace.clock.paused
    assert bar.mode_label.text() == "SIMULATED · x1"
    assert bar.play_action.text() == "Pause"
    click(qtbot, bar, bar.play_action)
    assert workspace.clock.paused
    assert bar.mode_label.text() == "PAUSED"
    assert bar.play_action.text() == "Play"


def test_toggle_play_slot_for_menus(bar, workspace):
    bar.toggle_play()
    assert not workspace.clock.paused
    bar.toggle_play()
    assert workspace.clock.paused


def test_speed_combo_sets_the_clock_speed(qtbot, bar, workspace):
    combo = bar.speed_combo
    assert [combo.itemText(i) for i in range(combo.count())] == ["x1", "x60", "x600", "x3600"]
    combo.setFocus()
    qtbot.keyClick(combo, Qt.Key.Key_Down)
    assert workspace.clock.speed == 60
    qtbot.keyClick(combo, Qt.Key.Key_Down)
    qtbot.keyClick(combo, Qt.Key.Key_Down)
    assert workspace.clock.speed == 3600
    bar.toggle_play()
    assert bar.mode_label.text() == "SIMULATED · x3600"


def test_plus_one_hour_and_one_day_move_time_exactly(qtbot, bar, workspace):
    before = workspace.now()
    click(qtbot, bar, bar.hour_action)
    assert workspace.now() - before == timedelta(hours=1)
    assert bar.time_label.text() == "Mon 3 Mar 2025  09:00:00 UTC"
    click(qtbot, bar, bar.day_action)
    assert workspace.now() - before == timedelta(days=1, hours=1)
    bar.jump_hour()
    bar.jump_day()
    assert workspace.now() - before == timedelta(days=2, hours=2)
    assert bar.time_label.text() == "Wed 5 Mar 2025  10:00:00 UTC"


def test_next_expiry_disabled_while_nothing_will_expire(bar):
    assert not bar.expiry_action.isEnabled()
    assert "Nothing will expire" in bar.expiry_action.toolTip()


def test_next_expiry_says_what_expires_and_jumps_there(qtbot, bar, workspace, ana):
    workspace.customer_message(ana, "Hola, ¿dónde está mi pedido?")
    target = workspace.next_expiry()
    assert target == datetime(2025, 3, 4, 8, 0, tzinfo=UTC)
    qtbot.waitUntil(bar.expiry_action.isEnabled)
    tip = bar.expiry_action.toolTip()
    assert "Ana López's customer service window closes" in tip
    assert "Tue 4 Mar 2025  08:00:00 UTC" in tip
    assert "in 1 d" in tip
    click(qtbot, bar, bar.expiry_action)
    assert workspace.now() == target
    assert bar.time_label.text() == "Tue 4 Mar 2025  08:00:00 UTC"
    assert not bar.expiry_action.isEnabled()


def test_jump_next_expiry_slot_names_a_conversation(qtbot, bar, workspace, ana):
    workspace.send_template(ana, "order_update", "es_MX", ["Ana", "MX-1"])
    qtbot.waitUntil(bar.expiry_action.isEnabled)
    assert "Ana López's utility conversation ends" in bar.expiry_action.toolTip()
    target = workspace.next_expiry()
    bar.jump_next_expiry()
    assert workspace.now() == target


def answer(button: str, asked: list[str] | None = None) -> None:
    """Press `button` on the question the next click opens (noting its text in `asked`)."""

    def press() -> None:
        box = QApplication.activeModalWidget()
        assert isinstance(box, QMessageBox)
        if asked is not None:
            asked.append(box.text())
        [chosen] = [b for b in box.buttons() if b.text() == button]
        chosen.click()

    QTimer.singleShot(0, press)


def test_real_time_asks_first_and_saying_cancel_changes_nothing(qtbot, bar, workspace):
    asked: list[str] = []
    answer("Cancel", asked)
    click(qtbot, bar, bar.real_time_action)
    today = RealClock().now()
    assert asked == [f"Jump the clock from 3 Mar 2025 to now, {format_day(today)}?"]
    assert not workspace.clock.real_time and not bar.real_time_action.isChecked()
    assert workspace.undo_label() is None


def test_real_time_disables_the_simulated_controls(qtbot, bar, workspace, ana):
    workspace.customer_message(ana, "Hola")
    qtbot.waitUntil(bar.expiry_action.isEnabled)
    answer("Switch to real time")
    click(qtbot, bar, bar.real_time_action)
    assert workspace.clock.real_time
    assert bar.real_time_action.isChecked()
    assert bar.mode_label.text() == "REAL TIME"
    for control in (bar.play_action, bar.hour_action, bar.day_action, bar.expiry_action):
        assert not control.isEnabled()
    assert not bar.speed_combo.isEnabled()
    click(qtbot, bar, bar.real_time_action)
    assert not workspace.clock.real_time
    assert bar.mode_label.text() == "PAUSED"
    for control in (bar.play_action, bar.hour_action, bar.day_action):
        assert control.isEnabled()
    assert bar.speed_combo.isEnabled()
    # Real time moved the clock to today: Ana's window closed long ago.
    assert not bar.expiry_action.isEnabled()


def test_refused_real_time_switch_warns_and_changes_nothing(qtbot, bar, workspace, warnings):
    workspace.jump(timedelta(days=5000))
    before = workspace.now()
    click(qtbot, bar, bar.real_time_action)
    assert len(warnings) == 1
    assert warnings[0].startswith("The simulated clock is ahead of real time")
    assert "Traceback" not in warnings[0]
    assert not workspace.clock.real_time
    assert not bar.real_time_action.isChecked()
    assert workspace.now() == before
    assert bar.mode_label.text() == "PAUSED"
    assert bar.hour_action.isEnabled()


def test_time_label_follows_the_bus_tick(qtbot, timed, ticks):
    bus = WorkspaceBus(timed)
    try:
        bar = ClockBar(timed, bus)
        qtbot.addWidget(bar)
        timed.set_speed(60)
        timed.play()
        ticks.seconds += 10  # ten real seconds at x60: ten simulated minutes
        bus.tick()
        assert bar.time_label.text() == "Mon 3 Mar 2025  08:10:00 UTC"
        ticks.seconds += 0.5
        bus.tick()
        assert bar.time_label.text() == "Mon 3 Mar 2025  08:10:30 UTC"
    finally:
        bus.stop()


def test_changes_made_elsewhere_show_in_the_bar(bar, workspace):
    workspace.set_speed(600)
    workspace.play()
    assert bar.speed_combo.currentText() == "x600"
    assert bar.mode_label.text() == "SIMULATED · x600"
    assert bar.mode_label.property("mode") == "running"


def test_formats():
    at = datetime(2025, 3, 7, 20, 0, 5, tzinfo=UTC)
    assert format_clock(at) == "Fri 7 Mar 2025  20:00:05 UTC"
    assert format_span(timedelta(days=2, hours=3, minutes=4)) == "2 d 3 h"
    assert format_span(timedelta(hours=1, minutes=12)) == "1 h 12 min"
    assert format_span(timedelta(seconds=20)) == "under a minute"


def test_icons_are_svg_resources_that_load(qtbot):
    for name in icons.NAMES:
        icon = icons.icon(name)
        assert not icon.isNull(), name
        assert not icon.pixmap(QSize(20, 20)).isNull(), name
    with pytest.raises(FileNotFoundError):
        icons.icon("no-such-icon")


def control_positions(bar: ClockBar) -> list[tuple[int, int]]:
    return [(w.x(), w.width()) for w in bar.findChildren(QWidget) if w.isVisible()
            and w.parentWidget() is bar]


def test_controls_stay_in_place_whatever_the_clock_does(qtbot, bar, workspace):
    bar.resize(1366, 48)
    qtbot.waitUntil(lambda: bar.widgetForAction(bar.play_action).width() > 0)
    paused = control_positions(bar)
    click(qtbot, bar, bar.play_action)
    bar.set_speed(3600)
    assert bar.play_action.text() == "Pause"
    assert control_positions(bar) == paused


def test_dragging_the_time_strip_back_asks_then_rewinds(qtbot, bar, workspace, ana):
    workspace.customer_message(ana, "Hola")
    workspace.jump(timedelta(hours=3))
    workspace.send_text(ana, "late")
    strip = bar.time_strip
    qtbot.waitUntil(strip.isEnabled)
    assert strip.maximum() == 3 * 3600 and strip.value() == strip.maximum()
    asked: list[str] = []
    answer("Go back", asked)
    strip.setSliderDown(True)
    strip.setValue(3600)
    strip.setSliderDown(False)
    assert asked == ["Go back to Mon 3 Mar 2025  09:00:00 UTC?"]
    assert workspace.now() == START_AT + timedelta(hours=1)
    assert [m.text for m in workspace.store.all_messages()] == ["Hola"]
    assert strip.value() == strip.maximum() == 3600


def test_a_new_reading_repaints_the_time_and_lays_nothing_out_again(qtbot, make_bar, timed,
                                                                    ticks):
    bar = make_bar(timed)
    timed.set_speed(60)
    timed.play()
    QApplication.processEvents()  # the layout that starting the clock asked for
    place = bar.time_label.geometry()
    with counted(QEvent.Type.LayoutRequest, QEvent.Type.Paint) as seen:
        ticks.seconds += 10
        qtbot.waitUntil(lambda: bar.time_label.text() == "Mon 3 Mar 2025  08:10:00 UTC")
        qtbot.waitUntil(lambda: seen[QEvent.Type.Paint, bar.time_label] > 0)
    laid_out = [widget for kind, widget in seen if kind == QEvent.Type.LayoutRequest
                and (widget is bar or bar.isAncestorOf(widget))]
    assert not laid_out
    assert bar.time_label.geometry() == place


def test_the_time_holds_the_size_of_its_widest_reading_in_every_font(qtbot, bar):
    label = bar.time_label
    widest = max(label.fontMetrics().horizontalAdvance(format_clock(
        datetime(2025, month, day, 20, tzinfo=UTC))) for month in range(1, 13)
        for day in range(22, 29))
    assert label.width() >= widest
    larger = QFont(label.font())
    larger.setPointSizeF(label.font().pointSizeF() * 1.5)
    label.setFont(larger)
    QApplication.processEvents()
    assert label.width() >= label.fontMetrics().horizontalAdvance(label.text()) > widest
