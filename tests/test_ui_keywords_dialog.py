"""The opt-out keywords dialog saves through the workspace: one change, heard on the bus."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox

from waboard.consent import DEFAULT_OPT_OUT_KEYWORDS
from waboard.service import Change, ChangeKind
from waboard.ui.inbox.consent_dialog import KeywordsDialog

SAVE = QDialogButtonBox.StandardButton.Save


def open_dialog(qtbot, workspace) -> KeywordsDialog:
    dialog = KeywordsDialog(workspace)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def test_saving_sends_one_settings_change(qtbot, workspace, bus):
    dialog = open_dialog(qtbot, workspace)
    assert dialog.keywords() == list(DEFAULT_OPT_OUT_KEYWORDS)
    heard: list[Change] = []
    bus.changed.connect(heard.append)
    dialog.edit.setPlainText("ALTO\n alto \n\nFin")
    with qtbot.waitSignal(bus.changed, timeout=1000) as signal:
        dialog.buttons.button(SAVE).click()
    assert signal.args == [Change(ChangeKind.SETTINGS)]
    assert heard == [Change(ChangeKind.SETTINGS)]
    assert workspace.opt_out_keywords == ("ALTO", "Fin")
    assert dialog.result() == QDialog.DialogCode.Accepted


def test_refused_keywords_change_nothing_and_say_why(qtbot, workspace, bus):
    dialog = open_dialog(qtbot, workspace)
    heard: list[Change] = []
    bus.changed.connect(heard.append)
    dialog.edit.setPlainText("x" * 80)
    dialog.buttons.button(SAVE).click()
    assert dialog.isVisible() and "under 64" in dialog.error_label.text()
    assert heard == []
    assert workspace.opt_out_keywords == DEFAULT_OPT_OUT_KEYWORDS
