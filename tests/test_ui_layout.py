"""The inbox at small screens and in presenter mode: the chat gets the room."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel

from waboard.ui.main_window import LOG_SHARE, MainWindow


def shown(qtbot, demo, width: int, height: int) -> MainWindow:
    window = MainWindow(demo)
    with qtbot.waitExposed(window):
        window.show()
    window.resize(width, height)
    qtbot.waitUntil(lambda: window.height() == height)
    return window


def test_at_1024x640_the_log_leaves_the_chat_room_and_no_label_is_clipped(qtbot, demo,
                                                                          open_windows):
    window = shown(qtbot, demo, 1024, 640)
    qtbot.waitUntil(lambda: window.activity_log.height() <= 640 * LOG_SHARE * 1.25)
    composer = window.chat.composer
    for label in composer.findChildren(QLabel):
        if label.isVisible() and not label.wordWrap():
            assert label.width() >= label.sizeHint().width(), label.text()
    assert composer.referral_combo.width() >= composer.referral_combo.sizeHint().width()
    assert window.chat.chat_view.height() >= 120


def test_the_closed_window_banner_is_never_clipped(qtbot, demo, open_windows):
    window = shown(qtbot, demo, 1024, 640)
    budi = next(c.id for c in demo.customers() if c.key == "budi")
    window.select_customer(budi)
    label = window.chat.composer.banner_label
    qtbot.waitUntil(lambda: label.height() >= label.heightForWidth(label.width()))


def test_presenter_mode_is_chat_first_and_undone_after(qtbot, demo, open_windows):
    window = shown(qtbot, demo, 1366, 768)
    normal_chat = window.chat.width()
    window.presenter_action.setChecked(True)
    window.toggle_presenter()
    qtbot.waitUntil(lambda: not window.details.isVisible())
    assert not window.activity_log.isVisible()
    qtbot.waitUntil(lambda: window.chat.width() > normal_chat * 1.4)
    assert window.customer_list.width() < window.chat.width() / 2
    window.presenter_action.setChecked(False)
    window.toggle_presenter()
    assert window.details.isVisible() and window.activity_log.isVisible()
