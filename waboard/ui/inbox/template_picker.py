"""Choose a template for one customer, fill its parameters, see what sending would do, send.

The line above Send is the rules' verdict for this customer right now (workspace.preview),
said by explain.consequence; it is recomputed on every edit, workspace change and clock tick.
Send always sends: a refused template goes out and fails in the chat, as on the platform.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from ...explain import consequence
from ...i18n import QT_TRANSLATE_NOOP, translate
from ...rules.model import Template
from ...rules.templates import placeholders
from ...service import Change, ChangeKind, InputError, StepResult, Workspace
from ..common.bus import WorkspaceBus
from ..common.widgets import inline_error, plain_label
from .template_model import TemplateBrowser
from .template_preview import TemplatePreview

CHOOSE_TEXT = QT_TRANSLATE_NOOP("TemplatePicker", "Choose a template on the left.")
NO_PARAMS_TEXT = QT_TRANSLATE_NOOP("TemplatePicker", "This template has no parameters.")


def _title(name: str) -> str:
    return translate("TemplatePicker", "Send a template to {name}").format(name=name)


def find_bus(workspace: Workspace, parent: QWidget | None) -> WorkspaceBus | None:
    """The bus of `workspace` owned by `parent` or one of its ancestors (the main window's)."""
    widget = parent
    while widget is not None:
        for bus in widget.findChildren(WorkspaceBus):
            if bus.workspace is workspace:
                return bus
        widget = widget.parentWidget()
    return None


def set_refused(label: QLabel, refused: bool) -> None:
    """Set the `refused` style property and let the stylesheet see it."""
    if label.property("refused") == refused:
        return
    label.setProperty("refused", refused)
    label.style().unpolish(label)
    label.style().polish(label)


class TemplatePickerDialog(QDialog):
    """Send a template to one customer.

    The dialog follows the clock and the workspace's changes through `bus`, by default the
    one owned by `parent` or an ancestor (the main window's).
    """

    def __init__(self, workspace: Workspace, customer_id: int, parent: QWidget | None = None,
                 *, bus: WorkspaceBus | None = None) -> None:
        super().__init__(parent)
        self.workspace = workspace
        self.customer_id = customer_id
        self.result_step: StepResult | None = None
        self._template: Template | None = None
        self.param_edits: list[QLineEdit] = []
        customer = workspace.customer(customer_id)
        self._customer_name = customer.name
        self.setWindowTitle(_title(customer.name))
        self.setObjectName("templatePicker")
        self.resize(900, 600)

        self.browser = TemplateBrowser(self)

        self.template_title = plain_label(self, "sectionTitle", wrap=False)
        self.params_box = QGroupBox(translate("TemplatePicker", "Parameters"), self)
        self.params_form = QFormLayout(self.params_box)
        self.params_form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        self.preview = TemplatePreview(self)
        self.preview.setMinimumHeight(160)
        self.consequence_label = plain_label(self, "consequence", selectable=True)
        self.error_label = inline_error(self)

        buttons = QDialogButtonBox(self)
        self.send_button = QPushButton(translate("TemplatePicker", "Send"), self)
        self.send_button.setObjectName("sendTemplate")
        self.send_button.setToolTip(translate("TemplatePicker", "Send the template (Ctrl+Enter)"))
        buttons.addButton(self.send_button, QDialogButtonBox.ButtonRole.AcceptRole)
        cancel = buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        for button in (self.send_button, cancel):
            button.setAutoDefault(False)  # plain Enter in a field must not send
        self.send_button.clicked.connect(self.send)
        cancel.clicked.connect(self.reject)

        right = QWidget(self)
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addWidget(self.template_title)
        right_layout.addWidget(self.params_box)
        preview_title = QLabel(translate("TemplatePicker", "As the customer will see it"), self)
        preview_title.setObjectName("sectionTitle")
        right_layout.addWidget(preview_title)
        right_layout.addWidget(self.preview, 1)
        right_layout.addWidget(self.consequence_label)
        right_layout.addWidget(self.error_label)
        right_layout.addWidget(buttons)

        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.setChildrenCollapsible(False)
        splitter.addWidget(self.browser)
        splitter.addWidget(right)
        splitter.setStretchFactor(0, 2)
        splitter.setStretchFactor(1, 3)
        splitter.setSizes([360, 540])
        layout = QVBoxLayout(self)
        layout.addWidget(splitter)

        self.browser.chosen.connect(self._template_chosen)
        self.browser.set_templates(workspace.templates())
        bus = bus or find_bus(workspace, parent)
        if bus is not None:
            bus.ticked.connect(self._on_tick)
            bus.changed.connect(self._on_change)
        self._template_chosen(None)
        self.browser.search.setFocus()

    # helpers for the main window and tests

    def select_template(self, name: str, language: str) -> bool:
        """Choose a template by name and language; False if the catalog has none."""
        return self.browser.select(name, language)

    def set_params(self, values: Sequence[str]) -> None:
        """Fill the parameter fields in order; values beyond the template's fields are dropped
        and fields beyond the values are emptied."""
        for index, edit in enumerate(self.param_edits):
            edit.blockSignals(True)
            edit.setText(values[index] if index < len(values) else "")
            edit.blockSignals(False)
        self._refresh()

    def template(self) -> Template | None:
        return self._template

    def params(self) -> tuple[str, ...]:
        """The parameters as sent: the fields in order, trailing empty ones left out."""
        values = [edit.text() for edit in self.param_edits]
        while values and values[-1] == "":
            values.pop()
        return tuple(values)

    def consequence_text(self) -> str:
        return self.consequence_label.text()

    def is_refused(self) -> bool:
        return bool(self.consequence_label.property("refused"))

    # sending

    def send(self) -> None:
        template = self._template
        if template is None:
            return
        try:
            self.result_step = self.workspace.send_template(
                self.customer_id, template.name, template.language, self.params())
        except InputError as error:
            self._show_error(str(error))
            return
        self.accept()

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            # Ctrl+Enter sends from anywhere; plain Enter walks list -> fields and sends from
            # the last field (or the list of a template without parameters)
            focus = self.focusWidget()
            if event.modifiers() & Qt.KeyboardModifier.ControlModifier:
                self.send()
            elif focus in self.param_edits[:-1]:
                self.param_edits[self.param_edits.index(focus) + 1].setFocus()
            elif focus is self.browser.view and self.param_edits:
                self.param_edits[0].setFocus()
            elif focus is self.browser.view or (self.param_edits and
                                                focus is self.param_edits[-1]):
                self.send()
            event.accept()
            return
        super().keyPressEvent(event)

    # reacting

    def _template_chosen(self, template: Template | None) -> None:
        previous = self._template
        self._template = template
        keep = (previous is not None and template is not None and previous.key == template.key
                and placeholders(previous.body) == placeholders(template.body))
        if not keep:
            self._build_param_fields(template)
        if template is None:
            self.template_title.setText(translate("TemplatePicker", "No template chosen"))
        else:
            self.template_title.setText(f"{template.name} · {template.language}")
        self.send_button.setEnabled(template is not None)
        self._refresh()

    def _build_param_fields(self, template: Template | None) -> None:
        while self.params_form.rowCount():
            self.params_form.removeRow(0)
        self.param_edits = []
        numbers = placeholders(template.body) if template else []
        if not numbers:
            hint = QLabel(translate("TemplatePicker", NO_PARAMS_TEXT if template else CHOOSE_TEXT),
                          self.params_box)
            self.params_form.addRow(hint)
            return
        for number in numbers:
            label = plain_label(self.params_box, text=f"{{{{{number}}}}}", wrap=False)
            edit = QLineEdit(self.params_box)
            edit.setObjectName(f"param{number}")
            edit.setPlaceholderText(translate("TemplatePicker", "Value for {placeholder}").format(
                placeholder=f"{{{{{number}}}}}"))
            edit.setAccessibleName(translate("TemplatePicker", "Parameter {number}").format(
                number=number))
            edit.textChanged.connect(self._refresh)
            label.setBuddy(edit)
            self.params_form.addRow(label, edit)
            edit.show()  # now, not on the next event loop: a Tab pressed at once reaches it
            self.param_edits.append(edit)
        # Tab: list -> each field in order -> Send
        chain = [self.browser.view, *self.param_edits, self.send_button]
        for before, after in zip(chain, chain[1:], strict=False):
            QWidget.setTabOrder(before, after)

    def _on_tick(self, _now: object) -> None:
        self._refresh_consequence()

    def _on_change(self, change: Change) -> None:
        if change.kind is ChangeKind.TEMPLATE:
            self.browser.set_templates(self.workspace.templates())
        elif change.kind is ChangeKind.CUSTOMER and change.customer_id == self.customer_id:
            self._customer_name = self.workspace.customer(self.customer_id).name
            self.setWindowTitle(_title(self._customer_name))
        self._refresh_consequence()

    def _refresh(self, *_args: object) -> None:
        self.error_label.hide()
        self.preview.show_template(self._template, [e.text() for e in self.param_edits])
        self._refresh_consequence()

    def _refresh_consequence(self) -> None:
        template = self._template
        if template is None:
            self.consequence_label.setText(translate("TemplatePicker", CHOOSE_TEXT))
            set_refused(self.consequence_label, False)
            return
        try:
            action = self.workspace.template_action(template.name, template.language,
                                                    self.params())
            outcome, market = self.workspace.preview(self.customer_id, action)
        except InputError as error:
            text = translate("TemplatePicker", "Will be refused: {reason}").format(reason=error)
            refused = True
        else:
            text = consequence(outcome, market, self.workspace.regime, self._customer_name)
            refused = outcome.refusal is not None
        if self.consequence_label.text() != text:
            self.consequence_label.setText(text)
        set_refused(self.consequence_label, refused)

    def _show_error(self, message: str) -> None:
        self.error_label.setText(message)
        self.error_label.show()
