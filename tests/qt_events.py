"""Counting the events Qt delivers to widgets: what a change lays out again or repaints."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterator
from contextlib import contextmanager

from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QApplication, QWidget


class _Counter(QObject):
    def __init__(self, kinds: tuple[QEvent.Type, ...]) -> None:
        super().__init__()
        self.kinds = kinds
        self.seen: Counter[tuple[QEvent.Type, QObject]] = Counter()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt's name)
        if event.type() in self.kinds and isinstance(watched, QWidget):
            self.seen[event.type(), watched] += 1
        return False


@contextmanager
def counted(*kinds: QEvent.Type) -> Iterator[Counter[tuple[QEvent.Type, QObject]]]:
    """The events of `kinds` every widget receives inside the block, by (kind, widget)."""
    counter = _Counter(kinds)
    app = QApplication.instance()
    app.installEventFilter(counter)
    try:
        yield counter.seen
    finally:
        app.removeEventFilter(counter)
