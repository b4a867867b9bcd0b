"""The simulated clock bar: the workspace's date and time, and the controls that move it."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime, timedelta

from PySide6.QtCore import QEvent, QSize, Qt, QTimer, Slot
from PySide6.QtGui import QAction, QResizeEvent
from PySide6.QtWidgets import QComboBox, QLabel, QSizePolicy, QToolBar, QWidget

from ...clock import SPEEDS, RealClock
from ...explain import category_label
from ...i18n import translate
from ...service import Change, ChangeKind, InputError, Workspace
from ..common import icons
from ..common.bus import WorkspaceBus
from ..common.widgets import plain_label, plain_tooltip, warn
from .clock_text import format_clock, format_day, format_span
from .clock_text import format_date as format_date  # re-exported: charts, activity log
from .rewind_confirm import ask
from .time_strip import TimeStrip

HOUR = timedelta(hours=1)
EXTRA = 40
"""Pixels the bar needs beyond its controls (margins, the handle, the spacer's least)."""
DAY = timedelta(days=1)

def mode_text(paused: bool, speed: int, real_time: bool) -> str:
    if real_time:
        return translate("ClockBar", "REAL TIME")
    if paused:
        return translate("ClockBar", "PAUSED")
    return translate("ClockBar", "SIMULATED · x{speed}").format(speed=speed)


class ClockBar(QToolBar):
    """Shows the workspace's now (refreshed on every bus tick) and plays, pauses, speeds up
    and jumps the simulated clock. Every change goes through the Workspace; a change it
    refuses is shown in a warning and leaves the controls as the clock really is."""

    def __init__(self, workspace: Workspace, bus: WorkspaceBus,
                 parent: QWidget | None = None) -> None:
        super().__init__(translate("ClockBar", "Clock"), parent)
        self.setObjectName("clockBar")
        self.setMovable(False)
        self.setIconSize(QSize(20, 20))
        self.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self._workspace = workspace
        self._expiry: datetime | None = None
        self._expiry_what = ""
        # Many changes in a row (a scenario playing) look the next expiry up once.
        self._expiry_timer = QTimer(self)
        self._expiry_timer.setSingleShot(True)
        self._expiry_timer.setInterval(0)
        self._expiry_timer.timeout.connect(self._refresh_expiry)

        clock_icon = QLabel(self)
        clock_icon.setPixmap(icons.icon(icons.CLOCK).pixmap(QSize(22, 22)))
        self.addWidget(clock_icon)
        self.time_label = _ClockLabel(self)
        self.time_label.setToolTip(
            translate("ClockBar", "The workspace's simulated date and time (UTC)"))
        self.addWidget(self.time_label)
        self.mode_label = plain_label(self, "clockMode", wrap=False)
        self.addWidget(self.mode_label)
        self.note_label = plain_label(self, "clockNote", wrap=False)
        self.note_label.setContentsMargins(8, 0, 8, 0)
        self.note_action = self.addWidget(self.note_label)  # shown when Real time paused
        self.note_action.setVisible(False)
        self.addSeparator()

        self.play_action = self._toolbar_action(
            _play_text(False), translate("ClockBar", "Start or stop the simulated clock"),
            self.toggle_play)
        self.speed_combo = QComboBox(self)
        self.speed_combo.setToolTip(
            translate("ClockBar", "How fast simulated time runs: x60 is a minute a second"))
        self.speed_combo.setAccessibleName(translate("ClockBar", "Clock speed"))
        for speed in SPEEDS:
            self.speed_combo.addItem(f"x{speed}", speed)
        self.speed_combo.activated.connect(self._speed_chosen)
        self.addWidget(self.speed_combo)
        self.addSeparator()

        self.hour_action = self._toolbar_action(
            translate("ClockBar", "+1 h"), translate("ClockBar", "Jump one hour ahead"),
            self.jump_hour, icons.JUMP)
        self.day_action = self._toolbar_action(
            translate("ClockBar", "+1 day"), translate("ClockBar", "Jump one day ahead"),
            self.jump_day, icons.JUMP_DAY)
        self.expiry_action = self._toolbar_action(
            translate("ClockBar", "Next expiry"), "", self.jump_next_expiry, icons.NEXT_EXPIRY)
        self.addSeparator()
        self.addWidget(plain_label(self, "timeStripLabel", translate("ClockBar", "History"),
                                   wrap=False))
        self.time_strip = TimeStrip(workspace, self)
        self.addWidget(self.time_strip)

        spacer = QWidget(self)
        spacer.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self.addWidget(spacer)
        self.real_time_action = QAction(icons.icon(icons.REAL_TIME),
                                        translate("ClockBar", "Real time"), self)
        self.real_time_action.setCheckable(True)
        self.real_time_action.setToolTip(translate(
            "ClockBar", "Follow the wall clock: time runs at x1 and cannot be paused or jumped"))
        self.real_time_action.triggered.connect(self.set_real_time)
        self.addAction(self.real_time_action)

        bus.ticked.connect(self._show_time)
        bus.changed.connect(self._workspace_changed)
        self._text_width = 0
        self._measure_timer = QTimer(self)
        self._measure_timer.setSingleShot(True)
        self._measure_timer.setInterval(0)
        self._measure_timer.timeout.connect(self._measure)
        self._refresh_expiry()
        self._measure()
        self._show_time(workspace.now())

    def _toolbar_action(self, text: str, tip: str, slot: Callable[[], None],
                icon_name: str | None = None) -> QAction:
        action = QAction(text, self)
        if icon_name:
            action.setIcon(icons.icon(icon_name))
        action.setToolTip(tip)
        action.triggered.connect(lambda _checked=False: slot())
        self.addAction(action)
        return action

    # Public slots, for the main window's menus and shortcuts

    @Slot()
    def toggle_play(self) -> None:
        clock = self._workspace.clock
        self._call(self._workspace.play if clock.paused else self._workspace.pause)

    @Slot(int)
    def set_speed(self, speed: int) -> None:
        self._call(lambda: self._workspace.set_speed(speed))

    @Slot()
    def jump_hour(self) -> None:
        self._call(lambda: self._workspace.jump(HOUR))

    @Slot()
    def jump_day(self) -> None:
        self._call(lambda: self._workspace.jump(DAY))

    @Slot()
    def jump_next_expiry(self) -> None:
        self._call(self._workspace.jump_to_next_expiry)

    @Slot(bool)
    def set_real_time(self, on: bool) -> None:
        """Switch real time on (after saying where it takes the clock) or off."""
        if on and not self._workspace.clock.real_time and not self._real_time_confirmed():
            self._sync()
            return
        self._call(lambda: self._workspace.set_real_time(on))

    def _real_time_confirmed(self) -> bool:
        now, wall = self._workspace.now(), RealClock().now()
        if now > wall:
            return True  # refused by the workspace, which says why
        return ask(self, translate("ClockBar", "Real time"),
                   translate("ClockBar", "Jump the clock from {then} to now, {now}?").format(
                       then=format_day(now), now=format_day(wall)),
                   translate("ClockBar",
                             "Real time follows the wall clock: every window and conversation "
                             "is read {span} later, and the clock cannot be paused or jumped "
                             "until real time is off. Edit > Undo brings the simulated time "
                             "back.").format(span=format_span(wall - now)),
                   translate("ClockBar", "Switch to real time"))

    def _hold_widths(self) -> None:
        """Keep every control where it is whatever the clock does: each as wide as its
        widest text (Pause or Play, PAUSED or SIMULATED · x3600; the time holds its own)."""
        self.mode_label.setFixedWidth(_widest(self.mode_label, self.mode_label.setText, [
            *(mode_text(False, speed, False) for speed in SPEEDS),
            mode_text(True, 1, False), mode_text(False, 1, True)]))
        button = self.widgetForAction(self.play_action)
        button.setMinimumWidth(0)
        button.setMaximumWidth(16777215)
        button.setFixedWidth(_widest(button, self.play_action.setText,
                                     [_play_text(False), _play_text(True)]))

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 (Qt's name)
        self._fit(event.size().width())
        super().resizeEvent(event)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 (Qt's name)
        """A new font or style (presenter mode) changes what every control needs."""
        super().changeEvent(event)
        if event.type() in (QEvent.Type.FontChange, QEvent.Type.StyleChange):
            self._measure_timer.start()

    def _measure(self) -> None:
        """How wide the bar is with every button's text shown; then fit it."""
        self.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self._hold_widths()
        self._sync()
        widgets = [w for a in self.actions() if (w := self.widgetForAction(a)) is not None]
        spacing = self.layout().spacing() if self.layout() is not None else 6
        self._text_width = sum(w.sizeHint().width() + spacing for w in widgets) + EXTRA
        self._fit(self.width())

    def _fit(self, width: int) -> None:
        """Where the texts do not fit, the buttons show their icons only (their tooltips
        still name them), so every control stays on the bar."""
        style = (Qt.ToolButtonStyle.ToolButtonIconOnly if width < self._text_width
                 else Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        if style != self.toolButtonStyle():
            self.setToolButtonStyle(style)
            self._hold_widths()
            self._sync()

    # Reacting

    def _speed_chosen(self, index: int) -> None:
        self.set_speed(int(self.speed_combo.itemData(index)))

    def _call(self, change: Callable[[], object]) -> None:
        try:
            change()
        except InputError as error:
            message = str(error)
            warn(self, translate("ClockBar", "The clock did not change"),
                 message[:1].upper() + message[1:])
        self._sync()

    def _workspace_changed(self, change: Change) -> None:
        self._expiry_timer.start()
        self.time_strip.history_changed()
        if change.kind is ChangeKind.CLOCK:
            self._sync()

    def _show_time(self, now: datetime) -> None:
        self.time_label.setText(format_clock(now))
        self.time_strip.show_now(now)
        if self._expiry is not None and now >= self._expiry:
            self._refresh_expiry()
        self._show_expiry(now)

    def _sync(self) -> None:
        """Make every control say what the clock is doing."""
        clock = self._workspace.clock
        simulated = not clock.real_time
        running = simulated and not clock.paused
        self.play_action.setText(_play_text(running))
        self.play_action.setIcon(icons.icon(icons.PAUSE if running else icons.PLAY))
        index = self.speed_combo.findData(clock.speed)
        if index < 0:
            self.speed_combo.addItem(f"x{clock.speed}", clock.speed)
            index = self.speed_combo.count() - 1
        self.speed_combo.setCurrentIndex(index)
        for control in (self.play_action, self.hour_action, self.day_action):
            control.setEnabled(simulated)
        self.speed_combo.setEnabled(simulated)
        self.real_time_action.setChecked(clock.real_time)
        note = self._workspace.clock_note
        self.note_label.setText(note.split(":")[0])  # the why in full in its tooltip
        self.note_label.setToolTip(plain_tooltip(note))
        self.note_action.setVisible(bool(note))
        self.mode_label.setText(mode_text(clock.paused, clock.speed, clock.real_time))
        mode = "real" if clock.real_time else "paused" if clock.paused else "running"
        if self.mode_label.property("mode") != mode:
            self.mode_label.setProperty("mode", mode)
            self.mode_label.style().unpolish(self.mode_label)
            self.mode_label.style().polish(self.mode_label)
        self._show_time(self._workspace.now())

    def _refresh_expiry(self) -> None:
        self._expiry_timer.stop()
        self._expiry = self._workspace.next_expiry()
        self._expiry_what = self._what_expires(self._expiry) if self._expiry else ""
        self._show_expiry(self._workspace.now())

    def _show_expiry(self, now: datetime) -> None:
        action, target = self.expiry_action, self._expiry
        action.setEnabled(target is not None and not self._workspace.clock.real_time)
        if target is None:
            action.setToolTip(translate("ClockBar", "Nothing will expire: no customer service "
                                                    "window or conversation is open"))
        elif self._workspace.clock.real_time:
            action.setToolTip(plain_tooltip(translate(
                "ClockBar", "{what} at {when}; switch off real time to jump there").format(
                    what=self._expiry_what, when=format_clock(target))))
        else:
            action.setToolTip(plain_tooltip(translate(
                "ClockBar", "Jump to when {what}: {when} (in {span})").format(
                    what=_lower_first(self._expiry_what), when=format_clock(target),
                    span=format_span(target - now))))

    def _what_expires(self, at: datetime) -> str:
        """What ends at `at`: "Martín Gómez's customer service window closes"."""
        windows, conversations = self._workspace.store.ending_at(at)
        ending = [translate("ClockBar", "{name}'s customer service window closes").format(
            name=name) for name in windows]
        ending += [translate("ClockBar", "{name}'s {category} conversation ends").format(
            name=name, category=category_label(category).lower())
            for name, category in conversations]
        if not ending:
            return translate("ClockBar", "A window or conversation ends")
        more = len(ending) - 1
        if not more:
            return ending[0]
        return translate("ClockBar", "{what} (and {count} more)").format(
            what=ending[0], count=more)


def _widest(widget: QWidget, set_text: Callable[[str], None], texts: list[str]) -> int:
    """The width `widget` asks for with the widest of `texts` (its text is left changed:
    the caller shows the right one next)."""
    widths = []
    for text in texts:
        set_text(text)
        widget.ensurePolished()
        widths.append(widget.sizeHint().width())
    return max(widths)


class _ClockLabel(QLabel):
    """The time, of the fixed size of its widest reading: the bar does not shift, and a new
    reading every second repaints the label alone (a label of a fixed size asks no layout
    to run again when its text changes)."""

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.setObjectName("clockTime")
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.hold_size()

    def hold_size(self) -> None:
        """Fix the size for the font in force (the language stays as the app started)."""
        self.ensurePolished()
        self.setMinimumSize(0, 0)  # a label's own size hint grows to its minimum size
        hint = super().sizeHint()
        margins = self.contentsMargins()
        metrics = self.fontMetrics()
        width = max(metrics.horizontalAdvance(text) for text in _readings()) + margins.left() \
            + margins.right() + 2 * self.margin() + 4
        self.setFixedSize(max(hint.width(), width), hint.height())

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 (Qt's name)
        """A new font (presenter mode) takes a new size at once, as the bar lays out."""
        super().changeEvent(event)
        if event.type() in (QEvent.Type.FontChange, QEvent.Type.StyleChange):
            self.hold_size()

    def sizeHint(self) -> QSize:
        return self.minimumSize()  # the held size, which the bar's own measure adds up

    def minimumSizeHint(self) -> QSize:
        return self.minimumSize()


def _readings() -> list[str]:
    """A reading of every weekday in every month (the names differ in width by language)."""
    return [format_clock(datetime(2025, month, day, 20, 0, 0, tzinfo=UTC))
            for month in range(1, 13) for day in range(22, 29)]


def _play_text(running: bool) -> str:
    """The play button's text: what pressing it does."""
    return translate("ClockBar", "Pause") if running else translate("ClockBar", "Play")


def _lower_first(text: str) -> str:
    """The "A window..." sentence lowered to go after "Jump to when" (English only: a
    translation words it to fit)."""
    return text[:1].lower() + text[1:] if text.startswith("A ") else text
