"""`waboard serve`: the Cloud API in front of a workspace file, until Ctrl+C."""

from __future__ import annotations

import argparse
import signal
import sys
import threading

from waboard.store import StoreError

from .server import (
    DEFAULT_PHONE_NUMBER_ID,
    DEFAULT_PORT,
    DEFAULT_TOKEN,
    DEFAULT_WABA_ID,
    ApiServer,
    ServeConfig,
    ServerError,
    check_webhook_url,
    describe,
)


def parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(
        prog="waboard serve",
        description="Serve a local WhatsApp Cloud API in front of a workspace "
                    "(see docs/cloud-api.md).")
    p.add_argument("--db", metavar="FILE", help="workspace file (created empty if missing; "
                   "without it an in-memory workspace)")
    p.add_argument("--host", default="127.0.0.1", help="address to listen on (loopback)")
    p.add_argument("--port", type=int, default=DEFAULT_PORT, help="port (default %(default)s)")
    p.add_argument("--token", default=DEFAULT_TOKEN, help="bearer token apps must send")
    p.add_argument("--app-secret", metavar="S", help="sign webhooks with X-Hub-Signature-256")
    p.add_argument("--webhook", metavar="URL", help="the business's webhook URL")
    p.add_argument("--verify-token", metavar="V", help="do the hub.verify_token handshake")
    p.add_argument("--phone-number-id", metavar="P", default=DEFAULT_PHONE_NUMBER_ID)
    p.add_argument("--waba-id", metavar="W", default=DEFAULT_WABA_ID)
    p.add_argument("--auto-approve", action="store_true",
                   help="templates created through the API start APPROVED, not PENDING")
    return p


def config_from(options: argparse.Namespace) -> ServeConfig:
    """The options checked; a ValueError says which is wrong."""
    if not 0 <= options.port <= 65535:
        raise ValueError(f"--port {options.port}: use a port from 0 to 65535")
    if options.webhook:
        try:
            check_webhook_url(options.webhook)
        except ValueError as error:
            raise ValueError(f"--webhook {error}") from None
    for name in ("token", "phone_number_id", "waba_id"):
        if not getattr(options, name).strip():
            raise ValueError(f"--{name.replace('_', '-')} must not be empty")
    for name in ("phone_number_id", "waba_id"):
        if not getattr(options, name).isdigit():
            raise ValueError(f"--{name.replace('_', '-')} must be digits, like Meta's ids")
    return ServeConfig(options.host, options.port, options.token, options.app_secret,
                       options.webhook, options.verify_token, options.phone_number_id,
                       options.waba_id, options.auto_approve)


def serve_command(args: list[str]) -> int:
    options = parser().parse_args(args)
    try:
        config = config_from(options)
        server = ApiServer.for_file(config, options.db)
        server.start()
    except (ValueError, ServerError, StoreError) as error:
        print(f"waboard serve: {error}", file=sys.stderr)
        return 2
    print(describe(server), flush=True)
    done = threading.Event()
    for stop in (signal.SIGINT, signal.SIGTERM):  # Ctrl+C, or a test runner's kill
        signal.signal(stop, lambda *_: done.set())
    while not done.wait(0.5) and server.running:
        pass
    server.stop()
    return 0
