"""The Cloud API server: one event loop on its own thread, serving one workspace.

Service access is serialized. Either the loop's thread owns the workspace (`ApiServer.for_file`:
the CLI, tests, benches: every workspace call runs inline on the loop), or another thread
does (the GUI's: `ApiServer(config, workspace, runner)` with a runner that hands each call to
that thread and awaits it).
"""

from __future__ import annotations

import asyncio
import errno
import threading
from collections.abc import Callable
from concurrent.futures import Future
from dataclasses import dataclass
from pathlib import Path
from typing import TypeVar
from urllib.parse import urlsplit

from aiohttp import web

from waboard.service import Workspace
from waboard.store import Store

from .app import make_app
from .context import ApiContext, Runner
from .events import DEFAULT_API_VERSION, WebhookEvents
from .gateway import Gateway
from .payloads import Business
from .traffic import TrafficLog
from .webhooks import BACKOFF, TIMEOUT, WebhookClient, WebhookConfig

T = TypeVar("T")

DEFAULT_TOKEN = "waboard-test-token"
DEFAULT_PHONE_NUMBER_ID = "100000000000001"
DEFAULT_WABA_ID = "200000000000002"
DEFAULT_PORT = 8088
SHUTDOWN_TIMEOUT = 2.0
"""Seconds a stopping server waits for requests still in flight."""


class ServerError(Exception):
    """The server could not start (port in use, address not available...), said plainly."""


DELIVERY_POLL_S = 0.2
"""How often (wall-clock seconds) the headless server looks for messages due on the phone."""


@dataclass(frozen=True, slots=True)
class ServeConfig:
    host: str = "127.0.0.1"
    port: int = DEFAULT_PORT
    token: str = DEFAULT_TOKEN
    app_secret: str | None = None
    webhook: str | None = None
    verify_token: str | None = None
    phone_number_id: str = DEFAULT_PHONE_NUMBER_ID
    waba_id: str = DEFAULT_WABA_ID
    auto_approve: bool = False
    webhook_backoff: tuple[float, ...] = BACKOFF
    webhook_timeout: float = TIMEOUT

    @property
    def business(self) -> Business:
        return Business(self.phone_number_id, self.waba_id)


def check_webhook_url(url: str) -> None:
    """ValueError unless `url` is an http(s) URL with a host."""
    parts = urlsplit(url)
    if parts.scheme not in ("http", "https") or not parts.hostname:
        raise ValueError(f"{url!r}: use an http:// or https:// URL")


async def _inline(call: Callable[[], T]) -> T:
    return call()


class ApiServer:
    """Start with `start()` (raises ServerError), stop with `stop()`; `base_url` once up."""

    def __init__(self, config: ServeConfig, workspace: Workspace | None = None,
                 runner: Runner | None = None,
                 open_workspace: Callable[[], Workspace] | None = None,
                 traffic: TrafficLog | None = None) -> None:
        self.config = config
        self.traffic = traffic or TrafficLog()
        self._workspace, self._runner, self._open = workspace, runner, open_workspace
        self._loop: asyncio.AbstractEventLoop | None = None
        self._thread: threading.Thread | None = None
        self._stopping: asyncio.Event | None = None
        self.context: ApiContext | None = None
        self.port = config.port

    @classmethod
    def for_file(cls, config: ServeConfig, db: str | Path | None) -> ApiServer:
        """A server whose loop thread opens (or creates) the workspace file and owns it."""
        return cls(config, open_workspace=lambda: Workspace(Store.open(db)))

    @property
    def base_url(self) -> str:
        host = self.config.host if ":" not in self.config.host else f"[{self.config.host}]"
        return f"http://{host}:{self.port}/"

    @property
    def running(self) -> bool:
        return self._thread is not None and self._thread.is_alive()

    def start(self) -> None:
        """Start serving; returns once the port is bound. With a workspace given to the
        constructor, call it on the thread that owns that workspace."""
        started: Future[None] = Future()
        self._loop = asyncio.new_event_loop()
        if self._workspace is not None:
            self._prepare(self._workspace, self._runner or _inline)
        self._thread = threading.Thread(target=self._serve, args=(started,),
                                        name="waboard-cloud-api", daemon=True)
        self._thread.start()
        try:
            started.result()
        except BaseException:
            self._thread.join()
            self._thread = None
            self._release()
            raise

    def stop(self) -> None:
        """Stop serving and wait for it; on the owning thread, like `start`."""
        if self._loop is not None and self._stopping is not None and self.running:
            self._loop.call_soon_threadsafe(self._stopping.set)
        if self._thread is not None:
            self._thread.join()
            self._thread = None
        self._release()

    def _release(self) -> None:
        if self._workspace is not None and self.context is not None:
            self.context.close()
        self.context = None

    def call(self, fn: Callable[[Workspace], T], timeout: float = 30.0) -> T:
        """Run `fn(workspace)` the way the routes do (for tests and the CLI), from another
        thread."""
        assert self._loop is not None and self.context is not None
        context = self.context
        future = asyncio.run_coroutine_threadsafe(
            context.run(lambda: fn(context.workspace)), self._loop)
        return future.result(timeout)

    def drain(self, timeout: float = 30.0) -> None:
        """Wait until every webhook queued so far is delivered or given up."""
        assert self._loop is not None and self.context is not None
        asyncio.run_coroutine_threadsafe(
            asyncio.wait_for(self.context.webhooks.drained(), timeout), self._loop).result()

    def _serve(self, started: Future[None]) -> None:
        loop = self._loop
        assert loop is not None
        asyncio.set_event_loop(loop)
        try:
            loop.run_until_complete(self._main(started))
        except BaseException as error:
            if not started.done():
                started.set_exception(error)
        finally:
            loop.close()

    def _prepare(self, workspace: Workspace, run: Runner) -> ApiContext:
        """The context, built on the thread that owns the workspace."""
        assert self._loop is not None
        config = self.config
        hooks = WebhookConfig(config.webhook, config.app_secret, config.verify_token,
                              config.webhook_backoff, config.webhook_timeout)
        webhooks = WebhookClient(hooks, self.traffic, self._loop)
        events = WebhookEvents(workspace, config.business, webhooks.put,
                               lambda: self.context.api_version if self.context
                               else DEFAULT_API_VERSION,
                               lambda note: self.traffic.add("webhook", "", config.webhook or "",
                                                             None, note=note))
        self.context = ApiContext(config.business, config.token, workspace,
                                  Gateway(workspace), events, webhooks, self.traffic, run,
                                  config.auto_approve)
        return self.context

    async def _main(self, started: Future[None]) -> None:
        self._stopping = asyncio.Event()
        owned = self._workspace is None
        if owned:
            assert self._open is not None
            context = self._prepare(self._open(), _inline)
        else:
            assert self.context is not None
            context = self.context
        config = self.config
        delivering: asyncio.Task[None] | None = None
        runner = web.AppRunner(make_app(context), access_log=None, handle_signals=False,
                               shutdown_timeout=SHUTDOWN_TIMEOUT)
        await runner.setup()
        try:
            site = web.TCPSite(runner, config.host, config.port, reuse_address=True)
            try:
                await site.start()
            except OSError as error:
                raise ServerError(_bind_failure(config, error)) from None
            sockets = getattr(site._server, "sockets", None) or []  # the port chosen for 0
            if sockets:
                self.port = sockets[0].getsockname()[1]
            await context.webhooks.start()
            started.set_result(None)
            # in the app its clock timer delivers (ui/common/bus.py)
            delivering = asyncio.create_task(_deliver_due(context.workspace)) if owned \
                else None
            await self._stopping.wait()
        finally:
            if delivering is not None:
                delivering.cancel()
            await runner.cleanup()
            await context.webhooks.close()
            if owned:
                context.close()
                context.workspace.save()
                context.workspace.store.close()


async def _deliver_due(workspace: Workspace) -> None:
    """Announce business messages reaching the phone as the simulated clock passes their
    delivery instant (the `delivered` status webhooks), a few times a second."""
    while True:
        await asyncio.sleep(DELIVERY_POLL_S)
        workspace.deliver_due()


def _bind_failure(config: ServeConfig, error: OSError) -> str:
    where = f"{config.host}:{config.port}"
    if error.errno == errno.EADDRINUSE:
        return f"port {config.port} is in use ({where}); choose another with --port"
    if error.errno == errno.EADDRNOTAVAIL:
        return f"cannot listen on {where}: the address is not one of this machine's"
    return f"cannot listen on {where}: {error.strerror or error}"


def describe(server: ApiServer) -> str:
    return (f"Cloud API at {server.base_url} "
            f"(phone_number_id {server.config.phone_number_id})")
