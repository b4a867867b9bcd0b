"""The clock bar's time strip: the history from its first action to now; drag the handle back
and let go to go back to that instant (after a confirmation that says what goes)."""

from __future__ import annotations

from datetime import datetime, timedelta

from PySide6.QtCore import Qt
from PySide6.QtGui import QCursor
from PySide6.QtWidgets import QSlider, QToolTip, QWidget

from ...i18n import QT_TRANSLATE_NOOP, translate
from ...service import InputError, Workspace
from ..common.widgets import plain_tooltip
from .clock_text import format_clock
from .rewind_confirm import removal_text, rewind_after_asking

WIDTH = 140
IDLE_TIP = QT_TRANSLATE_NOOP(
    "TimeStrip", "Drag back and let go to go back to that moment (everything after it is removed)")


class TimeStrip(QSlider):
    """From the workspace's first action (left) to its now (right), a second a step."""

    def __init__(self, workspace: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(Qt.Orientation.Horizontal, parent)
        self.setObjectName("timeStrip")
        self.setAccessibleName(translate("TimeStrip", "Time strip"))
        self.setFixedWidth(WIDTH)
        self.setToolTip(translate("TimeStrip", IDLE_TIP))
        self.setTracking(True)
        self._workspace = workspace
        self._first: datetime | None = None
        self.sliderMoved.connect(self._preview)
        self.sliderReleased.connect(self._released)
        self.history_changed()

    def history_changed(self) -> None:
        """Read again where the history starts (after any change of the workspace)."""
        self._first = self._workspace.first_instant()
        self.show_now(self._workspace.now())

    def show_now(self, now: datetime) -> None:
        """Keep the handle at now, unless the user holds it."""
        if self.isSliderDown():
            return
        span = int((now - self._first).total_seconds()) if self._first else 0
        usable = span > 0 and not self._workspace.clock.real_time
        self.setEnabled(usable)
        self.blockSignals(True)
        self.setRange(0, max(span, 0))
        self.setValue(max(span, 0))
        self.blockSignals(False)

    def instant_at(self, value: int) -> datetime | None:
        return None if self._first is None else self._first + timedelta(seconds=value)

    def _preview(self, value: int) -> None:
        to = self.instant_at(value)
        if to is None:
            return
        try:
            what = removal_text(self._workspace.rewind_plan(to))
        except InputError as error:
            what = str(error)
        QToolTip.showText(QCursor.pos(), plain_tooltip(f"{format_clock(to)}\n{what}"), self)

    def _released(self) -> None:
        to = self.instant_at(self.value())
        if to is not None and self.value() < self.maximum():
            rewind_after_asking(self, self._workspace, to)
        self.history_changed()
