"""The app's look: the stylesheet, and presenter mode's larger type for projection."""

from __future__ import annotations

import re

from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import QApplication, QTableView

from ...resources import resource

PRESENTER_SCALE = 1.6
STYLESHEET = "styles/waboard.qss"
_POINTS = re.compile(r"(\d+(?:\.\d+)?)pt")
_BASE_POINT_SIZE: list[float] = []


def set_presenter_mode(on: bool) -> None:
    """Style the application, with every font `PRESENTER_SCALE` times larger when on."""
    app = QApplication.instance()
    if not isinstance(app, QApplication):
        return
    scale = PRESENTER_SCALE if on else 1.0
    font = app.font()
    if not _BASE_POINT_SIZE:
        _BASE_POINT_SIZE.append(font.pointSizeF())
    font.setPointSizeF(_BASE_POINT_SIZE[0] * scale)
    app.setFont(font)
    app.setStyleSheet(scaled_stylesheet(scale))
    row_height = QFontMetrics(font).height() + 8
    for widget in app.allWidgets():
        if isinstance(widget, QTableView):
            widget.verticalHeader().setDefaultSectionSize(row_height)


def scaled_stylesheet(scale: float) -> str:
    """The stylesheet with every point size multiplied by `scale`."""
    text = resource(STYLESHEET).read_text(encoding="utf-8")
    return _POINTS.sub(lambda m: f"{float(m.group(1)) * scale:.1f}pt", text)
