"""Real time never takes simulated time backwards: a wall clock stepped back pauses Real
time at the latest instant it reached, with a note the clock bar shows."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from waboard.changes import ChangeKind
from waboard.clock import ClockSetting, SimulatedClock
from waboard.ui.common.bus import WorkspaceBus
from waboard.ui.inbox.clock_bar import ClockBar

NOW = datetime(2025, 3, 3, 8, 0, tzinfo=UTC)


class WallClock:
    """A wall clock the test sets, as a user changing the computer's time would."""

    def __init__(self, at: datetime) -> None:
        self.at = at

    def now(self) -> datetime:
        return self.at


def test_a_wall_clock_set_back_pauses_real_time_where_it_was():
    wall = WallClock(NOW)
    clock = SimulatedClock(ClockSetting(NOW, real_time=True), real=wall)
    wall.at = NOW + timedelta(minutes=5)
    assert clock.now() == NOW + timedelta(minutes=5)
    wall.at = NOW - timedelta(hours=20)  # set back 25 h... from 08:05
    assert clock.now() == NOW + timedelta(minutes=5)
    assert not clock.real_time and clock.paused
    assert "went back 20h 05m" in clock.take_step_back()
    assert clock.take_step_back() is None
    wall.at = NOW + timedelta(hours=1)
    assert clock.now() == NOW + timedelta(minutes=5)  # paused stays paused


def test_a_small_jitter_holds_time_still_without_pausing():
    wall = WallClock(NOW)
    clock = SimulatedClock(ClockSetting(NOW, real_time=True), real=wall)
    wall.at = NOW - timedelta(milliseconds=500)
    assert clock.now() == NOW and clock.real_time


def test_a_workspace_saved_in_real_time_ahead_of_the_wall_clock_pauses(workspace, ana):
    workspace.set_real_time(False)
    wall = WallClock(workspace.now())
    workspace.clock._real = wall
    workspace.set_real_time(True)
    workspace.customer_message(ana, "Hola")
    changes = []
    workspace.subscribe(changes.append)
    wall.at -= timedelta(hours=25)
    at = workspace.now()
    assert at >= workspace.store.last_message(ana).at
    assert not workspace.clock.real_time
    assert [c.kind for c in changes] == [ChangeKind.CLOCK]
    assert "went back" in workspace.clock_note
    assert workspace.store.clock_events()[-1].kind == "pause"
    assert workspace.send_text(ana, "¿Sigues ahí?").outcome.accepted  # not "in the future"


def test_the_clock_bar_shows_the_note(qtbot, workspace):
    wall = WallClock(workspace.now())
    workspace.clock._real = wall
    workspace.set_real_time(True)
    bus = WorkspaceBus(workspace)
    bar = ClockBar(workspace, bus)
    qtbot.addWidget(bar)
    wall.at -= timedelta(hours=25)
    bus.tick()
    qtbot.waitUntil(lambda: bar.note_label.text() == "Real time paused")
    assert "went back 1d 1h" in bar.note_label.toolTip()
    assert bar.note_action.isVisible()
    bus.stop()
