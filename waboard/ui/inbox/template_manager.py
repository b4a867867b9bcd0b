"""The template catalog: create and edit templates, and play the platform's review.

The status buttons simulate what Meta does to a template (approve, pause for low quality,
disable, reject, send back to review). Everything typed is validated by the rules through
the workspace; a template they refuse is not stored and the reason shows under the form.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from ...explain import category_label
from ...formats import count
from ...i18n import QT_TRANSLATE_NOOP, translate
from ...rules.model import TEMPLATE_CATEGORIES, Category, Template, TemplateStatus
from ...rules.templates import MAX_BODY, MAX_HEADER
from ...service import Change, ChangeKind, InputError, Workspace
from ..common.bus import WorkspaceBus
from ..common.widgets import inline_error, plain_label
from .template_history import history_text
from .template_model import STATUS_LABELS, TemplateBrowser
from .template_picker import find_bus, set_refused
from .template_preview import TemplatePreview

STATUS_ACTIONS = (
    (TemplateStatus.APPROVED, QT_TRANSLATE_NOOP("TemplateManager", "Approve"),
     QT_TRANSLATE_NOOP("TemplateManager", "Simulate the platform approving the template")),
    (TemplateStatus.PAUSED, QT_TRANSLATE_NOOP("TemplateManager", "Pause"),
     QT_TRANSLATE_NOOP("TemplateManager",
                       "Simulate a pause for low quality: sends fail with 132015")),
    (TemplateStatus.DISABLED, QT_TRANSLATE_NOOP("TemplateManager", "Disable"),
     QT_TRANSLATE_NOOP("TemplateManager", "Simulate disabling: sends fail with 132016")),
    (TemplateStatus.REJECTED, QT_TRANSLATE_NOOP("TemplateManager", "Reject"),
     QT_TRANSLATE_NOOP("TemplateManager", "Simulate a rejected review: sends fail with 132001")),
    (TemplateStatus.PENDING, QT_TRANSLATE_NOOP("TemplateManager", "Pending"),
     QT_TRANSLATE_NOOP("TemplateManager", "Send back to review: sends fail with 132001")),
)
"""The review buttons: the status each sets, its text and its tooltip (marked here,
translated where shown)."""
NEW_LANGUAGE = "en_US"


def _optional_text() -> str:
    """The placeholder of the header and footer (the same limit for both)."""
    return translate("TemplateManager", "Optional, up to {limit} characters").format(
        limit=MAX_HEADER)



class TemplateManagerDialog(QDialog):
    """Browse, create and edit templates and change their status.

    Follows template changes made elsewhere through `bus`, by default the one owned by
    `parent` or an ancestor (the main window's).
    """

    def __init__(self, workspace: Workspace, parent: QWidget | None = None,
                 *, bus: WorkspaceBus | None = None) -> None:
        super().__init__(parent)
        self.workspace = workspace
        self._editing: tuple[str, str] | None = None  # key of the stored template in the form
        self._saving = False
        self.setWindowTitle(translate("TemplateManager", "Templates"))
        self.setObjectName("templateManager")
        self.resize(900, 600)

        self.browser = TemplateBrowser(self)
        self.new_button = QPushButton(translate("TemplateManager", "New template"), self)
        self.new_button.setObjectName("newTemplate")
        left = QWidget(self)
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.browser, 1)
        left_layout.addWidget(self.new_button)

        self.review_hint = QLabel(
            translate("TemplateManager", "Simulate the platform's review of the saved template:"),
            self)
        self.review_hint.setWordWrap(True)
        self.form_title = plain_label(self, "sectionTitle", wrap=False)
        self.name_edit = QLineEdit(self)
        self.name_edit.setPlaceholderText("order_update")
        self.language_edit = QLineEdit(self)
        self.language_edit.setPlaceholderText("en_US")
        self.category_combo = QComboBox(self)
        for category in TEMPLATE_CATEGORIES:
            self.category_combo.addItem(category_label(category), category.value)
        self.status_combo = QComboBox(self)
        for status, label in STATUS_LABELS.items():
            self.status_combo.addItem(label, status.value)
        self.header_edit = QLineEdit(self)
        self.header_edit.setPlaceholderText(_optional_text())
        self.body_edit = QPlainTextEdit(self)
        self.body_edit.setPlaceholderText(
            translate("TemplateManager", "Hi {{1}}, your order {{2}} has shipped."))
        self.body_edit.setTabChangesFocus(True)
        self.body_edit.setMinimumHeight(70)
        self.body_count = QLabel(self)
        self.body_count.setObjectName("bodyCount")
        self.body_count.setAlignment(Qt.AlignmentFlag.AlignRight)
        self.footer_edit = QLineEdit(self)
        self.footer_edit.setPlaceholderText(_optional_text())
        self.buttons_edit = QPlainTextEdit(self)
        self.buttons_edit.setPlaceholderText(
            translate("TemplateManager", "One button label per line"))
        self.buttons_edit.setTabChangesFocus(True)
        lines = self.buttons_edit.fontMetrics().lineSpacing()
        self.buttons_edit.setFixedHeight(lines * 3 + 14)

        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        name_row = QHBoxLayout()
        name_row.addWidget(self.name_edit, 3)
        name_row.addWidget(QLabel(translate("TemplateManager", "Language"), self))
        name_row.addWidget(self.language_edit, 1)
        form.addRow(translate("TemplateManager", "Name"), name_row)
        kind_row = QHBoxLayout()
        kind_row.addWidget(self.category_combo, 1)
        kind_row.addWidget(QLabel(translate("TemplateManager", "Status"), self))
        kind_row.addWidget(self.status_combo, 1)
        form.addRow(translate("TemplateManager", "Category"), kind_row)
        form.addRow(translate("TemplateManager", "Header"), self.header_edit)
        body = QVBoxLayout()
        body.setSpacing(0)
        body.addWidget(self.body_edit)
        body.addWidget(self.body_count)
        form.addRow(translate("TemplateManager", "Body"), body)
        form.addRow(translate("TemplateManager", "Footer"), self.footer_edit)
        form.addRow(translate("TemplateManager", "Buttons"), self.buttons_edit)

        self.error_label = inline_error(self)

        self.save_button = QPushButton(translate("TemplateManager", "Save"), self)
        self.save_button.setObjectName("saveTemplate")
        self.revert_button = QPushButton(translate("TemplateManager", "Revert"), self)
        save_row = QHBoxLayout()
        save_row.addStretch(1)
        save_row.addWidget(self.revert_button)
        save_row.addWidget(self.save_button)

        self.status_buttons: dict[TemplateStatus, QPushButton] = {}
        status_row = QHBoxLayout()
        status_row.setSpacing(4)
        for status, text, tip in STATUS_ACTIONS:
            button = QPushButton(translate("TemplateManager", text), self)
            button.setObjectName(f"status_{status.value}")
            button.setToolTip(translate("TemplateManager", tip))
            button.clicked.connect(lambda _=False, s=status: self.set_status(s))
            status_row.addWidget(button)
            self.status_buttons[status] = button
        status_row.addStretch(1)

        self.preview = TemplatePreview(self)

        right = QWidget(self)
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addWidget(self.form_title)
        right_layout.addWidget(self.review_hint)
        right_layout.addLayout(status_row)
        right_layout.addLayout(form)
        right_layout.addWidget(self.error_label)
        right_layout.addLayout(save_row)
        self.history_label = plain_label(self, "templateHistory", tall_as_text=True)
        right_layout.addWidget(self.history_label)
        right_layout.addStretch(1)

        preview_pane = QWidget(self)
        preview_layout = QVBoxLayout(preview_pane)
        preview_layout.setContentsMargins(0, 0, 0, 0)
        preview_title = QLabel(translate("TemplateManager", "Preview"), self)
        preview_title.setObjectName("sectionTitle")
        preview_layout.addWidget(preview_title)
        preview_layout.addWidget(self.preview, 1)

        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.setChildrenCollapsible(False)
        splitter.addWidget(left)
        splitter.addWidget(right)
        splitter.addWidget(preview_pane)
        for pane, stretch in enumerate((3, 4, 3)):
            splitter.setStretchFactor(pane, stretch)
        splitter.setSizes([260, 390, 250])
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        close.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(splitter, 1)
        layout.addWidget(close)
        for button in (*self.status_buttons.values(), self.save_button, self.revert_button,
                       self.new_button, *close.buttons()):
            button.setAutoDefault(False)

        for edit in (self.name_edit, self.language_edit, self.header_edit, self.footer_edit):
            edit.textChanged.connect(self._form_changed)
        for text_edit in (self.body_edit, self.buttons_edit):
            text_edit.textChanged.connect(self._form_changed)
        for combo in (self.category_combo, self.status_combo):
            combo.currentIndexChanged.connect(self._form_changed)
        self.browser.chosen.connect(self._template_chosen)
        self.new_button.clicked.connect(self.new_template)
        self.save_button.clicked.connect(self.save)
        self.revert_button.clicked.connect(self.revert)
        bus = bus or find_bus(workspace, parent)
        if bus is not None:
            bus.changed.connect(self._on_change)

        self.browser.set_templates(workspace.templates())
        templates = self.browser.model.templates()
        if templates:
            self.browser.select(*templates[0].key)
        else:
            self.new_template()

    # helpers for the main window and tests

    def select_template(self, name: str, language: str) -> bool:
        return self.browser.select(name, language)

    def editing(self) -> tuple[str, str] | None:
        """The key of the stored template in the form; None while creating a new one."""
        return self._editing

    def form_template(self) -> Template:
        """The template the form describes (not validated)."""
        buttons = tuple(line.strip() for line in self.buttons_edit.toPlainText().splitlines()
                        if line.strip())
        return Template(
            name=self.name_edit.text().strip(),
            language=self.language_edit.text().strip(),
            category=Category(self.category_combo.currentData()),
            body=self.body_edit.toPlainText(),
            status=TemplateStatus(self.status_combo.currentData()),
            header=self.header_edit.text().strip(),
            footer=self.footer_edit.text().strip(),
            buttons=buttons,
        )

    def error_text(self) -> str:
        return self.error_label.text() if not self.error_label.isHidden() else ""

    # actions

    def new_template(self) -> None:
        """Empty the form for a new template (pending review, as on the platform)."""
        current = self.browser.current()
        self._editing = None
        self._fill(Template("", current.language if current else NEW_LANGUAGE,
                            Category.UTILITY, "", TemplateStatus.PENDING))
        self._show_history()
        self.name_edit.setFocus()

    def save(self) -> bool:
        """Store the form (create or edit); on refusal show why and store nothing."""
        template = self.form_template()
        self._saving = True  # the list reloads meanwhile; the form stays as typed
        try:
            if self._editing is None:
                self.workspace.add_template(template)
            else:
                self.workspace.edit_template(self._editing, template)
            self._editing = template.key
            self._reload()
            self.browser.select(*template.key)
        except InputError as error:
            self._show_error(str(error))
            return False
        finally:
            self._saving = False
        self._fill(template)
        self._show_history()
        return True

    def revert(self) -> None:
        current = self.browser.current()
        if self._editing is not None and current is not None:
            self._fill(current)
        else:
            self.new_template()

    def set_status(self, status: TemplateStatus) -> bool:
        """Change the saved template's status at once (the form's other edits are kept)."""
        if self._editing is None:
            return False
        try:
            self.workspace.set_template_status(self._editing, status)
        except InputError as error:
            self._show_error(str(error))
            return False
        self._reload()
        self._set_status_combo(status)
        self._update_status_buttons()
        return True

    # reacting

    def _reload(self) -> None:
        self.browser.set_templates(self.workspace.templates())

    def _on_change(self, change: Change) -> None:
        if change.kind is ChangeKind.TEMPLATE:
            self._reload()

    def _show_history(self) -> None:
        key = self._editing
        self.history_label.setVisible(key is not None)
        if key is not None:
            self.history_label.setText(
                history_text(self.workspace.store.template_changes(), key))

    def _template_chosen(self, template: Template | None) -> None:
        self._show_history()
        if self._saving:
            return
        if template is None:
            if self._editing is not None:
                self.new_template()
            return
        if self._editing == template.key and self.form_template() != template:
            # the stored template changed under the form (a status change, another window):
            # keep what is being typed, follow the status
            self._set_status_combo(template.status)
            self._update_status_buttons()
            return
        self._editing = template.key
        self._fill(template)
        self._show_history()

    def _fill(self, template: Template) -> None:
        widgets = (self.name_edit, self.language_edit, self.category_combo, self.status_combo,
                   self.header_edit, self.body_edit, self.footer_edit, self.buttons_edit)
        for widget in widgets:
            widget.blockSignals(True)
        try:
            self.name_edit.setText(template.name)
            self.language_edit.setText(template.language)
            if self.category_combo.findData(template.category.value) < 0:
                self.category_combo.addItem(category_label(template.category),
                                            template.category.value)
            self.category_combo.setCurrentIndex(
                self.category_combo.findData(template.category.value))
            self.status_combo.setCurrentIndex(self.status_combo.findData(template.status.value))
            self.header_edit.setText(template.header)
            self.body_edit.setPlainText(template.body)
            self.footer_edit.setText(template.footer)
            self.buttons_edit.setPlainText("\n".join(template.buttons))
        finally:
            for widget in widgets:
                widget.blockSignals(False)
        self.error_label.hide()
        self._form_changed()

    def _set_status_combo(self, status: TemplateStatus) -> None:
        self.status_combo.blockSignals(True)
        self.status_combo.setCurrentIndex(self.status_combo.findData(status.value))
        self.status_combo.blockSignals(False)
        self._form_changed()

    def _form_changed(self, *_args: object) -> None:
        template = self.form_template()
        self.preview.show_template(template)
        length = len(template.body)
        self.body_count.setText(translate("TemplateManager", "{length} / {limit} characters")
                                .format(length=count(length), limit=count(MAX_BODY)))
        set_refused(self.body_count, length > MAX_BODY)
        if self._editing is None:
            self.form_title.setText(translate("TemplateManager", "New template"))
            self.save_button.setText(translate("TemplateManager", "Create"))
        else:
            name, language = self._editing
            self.form_title.setText(translate("TemplateManager", "Editing {name} · {language}")
                                    .format(name=name, language=language))
            self.save_button.setText(translate("TemplateManager", "Save"))

        self._update_status_buttons()

    def _update_status_buttons(self) -> None:
        stored = self.browser.current() if self._editing is not None else None
        for status, button in self.status_buttons.items():
            button.setEnabled(stored is not None and stored.status is not status)

    def _show_error(self, message: str) -> None:
        self.error_label.setText(message)
        self.error_label.show()
