"""Customer service windows over time, from the instants of a customer's messages.

How long a window stays open is the rules' business (`CustomerState.window_expires`); this
module only strings the customer's messages together into windows.
"""

from __future__ import annotations

import heapq
from collections.abc import Iterable, Iterator, Sequence
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


def window_change(closes_at: datetime | None, at: datetime) -> WindowChange:
    """What a customer message at `at` does to a window closing at `closes_at` (None: no
    window yet): restarts it while it is open, else opens a new one."""
    restarted = closes_at is not None and at < closes_at
    return WindowChange(at, restarted, window_closes(at))


def window_changes(inbound: Sequence[datetime]) -> list[WindowChange]:
    """What each customer message did to the window, in the order given."""
    changes: list[WindowChange] = []
    for at in inbound:
        changes.append(window_change(changes[-1].closes_at if changes else None, at))
    return changes


class WindowSweep:
    """Every customer's windows, from their messages in time order: what each customer
    message did (`wrote`), and which windows closed by an instant (`closed_by`, to be asked
    up to an instant before the messages at it are given)."""

    def __init__(self) -> None:
        self._closes: dict[int, datetime] = {}  # the open window's end, per customer
        self._pending: list[tuple[datetime, int, int]] = []  # (end, rank, customer id)

    def wrote(self, customer_id: int, at: datetime, rank: int) -> WindowChange:
        """A customer message at `at`; `rank` orders windows that close at one instant."""
        change = window_change(self._closes.get(customer_id), at)
        self._closes[customer_id] = change.closes_at
        heapq.heappush(self._pending, (change.closes_at, rank, customer_id))
        return change

    def closed_by(self, at: datetime) -> Iterator[tuple[int, datetime]]:
        """(customer id, end) of each window that closed at or before `at` and was not given
        yet, by end, then rank."""
        pending, closes = self._pending, self._closes
        while pending and pending[0][0] <= at:
            end, _, customer_id = heapq.heappop(pending)
            if closes.get(customer_id) == end:  # else restarted, or told already
                del closes[customer_id]
                yield customer_id, end


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
