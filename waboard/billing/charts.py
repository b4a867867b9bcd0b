"""The HTML report's charts as inline SVG: cost per day stacked by category, and each
category's share of the period's cost as a ring with a legend.

Pure Python, no Qt: each chart is one `<svg>` element written as text, sized by its viewBox
so it scales with the page. Every text in it is escaped; each bar and ring segment carries
a `<title>` that a browser shows on hover. Colours come from waboard.colours.
"""

from __future__ import annotations

import math
from collections.abc import Iterable
from decimal import Decimal
from html import escape

from ..colours import CATEGORY_COLOURS, GRID, INK, MUTED, PAPER
from ..explain import category_label
from ..i18n import QT_TRANSLATE_NOOP, translate
from ..money import exact_money, money
from ..rules.model import ZERO, Category
from .bill import CATEGORY_ORDER, Bill

NOTHING_CHARGED = QT_TRANSLATE_NOOP("Charts", "Nothing was charged in this period")
FONT = "system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif"
SMALL, NORMAL = 11, 12
CHAR_WIDTH = 0.58  # an average glyph's width, in ems, for laying out legends
TICKS = 4
MOST_DAY_LABELS = 12


def chart_svgs(bill: Bill) -> dict[str, str]:
    """Both charts of the report, keyed as export.html_report places them."""
    return {"daily": daily_chart(bill), "share": share_chart(bill)}


def daily_chart(bill: Bill, width: int = 560, height: int = 260) -> str:
    """Cost per day, one bar per day stacked by category, a money axis and a legend."""
    days = bill.daily
    top = max((day.total for day in days), default=ZERO)
    left, right, upper, lower = 64.0, 10.0, 10.0, 46.0
    plot_width, plot_height = width - left - right, height - upper - lower
    bottom = upper + plot_height
    if not top:
        return _svg(width, height, translate("Charts", "Cost per day"),
                    [_nothing(width / 2, height / 2)])
    scale_top = nice_ceiling(float(top))
    parts = []
    for tick in range(TICKS + 1):
        y = bottom - plot_height * tick / TICKS
        value = Decimal(str(round(scale_top * tick / TICKS, 6)))
        parts.append(_line(left, y, left + plot_width, y, GRID))
        parts.append(_text(left - 6, y + 4, exact_money(value, bill.currency), MUTED,
                           anchor="end", size=SMALL))
    slot = plot_width / len(days)
    bar = max(1.0, slot * 0.75)
    label_every = max(1, math.ceil(len(days) / MOST_DAY_LABELS))
    for index, day in enumerate(days):
        x = left + slot * index + (slot - bar) / 2
        y = bottom
        for category in CATEGORY_ORDER:
            amount = day.amounts.get(category)
            if not amount:
                continue
            h = plot_height * float(amount) / scale_top
            y -= h
            title = (f"{day.day.isoformat()}: {category_label(category)} "
                     f"{money(amount, bill.currency)}")
            parts.append(f'<rect x="{x:.2f}" y="{y:.2f}" width="{bar:.2f}" height="{h:.2f}" '
                         f'fill="{CATEGORY_COLOURS[category]}">{_title(title)}</rect>')
        if index % label_every == 0:
            parts.append(_text(x + bar / 2, bottom + 15, str(day.day.day), MUTED,
                               anchor="middle", size=SMALL))
    used = [c for c in CATEGORY_ORDER if any(c in d.amounts for d in days)]
    parts += _legend_row(used, left, height - 14)
    return _svg(width, height, translate("Charts", "Cost per day, by category"), parts)


def share_chart(bill: Bill, width: int = 360, height: int = 260) -> str:
    """Each category's share of the period's cost: a ring, the total in its hole, and a
    legend with each category's percentage."""
    amounts = {c: line.amount for c, line in bill.by_category().items() if line.amount}
    total = sum(amounts.values(), ZERO)
    if not total:
        return _svg(width, height, translate("Charts", "Share of the cost"),
                    [_nothing(width / 2, height / 2)])
    size = min(height - 20.0, width * 0.55)
    outer = size / 2
    inner = outer * 0.56
    cx, cy = 10 + outer, height / 2
    parts, start, running = [], 0.0, ZERO
    for category, amount in amounts.items():
        running += amount
        end = 2 * math.pi * float(running / total)
        share = float(amount / total) * 100
        title = f"{category_label(category)}: {money(amount, bill.currency)} ({share:.0f}%)"
        parts.append(f'<path d="{_ring_segment(cx, cy, outer, inner, start, end)}" '
                     f'fill="{CATEGORY_COLOURS[category]}" stroke="{PAPER}" '
                     f'stroke-width="2">{_title(title)}</path>')
        start = end
    parts.append(_text(cx, cy + 4, money(total, bill.currency), INK, anchor="middle",
                       bold=True))
    x, y = cx + outer + 14, cy - 10 * len(amounts) + 10
    for category, amount in amounts.items():
        share = float(amount / total) * 100
        parts.append(_swatch(x, y - 9, category))
        parts.append(_text(x + 16, y, f"{category_label(category)} {share:.0f}%", INK))
        y += 20
    return _svg(width, height, translate("Charts", "Share of the cost, by category"), parts)


def nice_ceiling(value: float) -> float:
    """The smallest 1, 2, 2.5 or 5 times a power of ten that is at least `value` (> 0)."""
    power = 10 ** math.floor(math.log10(value))
    for step in (1, 2, 2.5, 5, 10):
        if step * power >= value * (1 - 1e-12):
            return step * power
    return 10 * power


def _ring_segment(cx: float, cy: float, outer: float, inner: float, start: float,
                  end: float) -> str:
    """An SVG path for the ring between angles `start` and `end` (radians, clockwise from
    twelve o'clock). A whole ring is drawn as two halves, since one arc cannot close."""
    if end - start >= 2 * math.pi - 1e-9:
        middle = start + math.pi
        return (_ring_segment(cx, cy, outer, inner, start, middle) + " "
                + _ring_segment(cx, cy, outer, inner, middle, end))
    large = 1 if end - start > math.pi else 0

    def point(radius: float, angle: float) -> str:
        return f"{cx + radius * math.sin(angle):.2f} {cy - radius * math.cos(angle):.2f}"

    return (f"M {point(outer, start)} A {outer:.2f} {outer:.2f} 0 {large} 1 {point(outer, end)} "
            f"L {point(inner, end)} A {inner:.2f} {inner:.2f} 0 {large} 0 {point(inner, start)} Z")


def _legend_row(categories: Iterable[Category], x: float, y: float) -> list[str]:
    parts = []
    for category in categories:
        label = category_label(category)
        parts.append(_swatch(x, y - 9, category))
        parts.append(_text(x + 14, y, label, INK, size=SMALL))
        x += 14 + len(label) * SMALL * CHAR_WIDTH + 14
    return parts


def _swatch(x: float, y: float, category: Category) -> str:
    return (f'<rect x="{x:.2f}" y="{y:.2f}" width="10" height="10" rx="2" '
            f'fill="{CATEGORY_COLOURS[category]}"/>')


def _line(x1: float, y1: float, x2: float, y2: float, colour: str) -> str:
    return (f'<line x1="{x1:.2f}" y1="{y1:.2f}" x2="{x2:.2f}" y2="{y2:.2f}" '
            f'stroke="{colour}" stroke-width="1"/>')


def _text(x: float, y: float, text: str, colour: str, *, anchor: str = "start",
          size: int = NORMAL, bold: bool = False) -> str:
    weight = ' font-weight="600"' if bold else ""
    return (f'<text x="{x:.2f}" y="{y:.2f}" fill="{colour}" font-size="{size}" '
            f'text-anchor="{anchor}"{weight}>{escape(text)}</text>')


def _nothing(x: float, y: float) -> str:
    return _text(x, y, translate("Charts", NOTHING_CHARGED), MUTED, anchor="middle")


def _title(text: str) -> str:
    return f"<title>{escape(text)}</title>"


def _svg(width: int, height: int, label: str, parts: list[str]) -> str:
    return (f'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {width} {height}" '
            f'width="{width}" height="{height}" role="img" aria-label="{escape(label)}" '
            f'font-family="{escape(FONT)}">'
            f'<rect width="{width}" height="{height}" fill="{PAPER}"/>'
            + "".join(parts) + "</svg>")
