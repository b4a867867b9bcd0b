"""Test helpers for the Cloud API: a local webhook receiver and a served workspace file."""

from __future__ import annotations

import threading
from collections.abc import Callable
from datetime import UTC, datetime
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from urllib.parse import parse_qs, urlsplit

from waboard.api.server import ApiServer, ServeConfig
from waboard.clock import ClockSetting
from waboard.rules.model import Category, Template
from waboard.settings import CLOCK
from waboard.store import Store

START = datetime(2025, 3, 3, 8, 0, tzinfo=UTC)
ORDER_UPDATE = Template("order_update", "en_US", Category.UTILITY,
                        "Hi {{1}}, order {{2}} is on its way.")
PROMO = Template("spring_sale", "en_US", Category.MARKETING, "Spring sale, {{1}}!",
                 buttons=("Shop now", "Stop promotions"))


class Receiver:
    """A webhook endpoint on loopback: answers the handshake with `verify_token`, keeps
    every POST (raw body, signature header), and calls `on_post(body, signature)` if set."""

    def __init__(self, verify_token: str = "vt", status: int = 200) -> None:
        self.bodies: list[tuple[bytes, str | None]] = []
        self.on_post: Callable[[bytes, str | None], None] | None = None
        self.verify_token, self.status = verify_token, status
        self.arrived = threading.Condition()
        receiver = self

        class Handler(BaseHTTPRequestHandler):
            def do_GET(self) -> None:  # noqa: N802 (http.server's name)
                query = parse_qs(urlsplit(self.path).query)
                ok = query.get("hub.verify_token") == [receiver.verify_token]
                answer = query.get("hub.challenge", [""])[0] if ok else "Forbidden"
                self._answer(200 if ok else 403, answer.encode())

            def do_POST(self) -> None:  # noqa: N802
                body = self.rfile.read(int(self.headers.get("Content-Length", 0)))
                signature = self.headers.get("X-Hub-Signature-256")
                if receiver.on_post is not None:
                    receiver.on_post(body, signature)
                with receiver.arrived:
                    receiver.bodies.append((body, signature))
                    receiver.arrived.notify_all()
                self._answer(receiver.status, b"ok")

            def _answer(self, status: int, body: bytes) -> None:
                self.send_response(status)
                self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                self.wfile.write(body)

            def log_message(self, *args: object) -> None:
                pass

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.thread = threading.Thread(target=self.server.serve_forever, daemon=True)
        self.thread.start()
        self.url = f"http://127.0.0.1:{self.server.server_address[1]}/webhook"

    def close(self) -> None:
        self.server.shutdown()
        self.server.server_close()


def workspace_file(path: Path, *templates: Template) -> Path:
    """A workspace file with the clock paused at START and these templates."""
    store = Store.open(path)
    CLOCK.write(store, ClockSetting(START))
    for template in templates:
        store.add_template(template)
    store.close()
    return path


def served(path: Path, **config: object) -> ApiServer:
    server = ApiServer.for_file(ServeConfig(port=0, **config), path)  # type: ignore[arg-type]
    server.start()
    return server
