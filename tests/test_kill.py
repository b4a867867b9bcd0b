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

from tests.test_store_migrations import v1_file
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
from waboard.store import SCHEMA_VERSION, Store
from waboard.store.integrity import expected_schema

# warm, so each worker starts fast
bundled_rate_card(), normalize_phone("+52 55 1234 5678"), expected_schema(SCHEMA_VERSION)


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
    workspace.opt_in(ana)  # a run killed between a STOP and its opt-in left ana opted out
    out(f"open {run}")
    n = 0
    while True:
        n += 1
        for text in (f"in {run}.{n}", f"out {run}.{n} " + "x" * (n % 300)):
            act = workspace.customer_message if text.startswith("in") else workspace.send_text
            result = act(ana, text)
            out(f"ok {result.message_id} {text}")
        if n % 3 == 0:  # a STOP and its opt-out, then the customer opts in again
            out(f"ok {workspace.customer_message(ana, 'STOP').message_id} STOP")
            workspace.opt_in(ana)


def copy(run, path):
    store = Store.open(path)
    out(f"open {run}")
    n = 0
    while True:
        n += 1
        target = f"{path}-copy-{run}-{n}.waboard"
        store.copy_to(target)
        out(f"ok {target}")


def migrate(run, path):
    Store.open(path).close()
    out(f"ok migrated {path}")


out("ready")
for line in sys.stdin:
    job, run, path = line.rstrip("\n").split(" ", 2)
    pid = os.fork()
    if pid == 0:
        try:
            {"work": work, "copy": copy, "migrate": migrate}[job](run, path)
        finally:
            os._exit(1)
    out(f"pid {pid}")
    os.waitpid(pid, 0)
    out(f"done {run}")
"""


def start_forker() -> subprocess.Popen:
    forker = subprocess.Popen([sys.executable, "-c", FORKER], text=True,
                              stdin=subprocess.PIPE, stdout=subprocess.PIPE, bufsize=1)
    assert forker.stdout is not None and forker.stdout.readline().strip() == "ready"
    return forker


def kill_one(forker: subprocess.Popen, job: str, delay: float) -> list[str]:
    """Start `job` ("work|copy|migrate RUN PATH") in a fresh worker, SIGKILL it after
    `delay` seconds; the lines it printed."""
    assert forker.stdin is not None and forker.stdout is not None
    forker.stdin.write(job + "\n")
    forker.stdin.flush()
    lines = [forker.stdout.readline()]
    while not lines[-1].startswith("pid "):
        lines.append(forker.stdout.readline())
    time.sleep(delay)
    os.kill(int(lines[-1].split()[1]), signal.SIGKILL)
    while not lines[-1].startswith("done "):
        lines.append(forker.stdout.readline())
    return lines


def finish_forker(forker: subprocess.Popen) -> None:
    assert forker.stdin is not None
    forker.stdin.close()
    forker.wait(timeout=20)


def stop_count(store: Store) -> int:
    return store._conn.execute(
        "SELECT count(*) FROM messages WHERE direction = 'in' AND text = 'STOP'").fetchone()[0]


def opt_outs(store: Store) -> int:
    return store._conn.execute(
        "SELECT count(*) FROM consent_events WHERE kind = 'opt_out'").fetchone()[0]


def test_killed_at_random_points_the_file_opens_sound_with_every_confirmed_action(tmp_path):
    shared = tmp_path / "killed.waboard"
    rng = random.Random(20250303)
    forker = start_forker()
    confirmed: defaultdict[str, dict[int, str]] = defaultdict(dict)
    acting_runs = 0
    try:
        for run in range(RUNS):
            early = run % 2 == 0
            path = tmp_path / f"new-{run}.waboard" if early else shared
            lines = kill_one(forker, f"work {run} {path}",
                             rng.uniform(0, EARLY if early else MAX_DELAY))
            for line in lines:
                if line.startswith("ok ") and line.endswith("\n"):
                    _, message_id, text = line.rstrip("\n").split(" ", 2)
                    confirmed[str(path)][int(message_id)] = text
                acting_runs += line.startswith("open ")
            with Store.open(path) as store:  # a killed holder never blocks the next open
                assert store.integrity_ok(), f"run {run}"
                stored = dict(store._conn.execute("SELECT id, text FROM messages"))
                assert stop_count(store) == opt_outs(store), f"run {run}: STOP not opted out"
            missing = {i: t for i, t in confirmed[str(path)].items() if stored.get(i) != t}
            assert not missing, f"run {run}: confirmed but not stored: {missing}"
    finally:
        finish_forker(forker)
    assert acting_runs >= RUNS // 4
    assert len(confirmed[str(shared)]) > RUNS
    assert "STOP" in confirmed[str(shared)].values()


def test_killed_while_saving_copies_no_copy_is_partial(tmp_path, demo):
    source = demo.store.path
    expected = demo.store.message_count()
    demo.store.close()
    rng = random.Random(4)
    forker = start_forker()
    made = 0
    try:
        for run in range(RUNS // 2):
            lines = kill_one(forker, f"copy {run} {source}", rng.uniform(0, MAX_DELAY))
            made += sum(line.startswith("ok ") and line.endswith("\n") for line in lines)
    finally:
        finish_forker(forker)
    copies = sorted(tmp_path.glob("*-copy-*.waboard"))
    assert len(copies) >= made > 0
    for copy in copies:  # a copy under its name is always whole
        with Store.open(copy) as store:
            assert store.integrity_ok() and store.message_count() == expected, copy


def test_killed_while_migrating_a_rollback_journal_v1_file_it_always_opens(tmp_path):
    rng = random.Random(1)
    forker = start_forker()
    try:
        for run in range(RUNS // 2):
            path = tmp_path / f"v1-{run}.waboard"
            v1_file(path)
            kill_one(forker, f"migrate {run} {path}", rng.uniform(0, EARLY))
            with Store.open(path) as store:
                assert store.integrity_ok(), f"run {run}"
                assert [m.text for m in store.all_messages()] == [
                    "Hola", "Sí, acepto", "¡Hola Ana!"]
    finally:
        finish_forker(forker)
