"""Customer service windows over time, from the instants of a customer's messages.

How long a window stays open is the rules' business (`CustomerState.window_expires`); this
module only strings the customer's messages together into windows.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import datetime

from ..rules.model import CustomerState


def window_closes(inbound_at: datetime) -> datetime:
    """When the window a customer message at `inbound_at` opened or restarted closes."""
    closes = CustomerState(last_inbound_at=inbound_at).window_expires()
    assert closes is not None
    return closes


@dataclass(frozen=True, slots=True)
class WindowChange:
    """What one customer message did to the window: opened it, or restarted the open one."""

    at: datetime
    restarted: bool
    closes_at: datetime


def window_changes(inbound: Sequence[datetime]) -> list[WindowChange]:
    """What each customer message did to the window, in the order given."""
    changes: list[WindowChange] = []
    for at in inbound:
        restarted = bool(changes) and at < changes[-1].closes_at
        changes.append(WindowChange(at, restarted, window_closes(at)))
    return changes


@dataclass(frozen=True, slots=True)
class Window:
    """One customer service window: opened by a customer message, restarted by each later one
    before it closed, closed when the last of them expires."""

    opened_at: datetime
    closes_at: datetime
    restarts: tuple[datetime, ...] = ()

    def is_open(self, at: datetime) -> bool:
        return self.opened_at <= at < self.closes_at


def service_windows(inbound: Iterable[datetime]) -> list[Window]:
    """The windows a customer's messages (their instants, any order) opened, oldest first."""
    windows: list[Window] = []
    for change in window_changes(sorted(inbound)):
        if change.restarted:
            last = windows[-1]
            windows[-1] = Window(last.opened_at, change.closes_at, (*last.restarts, change.at))
        else:
            windows.append(Window(change.at, change.closes_at))
    return windows
