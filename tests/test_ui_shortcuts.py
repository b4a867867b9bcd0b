"""Every keyboard shortcut of the main window, pressed on the shown, active window."""

from __future__ import annotations

from datetime import timedelta

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QDialog, QFileDialog

from waboard.resources import resource
from waboard.ui.inbox.customer_dialog import CustomerDialog
from waboard.ui.inbox.template_manager import TemplateManagerDialog
from waboard.ui.inbox.template_picker import TemplatePickerDialog
from waboard.ui.main_window import MainWindow
from waboard.ui.trainer.lesson_dock import LessonDock, lesson_player

CTRL = Qt.KeyboardModifier.ControlModifier
NONE = Qt.KeyboardModifier.NoModifier
SHIFT = Qt.KeyboardModifier.ShiftModifier


def show_active(qtbot, window: MainWindow) -> MainWindow:
    """`window` shown, on screen and active, so that its shortcuts reach it."""
    with qtbot.waitExposed(window):
        window.show()
    with qtbot.waitActive(window):
        window.activateWindow()
    assert QApplication.activeWindow() is window
    return window


@pytest.fixture
def window(qtbot, demo_window):
    """The main window on the demo, active, on Ana (her window is open)."""
    demo_window.select_customer(next(c.id for c in demo_window.workspace.customers()
                                     if c.key == "ana"))
    return show_active(qtbot, demo_window)


@pytest.fixture
def modals():
    """Arm before pressing a key: the modal dialog the key runs is recorded and closed."""
    seen: list[QDialog] = []
    closer = QTimer()
    closer.setSingleShot(True)
    closer.setInterval(0)

    def reject_the_modal() -> None:
        dialog = QApplication.activeModalWidget()
        if isinstance(dialog, QDialog):
            seen.append(dialog)
            dialog.reject()

    def arm() -> list[QDialog]:
        closer.start()
        return seen

    closer.timeout.connect(reject_the_modal)
    yield arm
    closer.stop()


def press(qtbot, window: MainWindow, key: Qt.Key, modifiers=CTRL) -> None:
    qtbot.keyClick(window, key, modifiers)


def current_customer(window: MainWindow) -> int:
    customer_id = window.current_customer_id
    assert customer_id is not None
    return customer_id


def test_ctrl_n_opens_the_new_customer_dialog(qtbot, window, modals):
    seen = modals()
    press(qtbot, window, Qt.Key.Key_N)
    assert [type(dialog) for dialog in seen] == [CustomerDialog]
    assert seen[0].customer_id is None


def test_ctrl_e_edits_the_current_customer(qtbot, window, modals):
    seen = modals()
    press(qtbot, window, Qt.Key.Key_E)
    assert [type(dialog) for dialog in seen] == [CustomerDialog]
    assert seen[0].customer_id == current_customer(window)


def test_ctrl_t_opens_the_template_picker_for_the_current_customer(qtbot, window, modals):
    seen = modals()
    press(qtbot, window, Qt.Key.Key_T)
    assert [type(dialog) for dialog in seen] == [TemplatePickerDialog]
    assert seen[0].customer_id == current_customer(window)


def test_ctrl_shift_t_opens_the_template_manager(qtbot, window, modals):
    seen = modals()
    press(qtbot, window, Qt.Key.Key_T, CTRL | SHIFT)
    assert [type(dialog) for dialog in seen] == [TemplateManagerDialog]


@pytest.mark.parametrize(("key", "modifiers", "method", "caption"), [
    (Qt.Key.Key_N, CTRL | SHIFT, "getSaveFileName", "New workspace"),
    (Qt.Key.Key_O, CTRL, "getOpenFileName", "Open workspace"),
    (Qt.Key.Key_S, CTRL | SHIFT, "getSaveFileName", "Save a copy"),
    (Qt.Key.Key_L, CTRL, "getOpenFileName", "Load scenario"),
], ids=["ctrl+shift+n", "ctrl+o", "ctrl+shift+s", "ctrl+l"])
def test_file_shortcuts_ask_for_a_file(qtbot, window, monkeypatch, key, modifiers, method,
                                       caption):
    asked = []

    def file_dialog(parent, title, *args, **kwargs):
        asked.append(title)
        return "", ""

    monkeypatch.setattr(QFileDialog, method, file_dialog)
    press(qtbot, window, key, modifiers)
    assert asked == [caption]


def test_ctrl_k_focuses_the_customer_search(qtbot, window):
    window.chat.composer.text_edit.setFocus()
    qtbot.waitUntil(lambda: window.chat.composer.text_edit.hasFocus())
    press(qtbot, window, Qt.Key.Key_K)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is window.customer_list.search)


def sent_texts(window: MainWindow, customer_id: int) -> list[str]:
    return [m.text for m in window.workspace.store.messages(customer_id)
            if m.direction == "out" and m.kind == "text"]


def test_ctrl_return_sends_the_typed_message_from_anywhere_in_the_window(qtbot, window):
    customer_id = current_customer(window)
    before = sent_texts(window, customer_id)
    composer = window.chat.composer
    assert not composer.locked, "Ana can be written to"
    composer.text_edit.setPlainText("Sent by the shortcut")
    window.customer_list.search.setFocus()
    qtbot.waitUntil(window.customer_list.search.hasFocus)
    press(qtbot, window, Qt.Key.Key_Return)
    assert sent_texts(window, customer_id) == before + ["Sent by the shortcut"]
    assert composer.text_edit.toPlainText() == ""
    # In the message box itself it sends once, too.
    composer.text_edit.setPlainText("Sent from the box")
    composer.text_edit.setFocus()
    qtbot.waitUntil(composer.text_edit.hasFocus)
    qtbot.keyClick(composer.text_edit, Qt.Key.Key_Return, CTRL)
    assert sent_texts(window, customer_id) == before + ["Sent by the shortcut",
                                                        "Sent from the box"]


def test_f11_switches_presenter_mode_on_and_off(qtbot, window):
    before = QApplication.font().pointSizeF()
    press(qtbot, window, Qt.Key.Key_F11, NONE)
    assert window.presenter_action.isChecked()
    assert QApplication.font().pointSizeF() == pytest.approx(before * 1.6)
    press(qtbot, window, Qt.Key.Key_F11, NONE)
    assert not window.presenter_action.isChecked()
    assert QApplication.font().pointSizeF() == pytest.approx(before)


def test_f8_and_shift_f8_step_the_lesson_forward_and_back(qtbot, window):
    dock = window.findChild(LessonDock)
    assert not dock.isVisible()
    press(qtbot, window, Qt.Key.Key_F8, NONE)
    assert dock.isVisible()
    player = lesson_player(window)
    player.load(resource("lessons/01-window.en.json"))
    host = show_active(qtbot, player.host_window())
    assert not player.awaiting_answer
    press(qtbot, host, Qt.Key.Key_F8, NONE)
    assert player.awaiting_answer, "the first step is a checkpoint question"
    assert player.answer(0) is not None
    assert player.position == 1
    host = show_active(qtbot, player.host_window())
    press(qtbot, host, Qt.Key.Key_F8, SHIFT)
    assert player.position == 0


def test_ctrl_space_plays_and_pauses_the_clock(qtbot, window):
    clock = window.workspace.clock
    assert clock.paused
    press(qtbot, window, Qt.Key.Key_Space)
    assert not clock.paused
    press(qtbot, window, Qt.Key.Key_Space)
    assert clock.paused


@pytest.mark.parametrize(("key", "span"), [(Qt.Key.Key_H, timedelta(hours=1)),
                                           (Qt.Key.Key_D, timedelta(days=1))],
                         ids=["ctrl+h", "ctrl+d"])
def test_ctrl_h_and_ctrl_d_jump_the_clock(qtbot, window, key, span):
    before = window.workspace.now()
    press(qtbot, window, key)
    assert window.workspace.now() == before + span


def test_ctrl_j_jumps_to_the_next_expiry(qtbot, window):
    target = window.workspace.next_expiry()
    assert target is not None and target > window.workspace.now()
    press(qtbot, window, Qt.Key.Key_J)
    assert window.workspace.now() == target
