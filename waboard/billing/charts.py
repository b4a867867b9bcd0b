"""The report's charts, drawn with QPainter on a QImage and returned as PNG bytes.

The only module of waboard.billing that imports Qt. Drawing text needs a QGuiApplication:
`ensure_gui_application()` makes one when there is none, on the offscreen platform unless
QT_QPA_PLATFORM says otherwise, since the charts are only images and need no display.
"""

from __future__ import annotations

import math
import os
from collections.abc import Callable
from decimal import Decimal

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QGuiApplication, QImage, QPainter, QPen

from ..explain import category_label
from ..money import exact_money, money
from ..rules.model import Category
from .bill import CATEGORY_ORDER, Bill

CATEGORY_COLOURS = {
    Category.MARKETING: "#e07a5f",
    Category.UTILITY: "#3d85c6",
    Category.AUTHENTICATION: "#8e6bbf",
    Category.SERVICE: "#25a36f",
    Category.FREE_ENTRY_POINT: "#f2b134",
}
INK = "#1f2933"
MUTED = "#7b8794"
GRID = "#e4e7eb"
PAPER = "#ffffff"

_application: QGuiApplication | None = None


def ensure_gui_application() -> QGuiApplication:
    """The running QGuiApplication, or a new one on the offscreen platform."""
    global _application
    existing = QGuiApplication.instance()
    if isinstance(existing, QGuiApplication):
        return existing
    if existing is not None:
        raise RuntimeError("a non-GUI Qt application is running: charts cannot be drawn")
    argv = ["waboard"]
    if not os.environ.get("QT_QPA_PLATFORM"):
        argv += ["-platform", "offscreen"]
    _application = QGuiApplication(argv)
    return _application


def chart_images(bill: Bill) -> dict[str, bytes]:
    """Both charts of the report, keyed as export.html_report expects them."""
    ensure_gui_application()
    return {"daily": daily_chart(bill), "share": share_chart(bill)}


def daily_chart(bill: Bill, width: int = 560, height: int = 260) -> bytes:
    """Cost per day, one bar per day stacked by category."""
    return _render(width, height, lambda painter: _draw_daily(painter, bill, width, height))


def share_chart(bill: Bill, width: int = 360, height: int = 260) -> bytes:
    """Each category's share of the period's cost, as a ring with a legend."""
    return _render(width, height, lambda painter: _draw_share(painter, bill, width, height))


def _draw_daily(painter: QPainter, bill: Bill, width: int, height: int) -> None:
    days = bill.daily
    top = max((day.total for day in days), default=Decimal(0))
    left, right, upper, lower = 64.0, 10.0, 10.0, 46.0
    plot = QRectF(left, upper, width - left - right, height - upper - lower)
    if not top:
        _centred(painter, plot, "Nothing was charged in this period")
        return
    scale_top = _nice(float(top))
    painter.setFont(_font(8))
    for tick in range(5):
        value = scale_top * tick / 4
        y = plot.bottom() - plot.height() * tick / 4
        painter.setPen(QPen(QColor(GRID), 1))
        painter.drawLine(QPointF(plot.left(), y), QPointF(plot.right(), y))
        painter.setPen(QColor(MUTED))
        painter.drawText(QRectF(0, y - 8, left - 6, 16),
                         int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter),
                         exact_money(Decimal(str(round(value, 4))), bill.currency))
    slot = plot.width() / len(days)
    bar = max(1.0, slot * 0.75)
    label_every = max(1, math.ceil(len(days) / 12))
    for index, day in enumerate(days):
        x = plot.left() + slot * index + (slot - bar) / 2
        y = plot.bottom()
        for category in CATEGORY_ORDER:
            amount = day.amounts.get(category)
            if not amount:
                continue
            h = plot.height() * float(amount) / scale_top
            painter.fillRect(QRectF(x, y - h, bar, h), QColor(CATEGORY_COLOURS[category]))
            y -= h
        if index % label_every == 0:
            painter.setPen(QColor(MUTED))
            painter.drawText(QRectF(x - 10, plot.bottom() + 2, bar + 20, 14),
                             int(Qt.AlignmentFlag.AlignHCenter), str(day.day.day))
    used = [c for c in CATEGORY_ORDER if any(c in d.amounts for d in days)]
    _legend(painter, used, QPointF(left, height - 18))


def _draw_share(painter: QPainter, bill: Bill, width: int, height: int) -> None:
    amounts = {c: line.amount for c, line in bill.by_category().items() if line.amount}
    total = sum(amounts.values(), Decimal(0))
    if not total:
        _centred(painter, QRectF(0, 0, width, height), "Nothing was charged in this period")
        return
    size = min(height - 20.0, width * 0.55)
    ring = QRectF(10, (height - size) / 2, size, size)
    start, running = 90 * 16, Decimal(0)
    for category, amount in amounts.items():
        running += amount
        end = 90 * 16 - round(360 * 16 * float(running / total))  # clockwise, no gap at 12
        painter.setBrush(QColor(CATEGORY_COLOURS[category]))
        painter.setPen(QPen(QColor(PAPER), 2))
        painter.drawPie(ring, start, end - start)
        start = end
    hole = ring.adjusted(size * 0.22, size * 0.22, -size * 0.22, -size * 0.22)
    painter.setBrush(QColor(PAPER))
    painter.setPen(Qt.PenStyle.NoPen)
    painter.drawEllipse(hole)
    painter.setPen(QColor(INK))
    painter.setFont(_font(9, bold=True))
    painter.drawText(hole, int(Qt.AlignmentFlag.AlignCenter),
                     money(total, bill.currency))
    painter.setFont(_font(9))
    x, y = ring.right() + 14, ring.top() + 10
    for category, amount in amounts.items():
        painter.fillRect(QRectF(x, y + 2, 10, 10), QColor(CATEGORY_COLOURS[category]))
        painter.setPen(QColor(INK))
        share = float(amount / total) * 100
        painter.drawText(QPointF(x + 16, y + 11),
                         f"{category_label(category)} {share:.0f}%")
        y += 20


def _render(width: int, height: int, draw: Callable[[QPainter], None]) -> bytes:
    """Draw on a white image of the given size and encode it as PNG."""
    ensure_gui_application()
    image = QImage(width, height, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(QColor(PAPER))
    painter = QPainter(image)
    try:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setRenderHint(QPainter.RenderHint.TextAntialiasing)
        painter.setFont(_font(9))
        draw(painter)
    finally:
        painter.end()
    return _png(image)


def _legend(painter: QPainter, categories: list[Category], at: QPointF) -> None:
    painter.setFont(_font(8))
    x = at.x()
    for category in categories:
        painter.fillRect(QRectF(x, at.y(), 10, 10), QColor(CATEGORY_COLOURS[category]))
        painter.setPen(QColor(INK))
        label = category_label(category)
        painter.drawText(QPointF(x + 14, at.y() + 9), label)
        x += 14 + painter.fontMetrics().horizontalAdvance(label) + 14


def _centred(painter: QPainter, rect: QRectF, text: str) -> None:
    painter.setPen(QColor(MUTED))
    painter.drawText(rect, int(Qt.AlignmentFlag.AlignCenter), text)


def _font(points: int, bold: bool = False) -> QFont:
    font = QFont()
    font.setPointSize(points)
    font.setBold(bold)
    return font


def _nice(value: float) -> float:
    """The smallest 1, 2, 2.5 or 5 times a power of ten that is at least `value`."""
    power = 10 ** math.floor(math.log10(value))
    for step in (1, 2, 2.5, 5, 10):
        if step * power >= value:
            return step * power
    return 10 * power


def _png(image: QImage) -> bytes:
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    buffer.close()
    return bytes(data.data())
