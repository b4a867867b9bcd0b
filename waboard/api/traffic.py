"""What went through the API: every request with its response, every webhook delivery
attempt with its answer, newest last, bounded."""

from __future__ import annotations

import threading
from collections import deque
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any

MAX_ENTRIES = 5000


@dataclass(frozen=True, slots=True)
class TrafficEntry:
    """One request (`kind` "request") or one webhook delivery attempt ("webhook")."""

    at: datetime
    kind: str
    method: str
    path: str
    status: int | None
    decision: str = ""
    attempt: int = 1
    request: Any = None
    response: Any = None
    note: str = ""
    number: int = field(default=0, compare=False)


class TrafficLog:
    """A thread-safe bounded log; listeners hear each new entry on the adding thread."""

    def __init__(self, limit: int = MAX_ENTRIES) -> None:
        self._entries: deque[TrafficEntry] = deque(maxlen=limit)
        self._lock = threading.Lock()
        self._listeners: list[Callable[[TrafficEntry], None]] = []
        self._count = 0

    def subscribe(self, listener: Callable[[TrafficEntry], None]) -> None:
        self._listeners.append(listener)

    def unsubscribe(self, listener: Callable[[TrafficEntry], None]) -> None:
        if listener in self._listeners:
            self._listeners.remove(listener)

    def add(self, kind: str, method: str, path: str, status: int | None, **fields: Any
            ) -> TrafficEntry:
        with self._lock:
            self._count += 1
            entry = TrafficEntry(datetime.now(UTC), kind, method, path, status,
                                 number=self._count, **fields)
            self._entries.append(entry)
        for listener in list(self._listeners):
            listener(entry)
        return entry

    def entries(self) -> list[TrafficEntry]:
        with self._lock:
            return list(self._entries)
