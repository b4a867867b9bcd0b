"""The template catalog as a Qt list: model, filter proxy, row delegate and a browser widget.

Both the template picker and the template manager show the same list, so it lives here once:
`TemplateListModel` holds the catalog, `TemplateFilterProxy` applies the search box and the
category, language and status filters, `TemplateDelegate` paints a row (name, language,
category chip, status word) and `TemplateBrowser` puts the search box, filters and list
together and remembers which template the user chose even while a filter hides it.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from PySide6.QtCore import (
    QAbstractListModel,
    QEvent,
    QItemSelectionModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QRect,
    QSize,
    QSortFilterProxyModel,
    Qt,
    Signal,
)
from PySide6.QtGui import QFont, QFontMetrics, QKeyEvent, QPainter, QPalette
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QGridLayout,
    QLabel,
    QLineEdit,
    QListView,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QVBoxLayout,
    QWidget,
)

from ...explain import category_label
from ...i18n import QT_TRANSLATE_NOOP, TranslatedLabels, translate
from ...rules.model import TEMPLATE_CATEGORIES, Category, Template, TemplateStatus
from ..common.palette import CATEGORY_COLOURS, CHIP_TEXT, TEMPLATE_STATUS_COLOURS
from ..common.qt_compat import refilter_rows
from ..common.widgets import plain_tooltip

STATUS_LABELS = TranslatedLabels("TemplateStatus", {
    TemplateStatus.APPROVED: QT_TRANSLATE_NOOP("TemplateStatus", "Approved"),
    TemplateStatus.PENDING: QT_TRANSLATE_NOOP("TemplateStatus", "Pending"),
    TemplateStatus.REJECTED: QT_TRANSLATE_NOOP("TemplateStatus", "Rejected"),
    TemplateStatus.PAUSED: QT_TRANSLATE_NOOP("TemplateStatus", "Paused"),
    TemplateStatus.DISABLED: QT_TRANSLATE_NOOP("TemplateStatus", "Disabled"),
})
"""A template's review status as the user reads it."""

TemplateRole = Qt.ItemDataRole.UserRole + 1
KeyRole = Qt.ItemDataRole.UserRole + 2
CategoryRole = Qt.ItemDataRole.UserRole + 3
LanguageRole = Qt.ItemDataRole.UserRole + 4
StatusRole = Qt.ItemDataRole.UserRole + 5

ALL = QT_TRANSLATE_NOOP("TemplateBrowser", "All")
"""The first choice of each filter: no filtering."""
Index = QModelIndex | QPersistentModelIndex


def status_label(status: TemplateStatus | str) -> str:
    return STATUS_LABELS[TemplateStatus(status)]


class TemplateListModel(QAbstractListModel):
    """The templates, one row each, in the catalog's order (name, then language)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._templates: list[Template] = []

    def set_templates(self, templates: Iterable[Template]) -> None:
        """Replace the catalog. Same keys in the same order only repaint, keeping selection."""
        new = list(templates)
        if [t.key for t in new] == [t.key for t in self._templates]:
            changed = [i for i, (a, b) in enumerate(zip(self._templates, new, strict=True))
                       if a != b]
            self._templates = new
            if changed:
                self.dataChanged.emit(self.index(min(changed)), self.index(max(changed)))
            return
        self.beginResetModel()
        self._templates = new
        self.endResetModel()

    def templates(self) -> list[Template]:
        return list(self._templates)

    def template_at(self, row: int) -> Template:
        return self._templates[row]

    def row_of(self, name: str, language: str) -> int | None:
        for row, template in enumerate(self._templates):
            if template.key == (name, language):
                return row
        return None

    def languages(self) -> list[str]:
        return sorted({t.language for t in self._templates})

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self._templates)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._templates):
            return None
        template = self._templates[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return f"{template.name} ({template.language})"
        if role == Qt.ItemDataRole.ToolTipRole:
            words = f"{category_label(template.category)}, {status_label(template.status)}"
            return plain_tooltip(
                f"{template.name} · {template.language} · {words}\n\n{template.body}")
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return (f"{template.name}, {template.language}, "
                    f"{category_label(template.category)}, {status_label(template.status)}")
        if role == TemplateRole:
            return template
        if role == KeyRole:
            return template.key
        if role == CategoryRole:
            return template.category.value
        if role == LanguageRole:
            return template.language
        if role == StatusRole:
            return template.status.value
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | \
            Qt.ItemFlag.ItemNeverHasChildren


class TemplateFilterProxy(QSortFilterProxyModel):
    """Search (name or any template text, case-insensitive) and exact-match filters."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._words: list[str] = []
        self._category: Category | None = None
        self._language: str | None = None
        self._status: TemplateStatus | None = None

    def set_filters(self, search: str, category: Category | str | None, language: str | None,
                    status: TemplateStatus | str | None) -> None:
        """Set every filter at once (one refilter)."""
        words = search.casefold().split()
        values = (Category(category) if category else None, language or None,
                  TemplateStatus(status) if status else None)

        def apply() -> None:
            self._words = words
            self._category, self._language, self._status = values

        refilter_rows(self, apply)

    def filterAcceptsRow(self, source_row: int, source_parent: Index) -> bool:  # noqa: N802
        model = self.sourceModel()
        if not isinstance(model, TemplateListModel) or source_parent.isValid():
            return False
        template = model.template_at(source_row)
        if self._category is not None and template.category is not self._category:
            return False
        if self._language is not None and template.language != self._language:
            return False
        if self._status is not None and template.status is not self._status:
            return False
        if self._words:
            haystack = "\n".join((template.name, template.header, template.body,
                                  template.footer, *template.buttons)).casefold()
            return all(word in haystack for word in self._words)
        return True


class TemplateDelegate(QStyledItemDelegate):
    """Two lines per template: bold name and category chip; language, status and text."""

    PAD = 6
    CHIP_PAD = 6

    def sizeHint(self, option: QStyleOptionViewItem, index: Index) -> QSize:  # noqa: N802
        metrics = option.fontMetrics
        return QSize(240, metrics.height() * 2 + self.PAD * 3)

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: Index) -> None:
        template = index.data(TemplateRole)
        if not isinstance(template, Template):
            super().paint(painter, option, index)
            return
        painter.save()
        style = option.widget.style() if option.widget else None
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        opt.text = ""
        if style is not None:
            style.drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, option.widget)

        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        approved = template.status is TemplateStatus.APPROVED
        palette = option.palette
        if selected:
            text_colour = palette.color(QPalette.ColorRole.HighlightedText)
            dim_colour = text_colour
        else:
            text_colour = palette.color(QPalette.ColorRole.Text)
            dim_colour = palette.color(QPalette.ColorGroup.Disabled, QPalette.ColorRole.Text)
        name_colour = text_colour if approved else dim_colour

        rect = option.rect.adjusted(self.PAD, self.PAD, -self.PAD, -self.PAD)
        base = QFont(option.font)
        metrics = QFontMetrics(base)
        line = metrics.height()
        top = QRect(rect.left(), rect.top(), rect.width(), line)
        bottom = QRect(rect.left(), rect.top() + line + self.PAD, rect.width(), line)

        # category chip, right of the first line
        small = QFont(base)
        small.setPointSizeF(max(base.pointSizeF() * 0.85, 6.0))
        small_metrics = QFontMetrics(small)
        chip_text = category_label(template.category)
        chip_width = small_metrics.horizontalAdvance(chip_text) + 2 * self.CHIP_PAD
        chip = QRect(top.right() - chip_width, top.top(), chip_width, line)
        colour = CATEGORY_COLOURS[template.category]
        if not approved:
            colour = colour.lighter(150)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(colour)
        painter.drawRoundedRect(chip, line / 2, line / 2)
        painter.setFont(small)
        painter.setPen(CHIP_TEXT)
        painter.drawText(chip, Qt.AlignmentFlag.AlignCenter, chip_text)

        # name
        bold = QFont(base)
        bold.setBold(True)
        painter.setFont(bold)
        painter.setPen(name_colour)
        name_rect = QRect(top.left(), top.top(), top.width() - chip_width - self.PAD, line)
        name = QFontMetrics(bold).elidedText(template.name, Qt.TextElideMode.ElideRight,
                                             name_rect.width())
        painter.drawText(name_rect, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                         name)

        # second line: language, status word when not approved, then the body
        painter.setFont(base)
        x = bottom.left()
        language = template.language
        painter.setPen(dim_colour)
        painter.drawText(QRect(x, bottom.top(), bottom.width(), line),
                         Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, language)
        x += metrics.horizontalAdvance(language) + self.PAD * 2
        if not approved:
            word = status_label(template.status)
            painter.setFont(bold)
            painter.setPen(text_colour if selected else TEMPLATE_STATUS_COLOURS[template.status])
            painter.drawText(QRect(x, bottom.top(), bottom.right() - x, line),
                             Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, word)
            x += QFontMetrics(bold).horizontalAdvance(word) + self.PAD * 2
            painter.setFont(base)
        if x < bottom.right():
            painter.setPen(dim_colour)
            excerpt = " ".join(template.body.split())
            excerpt = metrics.elidedText(excerpt, Qt.TextElideMode.ElideRight, bottom.right() - x)
            painter.drawText(QRect(x, bottom.top(), bottom.right() - x, line),
                             Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, excerpt)
        painter.restore()


class TemplateBrowser(QWidget):
    """Search box, category/language/status filters and the template list.

    `chosen` carries the Template the user picked (or None once it no longer exists). The
    choice survives filtering: hiding a template with a filter does not unchoose it.
    """

    chosen = Signal(object)  # Template | None

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = TemplateListModel(self)
        self.proxy = TemplateFilterProxy(self)
        self.proxy.setSourceModel(self.model)
        self._chosen: Template | None = None
        self._updating = False  # the list is refiltered or reloaded: selection moves are ours

        self.search = QLineEdit(self)
        self.search.setObjectName("templateSearch")
        self.search.setPlaceholderText(translate("TemplateBrowser", "Search name or text"))
        self.search.setClearButtonEnabled(True)
        self.category_filter = QComboBox(self)
        self.category_filter.setObjectName("categoryFilter")
        self.category_filter.addItem(translate("TemplateBrowser", ALL), "")
        for category in TEMPLATE_CATEGORIES:
            self.category_filter.addItem(category_label(category), category.value)
        self.language_filter = QComboBox(self)
        self.language_filter.setObjectName("languageFilter")
        self.language_filter.addItem(translate("TemplateBrowser", ALL), "")
        self.status_filter = QComboBox(self)
        self.status_filter.setObjectName("statusFilter")
        self.status_filter.addItem(translate("TemplateBrowser", ALL), "")
        for status, label in STATUS_LABELS.items():
            self.status_filter.addItem(label, status.value)

        self.view = QListView(self)
        self.view.setObjectName("templateList")
        self.view.setModel(self.proxy)
        self.view.setItemDelegate(TemplateDelegate(self.view))
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setUniformItemSizes(True)
        self.view.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)

        filters = QGridLayout()
        filters.setHorizontalSpacing(4)
        filters.setVerticalSpacing(0)
        combos = ((translate("TemplateBrowser", "Category"), self.category_filter,
                   translate("TemplateBrowser", "Category filter")),
                  (translate("TemplateBrowser", "Language"), self.language_filter,
                   translate("TemplateBrowser", "Language filter")),
                  (translate("TemplateBrowser", "Status"), self.status_filter,
                   translate("TemplateBrowser", "Status filter")))
        for column, (title, combo, name) in enumerate(combos):
            combo.setSizeAdjustPolicy(
                QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
            combo.setMinimumContentsLength(5)
            combo.setAccessibleName(name)
            label = QLabel(title, self)
            label.setObjectName("filterTitle")
            label.setBuddy(combo)
            filters.addWidget(label, 0, column)
            filters.addWidget(combo, 1, column)
            filters.setColumnStretch(column, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.search)
        layout.addLayout(filters)
        layout.addWidget(self.view, 1)

        self.search.installEventFilter(self)
        for combo in (self.category_filter, self.language_filter, self.status_filter):
            combo.installEventFilter(self)
        QWidget.setTabOrder(self.search, self.view)
        self.search.textChanged.connect(self._filter_changed)
        self.category_filter.currentIndexChanged.connect(self._filter_changed)
        self.language_filter.currentIndexChanged.connect(self._filter_changed)
        self.status_filter.currentIndexChanged.connect(self._filter_changed)
        self.view.selectionModel().selectionChanged.connect(self._selection_changed)

    # the catalog

    def set_templates(self, templates: Iterable[Template]) -> None:
        """Show this catalog, keeping the choice (re-announced if the template changed)."""
        self._updating = True
        try:
            self.model.set_templates(templates)
            self._refresh_languages()
        finally:
            self._updating = False
        previous = self._chosen
        if previous is None:
            return
        row = self.model.row_of(*previous.key)
        current = None if row is None else self.model.template_at(row)
        self._chosen = current
        self._highlight()
        if current != previous:
            self.chosen.emit(current)

    def _refresh_languages(self) -> None:
        combo = self.language_filter
        wanted = combo.currentData() or ""
        languages = self.model.languages()
        if [combo.itemData(i) for i in range(1, combo.count())] == languages:
            return
        combo.blockSignals(True)
        combo.clear()
        combo.addItem(translate("TemplateBrowser", ALL), "")
        for language in languages:
            combo.addItem(language, language)
        combo.setCurrentIndex(max(0, combo.findData(wanted)))
        combo.blockSignals(False)
        if (combo.currentData() or "") != wanted:
            self._filter_changed()

    # choosing

    def current(self) -> Template | None:
        return self._chosen

    def select(self, name: str, language: str) -> bool:
        """Choose a template by key, even if the filters hide it; False if there is none."""
        row = self.model.row_of(name, language)
        if row is None:
            return False
        self._choose(self.model.template_at(row))
        self._highlight()
        return True

    def visible_keys(self) -> list[tuple[str, str]]:
        """The keys of the rows the filters let through, top to bottom."""
        return [self.proxy.index(r, 0).data(KeyRole) for r in range(self.proxy.rowCount())]

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        """Down in the search box enters the list; a filter box ignores typed letters (a
        combo box would pick the item they start, so a word meant for the search box
        would change the filter): it opens with the mouse, Space or Alt+Down."""
        if event.type() != QEvent.Type.KeyPress or not isinstance(event, QKeyEvent):
            return False
        if watched is self.search and event.key() == Qt.Key.Key_Down:
            self.enter_list()
            return True
        typed = event.text()
        plain = not event.modifiers() & ~Qt.KeyboardModifier.ShiftModifier
        return watched is not self.search and bool(typed.strip()) and typed.isprintable() \
            and plain

    def enter_list(self) -> None:
        """Focus the list, on the chosen template or else the first one shown."""
        self.view.setFocus(Qt.FocusReason.OtherFocusReason)
        if not self.view.selectionModel().selectedRows() and self.proxy.rowCount():
            self.view.selectionModel().setCurrentIndex(
                self.proxy.index(0, 0), QItemSelectionModel.SelectionFlag.ClearAndSelect)

    def _choose(self, template: Template | None) -> None:
        if template != self._chosen:
            self._chosen = template
            self.chosen.emit(template)

    def _highlight(self) -> None:
        selection = self.view.selectionModel()
        selection.blockSignals(True)
        try:
            row = None if self._chosen is None else self.model.row_of(*self._chosen.key)
            index = QModelIndex() if row is None else self.proxy.mapFromSource(
                self.model.index(row))
            if index.isValid():
                selection.setCurrentIndex(
                    index, QItemSelectionModel.SelectionFlag.ClearAndSelect)
                self.view.scrollTo(index)
            else:
                selection.clear()
        finally:
            selection.blockSignals(False)
        self.view.viewport().update()

    def _selection_changed(self, *_args: object) -> None:
        if self._updating:
            return
        rows = self.view.selectionModel().selectedRows()
        if rows:
            self._choose(rows[0].data(TemplateRole))

    def _filter_changed(self, *_args: object) -> None:
        updating, self._updating = self._updating, True
        try:
            self.proxy.set_filters(
                self.search.text(), self.category_filter.currentData() or None,
                self.language_filter.currentData() or None,
                self.status_filter.currentData() or None)
        finally:
            self._updating = updating
        self._highlight()
