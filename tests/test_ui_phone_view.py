"""The customer's phone: their side of the chat, typed and tapped as the customer."""

from __future__ import annotations

from datetime import timedelta

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel

from waboard.rules.model import Category, Template
from waboard.store import Choices
from waboard.ui.inbox.phone_view import PhoneView


def open_phone(qtbot, window) -> PhoneView:
    window.phone_action.trigger()
    phone = window.phone
    qtbot.waitExposed(phone)
    return phone


def texts(phone: PhoneView) -> list[str]:
    return [b.findChild(QLabel, "phoneText").text() for b in phone.bubbles]


def test_view_menu_opens_the_selected_customers_phone(qtbot, demo_window):
    phone = open_phone(qtbot, demo_window)
    customer = demo_window.workspace.customer(demo_window.current_customer_id)
    assert phone.windowTitle() == f"{customer.name}'s phone"
    assert phone.isVisible() and demo_window.phone_action.isChecked()
    phone.close()
    assert not demo_window.phone_action.isChecked()


def test_it_shows_what_reached_the_phone_and_follows_the_selection(qtbot, demo_window):
    phone = open_phone(qtbot, demo_window)
    workspace = demo_window.workspace
    ana = next(c.id for c in workspace.customers() if c.key == "ana")
    demo_window.select_customer(ana)
    shown = [m for m in workspace.store.messages(ana, 60)
             if m.direction == "in" or m.delivery_status(workspace.now()) in (
                 "delivered", "read")]
    assert texts(phone) == [m.text for m in shown]


def test_typing_as_the_customer_from_an_ad_and_tapping_a_button(qtbot, workspace, bus, ana):
    workspace.add_template(Template("promo", "es_MX", Category.MARKETING, "¿Te interesa?",
                                    buttons=("Sí", "No")))
    phone = PhoneView(workspace, bus)
    qtbot.addWidget(phone)
    phone.show()
    phone.show_customer(ana)
    phone.from_ad.setChecked(True)
    qtbot.keyClicks(phone.text_edit, "Vi el anuncio")
    qtbot.mouseClick(phone.send_button, Qt.MouseButton.LeftButton)
    first = workspace.store.last_message(ana)
    assert (first.text, first.referral) == ("Vi el anuncio", "ctwa_ad")
    assert not phone.from_ad.isChecked()  # one message only
    sent = workspace.send_template(ana, "promo", "es_MX", []).message_id
    # the phone is showing it
    assert workspace.store.message(sent).delivery_status(workspace.now()) == "read"
    [bubble] = [b for b in phone.bubbles if b.buttons]
    qtbot.mouseClick(bubble.buttons[0], Qt.MouseButton.LeftButton)
    reply = workspace.store.last_message(ana)
    assert (reply.direction, reply.kind, reply.text, reply.reply_key, reply.reply_to,
            reply.referral) == ("in", "button", "Sí", "Sí", sent, None)
    assert texts(phone)[-1] == "Sí"
    quote = phone.bubbles[-1].findChild(QLabel, "phoneQuote")
    assert quote is not None and quote.text() == "¿Te interesa?"  # the message it answers
    assert workspace.state(ana).window_open(workspace.now())


def test_an_interactive_messages_options_are_tapped_as_its_reply(qtbot, workspace, bus, ana):
    workspace.customer_message(ana, "Hola")
    sent = workspace.send_text(ana, "¿Color?\n[Rojo]  [Azul]", choices=Choices(
        "button_reply", (("red", "Rojo"), ("blue", "Azul")))).message_id
    phone = PhoneView(workspace, bus)
    qtbot.addWidget(phone)
    phone.show_customer(ana)
    [bubble] = [b for b in phone.bubbles if b.buttons]
    assert [b.text() for b in bubble.buttons] == ["Rojo", "Azul"]
    qtbot.mouseClick(bubble.buttons[1], Qt.MouseButton.LeftButton)
    reply = workspace.store.last_message(ana)
    assert (reply.kind, reply.text, reply.reply_key, reply.reply_to) == (
        "button_reply", "Azul", "blue", sent)


def test_stop_and_resume_promotions_from_the_phone(qtbot, workspace, bus, ana):
    workspace.add_template(Template("promo", "es_MX", Category.MARKETING, "¡Oferta!"))
    phone = PhoneView(workspace, bus)
    qtbot.addWidget(phone)
    phone.show_customer(ana)
    assert phone.promotions_button.text() == "Stop promotions"
    qtbot.mouseClick(phone.promotions_button, Qt.MouseButton.LeftButton)
    assert workspace.state(ana).marketing_stopped
    assert workspace.store.last_message(ana).kind == "stop_marketing"
    assert phone.promotions_button.text() == "Resume promotions"
    refused = workspace.send_template(ana, "promo", "es_MX", [])
    assert refused.outcome.refusal.code == 131050
    qtbot.mouseClick(phone.promotions_button, Qt.MouseButton.LeftButton)
    assert not workspace.state(ana).marketing_stopped
    assert phone.promotions_button.text() == "Stop promotions"


def test_a_message_on_its_way_reaches_the_phone_at_its_delivery(qtbot, workspace, bus, ana):
    workspace.set_delivery_delay(60)
    workspace.customer_message(ana, "Hola")
    phone = PhoneView(workspace, bus)
    qtbot.addWidget(phone)
    phone.show()
    phone.show_customer(ana)
    sent = workspace.send_text(ana, "¡Hola Ana!").message_id
    assert texts(phone) == ["Hola"]  # not there yet
    workspace.jump(timedelta(seconds=60))
    qtbot.waitUntil(lambda: texts(phone) == ["Hola", "¡Hola Ana!"])
    # the phone shows it: read at once
    assert workspace.store.message(sent).delivery_status(workspace.now()) == "read"


def test_a_refused_message_never_reaches_the_phone(qtbot, workspace, bus, ana):
    phone = PhoneView(workspace, bus)
    qtbot.addWidget(phone)
    phone.show_customer(ana)
    workspace.send_text(ana, "Hola")  # no window: refused 131047
    assert texts(phone) == []
    phone.text_edit.setText("")
    phone.send()
    assert phone.error_label.text() == "The message is empty"


def test_the_customers_own_ticks_turn_blue_when_the_business_reads_them(qtbot, workspace, bus,
                                                                        ana):
    phone = PhoneView(workspace, bus)
    qtbot.addWidget(phone)
    phone.show_customer(ana)
    workspace.customer_message(ana, "Hola")
    [bubble] = phone.bubbles
    assert bubble.findChild(QLabel, "phoneTicks").text() == "✓✓" and not bubble.seen
    workspace.mark_read(ana)  # the business opened the chat
    qtbot.waitUntil(lambda: phone.bubbles and phone.bubbles[0].seen)
