"""Hundreds of SIGKILLs over mixed actions: nothing confirmed is lost, nothing half-done.

A worker process acts on one workspace file in a loop (customer messages, replies,
templates, STOP with its opt-out, opt-ins, new customers, clock jumps, and Save a copy)
and prints a line for each action the workspace confirmed. It is SIGKILLed at a random
moment; the file is then opened (the dead worker's lock must not block), checked with
SQLite's integrity check, and compared with what was confirmed. Repeated --kills times
(minutes for hundreds; not run by the tests). Prints kills, confirmed actions, lost
actions, and half-actions (a STOP stored without its opt-out, a copy under its final name
that does not open whole, a file that fails its integrity check).

    .venv/bin/python bench/kill_bench.py [--kills N] [--max-delay SECONDS]   (POSIX only)
"""

from __future__ import annotations

import argparse
import os
import random
import signal
import subprocess
import sys
import tempfile
import time
from pathlib import Path

WORKER = r"""
import os, sys
from datetime import timedelta
from waboard.clock import ClockSetting
from waboard.rules.instants import parse_instant
from waboard.rules.model import Category, Template
from waboard.service import Workspace
from waboard.settings import CLOCK
from waboard.store import Store

path, run = sys.argv[1], sys.argv[2]
out = lambda line: os.write(1, (line + "\n").encode())
store = Store.open(path)
workspace = Workspace(store)
if not workspace.customers():
    CLOCK.write(store, ClockSetting(parse_instant("2025-03-03T08:00:00Z")))
    workspace = Workspace(store)
    workspace.add_template(Template("order_update", "es_MX", Category.UTILITY, "Hola {{1}}"))
    workspace.add_customer("Ana", "+52 55 1234 5678", key="ana", opt_in=True)
ana = workspace.customers()[0].id
workspace.opt_in(ana)
out("open")
n = 0
while True:
    n += 1
    result = workspace.customer_message(ana, f"in {run}.{n}")
    out(f"message {result.message_id} in {run}.{n}")
    result = workspace.send_template(ana, "order_update", "es_MX", [f"{run}.{n}"])
    out(f"message {result.message_id} template")
    result = workspace.send_text(ana, f"out {run}.{n}")
    out(f"message {result.message_id} out {run}.{n}")
    if n % 4 == 0:
        out(f"message {workspace.customer_message(ana, 'STOP').message_id} STOP")
        workspace.opt_in(ana)
    if n % 7 == 0:
        key = workspace.add_customer(f"C {run}.{n}", f"+52 55 {n % 10000:04d} {run:0>4}"[:18])
        out(f"customer {key}")
    if n % 5 == 0:
        workspace.jump(timedelta(hours=1))
        out("jump")
    if n % 9 == 0:
        target = f"{path}.copy-{run}-{n}"
        store.copy_to(target)
        out(f"copy {target}")
"""


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--kills", type=int, default=300, help="how many SIGKILLs")
    parser.add_argument("--max-delay", type=float, default=0.3,
                        help="longest wait before a kill, in seconds")
    parser.add_argument("--seed", type=int, default=20251201)
    options = parser.parse_args()
    from waboard.store import Store

    rng = random.Random(options.seed)
    confirmed: dict[int, str] = {}
    copies: set[str] = set()
    kills = lost = half = actions = 0
    started = time.perf_counter()
    with tempfile.TemporaryDirectory(dir=Path.cwd()) as folder:
        path = Path(folder) / "killed.waboard"
        for run in range(options.kills):
            worker = subprocess.Popen([sys.executable, "-c", WORKER, str(path), str(run)],
                                      stdout=subprocess.PIPE, text=True)
            assert worker.stdout is not None
            opened = worker.stdout.readline()  # killed from mid-open on, not while importing
            time.sleep(rng.uniform(0, options.max_delay))
            os.kill(worker.pid, signal.SIGKILL)
            output = opened + worker.communicate()[0]
            kills += 1
            for line in output.splitlines(keepends=True):
                if not line.endswith("\n"):
                    continue  # cut by the kill: never confirmed
                kind, _, rest = line.rstrip("\n").partition(" ")
                actions += kind in ("message", "customer", "jump", "copy")
                if kind == "message":
                    message_id, _, text = rest.partition(" ")
                    confirmed[int(message_id)] = text
                elif kind == "copy":
                    copies.add(rest)
            with Store.open(path) as store:
                half += not store.integrity_ok()
                texts = dict(store._conn.execute("SELECT id, text FROM messages"))
                stops = store._conn.execute(
                    "SELECT count(*) FROM messages WHERE direction = 'in' AND text = 'STOP'"
                ).fetchone()[0]
                opt_outs = store._conn.execute(
                    "SELECT count(*) FROM consent_events WHERE kind = 'opt_out'").fetchone()[0]
            half += stops != opt_outs
            lost += sum(1 for i, text in confirmed.items()
                        if text != "template" and texts.get(i) != text)
            lost += sum(1 for i, text in confirmed.items() if text == "template" and i not in texts)
            confirmed = {i: t for i, t in confirmed.items() if i in texts}  # count a loss once
        for copy in sorted(Path(folder).glob("killed.waboard.copy-*")):
            if copy.name.endswith(("-wal", "-shm", "-lock", "-journal")):
                continue
            try:
                with Store.open(copy) as store:
                    half += not store.integrity_ok()
            except Exception as error:  # a partial copy under its final name
                print(f"  {copy.name}: {error}")
                half += 1
        stray = len(list(Path(folder).glob(".*.tmp")))
    print(f"kills: {kills}")
    print(f"confirmed actions: {actions}")
    print(f"lost (confirmed but not in the file): {lost}")
    print(f"half-actions (STOP without its opt-out, partial copies, unsound files): {half}")
    print(f"copies made: {len(copies)}; stale temporary files left by kills: {stray}")
    print(f"{time.perf_counter() - started:.0f} s")


if __name__ == "__main__":
    main()
