"""Killed mid-action: a waboard process acting in a loop is SIGKILLed at random moments, again
and again. Afterwards the file always opens (the dead process's lock does not block), SQLite
finds it sound, and every action the process confirmed is in it, exactly as confirmed.

Every other run goes on with one shared file; the others each make a new file and are killed
within a few milliseconds, while the file is being created. To keep many runs cheap, one helper
process imports waboard once and forks a fresh worker per run: each worker is a real process
that opens the file, acts, and dies by SIGKILL.
"""

from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import time
from collections import defaultdict

from waboard.store import Store

RUNS = 40
MAX_DELAY = 0.15  # seconds after the fork: from mid-open to a hundred actions in
EARLY = 0.02  # every other run: while its new file is being created

FORKER = r"""
import os, sys
from waboard.resources import bundled_rate_card
from waboard.rules.phones import normalize_phone
from waboard.clock import ClockSetting
from waboard.rules.instants import parse_instant
from waboard.service import Workspace
from waboard.settings import CLOCK
from waboard.store import Store

bundled_rate_card(), normalize_phone("+52 55 1234 5678")  # warm, so each worker starts fast


def out(line):
    os.write(1, (line + "\n").encode())


def work(run, path):
    store = Store.open(path)
    workspace = Workspace(store)
    if not workspace.customers():
        CLOCK.write(store, ClockSetting(parse_instant("2025-03-03T08:00:00Z")))
        workspace = Workspace(store)
        workspace.add_customer("Ana López", "+52 55 1234 5678", key="ana", opt_in=True)
    ana = workspace.customers()[0].id
    out(f"open {run}")
    n = 0
    while True:
        n += 1
        for text in (f"in {run}.{n}", f"out {run}.{n} " + "x" * (n % 300)):
            act = workspace.customer_message if text.startswith("in") else workspace.send_text
            result = act(ana, text)
            out(f"ok {result.message_id} {text}")


out("ready")
for line in sys.stdin:
    run, path = line.rstrip("\n").split(" ", 1)
    pid = os.fork()
    if pid == 0:
        try:
            work(run, path)
        finally:
            os._exit(1)
    out(f"pid {pid}")
    os.waitpid(pid, 0)
    out(f"done {run}")
"""


def test_killed_at_random_points_the_file_opens_sound_with_every_confirmed_action(tmp_path):
    shared = tmp_path / "killed.waboard"
    rng = random.Random(20250303)
    forker = subprocess.Popen([sys.executable, "-c", FORKER], text=True,
                              stdin=subprocess.PIPE, stdout=subprocess.PIPE, bufsize=1)
    assert forker.stdin is not None and forker.stdout is not None
    confirmed: defaultdict[str, dict[int, str]] = defaultdict(dict)
    acting_runs = 0
    try:
        assert forker.stdout.readline().strip() == "ready"
        for run in range(RUNS):
            early = run % 2 == 0
            path = tmp_path / f"new-{run}.waboard" if early else shared
            forker.stdin.write(f"{run} {path}\n")
            forker.stdin.flush()
            lines = [forker.stdout.readline()]
            while not lines[-1].startswith("pid "):
                lines.append(forker.stdout.readline())
            time.sleep(rng.uniform(0, EARLY if early else MAX_DELAY))
            os.kill(int(lines[-1].split()[1]), signal.SIGKILL)
            while not lines[-1].startswith("done "):
                lines.append(forker.stdout.readline())
            for line in lines:
                if line.startswith("ok ") and line.endswith("\n"):
                    _, message_id, text = line.rstrip("\n").split(" ", 2)
                    confirmed[str(path)][int(message_id)] = text
                acting_runs += line.startswith("open ")
            with Store.open(path) as store:  # a killed holder never blocks the next open
                assert store.integrity_ok(), f"run {run}"
                stored = dict(store._conn.execute("SELECT id, text FROM messages"))
            missing = {i: t for i, t in confirmed[str(path)].items() if stored.get(i) != t}
            assert not missing, f"run {run}: confirmed but not stored: {missing}"
    finally:
        forker.stdin.close()
        forker.wait(timeout=20)
    assert acting_runs >= RUNS // 4
    assert len(confirmed[str(shared)]) > RUNS
