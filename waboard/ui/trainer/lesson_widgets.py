"""The lesson player's pieces: copyable plain-text labels and answer buttons that wrap."""

from __future__ import annotations

from functools import partial

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QSizePolicy, QWidget

from ..common.widgets import plain_label

lesson_text = partial(plain_label, selectable=True, tall_as_text=True)
"""A label of narration or customer text, never read as markup, that readers can copy."""


def bold(label: QLabel) -> QLabel:
    """`label`, in bold."""
    font = QFont()  # only the weight is set: the size follows the app (presenter mode)
    font.setBold(True)
    label.setFont(font)
    return label


class ChoiceButton(QPushButton):
    """A push button whose plain-text label wraps, so long choices fit a narrow dock."""

    def __init__(self, label: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.label = lesson_text(name="choiceText")
        self.label.setText(label)
        self.label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.label.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        self.label.setTextInteractionFlags(Qt.TextInteractionFlag.NoTextInteraction)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(8, 4, 8, 4)
        layout.addWidget(self.label)
        policy = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        policy.setHeightForWidth(True)
        self.setSizePolicy(policy)

    def choice_text(self) -> str:
        return self.label.text()

    def mark(self, label: str, colour: str, *, bold: bool = False) -> None:
        """Show an answered choice: the right one, or the audience's wrong one."""
        self.label.setText(label)
        self.setStyleSheet(f"QPushButton {{ border: 2px solid {colour}; border-radius: 4px; }}")
        weight = "font-weight: 600;" if bold else ""
        self.label.setStyleSheet(f"color: {colour}; {weight}")

    def sizeHint(self) -> QSize:  # noqa: N802
        layout = self.layout()
        return layout.sizeHint() if layout is not None else super().sizeHint()

    def minimumSizeHint(self) -> QSize:  # noqa: N802
        layout = self.layout()
        return layout.minimumSize() if layout is not None else super().minimumSizeHint()

    def hasHeightForWidth(self) -> bool:  # noqa: N802
        return True

    def heightForWidth(self, width: int) -> int:  # noqa: N802
        layout = self.layout()
        return layout.totalHeightForWidth(width) if layout is not None else -1
