"""The Help menu: the first-run welcome, refusal codes, shortcuts, About; the emoji notice."""

from __future__ import annotations

from PySide6.QtCore import QSettings, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from waboard import __version__
from waboard.ui.help import welcome
from waboard.ui.help.help_menu import about_text, insert_reference
from waboard.ui.help.reference import refusal_rows, shortcut_rows
from waboard.ui.help.welcome import WelcomeDialog, menu_action


def help_texts(window) -> list[str]:
    menu = menu_action_menu(window, "&Help")
    return [a.text() for a in menu.actions() if not a.isSeparator()]


def menu_action_menu(window, title):
    return next(a.menu() for a in window.menuBar().actions() if a.text() == title)


def test_help_is_the_last_menu_with_welcome_reference_shortcuts_and_about(demo_window):
    assert demo_window.menuBar().actions()[-1].text() == "&Help"
    assert help_texts(demo_window) == ["&Welcome…", "Refusal &codes…", "&Rules by date…",
                                       "&Keyboard shortcuts…", "&About waboard"]


def test_about_names_the_version():
    assert about_text().startswith(f"waboard {__version__} (Qt for Python ")


def test_the_refusal_codes_list_every_reason_with_its_code():
    rows = {row[1]: row for row in refusal_rows()}
    assert rows["window_closed"][0] == "131047"
    assert rows["opted_out"][0] == "131050"
    assert rows["no_opt_in"][0] == "—"
    assert "24 hours" in rows["window_closed"][2]


def test_the_shortcuts_come_from_the_menus(demo_window):
    rows = dict(shortcut_rows(demo_window))
    assert rows["Ctrl+T"] == "Messages > Send template"
    assert rows["F11"] == "View > Presenter mode"
    assert rows["F1"] == "Help > Keyboard shortcuts"


def test_a_reference_page_goes_after_the_other_references(demo_window):
    opened = []
    action = insert_reference(demo_window, "&Glossary…", lambda: opened.append(1))
    texts = help_texts(demo_window)
    assert texts.index("&Glossary…") == texts.index("&Rules by date…") + 1
    assert texts.index("&Glossary…") == texts.index("&Keyboard shortcuts…") - 1
    action.trigger()
    assert opened == [1]


def test_the_welcome_offers_each_start_and_triggers_its_menu_action(qtbot, demo_window):
    dialog = WelcomeDialog(demo_window)
    qtbot.addWidget(dialog)
    assert list(dialog.buttons) == ["Explore the demo inbox", "Open a lesson…",
                                    "Load a scenario…", "Start the Cloud API…"]
    assert dialog.show_again.isChecked()
    dialog.show_again.setChecked(False)
    dialog.buttons["Load a scenario…"].click()
    assert dialog.chosen is menu_action(demo_window, "&File", "&Load scenario…")
    assert not welcome.welcome_due()


def test_the_welcome_shows_at_startup_until_unticked(qtbot, demo_window):
    seen = []

    def answer() -> None:
        box = QApplication.activeModalWidget()
        seen.append(box.objectName())
        box.show_again.setChecked(False)
        box.buttons["Explore the demo inbox"].click()

    assert welcome.welcome_due()
    QTimer.singleShot(0, answer)
    welcome.greet(demo_window)
    assert seen == ["welcome"]
    welcome.greet(demo_window)  # not again
    assert seen == ["welcome"]


def test_a_missing_emoji_font_is_noticed_once(demo_window):
    QSettings().setValue(welcome.SHOWN_KEY, True)
    if welcome.has_emoji_font():
        assert not welcome.notice_missing_emoji_font(demo_window)
        return
    assert welcome.notice_missing_emoji_font(demo_window)
    assert "fonts-noto-color-emoji" in demo_window.statusBar().currentMessage()
    assert not welcome.notice_missing_emoji_font(demo_window)


def test_about_is_plain_text(qtbot, demo_window, monkeypatch):
    shown = []
    monkeypatch.setattr(QMessageBox, "exec", lambda box: shown.append(box.textFormat()))
    next(a for a in menu_action_menu(demo_window, "&Help").actions()
         if a.text() == "&About waboard").trigger()
    from PySide6.QtCore import Qt

    assert shown == [Qt.TextFormat.PlainText]


def test_a_welcome_offer_whose_action_is_missing_is_left_out(qtbot, demo_window):
    tools = next(a.menu() for a in demo_window.menuBar().actions() if a.text() == "&Tools")
    tools.removeAction(menu_action(demo_window, "&Tools", "Cloud &API server…"))
    dialog = WelcomeDialog(demo_window)
    qtbot.addWidget(dialog)
    assert "Start the Cloud API…" not in dialog.buttons
