"""The composer: sending, the window lock and its banner, and acting as the customer."""

from __future__ import annotations

from datetime import timedelta

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox, QFrame, QLabel

from waboard.rules.model import Consent
from waboard.rules.templates import MAX_TEXT
from waboard.ui.inbox.chat_panel import ChatPanel
from waboard.ui.inbox.composer import Composer, banner_text


@pytest.fixture
def panel(qtbot, workspace, bus, ana) -> ChatPanel:
    panel = ChatPanel(workspace, bus)
    qtbot.addWidget(panel)
    panel.resize(700, 800)
    with qtbot.waitExposed(panel):
        panel.show()
    panel.show_customer(ana)
    return panel


@pytest.fixture
def composer(panel) -> Composer:
    return panel.composer


def stored(workspace, customer_id):
    return workspace.store.messages(customer_id)


def click(qtbot, button) -> None:
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def test_locked_with_a_banner_until_the_customer_writes(composer, ana):
    assert composer.locked
    assert not composer.send_button.isEnabled()
    banner = composer.findChild(QFrame, "banner")
    assert banner is composer.banner and banner.isVisible()
    assert composer.banner_label.text() == (
        "Ana has not written yet: only an approved template can reach them")
    # templates stay one click away
    assert composer.template_button.isEnabled() and composer.choose_button.isEnabled()


def test_locks_exactly_when_the_window_closes(workspace, bus, composer, ana):
    workspace.customer_message(ana, "Hola")
    assert not composer.locked and composer.send_button.isEnabled()
    assert not composer.banner.isVisible()
    workspace.jump(timedelta(hours=23, minutes=59, seconds=59))
    bus.tick()
    assert not composer.locked
    workspace.jump(timedelta(seconds=1))
    bus.tick()
    assert composer.locked and not composer.send_button.isEnabled()
    assert composer.banner.isVisible()
    assert composer.banner_label.text() == (
        "The 24-hour window closed 0s ago: only an approved template can reach Ana")
    workspace.jump(timedelta(hours=3, minutes=5))
    bus.tick()
    assert composer.banner_label.text() == (
        "The 24-hour window closed 3h 05m ago: only an approved template can reach Ana")


def test_choose_template_asks_for_the_picker(qtbot, panel, composer, workspace, ana):
    with qtbot.waitSignal(panel.template_requested, timeout=1000) as signal:
        click(qtbot, composer.choose_button)
    assert signal.args == [ana]
    workspace.customer_message(ana, "Hola")
    with qtbot.waitSignal(panel.template_requested, timeout=1000) as signal:
        click(qtbot, composer.template_button)
    assert signal.args == [ana]


def test_ctrl_enter_sends_and_enter_breaks_the_line(qtbot, panel, composer, workspace, ana):
    workspace.customer_message(ana, "Hola")
    edit = composer.text_edit
    qtbot.keyClicks(edit, "Hola Ana")
    qtbot.keyClick(edit, Qt.Key.Key_Return)
    qtbot.keyClicks(edit, "Tenemos macetas")
    assert len(stored(workspace, ana)) == 1
    qtbot.keyClick(edit, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    last = stored(workspace, ana)[-1]
    assert (last.direction, last.text, last.delivery_status(workspace.now())) == (
        "out", "Hola Ana\nTenemos macetas", "delivered")
    assert edit.toPlainText() == ""
    edit.setPlainText("Otra cosa")
    panel.send_current()
    assert stored(workspace, ana)[-1].text == "Otra cosa"


@pytest.mark.parametrize(("text", "error"), [
    ("", "The message is empty"),
    ("   \n ", "The message is empty"),
    ("x" * (MAX_TEXT + 1), f"The message is {MAX_TEXT + 1:,} characters; the limit is 4,096"),
    ("a\x00b", "The message contains a NUL character"),
])
def test_bad_input_is_shown_inline(qtbot, composer, workspace, ana, text, error):
    workspace.customer_message(ana, "Hola")
    count = len(stored(workspace, ana))
    composer.text_edit.setPlainText(text)
    click(qtbot, composer.send_button)
    label = composer.findChild(QLabel, "inlineError")
    assert label.isVisible() and label.text() == error
    assert len(stored(workspace, ana)) == count
    assert composer.text_edit.toPlainText() == text  # kept, to be fixed
    composer.customer_edit.setText(text)
    click(qtbot, composer.customer_button)
    assert label.text() == error and len(stored(workspace, ana)) == count
    composer.text_edit.setPlainText("Hola de nuevo")
    click(qtbot, composer.send_button)
    assert not label.isVisible()


def test_simulated_customer_message_reopens_the_window(qtbot, workspace, bus, composer, ana):
    workspace.customer_message(ana, "Hola")
    workspace.jump(timedelta(hours=25))
    bus.tick()
    assert composer.locked
    strip = composer.findChild(QFrame, "simulateStrip")
    assert strip is composer.strip and strip.isVisible()
    qtbot.keyClicks(composer.customer_edit, "Sigo interesada")
    click(qtbot, composer.customer_button)
    last = stored(workspace, ana)[-1]
    assert (last.direction, last.text, last.referral) == ("in", "Sigo interesada", None)
    assert not composer.locked and not composer.banner.isVisible()
    assert composer.customer_edit.text() == ""


def test_referral_comes_from_the_combo(qtbot, composer, workspace, ana):
    labels = [composer.referral_combo.itemText(i)
              for i in range(composer.referral_combo.count())]
    assert labels == ["Direct message", "Came from a click-to-WhatsApp ad",
                      "Came from a Page button"]
    for index, referral in ((1, "ctwa_ad"), (2, "page_cta")):
        composer.referral_combo.setCurrentIndex(index)
        composer.customer_edit.setText("Vi su anuncio")
        click(qtbot, composer.customer_button)
        assert stored(workspace, ana)[-1].referral == referral


def test_opt_out_and_opt_in(qtbot, composer, workspace, ana):
    click(qtbot, composer.opt_out_button)
    dialog = composer.consent_dialog
    qtbot.waitUntil(dialog.isVisible)
    assert dialog.source_combo.currentText() == "Reply keyword"
    assert dialog.text_edit.toPlainText() == "STOP"
    click(qtbot, dialog.buttons.button(QDialogButtonBox.StandardButton.Ok))
    assert workspace.state(ana).consent is Consent.OPTED_OUT

    click(qtbot, composer.opt_in_button)
    dialog = composer.consent_dialog
    qtbot.waitUntil(dialog.isVisible)
    dialog.source_combo.setCurrentIndex(dialog.source_combo.findText("QR code"))
    dialog.text_edit.clear()
    qtbot.keyClicks(dialog.text_edit, "Scan to get order news on WhatsApp")
    click(qtbot, dialog.buttons.button(QDialogButtonBox.StandardButton.Ok))
    assert workspace.state(ana).consent is Consent.OPTED_IN
    ledger = [(e.kind, e.source, e.text) for e in workspace.store.consent_events(ana)]
    assert ledger == [("opt_in", "import", ""), ("opt_out", "reply keyword", "STOP"),
                      ("opt_in", "QR code", "Scan to get order news on WhatsApp")]


def test_cancelling_the_consent_dialog_changes_nothing(qtbot, composer, workspace, ana):
    click(qtbot, composer.opt_out_button)
    dialog = composer.consent_dialog
    qtbot.waitUntil(dialog.isVisible)
    click(qtbot, dialog.buttons.button(QDialogButtonBox.StandardButton.Cancel))
    assert workspace.state(ana).consent is Consent.OPTED_IN
    assert len(workspace.store.consent_events(ana)) == 1


def test_no_customer_disables_everything(panel, composer):
    panel.show_customer(None)
    for widget in (composer.text_edit, composer.send_button, composer.customer_edit,
                   composer.customer_button, composer.opt_in_button, composer.opt_out_button,
                   composer.promotions_button, composer.template_button):
        assert not widget.isEnabled()


def test_banner_text_reads_the_state(workspace, ana):
    workspace.customer_message(ana, "Hola")
    state = workspace.state(ana)
    now = workspace.now()
    assert banner_text("Ana López", state, now) == ""
    assert banner_text("Ana López", state, now + timedelta(hours=24, minutes=1)) == (
        "The 24-hour window closed 1m 00s ago: only an approved template can reach Ana")


def test_an_unreachable_customer_fails_after_the_send_as_on_the_platform(workspace, bus,
                                                                         composer, ana):
    workspace.customer_message(ana, "Hola")
    customer = workspace.customer(ana)
    workspace.edit_customer(ana, customer.name, customer.phone, reachable=False)
    composer.set_customer(ana)
    assert not composer.locked and composer.banner_label.text() == ""


def test_stop_and_resume_promotions_leave_the_consent_ledger_alone(qtbot, panel, composer,
                                                                   workspace, ana):
    assert composer.promotions_button.text() == "Stop promotions"
    click(qtbot, composer.promotions_button)
    assert workspace.state(ana).marketing_stopped
    assert composer.promotions_button.text() == "Resume promotions"
    assert workspace.state(ana).consent is Consent.OPTED_IN
    assert len(workspace.store.consent_events(ana)) == 1
    result = workspace.send_template(ana, "spring_sale", "es_MX", ["Ana"])
    assert result.outcome.refusal.code == 131050
    workspace.send_template(ana, "order_update", "es_MX", ["Ana", "A-1"])
    assert workspace.store.messages(ana)[-1].accepted  # other templates still reach her
    notes = [panel.chat_model.data(panel.chat_model.index(i))
             for i in range(panel.chat_model.rowCount())]
    assert any(n.startswith("Ana stopped promotions from this business in WhatsApp")
               for n in notes)
    click(qtbot, composer.promotions_button)
    assert not workspace.state(ana).marketing_stopped
    assert composer.promotions_button.text() == "Stop promotions"
    assert any(n == "Ana resumed promotions from this business in WhatsApp" for n in
               (panel.chat_model.data(panel.chat_model.index(i))
                for i in range(panel.chat_model.rowCount())))


def test_the_referral_goes_back_to_direct_after_each_message(qtbot, composer, workspace, ana):
    composer.referral_combo.setCurrentIndex(1)
    composer.customer_edit.setText("Vi su anuncio")
    click(qtbot, composer.customer_button)
    assert composer.referral_combo.currentIndex() == 0
    composer.customer_edit.setText("STOP")
    click(qtbot, composer.customer_button)
    assert [m.referral for m in stored(workspace, ana) if m.direction == "in"] == ["ctwa_ad", None]


def test_the_referral_goes_back_to_direct_for_another_customer(composer, workspace, ana):
    composer.referral_combo.setCurrentIndex(2)
    bo = workspace.add_customer("Bo", "+44 7824 556677")
    composer.set_customer(bo)
    assert composer.referral_combo.currentIndex() == 0


def test_try_anyway_sends_a_refused_message_recorded_with_its_code(qtbot, composer, workspace,
                                                                   ana):
    workspace.customer_message(ana, "Hola")
    workspace.jump(timedelta(hours=25))
    composer.tick(workspace.now())
    assert composer.locked and composer.try_button.isVisible()
    click(qtbot, composer.try_button)
    assert not composer.locked
    composer.text_edit.setPlainText("¿Sigues ahí?")
    click(qtbot, composer.send_button)
    last = stored(workspace, ana)[-1]
    assert (last.text, last.accepted, last.error_code) == ("¿Sigues ahí?", False, 131047)
    assert composer.locked  # one message only


def test_the_cost_of_free_form_text_shows_before_sending(composer, workspace, ana):
    assert composer.cost_label.text() == ""  # locked: nothing can be sent
    workspace.customer_message(ana, "Hola")
    assert composer.cost_label.text() == "Opens a SERVICE conversation with Ana: free"


def test_the_customer_reads_and_the_ticks_turn_read(qtbot, composer, workspace, ana):
    workspace.customer_message(ana, "Hola")
    sent = workspace.send_text(ana, "¡Hola!").message_id
    click(qtbot, composer.read_button)
    assert workspace.store.message(sent).delivery_status(workspace.now()) == "read"
