"""Bookmarks: name the current moment, list the named ones, return to one, delete one. They
are kept in the workspace file (waboard.store.journal)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ...action_labels import shown_label
from ...i18n import translate
from ...inputs import MAX_BOOKMARK
from ...service import InputError, Workspace
from ..common.host import WorkspaceWindow
from ..common.widgets import inline_error, plain_label
from ..inbox.clock_text import format_clock
from ..inbox.rewind_confirm import ask


class BookmarksDialog(QDialog):
    def __init__(self, workspace: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(translate("Bookmarks", "Bookmarks"))
        self.setMinimumSize(520, 380)
        self.workspace = workspace
        layout = QVBoxLayout(self)
        layout.addWidget(plain_label(self, "", translate(
            "Bookmarks", "Name this moment to come back to it later, whatever you do or undo "
            "in between.")))
        row = QHBoxLayout()
        self.name_edit = QLineEdit(self)
        self.name_edit.setPlaceholderText(translate("Bookmarks", "Before the promo"))
        self.name_edit.setAccessibleName(translate("Bookmarks", "Bookmark name"))
        self.name_edit.returnPressed.connect(self.add)
        self.name_edit.textEdited.connect(lambda _text: self.error_label.hide())
        self.add_button = QPushButton(translate("Bookmarks", "Bookmark now"), self)
        self.add_button.clicked.connect(self.add)
        row.addWidget(self.name_edit, 1)
        row.addWidget(self.add_button)
        layout.addLayout(row)
        self.error_label = inline_error(self)
        layout.addWidget(self.error_label)

        self.list = QListWidget(self)
        self.list.setAccessibleName(translate("Bookmarks", "Bookmarks"))
        self.list.itemDoubleClicked.connect(lambda _item: self.return_to_selected())
        self.list.currentRowChanged.connect(lambda _row: self._enable())
        layout.addWidget(self.list, 1)
        self.empty_label = plain_label(self, "", translate("Bookmarks", "No bookmarks yet."))
        layout.addWidget(self.empty_label)

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.return_button = buttons.addButton(translate("Bookmarks", "Return to it"),
                                               QDialogButtonBox.ButtonRole.ActionRole)
        self.delete_button = buttons.addButton(translate("Bookmarks", "Delete"),
                                               QDialogButtonBox.ButtonRole.ActionRole)
        self.return_button.clicked.connect(self.return_to_selected)
        self.delete_button.clicked.connect(self.delete_selected)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.reload()

    def reload(self) -> None:
        self.list.clear()
        for bookmark in reversed(self.workspace.bookmarks()):
            item = QListWidgetItem(f"{shown_label(bookmark.name)}  ·  {format_clock(bookmark.at)}")
            item.setData(Qt.ItemDataRole.UserRole, bookmark.id)
            item.setToolTip("")
            self.list.addItem(item)
        if self.list.count():
            self.list.setCurrentRow(0)
        self.empty_label.setVisible(not self.list.count())
        self._enable()

    def add(self) -> None:
        try:
            self.workspace.add_bookmark(self.name_edit.text())
        except InputError as error:
            self.error_label.setText(translate("Bookmarks", "{problem} (1 to {limit} "
                                               "characters).").format(problem=error,
                                                                      limit=MAX_BOOKMARK))
            self.error_label.show()
            return
        self.name_edit.clear()
        self.reload()

    def selected_id(self) -> int | None:
        item = self.list.currentItem()
        return None if item is None else item.data(Qt.ItemDataRole.UserRole)

    def return_to_selected(self) -> None:
        bookmark_id = self.selected_id()
        if bookmark_id is None:
            return
        try:
            bookmark = self.workspace.return_to(bookmark_id)
        except InputError as error:
            self._show_error(str(error))
            return
        host = WorkspaceWindow.host_of(self.parentWidget())
        if host is not None:
            host.show_status(translate("Bookmarks", "Back at \u201c{name}\u201d")
                             .format(name=shown_label(bookmark.name)))
        self.accept()

    def delete_selected(self) -> None:
        bookmark_id = self.selected_id()
        item = self.list.currentItem()
        if bookmark_id is None or item is None:
            return
        if not ask(self, translate("Bookmarks", "Delete bookmark"),
                   translate("Bookmarks", "Delete the bookmark \u201c{name}\u201d?")
                   .format(name=item.text()),
                   translate("Bookmarks", "What happened stays as it is; only the name goes."),
                   translate("Bookmarks", "Delete")):
            return
        try:
            self.workspace.delete_bookmark(bookmark_id)
        except InputError as error:
            self._show_error(str(error))
        self.reload()

    def _show_error(self, message: str) -> None:
        self.error_label.setText(message)
        self.error_label.show()

    def _enable(self) -> None:
        chosen = self.list.currentItem() is not None
        self.return_button.setEnabled(chosen)
        self.delete_button.setEnabled(chosen)
