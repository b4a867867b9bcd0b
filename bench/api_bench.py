"""The local Cloud API under load: requests per second and p50/p99 latency of
`POST /{phone-number-id}/messages` (template sends to opted-in customers, each decided by
the rules, stored, and reported by two status webhooks to a local receiver), in a workspace
of 10,000 customers; beside a baseline measured in the same run against the same server,
`GET /{phone-number-id}` (no workspace write, no webhook). Targets: at least 300 requests/s
and p99 under 50 ms. The server runs as `waboard serve` in its own process, as an app under
test would meet it; the webhook receiver in another, the load in this one.

    .venv/bin/python bench/api_bench.py [--customers N] [--requests N] [--concurrency N]
"""

from __future__ import annotations

import argparse
import asyncio
import multiprocessing
import os
import random
import socket
import statistics
import subprocess
import sys
import tempfile
import time
from datetime import UTC, datetime
from multiprocessing.sharedctypes import Synchronized
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

import aiohttp  # noqa: E402
from aiohttp import web  # noqa: E402

from waboard.api.server import DEFAULT_TOKEN  # noqa: E402
from waboard.clock import ClockSetting  # noqa: E402
from waboard.rules.model import Category, Consent, CustomerState, Template  # noqa: E402
from waboard.rules.phones import normalize_phone  # noqa: E402
from waboard.settings import CLOCK  # noqa: E402
from waboard.store import CustomerRecord, Store  # noqa: E402

START = datetime(2025, 3, 3, 8, 0, tzinfo=UTC)
TARGET_RATE = 300
TARGET_P99_MS = 50
TEMPLATE = Template("order_update", "en_US", Category.UTILITY, "Hi {{1}}, order {{2}} ships.")


def make_workspace(path: Path, customers: int) -> list[str]:
    """A workspace file of opted-in customers and one approved template; their numbers."""
    phones = [normalize_phone(f"+44 7700 {n:06d}")[0] for n in range(customers)]
    store = Store.open(path)
    with store.transaction():
        CLOCK.write(store, ClockSetting(START))
        store.add_template(TEMPLATE)
        for n, phone in enumerate(phones):
            store.add_customer(CustomerRecord(None, f"c{n}", f"Customer {n}", phone, "GB",
                                              CustomerState(consent=Consent.OPTED_IN)))
    store.close()
    return phones


def receive(port: int, count: Synchronized[int]) -> None:
    """The business's webhook endpoint (its own process): answers 200 at once, counts."""
    async def hook(request: web.Request) -> web.Response:
        await request.read()
        with count.get_lock():
            count.value += 1
        return web.Response(text="ok")

    app = web.Application()
    app.router.add_post("/hook", hook)
    web.run_app(app, host="127.0.0.1", port=port, access_log=None, print=None)


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def start_receiver() -> tuple[multiprocessing.Process, Synchronized[int], int]:
    count: Synchronized[int] = multiprocessing.Value("i", 0)  # type: ignore[assignment]
    port = free_port()
    process = multiprocessing.Process(target=receive, args=(port, count), daemon=True)
    process.start()
    for _ in range(100):  # bounded: up to 10 s for it to listen
        with socket.socket() as probe:
            if probe.connect_ex(("127.0.0.1", port)) == 0:
                break
        time.sleep(0.1)
    return process, count, port


async def load(url: str, bodies: list[dict | None], concurrency: int) -> tuple[float, list]:
    """Send every body (None: a GET) with `concurrency` requests in flight; (elapsed s,
    latencies in ms)."""
    latencies: list[float] = []
    queue = list(reversed(bodies))
    headers = {"Authorization": f"Bearer {DEFAULT_TOKEN}"}
    async with aiohttp.ClientSession(headers=headers) as session:
        async def worker() -> None:
            while queue:
                body = queue.pop()
                began = time.perf_counter()
                if body is None:
                    async with session.get(url) as response:
                        await response.read()
                else:
                    async with session.post(url + "/messages", json=body) as response:
                        await response.read()
                if response.status != 200:
                    raise SystemExit(f"unexpected HTTP {response.status}: "
                                     f"{await response.text()}")
                latencies.append((time.perf_counter() - began) * 1000)

        began = time.perf_counter()
        await asyncio.gather(*(worker() for _ in range(concurrency)))
        return time.perf_counter() - began, latencies


def serve(db: Path, webhook: str) -> tuple[subprocess.Popen[str], str]:
    """`waboard serve` on a free port; (process, base URL) once it has said where."""
    port = free_port()
    process = subprocess.Popen(
        [sys.executable, "-m", "waboard", "serve", "--db", str(db), "--port", str(port),
         "--webhook", webhook], stdout=subprocess.PIPE, text=True)
    assert process.stdout is not None
    line = process.stdout.readline()
    if not line.startswith("Cloud API at "):
        process.kill()
        raise SystemExit(f"waboard serve did not start: {line!r}")
    return process, line.split()[3]


async def drain(base: str, seconds: float = 120) -> int:
    """Wait (bounded) until the server has no webhook left to deliver; how many are left."""
    headers = {"Authorization": f"Bearer {DEFAULT_TOKEN}"}
    async with aiohttp.ClientSession(headers=headers) as session:
        pending = -1
        for _ in range(int(seconds / 0.1)):
            async with session.get(base + "_waboard/webhooks") as response:
                pending = (await response.json())["pending"]
            if pending == 0:
                break
            await asyncio.sleep(0.1)
        return pending


def figures(name: str, elapsed: float, latencies: list[float]) -> tuple[float, float]:
    ordered = sorted(latencies)
    rate = len(ordered) / elapsed
    p50 = statistics.median(ordered)
    p99 = ordered[min(len(ordered) - 1, int(len(ordered) * 0.99))]
    print(f"{name:<36} {rate:8.0f} req/s   p50 {p50:6.1f} ms   p99 {p99:6.1f} ms")
    return rate, p99


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--customers", type=int, default=10_000)
    parser.add_argument("--requests", type=int, default=3000)
    parser.add_argument("--concurrency", type=int, default=8)
    parser.add_argument("--seed", type=int, default=7)
    options = parser.parse_args(argv)
    rng = random.Random(options.seed)
    with tempfile.TemporaryDirectory() as folder:
        made = time.perf_counter()
        phones = make_workspace(Path(folder) / "bench.waboard", options.customers)
        print(f"workspace: {options.customers:,} customers in "
              f"{time.perf_counter() - made:.1f} s")
        receiver, received, port = start_receiver()
        server, base = serve(Path(folder) / "bench.waboard", f"http://127.0.0.1:{port}/hook")
        try:
            url = base + "v23.0/100000000000001"
            bodies = [{"messaging_product": "whatsapp", "to": rng.choice(phones),
                       "type": "template", "template": {
                           "name": "order_update", "language": {"code": "en_US"},
                           "components": [{"type": "body", "parameters": [
                               {"type": "text", "text": "Ana"},
                               {"type": "text", "text": f"A-{n}"}]}]}}
                      for n in range(options.requests)]
            asyncio.run(load(url, [None] * 200 + bodies[:200], options.concurrency))  # warm
            baseline = figures("baseline GET phone number",
                               *asyncio.run(load(url, [None] * options.requests,
                                                 options.concurrency)))
            rate, p99 = figures("POST messages, webhooks on",
                                *asyncio.run(load(url, bodies[200:], options.concurrency)))
            began = time.perf_counter()
            pending = asyncio.run(drain(base))
            print(f"webhooks delivered: {received.value:,} "
                  f"(the rest drained in {time.perf_counter() - began:.1f} s after the load"
                  f"{f'; {pending} still pending' if pending else ''})")
        finally:
            server.terminate()
            server.wait(30)
            receiver.terminate()
            receiver.join(10)
    print(f"messages vs baseline: {rate / baseline[0]:.0%} of the rate; machine load "
          f"average {os.getloadavg()[0]:.1f} on {os.cpu_count()} cores")
    ok = rate >= TARGET_RATE and p99 < TARGET_P99_MS
    print(f"target >= {TARGET_RATE} req/s and p99 < {TARGET_P99_MS} ms: "
          f"{'met' if ok else 'NOT met'}")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
