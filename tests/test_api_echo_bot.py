"""End to end on loopback: a customer writes in the inbox, the business's bot hears it by
webhook and replies through the API, the reply shows in the chat; once the window has
closed the bot's free-form reply fails with 131047."""

from __future__ import annotations

import threading
from datetime import timedelta

import httpx
from pywa import WhatsApp
from pywa.types import Message, MessageStatus, MessageStatusType

from waboard.api.server import DEFAULT_PHONE_NUMBER_ID, DEFAULT_TOKEN

from .api_support import Receiver, served, workspace_file


class EchoBot:
    """A small bot as a business would write it with pywa: echoes every text."""

    def __init__(self, base_url: str, receiver: Receiver) -> None:
        self.wa = WhatsApp(phone_id=DEFAULT_PHONE_NUMBER_ID, token=DEFAULT_TOKEN,
                           session=httpx.Client(timeout=10), validate_updates=False)
        self.wa.api._session.base_url = base_url + "v23.0"
        self.failures: list[MessageStatus] = []
        self.replied = threading.Event()
        self.wa.on_message()(self._echo)
        self.wa.on_message_status()(self._status)
        receiver.on_post = lambda body, _: self.wa.webhook_update_handler(body)

    def _echo(self, _: WhatsApp, message: Message) -> None:
        message.reply_text(f"Echo: {message.text}")
        self.replied.set()

    def _status(self, _: WhatsApp, status: MessageStatus) -> None:
        if status.status is MessageStatusType.FAILED:
            self.failures.append(status)


def test_echo_bot_end_to_end(tmp_path) -> None:
    receiver = Receiver()
    server = served(workspace_file(tmp_path / "w.waboard"), webhook=receiver.url)
    try:
        bot = EchoBot(server.base_url, receiver)
        ana = server.call(lambda w: w.add_customer("Ana", "+34 612 345 678"))
        server.call(lambda w: w.customer_message(ana, "Hola"))
        assert bot.replied.wait(10)
        server.drain()
        reply = server.call(lambda w: w.store.last_message(ana))
        assert (reply.direction, reply.text, reply.accepted) == ("out", "Echo: Hola", True)

        server.call(lambda w: w.jump(timedelta(hours=25)))
        late = bot.wa.send_message(to="34612345678", text="Still there?")
        server.drain()
        assert [(f.id, f.error.code) for f in bot.failures] == [(late.id, 131047)]
        assert server.call(lambda w: w.store.last_message(ana).reason) == "window_closed"
    finally:
        server.stop()
        receiver.close()
