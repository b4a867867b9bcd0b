"""The customer's phone: their side of the chat, typed and tapped as the customer."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel

from waboard.rules.model import Category, Template
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
             if m.direction == "in" or (m.direction == "out" and m.accepted)]
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
    assert (reply.direction, reply.text, reply.referral) == ("in", "Sí", None)
    assert texts(phone)[-1] == "Sí"


def test_a_refused_message_never_reaches_the_phone(qtbot, workspace, bus, ana):
    phone = PhoneView(workspace, bus)
    qtbot.addWidget(phone)
    phone.show_customer(ana)
    workspace.send_text(ana, "Hola")  # no window: refused 131047
    assert texts(phone) == []
    phone.text_edit.setText("")
    phone.send()
    assert phone.error_label.text() == "The message is empty"
