"""The Qt side of the workspace: its changes as signals, and one timer for every countdown."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QObject, QTimer, Signal

from ...service import Change, Workspace

MAX_TICK_MS = 1000
MIN_TICK_MS = 40


class WorkspaceBus(QObject):
    """Turns workspace changes into signals and drives the simulated clock on screen.

    `ticked` fires at most once a second, and early when a window or conversation is due to
    end, so on screen everything expires the moment it does.
    """

    changed = Signal(object)  # Change
    ticked = Signal(object)  # datetime: the workspace's now

    def __init__(self, workspace: Workspace, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.workspace = workspace
        workspace.subscribe(self._relay)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self.tick)
        self._next_expiry: datetime | None = None
        self.changed.connect(self._expiry_may_have_moved)
        self._expiry_may_have_moved()

    def _relay(self, change: Change) -> None:
        self.changed.emit(change)

    def _expiry_may_have_moved(self, _change: object = None) -> None:
        self._next_expiry = self.workspace.next_expiry()
        self.tick()

    def tick(self) -> None:
        """Tell every view the time, then sleep until the next second or expiry."""
        now = self.workspace.now()
        self.workspace.deliver_due(now)  # messages reaching the phone: their ticks move
        if self._next_expiry is not None and now >= self._next_expiry:
            self._next_expiry = self.workspace.next_expiry()
        self.ticked.emit(now)
        self._timer.start(self._delay_ms(now))

    def _delay_ms(self, now: datetime) -> int:
        clock = self.workspace.clock
        if clock.paused and not clock.real_time:
            return MAX_TICK_MS
        speed = 1 if clock.real_time else clock.speed
        delay = MAX_TICK_MS
        if self._next_expiry is not None:
            until = (self._next_expiry - now).total_seconds() * 1000 / speed
            delay = min(delay, int(until) + 1)
        return max(MIN_TICK_MS, delay)

    def stop(self) -> None:
        self._timer.stop()
