"""Delivery of webhooks to the business's one configured URL: signed when an app secret is
set, after the verification handshake when a verify token is set, retried with backoff.

Runs on the server's event loop; `put` may be called from any thread.
"""

from __future__ import annotations

import asyncio
import json
import secrets
from dataclasses import dataclass
from typing import Any

import aiohttp

from .signature import HEADER, sign
from .traffic import TrafficLog

BACKOFF = (1.0, 2.0, 4.0, 8.0, 16.0)
"""Seconds before each retry; after the last one a delivery is given up (and logged)."""
TIMEOUT = 5.0
WORKERS = 4


@dataclass(frozen=True, slots=True)
class WebhookConfig:
    url: str | None = None
    app_secret: str | None = None
    verify_token: str | None = None
    backoff: tuple[float, ...] = BACKOFF
    timeout: float = TIMEOUT


class WebhookClient:
    """Posts payloads to the configured URL and nowhere else."""

    def __init__(self, config: WebhookConfig, traffic: TrafficLog,
                 loop: asyncio.AbstractEventLoop) -> None:
        self.config, self.traffic, self.loop = config, traffic, loop
        self._queues: list[asyncio.Queue[tuple[bytes, str, int, int]]] = [
            asyncio.Queue() for _ in range(WORKERS)]
        self._session: aiohttp.ClientSession | None = None
        self._workers: list[asyncio.Task[None]] = []
        self._retries: set[asyncio.TimerHandle] = set()
        self.verified = config.verify_token is None
        self.pending = 0
        self.delivered = 0
        self.given_up = 0

    async def start(self) -> None:
        if not self.config.url:
            return
        timeout = aiohttp.ClientTimeout(total=self.config.timeout)
        self._session = aiohttp.ClientSession(timeout=timeout)
        self._workers = [asyncio.create_task(self._work(q)) for q in self._queues]
        if not self.verified:
            await self.verify()

    async def close(self) -> None:
        for handle in self._retries:
            handle.cancel()
        for worker in self._workers:
            worker.cancel()
        await asyncio.gather(*self._workers, return_exceptions=True)
        if self._session is not None:
            await self._session.close()

    async def drained(self) -> None:
        """Wait until nothing is queued, in flight or waiting for a retry."""
        while self.pending:
            await asyncio.sleep(0.01)

    def put(self, payload: dict[str, Any], decision: str, key: str = "") -> None:
        """Queue one payload (thread-safe). Payloads with the same `key` (one customer's,
        one template's) go out in order. Without a URL nothing is sent or kept."""
        if not self.config.url:
            return
        body = json.dumps(payload, ensure_ascii=False, separators=(",", ":")).encode()
        lane = hash(key) % WORKERS
        try:
            self.loop.call_soon_threadsafe(self._enqueue, body, decision, 1, lane)
        except RuntimeError:  # the server has stopped: there is no one to send it
            self.traffic.add("webhook", "POST", self.config.url, None, decision=decision,
                             note="not sent: the server had stopped")

    def _enqueue(self, body: bytes, decision: str, attempt: int, lane: int) -> None:
        if attempt == 1:
            self.pending += 1
        self._queues[lane].put_nowait((body, decision, attempt, lane))

    async def verify(self) -> bool:
        """Meta's handshake: GET the URL with hub.mode, hub.verify_token, hub.challenge;
        the app must answer 200 with the challenge as the body."""
        assert self._session is not None and self.config.url
        challenge = str(secrets.randbelow(10**9))
        params = {"hub.mode": "subscribe", "hub.verify_token": self.config.verify_token or "",
                  "hub.challenge": challenge}
        status, text, note = None, "", ""
        try:
            async with self._session.get(self.config.url, params=params) as response:
                status, text = response.status, await response.text()
        except (aiohttp.ClientError, TimeoutError) as error:
            note = _failure(error)
        self.verified = status == 200 and text.strip() == challenge
        if status is not None and not self.verified:
            note = "the app did not answer with the challenge"
        self.traffic.add("webhook", "GET", self.config.url, status,
                         decision="verification " + ("passed" if self.verified else "failed"),
                         request=params, response=text[:2000], note=note)
        return self.verified

    async def _work(self, queue: asyncio.Queue[tuple[bytes, str, int, int]]) -> None:
        while True:
            body, decision, attempt, lane = await queue.get()
            try:
                await self._deliver(body, decision, attempt, lane)
            except asyncio.CancelledError:
                raise
            except Exception as error:  # a delivery never stops the server
                self._after(body, decision, attempt, lane, None, _failure(error))

    async def _deliver(self, body: bytes, decision: str, attempt: int, lane: int) -> None:
        assert self._session is not None and self.config.url
        if not self.verified and not await self.verify():
            self._after(body, decision, attempt, lane, None, "webhook URL not verified")
            return
        headers = {"Content-Type": "application/json"}
        if self.config.app_secret:
            headers[HEADER] = sign(body, self.config.app_secret)
        status, note = None, ""
        try:
            async with self._session.post(self.config.url, data=body,
                                          headers=headers) as response:
                status = response.status
                await response.read()
        except (aiohttp.ClientError, TimeoutError) as error:
            note = _failure(error)
        self._after(body, decision, attempt, lane, status, note)

    def _after(self, body: bytes, decision: str, attempt: int, lane: int,
               status: int | None, note: str) -> None:
        ok = status is not None and 200 <= status < 300
        backoff = self.config.backoff
        retry_in = None if ok or attempt > len(backoff) else backoff[attempt - 1]
        if not ok:
            note = note or f"HTTP {status}"
            note += f"; retry in {retry_in:g} s" if retry_in is not None else "; given up"
        self.traffic.add("webhook", "POST", self.config.url or "", status, decision=decision,
                         attempt=attempt, request=json.loads(body), note=note)
        if retry_in is not None:
            handle = self.loop.call_later(retry_in, self._retry, body, decision, attempt + 1,
                                          lane)
            self._retries.add(handle)
            return
        self.pending -= 1
        if ok:
            self.delivered += 1
        else:
            self.given_up += 1

    def _retry(self, body: bytes, decision: str, attempt: int, lane: int) -> None:
        now = self.loop.time()
        self._retries = {h for h in self._retries if not h.cancelled() and h.when() > now}
        self._enqueue(body, decision, attempt, lane)


def _failure(error: BaseException) -> str:
    if isinstance(error, TimeoutError):
        return "no answer (timed out)"
    return f"{type(error).__name__}: {error}" if str(error) else type(error).__name__
