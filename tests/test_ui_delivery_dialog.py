"""Settings > Delivery delay…: the simulated delay from sent to delivered."""

from __future__ import annotations

from PySide6.QtCore import Qt

from waboard.ui.inbox.delivery_dialog import DeliveryDelayDialog


def test_the_dialog_stores_the_delay_and_cancel_keeps_it(qtbot, workspace):
    dialog = DeliveryDelayDialog(workspace)
    qtbot.addWidget(dialog)
    assert dialog.delay_spin.value() == 0 and dialog.delay_spin.suffix() == " s"
    dialog.delay_spin.setValue(45)
    dialog.reject()
    assert workspace.delivery_delay == 0
    dialog = DeliveryDelayDialog(workspace)
    qtbot.addWidget(dialog)
    with qtbot.waitExposed(dialog):
        dialog.show()
    dialog.delay_spin.selectAll()
    qtbot.keyClicks(dialog.delay_spin, "45")
    qtbot.keyClick(dialog.delay_spin, Qt.Key.Key_Return)
    assert workspace.delivery_delay == 45
    assert workspace.undo_label() == "delivery delay 45 s"


def test_the_settings_menu_opens_it(qtbot, demo_window):
    settings = demo_window.feature_menu("&Settings")
    assert "&Delivery delay…" in [a.text() for a in settings.actions()]

