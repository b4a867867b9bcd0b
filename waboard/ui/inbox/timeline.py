"""A customer's timeline strip: every customer service window and conversation around now.

One lane for the windows (each customer message opens one or restarts it), lanes below for
the conversations in their category colours, on the simulated time axis from three days
before now to one day after, with a line at now. What lies ahead of now (the rest of an open
window or conversation) is drawn paler. Hovering a bar says what it is.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta

from PySide6.QtCore import QEvent, QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFontMetrics, QHelpEvent, QPainter, QPaintEvent, QPalette, QPen
from PySide6.QtWidgets import QSizePolicy, QToolTip, QWidget

from ...explain import category_label
from ...history.windows import Window, service_windows, window_closes
from ...i18n import translate
from ...money import exact_money
from ...rules.model import DAY, Category
from ...service import Workspace
from ..common.palette import CATEGORY_COLOURS, WINDOW_CLOSED, WINDOW_OPEN
from .clock_text import format_moment, format_weekday

BEFORE = timedelta(days=3)
AFTER = timedelta(days=1)
PAGE = 500
MAX_PAGES = 8  # a busier chat than this shows its windows from the last 4,000 messages
LANE = 14
GAP = 5
AHEAD_ALPHA = 110


@dataclass(frozen=True, slots=True)
class TimelineItem:
    """One bar: a window (`category` None) or a conversation, on lane `lane` (0: windows)."""

    start: datetime
    end: datetime
    lane: int
    category: Category | None
    tooltip: str

    @property
    def is_window(self) -> bool:
        return self.category is None


class TimelineStrip(QWidget):
    """The timeline of one customer; `show_customer` loads it, `set_now` moves the axis."""

    def __init__(self, workspace: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("timelineStrip")
        self.workspace = workspace
        self.customer_id: int | None = None
        self._items: list[TimelineItem] = []
        self._lanes = 2
        self._now = workspace.now()
        self._painted_now: datetime | None = None
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setMouseTracking(True)
        self.setAccessibleName("Timeline")
        self._fit()

    # public

    def show_customer(self, customer_id: int | None, now: datetime | None = None) -> None:
        """Load the customer's windows and conversations that reach into the strip."""
        self.customer_id = customer_id
        self._now = now or self.workspace.now()
        self._items = [] if customer_id is None else self._load(customer_id)
        lanes = 1 + max((item.lane for item in self._items), default=0)
        if max(2, lanes) != self._lanes:
            self._lanes = max(2, lanes)
            self._fit()
        self.setAccessibleDescription(self.summary())
        self._painted_now = None
        self.update()

    def set_now(self, now: datetime) -> None:
        """Move the axis; repaint only once it has moved by a pixel."""
        self._now = now
        painted = self._painted_now
        if painted is None or abs((now - painted).total_seconds()) >= self._seconds_per_pixel():
            self.update()

    def items(self) -> list[TimelineItem]:
        """What the strip draws: the windows, then the conversations."""
        return list(self._items)

    def span(self) -> tuple[datetime, datetime]:
        return self._now - BEFORE, self._now + AFTER

    def summary(self) -> str:
        windows = sum(1 for item in self._items if item.is_window)
        conversations = len(self._items) - windows
        window_text = translate("Timeline", "1 customer service window") if windows == 1 \
            else translate("Timeline", "{count} customer service windows").format(count=windows)
        conversation_text = translate("Timeline", "1 conversation") if conversations == 1 \
            else translate("Timeline", "{count} conversations").format(count=conversations)
        return translate("Timeline", "{windows} and {conversations} in the last three days and "
                         "the next one").format(windows=window_text,
                                                conversations=conversation_text)

    # loading

    def _load(self, customer_id: int) -> list[TimelineItem]:
        start, end = self.span()
        store = self.workspace.store
        inbound: list[datetime] = []
        before = None
        for _ in range(MAX_PAGES):  # newest first, back to the last message reaching `start`
            page = store.message_times(customer_id, PAGE, before)
            inbound.extend(at for _, at, direction in page if direction == "in")
            if len(page) < PAGE or window_closes(page[0][1]) < start:
                break
            before = page[0][0]
        items = [
            TimelineItem(w.opened_at, w.closes_at, 0, None, _window_text(w))
            for w in service_windows(inbound)
            if w.closes_at > start and w.opened_at < end
        ]
        currency = self.workspace.market(self.workspace.customer(customer_id)).currency
        lane_ends: list[datetime] = []
        for _, conversation in store.conversations(customer_id, between=(start, end)):
            lane = next((i for i, free_from in enumerate(lane_ends)
                         if free_from <= conversation.opened_at), len(lane_ends))
            if lane == len(lane_ends):
                lane_ends.append(conversation.expires_at)
            else:
                lane_ends[lane] = conversation.expires_at
            cost = translate("Timeline", "free") if conversation.free \
                else exact_money(conversation.charge, currency)
            items.append(TimelineItem(
                conversation.opened_at, conversation.expires_at, 1 + lane, conversation.category,
                translate("Timeline", "{category} conversation: {start} to {end}, {cost}").format(
                    category=category_label(conversation.category),
                    start=format_moment(conversation.opened_at),
                    end=format_moment(conversation.expires_at), cost=cost)))
        return items

    # geometry

    def _fit(self) -> None:
        """As tall as the lanes need, whatever the layout around it."""
        self.setFixedHeight(self.sizeHint().height())

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        super().changeEvent(event)
        if event.type() in (QEvent.Type.FontChange, QEvent.Type.StyleChange):
            self._fit()

    def _metrics(self) -> tuple[QFontMetrics, int, int]:
        metrics = QFontMetrics(self.font())
        gutter = max(metrics.horizontalAdvance(name) for name in _lane_names()) + 10
        top = metrics.height() + 4
        return metrics, gutter, top

    def sizeHint(self) -> QSize:
        _, _, top = self._metrics()
        return QSize(320, top + self._lanes * (LANE + GAP) + GAP)

    def minimumSizeHint(self) -> QSize:
        return QSize(160, self.sizeHint().height())

    def _plot(self) -> QRectF:
        _, gutter, top = self._metrics()
        return QRectF(gutter, top, max(1, self.width() - gutter - 4),
                      self._lanes * (LANE + GAP))

    def _seconds_per_pixel(self) -> float:
        return (BEFORE + AFTER).total_seconds() / max(1.0, self._plot().width())

    def _x(self, at: datetime, plot: QRectF) -> float:
        start, _ = self.span()
        fraction = (at - start).total_seconds() / (BEFORE + AFTER).total_seconds()
        return plot.left() + max(0.0, min(1.0, fraction)) * plot.width()

    def _bar(self, item: TimelineItem, plot: QRectF) -> QRectF:
        left, right = self._x(item.start, plot), self._x(item.end, plot)
        y = plot.top() + item.lane * (LANE + GAP) + GAP / 2
        return QRectF(left, y, max(2.0, right - left), LANE)

    # painting

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        palette = self.palette()
        metrics, gutter, top = self._metrics()
        plot = self._plot()
        text = palette.color(QPalette.ColorRole.Text)
        muted = palette.color(QPalette.ColorRole.PlaceholderText)
        grid = palette.color(QPalette.ColorRole.Mid)
        painter.fillRect(plot, palette.color(QPalette.ColorRole.AlternateBase))

        start, end = self.span()
        now_x = self._x(self._now, plot)
        now_text = translate("Timeline", "now")
        now_width = metrics.horizontalAdvance(now_text)
        now_label = QRectF(min(now_x - now_width / 2, plot.right() - now_width), 0,
                           now_width + 2, top - 2)
        day = start.replace(hour=0, minute=0, second=0, microsecond=0)
        painter.setFont(self.font())
        while day <= end:
            x = self._x(day, plot)
            if day >= start:
                painter.setPen(QPen(grid, 1))
                painter.drawLine(QPointF(x, plot.top()), QPointF(x, plot.bottom()))
            label = f"{format_weekday(day)} {day.day}"
            box = QRectF(max(x, plot.left()) + 3, 0, metrics.horizontalAdvance(label) + 2,
                         top - 2)
            if box.right() <= self._x(min(day + DAY, end), plot) and \
                    not box.adjusted(-3, 0, 3, 0).intersects(now_label):
                painter.setPen(muted)
                painter.drawText(box, int(Qt.AlignmentFlag.AlignLeft
                                          | Qt.AlignmentFlag.AlignBottom), label)
            day += DAY

        painter.setPen(muted)
        for lane, name in enumerate(_lane_names()):
            y = plot.top() + lane * (LANE + GAP)
            painter.drawText(QRectF(0, y, gutter - 6, LANE + GAP),
                             int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter),
                             name)

        for item in self._items:
            colour = WINDOW_OPEN if item.is_window else CATEGORY_COLOURS[item.category]
            bar = self._bar(item, plot)
            painter.setPen(Qt.PenStyle.NoPen)
            painter.save()
            painter.setClipRect(QRectF(plot.left(), bar.top(), now_x - plot.left(), LANE))
            painter.setBrush(colour)
            painter.drawRoundedRect(bar, 3, 3)
            painter.restore()
            if bar.right() > now_x:  # the part still to come
                ahead = QColor(colour)
                ahead.setAlpha(AHEAD_ALPHA)
                painter.save()
                painter.setClipRect(QRectF(now_x, bar.top(), plot.right() - now_x, LANE))
                painter.setBrush(ahead)
                painter.drawRoundedRect(bar, 3, 3)
                painter.restore()

        painter.setPen(QPen(WINDOW_CLOSED, 2))
        painter.drawLine(QPointF(now_x, plot.top() - 2), QPointF(now_x, plot.bottom()))
        painter.setPen(WINDOW_CLOSED)
        painter.drawText(now_label, int(Qt.AlignmentFlag.AlignLeft
                                        | Qt.AlignmentFlag.AlignBottom), now_text)
        if not self._items and self.customer_id is not None:
            painter.setPen(text)
            painter.drawText(plot.adjusted(4, 0, -4, 0), int(Qt.AlignmentFlag.AlignCenter),
                             translate("Timeline", "Nothing in the last three days"))
        painter.end()
        self._painted_now = self._now

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ToolTip and isinstance(event, QHelpEvent):
            item = self.item_at(QPointF(event.pos()))
            if item is None:
                QToolTip.hideText()
            else:
                QToolTip.showText(event.globalPos(), item.tooltip, self)
            return True
        return super().event(event)

    def item_at(self, point: QPointF) -> TimelineItem | None:
        plot = self._plot()
        for item in reversed(self._items):
            if self._bar(item, plot).adjusted(-1, -1, 1, 1).contains(point):
                return item
        return None


def _lane_names() -> tuple[str, str]:
    """The gutter's names of the window lane and of the conversations' lanes."""
    return translate("Timeline", "Window"), translate("Timeline", "Conv.")


def _window_text(window: Window) -> str:
    """A window's tooltip: when it opened and closes, and how often it restarted."""
    text = translate("Timeline", "Customer service window: {start} to {end}").format(
        start=format_moment(window.opened_at), end=format_moment(window.closes_at))
    restarts = len(window.restarts)
    if restarts == 1:
        return translate("Timeline", "{window} (1 restart)").format(window=text)
    if restarts:
        return translate("Timeline", "{window} ({count} restarts)").format(
            window=text, count=restarts)
    return text
