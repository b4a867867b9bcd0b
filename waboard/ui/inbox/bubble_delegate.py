"""The chat's bubble painter: a delegate that lays out and paints bubbles, notes and day
separators.

Every piece of text is laid out as plain text (QTextLayout), so `<b>x</b>` from a customer
shows as those characters. Sizes depend on the view's width and font and are recomputed
when either changes; laid-out bubbles are cached per message and width.
"""


from __future__ import annotations

import unicodedata
from collections import OrderedDict
from dataclasses import dataclass

from PySide6.QtCore import (
    QModelIndex,
    QPersistentModelIndex,
    QPointF,
    QRect,
    QRectF,
    QSize,
    Qt,
)
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontMetrics,
    QPainter,
    QTextLayout,
    QTextOption,
)
from PySide6.QtWidgets import (
    QListView,
    QStyledItemDelegate,
    QStyleOptionViewItem,
)

from ...i18n import translate
from ...rules.model import Category
from ...store import MessageRecord
from ..common.palette import (
    BUBBLE_BUTTON,
    BUBBLE_MUTED,
    BUBBLE_SHADOW,
    BUBBLE_TEXT,
    CATEGORY_COLOURS,
    DAY_CHIP,
    FAILED_BUBBLE,
    FAILURE_TEXT,
    INBOUND_BUBBLE,
    OUTBOUND_BUBBLE,
    READ_TICKS,
    SYSTEM_NOTE,
)
from .chat_model import (
    REFERRAL_LABELS,
    TICKS,
    ChatRow,
    RowKind,
    clock_text,
    failure_text,
)

CACHE_SIZE = 4000
MAX_BUBBLE_CHARS = 64  # a bubble is at most this many average characters wide
SIDE_SHARE = 0.78  # and at most this share of the view

Index = QModelIndex | QPersistentModelIndex
# Combined flags built once: combining Qt flags costs more than laying out a short note.
WRAP_CENTRED = int(Qt.TextFlag.TextWordWrap | Qt.AlignmentFlag.AlignCenter)
RIGHT_MIDDLE = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
CENTRED = int(Qt.AlignmentFlag.AlignCenter)


def _direction(paragraph: str) -> Qt.LayoutDirection:
    """The paragraph's direction from its first strong character (Unicode bidi rule P2)."""
    if paragraph.isascii():  # no right-to-left character: left to right, strong or not
        return Qt.LayoutDirection.LeftToRight
    for char in paragraph:
        kind = unicodedata.bidirectional(char)
        if kind in ("R", "AL"):
            return Qt.LayoutDirection.RightToLeft
        if kind == "L":
            return Qt.LayoutDirection.LeftToRight
    return Qt.LayoutDirection.LeftToRight


class TextBlock:
    """Plain text wrapped to a width: one QTextLayout per paragraph, drawn as laid out."""

    def __init__(self, text: str, font: QFont, width: float) -> None:
        self.text, self.font = text, font
        self.paragraphs = text.replace("\r\n", "\n").replace("\r", "\n").split("\n")
        self.rtl = any(_direction(p) is Qt.LayoutDirection.RightToLeft
                       for p in self.paragraphs)
        self._lay_out(width)

    def _lay_out(self, width: float) -> None:
        self.layouts: list[QTextLayout] = []
        y = natural = last = 0.0
        for paragraph in self.paragraphs:
            layout = QTextLayout(paragraph, self.font)
            option = QTextOption()
            option.setWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
            option.setTextDirection(_direction(paragraph))
            option.setAlignment(Qt.AlignmentFlag.AlignLeft)  # leading: right for RTL
            layout.setTextOption(option)
            layout.setCacheEnabled(True)
            layout.beginLayout()
            while True:
                line = layout.createLine()
                if not line.isValid():
                    break
                line.setLineWidth(width)
                line.setPosition(QPointF(0, y))
                y += line.height()
                last = line.naturalTextWidth()
                natural = max(natural, last)
            layout.endLayout()
            self.layouts.append(layout)
        self.width, self.height, self.last_line = natural, y, last
        self.last_rtl = bool(self.paragraphs) and \
            _direction(self.paragraphs[-1]) is Qt.LayoutDirection.RightToLeft

    def fit(self, width: float) -> None:
        """Lay out again at the bubble's final width (so right-to-left lines align)."""
        if self.rtl:
            self._lay_out(width)

    def draw(self, painter: QPainter, x: float, y: float) -> None:
        for layout in self.layouts:
            layout.draw(painter, QPointF(x, y))


@dataclass
class _Part:
    block: TextBlock
    colour: QColor
    spaced: bool = False  # a little room above it (footer, failure)
    y: float = 0.0
    quote: bool = False  # the quoted message of a reply: on a shaded box with a bar


@dataclass
class BubbleShape:
    """A message laid out for one width: where each piece goes, relative to the bubble."""

    width: int
    height: int
    parts: list[_Part]
    meta: str
    meta_width: int
    meta_y: float
    fill: QColor
    outbound: bool
    read: bool
    buttons: tuple[str, ...] = ()
    button_height: int = 0
    total_height: int = 0


class Metrics:
    """Spacing that scales with the font (presenter mode makes everything larger)."""

    def __init__(self, font: QFont) -> None:
        self.font = QFont(font)
        self.bold = QFont(font)
        self.bold.setBold(True)
        self.small = QFont(font)
        self.small.setPointSizeF(max(6.0, font.pointSizeF() * 0.85))
        self.italic_small = QFont(self.small)
        self.italic_small.setItalic(True)
        self.fm = QFontMetrics(self.font)
        self.small_fm = QFontMetrics(self.small)
        line = self.fm.height()
        self.pad_x = round(line * 0.6)
        self.pad_y = round(line * 0.35)
        self.margin = round(line * 0.9)
        self.gap = max(2, round(line * 0.15))
        self.button_height = line + 2 * self.pad_y
        self.char = max(1, self.fm.averageCharWidth())


class BubbleDelegate(QStyledItemDelegate):
    """Paints chat rows; the view's width and font decide every size."""

    def __init__(self, view: QListView) -> None:
        super().__init__(view)
        self.view = view
        self._cache: OrderedDict[tuple, BubbleShape] = OrderedDict()
        self._note_rects: dict[tuple[str, int], QRect] = {}  # a chat repeats a few notes
        self._metrics: Metrics | None = None
        self.view_width: int | None = None

    # geometry

    def width(self) -> int:
        """The viewport's width, as the view last reported it (asking Qt every time is
        slow enough to show when thousands of rows are measured)."""
        if self.view_width is None:
            self.view_width = self.view.viewport().width()
        return max(120, self.view_width)

    def metrics(self) -> Metrics:
        font = self.view.font()
        if self._metrics is None or self._metrics.font != font:
            self._metrics = Metrics(font)
            self._cache.clear()
            self._note_rects.clear()
        return self._metrics

    def clear(self) -> None:
        self._cache.clear()
        self._note_rects.clear()
        self._metrics = None

    def _row(self, index: Index) -> tuple[ChatRow, str]:
        """The row and its text, read from the chat model itself: `QModelIndex.data()`
        must not be used here, it leaks a reference to None on every empty answer in
        PySide6 6.12, and a chat view asks for thousands of them."""
        model = self.view.chat_model
        assert model is not None
        row = model.row(index.row())
        return row, row.display(model.now)

    def sizeHint(self, option: QStyleOptionViewItem, index: Index) -> QSize:
        width = self.width()
        row, text = self._row(index)
        if row.kind is RowKind.MESSAGE and row.record is not None:
            return QSize(width, self.bubble(row.record, width).total_height)
        m = self.metrics()
        rect = self._note_rect(m, text, width)
        return QSize(width, rect.height() + 2 * m.pad_y + 2 * m.gap + 2)

    def bubble(self, record: MessageRecord, width: int) -> BubbleShape:
        m = self.metrics()
        model = self.view.chat_model
        assert model is not None
        status = record.delivery_status(model.now)  # ticks move with the clock
        key = (record.id, record.customer_id, width, status)
        shape = self._cache.get(key)
        if shape is not None:
            self._cache.move_to_end(key)
            return shape
        shape = self._shape(record, width, m, status, model.quoted(record))
        self._cache[key] = shape
        if len(self._cache) > CACHE_SIZE:
            self._cache.popitem(last=False)
        return shape

    def _shape(self, record: MessageRecord, width: int, m: Metrics, status: str,
               quoted: str) -> BubbleShape:
        limit = min(int(width * SIDE_SHARE), m.char * MAX_BUBBLE_CHARS, width - 2 * m.margin)
        inner = max(40, limit - 2 * m.pad_x)
        parts: list[_Part] = []
        referral = REFERRAL_LABELS.get(record.referral or "", "")
        if referral and record.direction == "in":
            parts.append(_Part(TextBlock(referral, m.italic_small, inner), BUBBLE_MUTED))
        if record.reply_to is not None:  # a button reply quotes the message it answers
            parts.append(_Part(TextBlock(quoted, m.small, inner - m.pad_x), BUBBLE_MUTED,
                               quote=True))
        if record.header:
            parts.append(_Part(TextBlock(record.header, m.bold, inner), BUBBLE_TEXT))
        body = record.text
        if not body and record.kind == "template":
            name = translate("Chat", "Template {name} ({language})").format(
                name=record.template_name or "?", language=record.template_language or "?")
            parts.append(_Part(TextBlock(name, m.italic_small, inner),
                               BUBBLE_MUTED))
        else:
            parts.append(_Part(TextBlock(body, m.font, inner), BUBBLE_TEXT))
        if record.footer:
            parts.append(_Part(TextBlock(record.footer, m.small, inner), BUBBLE_MUTED, True))
        failure = failure_text(record)
        if failure:
            parts.append(_Part(TextBlock(failure, m.small, inner), FAILURE_TEXT, True))

        meta = clock_text(record.at)
        if record.origin:
            meta = f"{record.origin.upper()} · {meta}"  # sent through the Cloud API
        ticks = TICKS.get(status, "")
        if ticks:
            meta = f"{meta}  {ticks}"
        meta_width = m.small_fm.horizontalAdvance(meta) + 2
        content = max(p.block.width for p in parts)
        last = parts[-1].block
        inline = not last.last_rtl and last.last_line + m.pad_x + meta_width <= inner
        text_width = max(content, last.last_line + m.pad_x + meta_width if inline else meta_width)
        text_width = min(inner, int(text_width) + 1)
        y = float(m.pad_y)
        for part in parts:
            part.block.fit(text_width)
            if part.spaced:
                y += m.gap
            part.y = y
            y += part.block.height
        if inline:
            meta_y = y - m.small_fm.height()
        else:
            meta_y = y
            y += m.small_fm.height()
        height = int(y + m.pad_y + 0.999)
        bubble_width = text_width + 2 * m.pad_x
        fill = INBOUND_BUBBLE if record.direction == "in" else OUTBOUND_BUBBLE
        if failure:
            fill = FAILED_BUBBLE
        buttons = tuple(record.buttons)
        button_block = len(buttons) * (m.button_height + m.gap)
        if buttons:
            bubble_width = max(bubble_width, min(limit, max(
                m.fm.horizontalAdvance(b) + 4 * m.pad_x for b in buttons)))
        total = height + button_block + 2 * m.gap + 2
        return BubbleShape(bubble_width, height, parts, meta, meta_width, meta_y, fill,
                           record.direction == "out", status == "read", buttons,
                           m.button_height, total)

    def _note_rect(self, m: Metrics, text: str, width: int) -> QRect:
        """The note's text wrapped to the view's width, measured once per text and width."""
        key = (text, width)
        rect = self._note_rects.get(key)
        if rect is None:
            limit = max(60, min(int(width * 0.86), m.char * 90))
            rect = m.small_fm.boundingRect(QRect(0, 0, limit, 100000), WRAP_CENTRED, text)
            if len(self._note_rects) >= CACHE_SIZE:  # countdowns keep making new texts
                self._note_rects.clear()
            self._note_rects[key] = rect
        return rect

    # painting

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: Index) -> None:
        row, text = self._row(index)
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setRenderHint(QPainter.RenderHint.TextAntialiasing)
        if row.kind is RowKind.MESSAGE and row.record is not None:
            self._paint_bubble(painter, option.rect, row.record)
        else:
            self._paint_note(painter, option.rect, row, text)
        painter.restore()

    def _paint_bubble(self, painter: QPainter, rect: QRect, record: MessageRecord) -> None:
        m = self.metrics()
        width = self.width()
        shape = self.bubble(record, width)
        left = width - m.margin - shape.width if shape.outbound else m.margin
        top = rect.top() + m.gap
        box = QRectF(left, top, shape.width, shape.height)
        radius = m.pad_y * 2
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(BUBBLE_SHADOW)
        painter.drawRoundedRect(box.translated(0, 1), radius, radius)
        painter.setBrush(shape.fill)
        painter.drawRoundedRect(box, radius, radius)
        x = left + m.pad_x
        for part in shape.parts:
            if part.quote:
                painter.setPen(Qt.PenStyle.NoPen)
                painter.setBrush(BUBBLE_SHADOW)
                painter.drawRoundedRect(QRectF(x - m.pad_x / 2, top + part.y - 2,
                                               shape.width - m.pad_x, part.block.height + 4),
                                        4, 4)
                painter.setBrush(READ_TICKS)
                painter.drawRect(QRectF(x - m.pad_x / 2, top + part.y - 2, 3,
                                        part.block.height + 4))
                painter.setPen(part.colour)
                part.block.draw(painter, x + m.pad_x / 2, top + part.y)
                continue
            painter.setPen(part.colour)
            part.block.draw(painter, x, top + part.y)
        painter.setFont(m.small)
        meta_box = QRectF(left + shape.width - m.pad_x - shape.meta_width, top + shape.meta_y,
                          shape.meta_width, m.small_fm.height())
        time_text, _, ticks = shape.meta.partition("  ")
        painter.setPen(BUBBLE_MUTED)
        if ticks:
            tick_width = m.small_fm.horizontalAdvance(ticks) + 1
            painter.drawText(meta_box.adjusted(0, 0, -tick_width, 0), RIGHT_MIDDLE,
                             time_text + " ")
            painter.setPen(READ_TICKS if shape.read else BUBBLE_MUTED)
            painter.drawText(meta_box, RIGHT_MIDDLE, ticks)
        else:
            painter.drawText(meta_box, RIGHT_MIDDLE, time_text)
        y = top + shape.height + m.gap
        painter.setFont(m.font)
        for button in shape.buttons:
            pill = QRectF(left + 0.5, y + 0.5, shape.width - 1, shape.button_height - 1)
            painter.setPen(BUBBLE_BUTTON)
            painter.setBrush(shape.fill)
            painter.drawRoundedRect(pill, radius, radius)
            label = m.fm.elidedText(button, Qt.TextElideMode.ElideRight,
                                    int(pill.width()) - 2 * m.pad_x)
            painter.drawText(pill, CENTRED, label)
            y += shape.button_height + m.gap

    def _paint_note(self, painter: QPainter, rect: QRect, row: ChatRow, text: str) -> None:
        m = self.metrics()
        width = self.width()
        kind = row.kind
        text_rect = self._note_rect(m, text, width)
        dot = 0
        category = Category(row.category) if row.category else None
        if category is not None:
            dot = m.small_fm.height() // 2
        w = text_rect.width() + 2 * m.pad_x + (dot + m.gap * 2 if dot else 0)
        h = text_rect.height() + 2 * m.pad_y
        box = QRectF((width - w) / 2, rect.top() + m.gap + 1, w, h)
        radius = min(h / 2, 2.0 * m.pad_y + 4)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(BUBBLE_SHADOW)
        painter.drawRoundedRect(box.translated(0, 1), radius, radius)
        painter.setBrush(DAY_CHIP if kind == RowKind.DAY else SYSTEM_NOTE)
        painter.drawRoundedRect(box, radius, radius)
        text_box = QRectF(box.left() + m.pad_x, box.top() + m.pad_y, text_rect.width(),
                          text_rect.height())
        if dot:
            painter.setBrush(CATEGORY_COLOURS[category])
            painter.drawEllipse(QRectF(box.left() + m.pad_x, box.center().y() - dot / 2,
                                       dot, dot))
            text_box.translate(dot + m.gap * 2, 0)
        painter.setFont(m.small)
        painter.setPen(BUBBLE_MUTED if kind == RowKind.DAY else BUBBLE_TEXT)
        painter.drawText(text_box, WRAP_CENTRED, text)
