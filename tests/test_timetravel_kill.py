"""Killed while undoing or rewinding: a process taking a long history back is SIGKILLed at
random moments. Afterwards the file holds either the history before (and it can still be
rewound) or the history after (with its bookmark to return), never a mix; killed during 50
undos in a row, it holds the history after some number of them, each whole.

One helper process imports waboard once and forks a worker per run, as tests/test_kill.py
does, so each kill lands in the middle of the work rather than in Python's start-up.
"""

from __future__ import annotations

import os
import random
import shutil
import signal
import subprocess
import sys
import time
from contextlib import suppress
from datetime import timedelta

from tests.conftest import START
from tests.test_timetravel import SETUP, dump, fresh
from waboard.service import Workspace
from waboard.store import Store

RUNS = 16
UNDOS = 50  # as the forked worker does
MESSAGES = 400

FORKER = r"""
import os, sys
from waboard.rules.instants import parse_instant
from waboard.service import Workspace
from waboard.store import Store


def out(line):
    os.write(1, (line + "\n").encode())


out("ready")
for line in sys.stdin:
    run, kind, path, to = line.split()
    pid = os.fork()
    if pid == 0:
        try:
            workspace = Workspace(Store.open(path))
            out(f"go {run}")
            if kind == "rewind":
                workspace.rewind(parse_instant(to))
            else:
                for _ in range(UNDOS):
                    workspace.undo()
            out(f"finished {run}")
        finally:
            os._exit(0)
    out(f"pid {pid}")
    os.waitpid(pid, 0)
    out(f"done {run}")
""".replace("UNDOS", str(UNDOS))


def long_history(path) -> Workspace:
    workspace = fresh(path, SETUP)
    ana = workspace.store.customer_by_key("ana").id
    for n in range(MESSAGES // 2):
        at = START + timedelta(minutes=10 * n)
        workspace.customer_message(ana, f"in {n}", at=at)
        workspace.send_text(ana, f"out {n}", at=at)
    return workspace


def test_killed_while_undoing_or_rewinding_the_file_is_before_or_after(tmp_path):
    original = tmp_path / "original.waboard"
    long_history(original).store.close()
    before = dump(original)
    rewound = tmp_path / "rewound.waboard"
    shutil.copy(original, rewound)
    with Store.open(rewound) as store:
        Workspace(store).rewind(START)
    after_undos = [before]
    with Store.open(shutil.copy(original, tmp_path / "undone.waboard")) as store:
        workspace = Workspace(store)
        for _ in range(UNDOS):
            workspace.undo()
            after_undos.append(dump(store.path))
    allowed = {"rewind": [before, dump(rewound)], "undo": after_undos}

    rng = random.Random(20260301)
    forker = subprocess.Popen([sys.executable, "-c", FORKER], text=True,
                              stdin=subprocess.PIPE, stdout=subprocess.PIPE)
    assert forker.stdout.readline() == "ready\n"
    seen = {"before": 0, "after": 0}
    try:
        for run in range(RUNS):
            kind = ("rewind", "undo")[run % 2]
            path = tmp_path / f"run{run}.waboard"
            shutil.copy(original, path)
            forker.stdin.write(f"{run} {kind} {path} {START.isoformat()}\n")
            forker.stdin.flush()
            pid = int(forker.stdout.readline().split()[1])
            assert forker.stdout.readline() == f"go {run}\n"
            time.sleep(rng.uniform(0, 0.25))
            _kill(pid)
            while not forker.stdout.readline().startswith(f"done {run}"):
                pass
            state = dump(path)
            assert state in allowed[kind], f"run {run} ({kind}) left a mix"
            seen["before" if state == before else "after"] += 1
            with Store.open(path) as store:
                assert store.integrity_ok()
                workspace = Workspace(store)
                if state == before and kind == "rewind":
                    workspace.rewind(START)
                    assert dump(path) == allowed["rewind"][1]
    finally:
        forker.stdin.close()
        forker.wait(timeout=30)
    assert seen["before"] and seen["after"], seen


def _kill(pid: int) -> None:
    with suppress(ProcessLookupError):  # it had finished
        os.kill(pid, signal.SIGKILL)
