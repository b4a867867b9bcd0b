"""Consent dialogs: record an opt-in or opt-out (where it came from, the words shown), and
edit the reply keywords that opt a customer out."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ...consent import (
    DEFAULT_OPT_OUT_KEYWORDS,
    REPLY_KEYWORD,
    SOURCES,
    default_text,
    source_label,
)
from ...formats import count
from ...i18n import translate
from ...service import InputError, Workspace
from ..common.widgets import inline_error, plain_label
from .chat_model import first_name

MAX_CONSENT_TEXT = 4096


class ConsentDialog(QDialog):
    """Source (website form, reply keyword, QR code, in person) and consent text."""

    def __init__(self, kind: str, name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.kind = kind
        self.setObjectName("consentDialog")
        opting_in = kind == "opt_in"
        who = first_name(name)
        title = translate("ConsentDialog", "Opt in: {name}") if opting_in \
            else translate("ConsentDialog", "Opt out: {name}")
        self.setWindowTitle(title.format(name=name))
        layout = QVBoxLayout(self)
        intro_text = translate(
            "ConsentDialog", "Record how {name} agreed to receive WhatsApp messages. The "
            "consent ledger keeps the source and the exact words.") if opting_in \
            else translate("ConsentDialog", "Record how {name} stopped WhatsApp messages. "
                           "The consent ledger keeps the source and the exact words.")
        intro = plain_label(self, "consentIntro", intro_text.format(name=who))
        layout.addWidget(intro)
        form = QFormLayout()
        self.source_combo = QComboBox(self)
        self.source_combo.setObjectName("consentSource")
        for source in SOURCES:
            self.source_combo.addItem(source_label(source), source)
        self.source_combo.setCurrentIndex(0 if opting_in else SOURCES.index(REPLY_KEYWORD))
        form.addRow(translate("ConsentDialog", "Source"), self.source_combo)
        self.text_edit = QPlainTextEdit(self)
        self.text_edit.setObjectName("consentText")
        self.text_edit.setPlainText(default_text(kind))
        self.text_edit.setTabChangesFocus(True)
        self.text_edit.setFixedHeight(self.text_edit.fontMetrics().lineSpacing() * 4 + 12)
        form.addRow(translate("ConsentDialog", "Consent text"), self.text_edit)
        layout.addLayout(form)
        self.error_label = inline_error(self)
        layout.addWidget(self.error_label)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(
            translate("ConsentDialog", "Record opt-in") if opting_in
            else translate("ConsentDialog", "Record opt-out"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self.resize(460, self.sizeHint().height())

    def choice(self) -> tuple[str, str]:
        """(source, consent text) as the ledger will record them."""
        return self.source_combo.currentData(), self.text_edit.toPlainText().strip()

    def accept(self) -> None:
        text = self.text_edit.toPlainText()
        if len(text) > MAX_CONSENT_TEXT or "\x00" in text:
            self.error_label.setText(translate(
                "ConsentDialog", "Keep the consent text under {limit} characters, without NUL "
                "characters.").format(limit=count(MAX_CONSENT_TEXT)))
            self.error_label.show()
            return
        super().accept()


class KeywordsDialog(QDialog):
    """The workspace's opt-out keywords: a customer whose whole message is one of them
    (any case, spaces around ignored) is opted out, source "reply keyword"."""

    def __init__(self, workspace: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.workspace = workspace
        self.setObjectName("keywordsDialog")
        self.setWindowTitle(translate("KeywordsDialog", "Opt-out keywords"))
        layout = QVBoxLayout(self)
        layout.addWidget(plain_label(self, "keywordsIntro", translate(
            "KeywordsDialog", "A customer whose whole message is one of these words is opted "
            "out of marketing, and the consent ledger records it (source: reply keyword). One "
            "keyword per line; case does not matter.")))
        self.edit = QPlainTextEdit(self)
        self.edit.setObjectName("keywordsEdit")
        self.edit.setPlainText("\n".join(workspace.opt_out_keywords))
        layout.addWidget(self.edit)
        self.error_label = inline_error(self)
        layout.addWidget(self.error_label)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self)
        self.defaults_button = QPushButton(translate("KeywordsDialog", "Restore defaults"), self)
        self.buttons.addButton(self.defaults_button, QDialogButtonBox.ButtonRole.ResetRole)
        self.defaults_button.clicked.connect(
            lambda: self.edit.setPlainText("\n".join(DEFAULT_OPT_OUT_KEYWORDS)))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self.resize(380, 360)

    def keywords(self) -> list[str]:
        return self.edit.toPlainText().splitlines()

    def accept(self) -> None:
        try:
            self.workspace.set_opt_out_keywords(self.keywords())
        except InputError as error:
            self.error_label.setText(str(error))
            self.error_label.show()
            return
        super().accept()
