"""The main window and every dialog in Spanish and Brazilian Portuguese: no text on screen
(menus, buttons, labels, group boxes, tabs, titles, placeholders, table headers) is still an
English text of the catalogue. Customer and template texts are not in the catalogue, so they
are never taken for untranslated ones.

To check another dialog, add how to open it to DIALOGS.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from datetime import date, timedelta

import pytest
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QComboBox,
    QDockWidget,
    QGroupBox,
    QLabel,
    QLineEdit,
    QMenu,
    QTabBar,
    QTableView,
    QWidget,
)

from tests.catalogue_texts import PendingTranslator
from tests.conftest import on_box
from waboard import i18n
from waboard.action_labels import shown_label
from waboard.i18n import translate
from waboard.ui.account.account_dialog import AccountDialog
from waboard.ui.account.rules_view import RulesByDateDialog
from waboard.ui.api.server_dialog import ApiServerDialog
from waboard.ui.billing.dock import BillingDock
from waboard.ui.billing.forecast_dialog import ForecastDialog
from waboard.ui.billing.rate_card_dialog import RateCardDialog
from waboard.ui.billing.rate_import import ImportOptionsDialog
from waboard.ui.billing.view import COMPARE_TAB
from waboard.ui.catalogues import catalogue, entries, pending_files, read_pending
from waboard.ui.help.reference import refusal_codes_dialog, shortcuts_dialog
from waboard.ui.help.welcome import WelcomeDialog
from waboard.ui.inbox.activity_log import ActivityLogDock
from waboard.ui.inbox.chat_view import ChatView
from waboard.ui.inbox.composer import Composer
from waboard.ui.inbox.consent_dialog import ConsentDialog, KeywordsDialog
from waboard.ui.inbox.customer_dialog import CustomerDialog
from waboard.ui.inbox.delivery_dialog import DeliveryDelayDialog
from waboard.ui.inbox.details import DetailsPanel
from waboard.ui.inbox.phone_view import PhoneView
from waboard.ui.inbox.template_manager import TemplateManagerDialog
from waboard.ui.inbox.template_picker import TemplatePickerDialog
from waboard.ui.language import chosen_language, install_language, saved_preference
from waboard.ui.main_window import MainWindow
from waboard.ui.timetravel.bookmarks_dialog import BookmarksDialog
from waboard.ui.timetravel.go_back_dialog import GoBackDialog

DIALOGS: dict[str, Callable[[MainWindow], QWidget]] = {
    "account": lambda w: AccountDialog(w.workspace, w),
    "rules by date": lambda w: RulesByDateDialog(w.workspace, w),
    "bookmarks": lambda w: BookmarksDialog(w.workspace, w),
    "go back": lambda w: GoBackDialog(w.workspace, w),
    "cloud api": lambda w: ApiServerDialog(w.findChild(object, "apiController"), w),
    "welcome": WelcomeDialog,
    "refusal codes": refusal_codes_dialog,
    "shortcuts": shortcuts_dialog,
    "new customer": lambda w: CustomerDialog(w.workspace, None, w),
    "edit customer": lambda w: CustomerDialog(w.workspace, _first_customer(w), w),
    "opt in": lambda w: ConsentDialog("opt_in", "Ana López", w),
    "opt out": lambda w: ConsentDialog("opt_out", "Ana López", w),
    "opt-out keywords": lambda w: KeywordsDialog(w.workspace, w),
    "delivery delay": lambda w: DeliveryDelayDialog(w.workspace, w),
    "templates": lambda w: TemplateManagerDialog(w.workspace, w),
    "template picker": lambda w: TemplatePickerDialog(w.workspace, _first_customer(w), w),
    "customer's phone": lambda w: _phone(w, _first_customer(w)),
    "phone of no one": lambda w: _phone(w, None),
    "rate card": lambda w: RateCardDialog(w.workspace, w),
    "rate import": lambda w: ImportOptionsDialog("rates.csv", date(2025, 3, 1), "USD", w),
    "cost forecast": lambda w: ForecastDialog(w.workspace.rate_card, date(2025, 3, 1), "MX", w),
    "billing": lambda w: _billing(w, 0),
    "billing comparison": lambda w: _billing(w, COMPARE_TAB),
}
"""How to open each dialog on a main window."""


def _first_customer(window: MainWindow) -> int:
    return window.workspace.customers()[0].id


def _phone(window: MainWindow, customer_id: int | None) -> PhoneView:
    phone = PhoneView(window.workspace, window.bus, window)
    phone.show_customer(customer_id)
    return phone


def _billing(window: MainWindow, tab: int) -> QWidget:
    """The Billing dock's view, its figures shown on `tab`."""
    dock = window.findChild(BillingDock)
    dock.show_bill()
    dock.view.show_tab(tab)
    dock.view.refresh()
    return dock.view


def handed_in_english(code: str) -> set[str]:
    """The English texts of the pending files that `code` says differently."""
    return {plain(source) for path in pending_files()
            for sources in read_pending(path).values()
            for source, translations in sources.items()
            if plain(translations.get(code, source)) != plain(source) and "{" not in source}


def english_texts(code: str) -> set[str]:
    """The catalogue's English texts that `code` says differently (accelerators aside)."""
    return {plain(e.source) for e in entries(catalogue(code))
            if plain(e.source) != plain(e.translation) and "{" not in e.source}


def plain(text: str) -> str:
    return text.replace("&&", "\0").replace("&", "").replace("\0", "&").strip()


def action_texts(actions: list[QAction]) -> Iterator[str]:
    for action in actions:
        yield action.text()
        menu = action.menu()
        if isinstance(menu, QMenu):
            yield menu.title()
            yield from action_texts(menu.actions())


def visible_texts(root: QWidget) -> Iterator[str]:
    """Every text `root` and its children show."""
    for widget in (root, *root.findChildren(QWidget)):
        yield widget.windowTitle()
        yield from action_texts(widget.actions())
        if isinstance(widget, QLabel | QAbstractButton):
            yield widget.text()
        if isinstance(widget, QGroupBox):
            yield widget.title()
        if isinstance(widget, QLineEdit):
            yield widget.placeholderText()
        if isinstance(widget, QTabBar):
            yield from (widget.tabText(i) for i in range(widget.count()))
        if isinstance(widget, QDockWidget):
            yield widget.toggleViewAction().text()
        if isinstance(widget, QTableView) and widget.model() is not None:
            header = widget.horizontalHeader()
            yield from (str(header.model().headerData(c, Qt.Orientation.Horizontal) or "")
                        for c in range(header.count()))


def untranslated(root: QWidget, code: str) -> list[str]:
    english = english_texts(code) | handed_in_english(code)
    return sorted({text for text in visible_texts(root)
                   if plain(text) in english})


@pytest.fixture(params=["es", "pt_BR"])
def language(request, qapp) -> Iterator[str]:
    install_language(request.param)
    handed_in = PendingTranslator(request.param, qapp)  # before the catalogues take them in
    qapp.installTranslator(handed_in)
    yield request.param
    qapp.removeTranslator(handed_in)
    install_language(i18n.ENGLISH)


@pytest.fixture
def window(qtbot, demo, open_windows, language) -> MainWindow:
    window = MainWindow(demo)
    with qtbot.waitExposed(window):
        window.show()
    return window


def test_the_main_window_speaks_the_language(window, language) -> None:
    assert window.menuBar().actions()[0].text() == {"es": "&Archivo", "pt_BR": "&Arquivo"}[
        language]
    assert untranslated(window, language) == []


def item_texts(root: QWidget) -> Iterator[str]:
    """What the item views (chat, lists, tables) and combo boxes under `root` show in their
    rows and tooltips, and the widgets' own tooltips."""
    for widget in (root, *root.findChildren(QWidget)):
        yield widget.toolTip()
        model = widget.model() if isinstance(widget, QAbstractItemView | QComboBox) else None
        if model is None:
            continue
        for row in range(min(model.rowCount(QModelIndex()), 200)):
            for column in range(50):
                index = model.index(row, column)
                if not index.isValid():
                    break
                for role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
                    value = model.data(index, role)
                    if isinstance(value, str):
                        yield from value.split("\n")


def test_the_inbox_speaks_the_language(qtbot, window, language) -> None:
    """Each customer's chat, details, composer and activity log, tooltips and rows too: no
    English text of the catalogue or of a handed-in translation (the customer list and the
    billing dock are other folders')."""
    customers = window.workspace.customers()
    # customers' names are theirs, even where a sample placeholder translates one
    english = (english_texts(language) | handed_in_english(language)) - {c.name for c in customers}
    for customer in customers:
        window.select_customer(customer.id)
        mine = (window.findChild(ActivityLogDock), window.findChild(DetailsPanel),
                window.findChild(Composer), window.findChild(ChatView))
        assert all(mine)
        shown = {text for root in mine for text in (*visible_texts(root), *item_texts(root))}
        assert sorted(t for t in shown if plain(t) in english) == [], (customer.name, sorted(
            t for t in shown if plain(t) in english))


@pytest.mark.parametrize("name", DIALOGS)
def test_each_dialog_speaks_the_language(qtbot, window, language, name) -> None:
    dialog = DIALOGS[name](window)
    qtbot.addWidget(dialog)
    dialog.show()
    assert untranslated(dialog, language) == []


def test_the_check_sees_an_english_text(window, language) -> None:
    label = QLabel("&Quit", window)
    assert untranslated(label, language) == ["&Quit"]


def test_settings_language_keeps_the_choice_for_the_next_start(demo_window, monkeypatch) -> None:
    said: list[str] = []
    on_box(monkeypatch, lambda _parent, _title, text, _kind: said.append(text))
    actions = demo_window.language_actions
    assert [a.text() for a in actions.values()][1:] == ["English", "Español",
                                                       "Português (Brasil)"]
    assert actions[""].isChecked() and actions[""].text().startswith("System (")
    actions["pt_BR"].trigger()
    assert saved_preference() == "pt_BR" and actions["pt_BR"].isChecked()
    assert said == ["waboard will speak Português (Brasil) from the next time it starts."]
    assert i18n.language() == "en"  # applied at the next start, not now
    assert chosen_language() == "pt_BR"


def test_the_menu_bar_keys_are_distinct(window, language) -> None:
    """Each top-level menu opens with its own Alt+key in every language."""
    keys = [re.search(r"&(\w)", a.text()).group(1).lower() for a in window.menuBar().actions()]
    assert len(keys) == len(set(keys)), keys


def test_action_names_and_rewind_bookmarks_speak_the_language(qtbot, window, language) -> None:
    """The Edit menu's Undo names the action, and the bookmark a rewind leaves names its
    instant, through `shown_label` (the journal keeps them in English): in the language once
    the catalogue has them."""
    workspace = window.workspace
    before = workspace.now()
    workspace.add_customer("Zoë Test", "+5215599990000")
    workspace.jump(timedelta(days=2))
    workspace.rewind(before)
    translated = translate("ActionLabel", "Before rewind to {instant}") != (
        "Before rewind to {instant}")
    undo = next(a for menu in window.menuBar().actions() if isinstance(menu.menu(), QMenu)
                for a in menu.menu().actions() if a.shortcut() == QKeySequence("Ctrl+Z"))
    label = workspace.undo_label()
    assert label is not None
    assert undo.text() == translate("EditMenu", "&Undo {action}").format(
        action=shown_label(label))
    dialog = BookmarksDialog(workspace, window)
    qtbot.addWidget(dialog)
    dialog.show()
    names = [dialog.list.item(i).text() for i in range(dialog.list.count())]
    assert names and names[0].startswith(shown_label(workspace.bookmarks()[-1].name))
    assert not translated or not names[0].startswith("Before rewind")
    assert untranslated(dialog, language) == []
