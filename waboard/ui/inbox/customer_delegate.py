"""Paints one customer of the list: four lines of plain text and badges, no widgets.

    Name                                            time
    [MX] +52 55 1234 5678               [Opted in]
    last message, on one line, elided…              (2)
    [window 3h 05m left] [Service 20h 11m] [Utility 4h 00m]

Customer text (name, message) is drawn with QPainter.drawText: never as rich text.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRect, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter, QPalette
from PySide6.QtWidgets import QStyle, QStyledItemDelegate, QStyleOptionViewItem

from ...i18n import translate
from ...rules.model import Consent
from ..common import palette
from .customer_model import Chip, Role

Index = QModelIndex | QPersistentModelIndex
LEFT = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
CENTER = Qt.AlignmentFlag.AlignCenter


def chip_text_colour(fill: QColor) -> QColor:
    """White on dark chips, near-black on light ones (amber and yellow included)."""
    def linear(channel: float) -> float:
        return channel / 12.92 if channel <= 0.04045 else ((channel + 0.055) / 1.055) ** 2.4

    luminance = (0.2126 * linear(fill.redF()) + 0.7152 * linear(fill.greenF())
                 + 0.0722 * linear(fill.blueF()))
    return palette.CHIP_TEXT_DARK if luminance > 0.4 else palette.CHIP_TEXT


def blend(first: QColor, second: QColor, share: float) -> QColor:
    """`share` of `first` mixed into `second`."""
    rest = 1.0 - share
    return QColor.fromRgbF(first.redF() * share + second.redF() * rest,
                           first.greenF() * share + second.greenF() * rest,
                           first.blueF() * share + second.blueF() * rest)


@dataclass(frozen=True, slots=True)
class Fonts:
    """The fonts of a row, derived from the view's font: text, name, time and badges."""

    base: QFont
    bold: QFont
    small: QFont
    badge: QFont

    @classmethod
    def of(cls, font: QFont) -> Fonts:
        bold = QFont(font)
        bold.setBold(True)
        small = QFont(font)
        if font.pointSizeF() > 0:
            small.setPointSizeF(max(font.pointSizeF() * 0.85, 6.0))
        else:
            small.setPixelSize(max(round(font.pixelSize() * 0.85), 8))
        badge = QFont(small)
        badge.setBold(True)
        return cls(font, bold, small, badge)

    @property
    def line(self) -> int:
        return QFontMetrics(self.base).height()

    @property
    def title(self) -> int:
        return QFontMetrics(self.bold).height()

    @property
    def chip(self) -> int:
        return QFontMetrics(self.badge).height() + 4


class CustomerDelegate(QStyledItemDelegate):
    PAD = 8
    GAP = 4
    CHIP_PAD = 6

    def sizeHint(self, option: QStyleOptionViewItem, index: Index) -> QSize:  # noqa: N802
        fonts = Fonts.of(option.font)
        height = (2 * self.PAD + fonts.title + fonts.chip + fonts.line + fonts.chip
                  + 3 * self.GAP)
        return QSize(280, height)

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: Index) -> None:
        if index.data(Role.CUSTOMER_ID) is None:
            super().paint(painter, option, index)
            return
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        self._background(painter, option, index)
        fonts = Fonts.of(option.font)
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        colours = option.palette
        if selected:
            text = colours.color(QPalette.ColorRole.HighlightedText)
            dim = text
        else:
            text = colours.color(QPalette.ColorRole.Text)
            dim = blend(text, colours.color(QPalette.ColorRole.Base), 0.6)
        unread = index.data(Role.UNREAD) or 0

        area = option.rect.adjusted(self.PAD, self.PAD, -self.PAD, -self.PAD)
        top = area.top()
        lines = []
        for height in (fonts.title, fonts.chip, fonts.line, fonts.chip):
            lines.append(QRect(area.left(), top, area.width(), height))
            top += height + self.GAP

        # 1: name, time of the last message
        when = index.data(Role.TIME_TEXT) or ""
        painter.setFont(fonts.small)
        painter.setPen(palette.UNREAD_BADGE if unread and not selected else dim)
        when_width = QFontMetrics(fonts.small).horizontalAdvance(when)
        painter.drawText(lines[0], RIGHT, when)
        self.draw_text(painter, fonts.bold, text, lines[0].adjusted(0, 0, -when_width - self.GAP,
                                                                     0), self.name_of(index))

        # 2: region chip and phone, consent (and no WhatsApp) on the right
        line = lines[1]
        right = line.right()
        right_chips = [self.consent_chip(index)]
        if index.data(Role.REACHABLE) is False:
            right_chips.insert(
                0, Chip(translate("CustomerDelegate", "no WhatsApp"), palette.NO_WHATSAPP))
        for chip in reversed(right_chips):
            width = self.chip_width(fonts, chip.text)
            self.draw_chip(painter, fonts, QRect(right - width + 1, line.top(), width,
                                                 line.height()), chip)
            right -= width + self.GAP
        x = line.left()
        region = index.data(Role.REGION) or ""
        if region:
            width = self.chip_width(fonts, region)
            self.draw_chip(painter, fonts, QRect(x, line.top(), width, line.height()),
                           Chip(region, palette.REGION_CHIP))
            x += width + self.GAP
        self.draw_text(painter, fonts.base, text if unread and not selected else dim,
                       QRect(x, line.top(), right - x, line.height()),
                       index.data(Role.PHONE) or "")

        # 3: last message, unread count
        line = lines[2]
        right = line.right()
        if unread:
            count = str(unread) if unread < 1000 else "999+"
            width = max(self.chip_width(fonts, count), fonts.chip)
            badge = QRect(right - width + 1, line.center().y() - fonts.chip // 2, width,
                          fonts.chip)
            self.draw_chip(painter, fonts, badge, Chip(count, palette.UNREAD_BADGE))
            right -= width + self.GAP
        self.draw_text(painter, fonts.base, text if unread else dim,
                       QRect(line.left(), line.top(), right - line.left(), line.height()),
                       index.data(Role.PREVIEW) or "")

        # 4: the window countdown, then one chip per open conversation
        self.draw_badges(painter, fonts, lines[3], index)
        painter.restore()

    def name_of(self, index: Index) -> str:
        """The name exactly as the customer typed it (drawn as plain text)."""
        return str(index.data(Qt.ItemDataRole.DisplayRole) or "")

    def consent_chip(self, index: Index) -> Chip:
        consent = index.data(Role.CONSENT) or Consent.NONE
        return Chip(palette.CONSENT_LABELS[consent], palette.CONSENT_COLOURS[consent])

    def badges(self, index: Index) -> list[Chip]:
        window = Chip(index.data(Role.WINDOW_TEXT) or "", index.data(Role.WINDOW_COLOUR)
                      or palette.WINDOW_NONE)
        return [window, *(index.data(Role.CONVERSATIONS) or [])]

    def draw_badges(self, painter: QPainter, fonts: Fonts, line: QRect, index: Index) -> None:
        chips = self.badges(index)
        x = line.left()
        for n, chip in enumerate(chips):
            width = self.chip_width(fonts, chip.text)
            rest = len(chips) - n - 1
            reserve = self.chip_width(fonts, f"+{rest}") + self.GAP if rest else 0
            if n and x + width + reserve > line.right():
                more = f"+{rest + 1}"
                self.draw_chip(painter, fonts, QRect(x, line.top(), self.chip_width(fonts, more),
                                                     line.height()),
                               Chip(more, palette.REGION_CHIP))
                return
            width = min(width, line.right() - x)
            self.draw_chip(painter, fonts, QRect(x, line.top(), width, line.height()), chip)
            x += width + self.GAP

    def chip_width(self, fonts: Fonts, text: str) -> int:
        return QFontMetrics(fonts.badge).horizontalAdvance(text) + 2 * self.CHIP_PAD

    def draw_chip(self, painter: QPainter, fonts: Fonts, rect: QRect, chip: Chip) -> None:
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(chip.colour)
        radius = rect.height() / 2
        painter.drawRoundedRect(QRectF(rect), radius, radius)
        inner = rect.adjusted(self.CHIP_PAD // 2, 0, -(self.CHIP_PAD // 2), 0)
        self.draw_text(painter, fonts.badge, chip_text_colour(chip.colour), inner, chip.text,
                       CENTER)

    def draw_text(self, painter: QPainter, font: QFont, colour: QColor, rect: QRect,
                  text: str, align: Qt.AlignmentFlag = LEFT) -> None:
        """One line of plain text, elided to fit (newlines were already folded away)."""
        if rect.width() <= 0:
            return
        painter.setFont(font)
        painter.setPen(colour)
        shown = QFontMetrics(font).elidedText(text, Qt.TextElideMode.ElideRight, rect.width())
        painter.drawText(rect, align | Qt.TextFlag.TextSingleLine, shown)

    def _background(self, painter: QPainter, option: QStyleOptionViewItem,
                    index: Index) -> None:
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        opt.text = ""
        widget = option.widget
        style = widget.style() if widget is not None else None
        if style is not None:
            style.drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, widget)
