"""The Cloud API driven by a real client library (pywa), every webhook parsed by pywa's own
update handling, signatures checked by pywa."""

from __future__ import annotations

import json
import threading
from collections.abc import Iterator
from datetime import timedelta

import httpx
import pytest
from pywa import WhatsApp
from pywa.errors import WhatsAppError
from pywa.types import (
    Button,
    Message,
    MessageStatus,
    MessageStatusType,
    Section,
    SectionList,
    SectionRow,
)
from pywa.types.templates import BodyText, QuickReplyButton, TemplateLanguage

from waboard.api import ids
from waboard.api.server import DEFAULT_PHONE_NUMBER_ID, DEFAULT_TOKEN, DEFAULT_WABA_ID

from .api_support import ORDER_UPDATE, PROMO, START, Receiver, served, workspace_file

SECRET = "app-secret"
ANA = "+5215512345678"


def client(base_url: str) -> WhatsApp:
    wa = WhatsApp(phone_id=DEFAULT_PHONE_NUMBER_ID, token=DEFAULT_TOKEN,
                  session=httpx.Client(timeout=10), app_secret=SECRET, verify_token="vt",
                  waba_id=DEFAULT_WABA_ID, api_version="23.0")
    wa.api._session.base_url = base_url + "v23.0"  # pywa builds Meta's URL; point it here
    return wa


class Updates:
    """Every webhook body the receiver got, validated and handled by pywa."""

    def __init__(self, wa: WhatsApp, receiver: Receiver) -> None:
        self.messages: list[Message] = []
        self.statuses: list[MessageStatus] = []
        self.others: list[object] = []
        self.taps: list[object] = []
        self.bodies: list[dict] = []
        self.lock = threading.Condition()
        wa.on_message()(lambda _, m: self._keep(self.messages, m))
        wa.on_message_status()(lambda _, s: self._keep(self.statuses, s))
        wa.on_callback_button()(lambda _, b: self._keep(self.taps, b))
        wa.on_callback_selection()(lambda _, b: self._keep(self.taps, b))
        wa.on_user_marketing_preferences()(lambda _, u: self._keep(self.others, u))
        wa.on_template_status_update()(lambda _, u: self._keep(self.others, u))
        wa.on_template_category_update()(lambda _, u: self._keep(self.others, u))

        def handle(body: bytes, signature: str | None) -> None:
            assert wa.webhook_update_validator(body, signature) is None, "bad signature"
            self._keep(self.bodies, json.loads(body))
            answer, status = wa.webhook_update_handler(body)
            assert status == 200, answer

        receiver.on_post = handle

    def _keep(self, into: list, update: object) -> None:
        with self.lock:
            into.append(update)
            self.lock.notify_all()

    def wait_for(self, done, timeout: float = 10.0) -> None:  # noqa: ANN001
        """Until `done()` holds for what has arrived (webhooks come on another thread)."""
        with self.lock:
            assert self.lock.wait_for(done, timeout), "the webhooks did not arrive"

    def status_of(self, message_id: str) -> list[MessageStatus]:
        return [s for s in self.statuses if s.id == message_id]


@pytest.fixture
def api(tmp_path) -> Iterator[tuple]:
    receiver = Receiver()
    path = workspace_file(tmp_path / "w.waboard", ORDER_UPDATE, PROMO)
    server = served(path, webhook=receiver.url, app_secret=SECRET, verify_token="vt")
    wa = client(server.base_url)
    updates = Updates(wa, receiver)
    yield server, wa, updates
    server.stop()
    receiver.close()


def test_text_inside_the_window_is_delivered_with_pricing(api) -> None:
    server, wa, updates = api
    customer_id = server.call(lambda w: w.add_customer("Ana", ANA))
    server.call(lambda w: w.customer_message(customer_id, "Hola"))
    server.drain()
    assert [m.text for m in updates.messages] == ["Hola"]
    assert updates.messages[0].from_user.name == "Ana"

    sent = wa.send_message(to=ANA.lstrip("+"), text="Hi Ana")
    server.drain()
    states = [s.status for s in updates.status_of(sent.id)]
    assert states == [MessageStatusType.SENT, MessageStatusType.DELIVERED]
    pricing = updates.status_of(sent.id)[-1].pricing
    assert pricing.billable is False and pricing.category.value == "service"


def test_the_customer_reading_sends_a_read_status(api) -> None:
    server, wa, updates = api
    customer_id = server.call(lambda w: w.add_customer("Ana", ANA))
    server.call(lambda w: w.customer_message(customer_id, "Hola"))
    first = wa.send_message(to=ANA.lstrip("+"), text="Hi Ana")
    second = wa.send_message(to=ANA.lstrip("+"), text="Anything else?")
    server.drain()
    assert updates.status_of(first.id)[-1].status is MessageStatusType.DELIVERED
    server.call(lambda w: w.customer_message(customer_id, "No, thanks"))  # a reply reads
    server.drain()
    for sent in (first, second):
        assert [s.status for s in updates.status_of(sent.id)] == [
            MessageStatusType.SENT, MessageStatusType.DELIVERED, MessageStatusType.READ]
    server.call(lambda w: w.customer_message(customer_id, "Bye"))
    server.drain()
    assert len(updates.status_of(first.id)) == 3  # read once


def test_template_with_parameters_and_a_reaction(api) -> None:
    server, wa, updates = api
    customer_id = server.call(lambda w: w.add_customer("Ana", ANA, opt_in=True))
    sent = wa.send_template(to=ANA, name="order_update", language=TemplateLanguage.ENGLISH_US,
                            params=[BodyText.params("Ana", "A-17")])
    server.drain()
    delivered = updates.status_of(sent.id)[-1]
    assert delivered.status is MessageStatusType.DELIVERED
    assert delivered.pricing.billable is True and delivered.pricing.category.value == "utility"
    assert delivered.conversation.category.value == "utility"  # v23.0: still sent
    text = server.call(lambda w: w.store.last_message(customer_id).text)
    assert text == "Hi Ana, order A-17 is on its way."

    server.call(lambda w: w.customer_message(customer_id, "Gracias"))
    server.drain()
    incoming = updates.messages[-1]
    reaction = wa.send_reaction(to=ANA, emoji="👍", message_id=incoming.id)
    server.drain()
    assert updates.status_of(reaction.id)[-1].status is MessageStatusType.DELIVERED


def test_refusals_are_synchronous_for_templates_and_failed_statuses_otherwise(api) -> None:
    server, wa, updates = api
    server.call(lambda w: w.add_customer("Ana", ANA, opt_in=True))
    with pytest.raises(WhatsAppError) as error:
        wa.send_template(to=ANA, name="order_update", language=TemplateLanguage.ENGLISH_US,
                         params=[BodyText.params("Ana")])
    assert error.value.code == 132000
    with pytest.raises(WhatsAppError) as error:
        wa.send_template(to=ANA, name="nope", language=TemplateLanguage.ENGLISH_US)
    assert error.value.code == 132001

    sent = wa.send_message(to=ANA, text="Are you there?")
    server.drain()
    failed = updates.status_of(sent.id)[-1]
    assert failed.status is MessageStatusType.FAILED
    assert failed.error.code == 131047


def test_template_updates_and_marketing_preferences_parse(api) -> None:
    server, wa, updates = api
    server.call(lambda w: w.set_template_status(("spring_sale", "en_US"), "paused"))
    server.call(lambda w: w.set_template_category(("order_update", "en_US"), "marketing"))
    customer_id = server.call(lambda w: w.add_customer("Ana", ANA))
    server.call(lambda w: w.stop_marketing(customer_id))
    server.call(lambda w: w.resume_marketing(customer_id))
    server.drain()
    by_kind: dict[str, list] = {}
    for update in updates.others:  # in order for one customer or template, not across them
        by_kind.setdefault(type(update).__name__, []).append(update)
    assert sorted(by_kind) == ["TemplateCategoryUpdate", "TemplateStatusUpdate",
                               "UserMarketingPreferences"]
    assert [u.new_status.value for u in by_kind["TemplateStatusUpdate"]] == ["PAUSED"]
    category = by_kind["TemplateCategoryUpdate"][0]
    assert (category.previous_category.value, category.new_category.value) == (
        "UTILITY", "MARKETING")
    assert [u.value.value for u in by_kind["UserMarketingPreferences"]] == ["stop", "resume"]


def test_bad_token_is_190(api) -> None:
    server, _, _ = api
    wa = WhatsApp(phone_id=DEFAULT_PHONE_NUMBER_ID, token="wrong",
                  session=httpx.Client(timeout=10))
    wa.api._session.base_url = server.base_url + "v23.0"
    with pytest.raises(WhatsAppError) as error:
        wa.send_message(to=ANA, text="hi")
    assert error.value.code == 190


def offer_buttons(server, wa: WhatsApp) -> tuple[int, object, object]:  # noqa: ANN001
    """Ana, who wrote, sent a template with a quick-reply payload and reply buttons."""
    customer_id = server.call(lambda w: w.add_customer("Ana", ANA, opt_in=True))
    server.call(lambda w: w.customer_message(customer_id, "Hola"))
    promo = wa.send_template(to=ANA, name="spring_sale", language=TemplateLanguage.ENGLISH_US,
                             params=[BodyText.params("Ana"),
                                     QuickReplyButton.params(callback_data="STOP", index=1)])
    buttons = wa.send_message(to=ANA, text="Pick one", buttons=[
        Button("Yes", callback_data="yes"), Button("No", callback_data="no")])
    return customer_id, promo, buttons


def test_taps_on_buttons_and_lists_reach_the_bot_as_callbacks(api) -> None:
    server, wa, updates = api
    customer_id, promo, buttons = offer_buttons(server, wa)
    menu = wa.send_message(to=ANA, text="Menu", buttons=SectionList("Choose", sections=[
        Section("Sizes", rows=[SectionRow("Small", callback_data="s"),
                               SectionRow("Large", callback_data="l")])]))
    http = wa.api._session
    for reply_to, button in ((promo.id, "Stop promotions"), (buttons.id, "No"),
                             (menu.id, "Large")):
        answer = http.post(f"{server.base_url}_waboard/customers/{ANA}/messages",
                           json={"reply_to": reply_to, "button": button})
        assert answer.status_code == 200, answer.text
    server.drain()
    assert [(t.reply_to_message.id, t.data) for t in updates.taps] == [
        (promo.id, "STOP"), (buttons.id, "no"), (menu.id, "l")]
    assert server.call(lambda w: w.store.last_message(customer_id).text) == "Large"
    wrong = http.post(f"{server.base_url}_waboard/customers/{ANA}/messages",
                      json={"reply_to": buttons.id, "button": "Maybe"})
    assert wrong.status_code == 400 and "Yes" in wrong.json()["error"]["error_data"][
        "details"]


def sent_with_a_delay(server, wa: WhatsApp, seconds: int):  # noqa: ANN001, ANN201
    """Ana wrote; the bot answers with the delivery delay set to `seconds`."""
    customer_id = server.call(lambda w: w.add_customer("Ana", ANA))
    server.call(lambda w: w.set_delivery_delay(seconds))
    server.call(lambda w: w.customer_message(customer_id, "Hola"))
    return wa.send_message(to=ANA.lstrip("+"), text="Hi Ana")


def test_with_a_delivery_delay_statuses_come_at_their_simulated_instants(api) -> None:
    server, wa, updates = api
    sent = sent_with_a_delay(server, wa, 120)
    server.drain()
    assert [(s.status, s.timestamp) for s in updates.status_of(sent.id)] == [
        (MessageStatusType.SENT, START)]
    http = wa.api._session
    assert http.post(f"{server.base_url}_waboard/clock", json={"advance": "2m"}).is_success
    server.drain()
    assert [(s.status, s.timestamp) for s in updates.status_of(sent.id)][1:] == [
        (MessageStatusType.DELIVERED, START + timedelta(minutes=2))]
    assert updates.status_of(sent.id)[1].pricing.category.value == "service"
    assert http.post(f"{server.base_url}_waboard/clock", json={"advance": "3m"}).is_success
    assert http.post(f"{server.base_url}_waboard/messages/{sent.id}/read").is_success
    server.drain()
    assert [(s.status, s.timestamp) for s in updates.status_of(sent.id)][2:] == [
        (MessageStatusType.READ, START + timedelta(minutes=5))]


def test_a_playing_clock_delivers_on_its_own(api) -> None:
    server, wa, updates = api
    sent = sent_with_a_delay(server, wa, 600)
    server.call(lambda w: (w.set_speed(3600), w.play()))  # 600 s pass in a sixth of a second
    updates.wait_for(lambda: len(updates.status_of(sent.id)) == 2)
    delivered = updates.status_of(sent.id)[1]
    assert (delivered.status, delivered.timestamp) == (
        MessageStatusType.DELIVERED, START + timedelta(seconds=600))


def test_taps_in_the_phone_reach_the_bot_in_metas_shapes(api) -> None:
    """The phone view's tap is `Workspace.customer_reply`: the same path as the control
    API's, the same webhook."""
    server, wa, updates = api
    customer_id, promo, buttons = offer_buttons(server, wa)
    for reply_to, button in ((promo.id, "Stop promotions"), (buttons.id, "Yes")):
        server.call(lambda w, r=reply_to, b=button: w.customer_reply(
            customer_id, ids.message_id_of(r), b))
    server.drain()
    assert [(t.reply_to_message.id, t.data) for t in updates.taps] == [
        (promo.id, "STOP"), (buttons.id, "yes")]
    inbound = [change["value"]["messages"][0] for body in updates.bodies
               for change in body["entry"][0]["changes"] if "messages" in change["value"]]
    button, interactive = inbound[-2:]
    assert (button["type"], button["button"], button["context"]) == (
        "button", {"text": "Stop promotions", "payload": "STOP"},
        {"from": "15550000000", "id": promo.id})
    assert (interactive["type"], interactive["interactive"], interactive["context"]["id"]) == (
        "interactive", {"type": "button_reply", "button_reply": {"id": "yes", "title": "Yes"}},
        buttons.id)
    assert "text" not in button and "text" not in interactive


def test_read_as_it_arrives_sends_only_read_with_the_pricing(api) -> None:
    """Meta: a message delivered and read at once (the chat was open) gets no `delivered`
    status; the `read` one carries the pricing."""
    server, wa, updates = api
    sent = sent_with_a_delay(server, wa, 600)
    http = wa.api._session
    assert http.post(f"{server.base_url}_waboard/messages/{sent.id}/read").is_success
    server.drain()
    statuses = updates.status_of(sent.id)
    assert [(s.status, s.timestamp) for s in statuses] == [
        (MessageStatusType.SENT, START), (MessageStatusType.READ, START)]
    assert statuses[1].pricing is not None and statuses[1].pricing.category.value == "service"
