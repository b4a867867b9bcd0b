"""Delivery statuses (sent -> delivered -> read, at simulated instants) and button replies."""

from __future__ import annotations

from datetime import timedelta

import pytest

from tests.conftest import START
from waboard.changes import ChangeKind
from waboard.rules.model import Category, Template, TemplateStatus
from waboard.service import InputError, Workspace
from waboard.settings import DELIVERY_DELAY
from waboard.store import Choices, Store


def status(workspace: Workspace, message_id: int) -> str:
    return workspace.store.message(message_id).delivery_status(workspace.now())


def test_without_a_delay_a_send_is_delivered_at_once_and_read_when_the_customer_reads(
        workspace, ana):
    workspace.customer_message(ana, "Hola")
    sent = workspace.send_text(ana, "¡Hola Ana!").message_id
    record = workspace.store.message(sent)
    assert (record.status, record.delivered_at, record.read_at) == ("sent", START, None)
    assert status(workspace, sent) == "delivered"
    assert not workspace.mark_message_delivered(sent)  # already there
    assert workspace.customer_reads(ana) == 1
    assert status(workspace, sent) == "read"
    assert not workspace.mark_message_read(sent)


def test_a_delay_keeps_a_message_sent_until_the_clock_reaches_it(workspace, ana):
    workspace.set_delivery_delay(90)
    assert workspace.delivery_delay == 90 == DELIVERY_DELAY.read(workspace.store)
    workspace.customer_message(ana, "Hola")
    sent = workspace.send_text(ana, "¡Hola Ana!").message_id
    assert status(workspace, sent) == "sent"
    assert workspace.customer_reads(ana) == 0  # not on the phone: nothing to read
    changes = []
    workspace.subscribe(changes.append)
    workspace.jump(timedelta(seconds=89))
    assert status(workspace, sent) == "sent"
    workspace.jump(timedelta(seconds=1))
    assert status(workspace, sent) == "delivered"
    assert [c.customer_id for c in changes if c.kind is ChangeKind.MESSAGE] == [ana]
    assert workspace.deliver_due() == []  # told once
    workspace.customer_message(ana, "Gracias")  # a reply reads what is on the phone
    assert status(workspace, sent) == "read"
    assert workspace.store.message(sent).read_at == START + timedelta(seconds=90)


def test_a_playing_clock_delivers_through_deliver_due(workspace, ana):
    workspace.set_delivery_delay(30)
    workspace.customer_message(ana, "Hola")
    sent = workspace.send_text(ana, "¡Hola!").message_id
    due = workspace.deliver_due(START + timedelta(seconds=30))
    assert [m.id for m in due] == [sent]


def test_reading_a_message_still_on_its_way_delivers_it_then(workspace, ana):
    workspace.set_delivery_delay(600)
    workspace.customer_message(ana, "Hola")
    sent = workspace.send_text(ana, "¡Hola!").message_id
    assert workspace.mark_message_read(sent)
    record = workspace.store.message(sent)
    assert record.delivered_at == record.read_at == START
    assert status(workspace, sent) == "read"


def test_failed_sends_stay_failed_with_their_code(workspace, ana):
    workspace.jump(timedelta(hours=25))
    refused = workspace.send_text(ana, "¿Sigues ahí?").message_id
    workspace.jump(timedelta(days=1))
    assert not workspace.mark_message_read(refused)
    record = workspace.store.message(refused)
    assert (status(workspace, refused), record.error_code, record.delivered_at) == \
        ("failed", 131047, None)


def test_going_back_undoes_deliveries_and_reads_that_had_not_happened(workspace, ana):
    workspace.set_delivery_delay(60)
    workspace.customer_message(ana, "Hola")
    sent = workspace.send_text(ana, "¡Hola!").message_id
    workspace.jump(timedelta(hours=1))
    workspace.customer_reads(ana)
    assert status(workspace, sent) == "read"
    workspace.undo()  # the jump: back at the send, the message on its way again
    assert workspace.now() == START
    assert status(workspace, sent) == "sent"
    assert workspace.store.message(sent).read_at is None  # that read never happened
    workspace.jump(timedelta(minutes=2))
    assert status(workspace, sent) == "delivered"
    workspace.customer_reads(ana)
    workspace.rewind(START + timedelta(seconds=30))
    assert status(workspace, sent) == "sent"
    assert workspace.store.message(sent).read_at is None


@pytest.mark.parametrize("bad", [-1, 86_401, 1.5, "5", True])
def test_a_delay_out_of_range_is_refused_and_nothing_stored(workspace, bad):
    with pytest.raises(InputError, match="delivery delay must be 0 to 86,400 seconds"):
        workspace.set_delivery_delay(bad)
    assert workspace.delivery_delay == 0


def test_the_delay_survives_reopening(tmp_path):
    path = tmp_path / "w.waboard"
    with Store.open(path) as store:
        Workspace(store).set_delivery_delay(5)
    with Store.open(path) as store:
        assert Workspace(store).delivery_delay == 5


# button replies

@pytest.fixture
def offer(workspace, ana) -> int:
    workspace.add_template(Template("delivery_slot", "es_MX", Category.UTILITY,
                                    "¿Entregamos hoy?", TemplateStatus.APPROVED,
                                    buttons=("Sí", "Mañana")))
    return workspace.send_template(ana, "delivery_slot", "es_MX", ()).message_id


def test_a_tap_on_a_quick_reply_is_a_button_reply_that_opens_the_window(workspace, ana,
                                                                           offer):
    assert not workspace.state(ana).window_open(workspace.now())
    reply = workspace.customer_reply(ana, offer, "Mañana").message_id
    record = workspace.store.message(reply)
    assert (record.direction, record.kind, record.text, record.reply_key, record.reply_to) \
        == ("in", "button", "Mañana", "Mañana", offer)
    assert workspace.state(ana).window_open(workspace.now())
    assert status(workspace, offer) == "read"  # who replies has read it
    workspace.undo()
    assert workspace.store.message(reply) is None


def test_a_template_sent_with_payloads_reports_the_payload(workspace, ana):
    workspace.add_template(Template("slot", "es_MX", Category.UTILITY, "¿Hoy?",
                                    TemplateStatus.APPROVED, buttons=("Sí", "No")))
    sent = workspace.send_template(ana, "slot", "es_MX", (), payloads={1: "NO-123"})
    assert workspace.store.message(sent.message_id).choices == \
        Choices("button", (("Sí", "Sí"), ("NO-123", "No")))
    tap = workspace.tap(ana, sent.message_id, "No", workspace.now())
    assert (tap.kind, tap.key, tap.title) == ("button", "NO-123", "No")


def test_an_interactive_option_is_tapped_by_title_or_id(workspace, ana):
    workspace.customer_message(ana, "Hola")
    choices = Choices("list_reply", (("red", "Rojo"), ("blue", "Azul")))
    sent = workspace.send_text(ana, "¿Color?", choices=choices).message_id
    reply = workspace.customer_reply(ana, sent, "blue").message_id
    record = workspace.store.message(reply)
    assert (record.kind, record.text, record.reply_key) == ("list_reply", "Azul", "blue")


def test_taps_the_message_does_not_offer_are_refused(workspace, ana, offer):
    with pytest.raises(InputError, match=r"offers no button 'Quizás'; it offers \['Sí', "):
        workspace.customer_reply(ana, offer, "Quizás")
    other = workspace.add_customer("Luis", "+52 55 8765 4321", opt_in=True)
    with pytest.raises(InputError, match="no message delivered to this customer"):
        workspace.customer_reply(other, offer, "Sí")
    workspace.set_delivery_delay(60)
    later = workspace.send_template(ana, "delivery_slot", "es_MX", ()).message_id
    with pytest.raises(InputError, match="not reached the customer's phone yet"):
        workspace.customer_reply(ana, later, "Sí")
    assert workspace.store.message_count(ana) == 2
