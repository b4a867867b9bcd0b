"""A template as the customer will see it: one chat bubble with header, body, footer, buttons.

Shared by the template picker (parameters filled in as typed) and the template manager
(parameters shown as `{{n}}`). Every piece of template text is shown as plain text.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QFrame, QLabel, QScrollArea, QVBoxLayout, QWidget

from ...i18n import QT_TRANSLATE_NOOP, translate
from ...rules.model import Template
from ...rules.templates import placeholders, render_body
from ..common.palette import (
    BUBBLE_BUTTON,
    BUBBLE_MUTED,
    BUBBLE_RULE,
    BUBBLE_TEXT,
    CHAT_BACKGROUND,
    OUTBOUND_BUBBLE,
)
from ..common.widgets import plain_label

EMPTY_TEXT = QT_TRANSLATE_NOOP(
    "TemplatePreview", "Choose a template to see it as the customer will.")

# Colours come from the palette; shapes and spacing from resources/styles/waboard.qss.
_COLOURS = f"""
QScrollArea#templatePreview, QWidget#templatePreviewCanvas {{
    background: {CHAT_BACKGROUND.name()};
}}
QFrame#templateBubble {{ background: {OUTBOUND_BUBBLE.name()}; }}
QFrame#templateBubble QLabel {{ color: {BUBBLE_TEXT.name()}; background: transparent; }}
QFrame#templateBubble QLabel#templateFooter {{ color: {BUBBLE_MUTED.name()}; }}
QFrame#templateBubble QLabel#templateButton {{
    color: {BUBBLE_BUTTON.name()};
    border-top: 1px solid {BUBBLE_RULE.name()};
}}
QLabel#templatePreviewEmpty {{ color: {BUBBLE_MUTED.name()}; }}
"""


def filled_params(template: Template, values: Sequence[str]) -> tuple[str, ...]:
    """Values for every placeholder, with a blank or missing one shown as its `{{n}}`."""
    count = len(placeholders(template.body))
    return tuple(
        values[i] if i < len(values) and values[i].strip() else f"{{{{{i + 1}}}}}"
        for i in range(count)
    )


class TemplatePreview(QScrollArea):
    """Shows one template, or a hint when there is none, in a scrollable chat background."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("templatePreview")
        self.setWidgetResizable(True)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setStyleSheet(_COLOURS)

        canvas = QWidget(self)
        canvas.setObjectName("templatePreviewCanvas")
        self.bubble = QFrame(canvas)
        self.bubble.setObjectName("templateBubble")
        self.header_label = plain_label(self.bubble, "templateHeader",
                                        selectable=True, tall_as_text=True)
        bold = QFont(self.header_label.font())
        bold.setBold(True)
        self.header_label.setFont(bold)
        self.body_label = plain_label(self.bubble, "templateBody",
                                        selectable=True, tall_as_text=True)
        self.footer_label = plain_label(self.bubble, "templateFooter",
                                        selectable=True, tall_as_text=True)
        self.button_labels: list[QLabel] = []
        self.empty_label = plain_label(canvas, "templatePreviewEmpty",
                                        selectable=True, tall_as_text=True)
        self.empty_label.setText(translate("TemplatePreview", EMPTY_TEXT))
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignCenter)

        self._bubble_layout = QVBoxLayout(self.bubble)
        self._bubble_layout.setContentsMargins(10, 8, 10, 8)
        self._bubble_layout.setSpacing(4)
        for label in (self.header_label, self.body_label, self.footer_label):
            self._bubble_layout.addWidget(label)
        layout = QVBoxLayout(canvas)
        layout.setContentsMargins(12, 12, 12, 12)
        layout.addWidget(self.empty_label)
        layout.addWidget(self.bubble)
        layout.addStretch(1)
        self.setWidget(canvas)
        self.show_template(None)

    def show_template(self, template: Template | None, params: Sequence[str] = ()) -> None:
        """Show `template` with `params` filled in; blank ones stay `{{n}}`."""
        self.empty_label.setVisible(template is None)
        self.bubble.setVisible(template is not None)
        if template is None:
            for label in (self.header_label, self.body_label, self.footer_label):
                label.clear()
            self._set_buttons(())
            return
        self.header_label.setText(template.header)
        self.header_label.setVisible(bool(template.header))
        self.body_label.setText(render_body(template, filled_params(template, params)))
        self.footer_label.setText(template.footer)
        self.footer_label.setVisible(bool(template.footer))
        self._set_buttons(template.buttons)

    def body_text(self) -> str:
        return self.body_label.text()

    def button_texts(self) -> list[str]:
        return [label.text() for label in self.button_labels]

    def _set_buttons(self, labels: Sequence[str]) -> None:
        while len(self.button_labels) > len(labels):
            self.button_labels.pop().deleteLater()
        while len(self.button_labels) < len(labels):
            label = plain_label(self.bubble, "templateButton",
                                        selectable=True, tall_as_text=True)
            label.setAlignment(Qt.AlignmentFlag.AlignCenter)
            self._bubble_layout.addWidget(label)
            self.button_labels.append(label)
        for label, text in zip(self.button_labels, labels, strict=True):
            label.setText(text)
