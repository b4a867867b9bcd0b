"""The billing view's two charts, painted with QPainter: cost per day stacked by category, and
each category's share of the period (of its cost, or of what was counted).

Both take a `Bill` and keep nothing else; colours are the categories' own (palette.py), text
and grid follow the widget's palette so the charts read in light and dark themes alike.
Hovering a day's bar, or a category, shows its figures in a tooltip.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from datetime import UTC, date, datetime, time
from decimal import Decimal

from babel.dates import format_date as cldr_date
from PySide6.QtCore import QEvent, QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QHelpEvent, QMouseEvent, QPainter, QPalette, QPen
from PySide6.QtWidgets import QToolTip, QWidget

from ...billing.bill import CATEGORY_ORDER, Bill
from ...billing.charts import nice_ceiling
from ...explain import category_label
from ...formats import babel_locale, count
from ...i18n import ENGLISH, QT_TRANSLATE_NOOP, language, translate
from ...money import exact_money, money
from ...rules.model import ZERO, Category
from ..common.palette import CATEGORY_COLOURS
from ..inbox.clock_bar import format_date

NOTHING_CHARGED = QT_TRANSLATE_NOOP("Charts", "Nothing was charged in this period")
NOTHING_COUNTED = QT_TRANSLATE_NOOP("Charts", "Nothing was opened or charged in this period")
COST, COUNT = "cost", "count"
_MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")
_DAYS = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")
"""English's short names (not strftime's, which follow the system locale); the other
languages take CLDR's (`lun 3`, `3 mar`)."""


def _text_colour(widget: QWidget, muted: bool = False) -> QColor:
    colour = widget.palette().color(QPalette.ColorRole.WindowText)
    if muted:
        colour = QColor(colour)
        colour.setAlphaF(0.6)
    return colour


def _grid_colour(widget: QWidget) -> QColor:
    colour = QColor(widget.palette().color(QPalette.ColorRole.WindowText))
    colour.setAlphaF(0.12)
    return colour


def _small_font(widget: QWidget, scale: float = 0.9, bold: bool = False) -> QFont:
    font = QFont(widget.font())
    size = font.pointSizeF()
    if size > 0:
        font.setPointSizeF(max(6.0, size * scale))
    font.setBold(bold)
    return font


@dataclass(frozen=True, slots=True)
class _Bar:
    day: date
    rect: QRectF  # the day's whole slot, for hovering


class _Chart(QWidget):
    """A chart drawn antialiased by its `_paint`."""

    def paintEvent(self, _event: object) -> None:  # noqa: N802
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        try:
            self._paint(painter)
        finally:
            painter.end()

    def _paint(self, painter: QPainter) -> None:
        raise NotImplementedError


class DailyCostChart(_Chart):
    """One bar per day of the period, stacked by category, with a money axis and a legend."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("dailyCostChart")
        self.setMouseTracking(True)
        self.setMinimumSize(320, 200)
        self._bill: Bill | None = None
        self._bars: list[_Bar] = []
        self._hovered: int | None = None

    def sizeHint(self) -> QSize:  # noqa: N802
        return QSize(560, 240)

    def set_bill(self, bill: Bill | None) -> None:
        self._bill = bill
        self._hovered = None
        self.update()

    @property
    def days(self) -> list[date]:
        return [cost.day for cost in self._bill.daily] if self._bill else []

    @property
    def top(self) -> Decimal:
        """The most any one day cost."""
        return max((cost.total for cost in self._bill.daily), default=ZERO) if self._bill else ZERO

    def day_text(self, index: int) -> str:
        """What hovering the bar of day `index` says."""
        assert self._bill is not None
        cost = self._bill.daily[index]
        currency = self._bill.currency
        head = f"{format_date(_midday(cost.day))}: {money(cost.total, currency)}"
        parts = [f"{category_label(c)} {money(cost.amounts[c], currency)}"
                 for c in CATEGORY_ORDER if c in cost.amounts]
        if not parts:
            return translate("Charts", "{day} (nothing charged)").format(day=head)
        return "\n".join((head, *parts))

    # painting

    def _paint(self, painter: QPainter) -> None:
        self._bars = []
        bill = self._bill
        painter.setFont(_small_font(self))
        metrics = painter.fontMetrics()
        line = metrics.height()
        area = QRectF(self.rect()).adjusted(4, 4, -8, -4)
        if bill is None or not self.top:
            painter.setPen(_text_colour(self, muted=True))
            painter.drawText(area, int(Qt.AlignmentFlag.AlignCenter),
                             translate("Charts", NOTHING_CHARGED))
            return
        scale_top = nice_ceiling(float(self.top))
        ticks = [Decimal(str(round(scale_top * n / 4, 6))) for n in range(5)]
        labels = [exact_money(t, bill.currency) for t in ticks]
        left = area.left() + max(metrics.horizontalAdvance(t) for t in labels) + 8
        legend_height = line + 6
        plot = QRectF(left, area.top() + line / 2, area.right() - left,
                      area.height() - line / 2 - line - 6 - legend_height)
        for n, label in enumerate(labels):
            y = plot.bottom() - plot.height() * n / 4
            painter.setPen(QPen(_grid_colour(self), 1))
            painter.drawLine(QPointF(plot.left(), y), QPointF(plot.right(), y))
            painter.setPen(_text_colour(self, muted=True))
            painter.drawText(QRectF(area.left(), y - line / 2, left - area.left() - 6, line),
                             int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter),
                             label)
        days = bill.daily
        slot = plot.width() / len(days)
        bar = max(1.0, min(slot * 0.7, 56.0))
        labels_every = self._label_step(days, slot, metrics.horizontalAdvance("Wed 30"))
        for index, cost in enumerate(days):
            x = plot.left() + slot * index + (slot - bar) / 2
            self._bars.append(_Bar(cost.day, QRectF(plot.left() + slot * index, plot.top(),
                                                    slot, plot.height())))
            if index == self._hovered:
                highlight = _grid_colour(self)
                painter.fillRect(self._bars[-1].rect, highlight)
            y = plot.bottom()
            for category in CATEGORY_ORDER:
                amount = cost.amounts.get(category)
                if not amount:
                    continue
                height = plot.height() * float(amount) / scale_top
                painter.fillRect(QRectF(x, y - height, bar, height),
                                 CATEGORY_COLOURS[category])
                y -= height
            if index % labels_every == 0:
                painter.setPen(_text_colour(self, muted=True))
                painter.drawText(
                    QRectF(x + bar / 2 - slot * labels_every / 2, plot.bottom() + 3,
                           slot * labels_every, line),
                    int(Qt.AlignmentFlag.AlignHCenter), self._day_label(days, index, slot))
        used = [c for c in CATEGORY_ORDER if any(c in cost.amounts for cost in days)]
        _legend(painter, self, used, QPointF(plot.left(), area.bottom() - line))

    @staticmethod
    def _label_step(days: tuple, slot: float, label_width: int) -> int:
        return max(1, math.ceil((label_width + 6) / max(slot, 1.0)))

    @staticmethod
    def _day_label(days: tuple, index: int, slot: float) -> str:
        day = days[index].day
        if len(days) <= 7:
            if language() != ENGLISH:
                return cldr_date(day, "EEE d", locale=babel_locale())
            return f"{_DAYS[day.weekday()]} {day.day}"
        if index == 0 or day.day == 1:
            if language() != ENGLISH:
                return cldr_date(day, "d MMM", locale=babel_locale())
            return f"{day.day} {_MONTHS[day.month - 1]}"
        return str(day.day)

    # hovering

    def _bar_at(self, point: QPointF) -> int | None:
        for index, bar in enumerate(self._bars):
            if bar.rect.contains(point):
                return index
        return None

    def mouseMoveEvent(self, event: QMouseEvent) -> None:  # noqa: N802
        hovered = self._bar_at(event.position())
        if hovered != self._hovered:
            self._hovered = hovered
            self.update()
        super().mouseMoveEvent(event)

    def leaveEvent(self, event: QEvent) -> None:  # noqa: N802
        if self._hovered is not None:
            self._hovered = None
            self.update()
        super().leaveEvent(event)

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ToolTip and isinstance(event, QHelpEvent):
            index = self._bar_at(QPointF(event.pos()))
            if index is None or self._bill is None:
                QToolTip.hideText()
                event.ignore()
            else:
                QToolTip.showText(event.globalPos(), self.day_text(index), self)
            return True
        return super().event(event)


class CategoryShareChart(_Chart):
    """A ring of each category's share, of the cost (`COST`) or of the count (`COUNT`:
    conversations opened, or messages under per-message pricing), with a legend."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("categoryShareChart")
        self.setMinimumSize(280, 200)
        self._bill: Bill | None = None
        self._measure = COST
        self._legend_rows: list[tuple[Category, QRectF]] = []

    def sizeHint(self) -> QSize:  # noqa: N802
        return QSize(380, 240)

    def set_bill(self, bill: Bill | None) -> None:
        self._bill = bill
        self.update()

    @property
    def measure(self) -> str:
        return self._measure

    def set_measure(self, measure: str) -> None:
        if measure not in (COST, COUNT):
            raise ValueError(f"measure must be {COST!r} or {COUNT!r}, not {measure!r}")
        self._measure = measure
        self.update()

    def shares(self) -> dict[Category, Decimal]:
        """Each category with something in it, and its value (amount or count)."""
        if self._bill is None:
            return {}
        lines = self._bill.by_category()
        values = {c: (line.amount if self._measure == COST else Decimal(line.count))
                  for c, line in lines.items()}
        return {c: v for c, v in values.items() if v}

    def legend_text(self, category: Category) -> str:
        assert self._bill is not None
        shares = self.shares()
        total = sum(shares.values(), ZERO)
        value = shares.get(category, ZERO)
        percent = f"{float(value / total) * 100:.0f}%" if total else "0%"
        return f"{category_label(category)}  {self._value_text(value)}  {percent}"

    def _value_text(self, value: Decimal) -> str:
        assert self._bill is not None
        if self._measure == COST:
            return money(value, self._bill.currency)
        return count(int(value))

    def _paint(self, painter: QPainter) -> None:
        self._legend_rows = []
        area = QRectF(self.rect()).adjusted(6, 6, -6, -6)
        shares = self.shares()
        total = sum(shares.values(), ZERO)
        painter.setFont(_small_font(self))
        if not total or self._bill is None:
            painter.setPen(_text_colour(self, muted=True))
            text = translate("Charts", NOTHING_CHARGED if self._measure == COST else
                             NOTHING_COUNTED)
            painter.drawText(area, int(Qt.AlignmentFlag.AlignCenter), text)
            return
        size = max(40.0, min(area.height(), area.width() * 0.5))
        ring = QRectF(area.left(), area.center().y() - size / 2, size, size)
        start, running = 90 * 16, ZERO
        background = self.palette().color(QPalette.ColorRole.Window)
        for category, value in shares.items():
            running += value
            end = 90 * 16 - round(360 * 16 * float(running / total))
            painter.setBrush(CATEGORY_COLOURS[category])
            painter.setPen(QPen(background, 2) if len(shares) > 1 else Qt.PenStyle.NoPen)
            painter.drawPie(ring, start, end - start)
            start = end
        hole = ring.adjusted(size * 0.2, size * 0.2, -size * 0.2, -size * 0.2)
        painter.setBrush(background)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.drawEllipse(hole)
        painter.setPen(_text_colour(self))
        painter.setFont(_small_font(self, 1.0, bold=True))
        centre = self._value_text(total)
        if self._measure == COUNT:
            centre += f"\n{self._bill.unit_label}"
        painter.drawText(hole, int(Qt.AlignmentFlag.AlignCenter), centre)
        painter.setFont(_small_font(self))
        metrics = painter.fontMetrics()
        line = metrics.height() + 6
        x = ring.right() + 16
        y = area.center().y() - line * len(shares) / 2
        for category in shares:
            row = QRectF(x, y, area.right() - x, line)
            swatch = QRectF(x, y + (line - 12) / 2, 12, 12)
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(CATEGORY_COLOURS[category])
            painter.drawRoundedRect(swatch, 2, 2)
            painter.setPen(_text_colour(self))
            text = metrics.elidedText(self.legend_text(category), Qt.TextElideMode.ElideRight,
                                      int(row.width() - 18))
            painter.drawText(row.adjusted(18, 0, 0, 0),
                             int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter),
                             text)
            self._legend_rows.append((category, row))
            y += line

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ToolTip and isinstance(event, QHelpEvent):
            point = QPointF(event.pos())
            hit = next((c for c, rect in self._legend_rows if rect.contains(point)), None)
            if hit is None:
                QToolTip.hideText()
                event.ignore()
            else:
                QToolTip.showText(event.globalPos(), self.legend_text(hit), self)
            return True
        return super().event(event)


def _legend(painter: QPainter, widget: QWidget, categories: list[Category],
            at: QPointF) -> None:
    metrics = painter.fontMetrics()
    x = at.x()
    for category in categories:
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(CATEGORY_COLOURS[category])
        top = at.y() + (metrics.height() - 10) / 2
        painter.drawRoundedRect(QRectF(x, top, 10, 10), 2, 2)
        painter.setPen(_text_colour(widget))
        label = category_label(category)
        painter.drawText(QPointF(x + 14, at.y() + metrics.ascent()), label)
        x += 14 + metrics.horizontalAdvance(label) + 14


def _midday(day: date) -> datetime:
    return datetime.combine(day, time(12), tzinfo=UTC)
