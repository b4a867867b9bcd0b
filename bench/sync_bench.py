"""The cost of `synchronous = FULL` per user action, against NORMAL, in the same run.

Opens a fresh workspace file (on the disk of --dir: /tmp is often memory, where fsync costs
nothing), and times N customer messages and N replies with the store's own setting (FULL:
every commit reaches the disk before the action is confirmed), then again on another file
switched to NORMAL (WAL commits reach the disk only at checkpoints). Prints milliseconds per
action for each and the difference.

    .venv/bin/python bench/sync_bench.py [--actions N] [--dir FOLDER]   (in the project root)
"""

from __future__ import annotations

import argparse
import tempfile
import time
from datetime import UTC, datetime
from pathlib import Path

from waboard.clock import ClockSetting
from waboard.service import Workspace
from waboard.settings import CLOCK
from waboard.store import Store


def per_action_ms(folder: Path, name: str, actions: int, synchronous: str | None) -> float:
    store = Store.open(folder / f"{name}.waboard")
    if synchronous is not None:
        store._conn.execute(f"PRAGMA synchronous = {synchronous}")
    CLOCK.write(store, ClockSetting(datetime(2025, 3, 3, 8, tzinfo=UTC)))
    workspace = Workspace(store)
    ana = workspace.add_customer("Ana López", "+52 55 1234 5678", key="ana", opt_in=True)
    started = time.perf_counter()
    for n in range(actions // 2):
        workspace.customer_message(ana, f"Hola {n}")
        workspace.send_text(ana, f"¡Hola! {n}")
    elapsed = time.perf_counter() - started
    store.close()
    return elapsed * 1000 / (2 * (actions // 2))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--actions", type=int, default=400, help="actions per setting")
    parser.add_argument("--dir", type=Path, default=Path.cwd(),
                        help="folder on the disk to measure (default: the current one)")
    options = parser.parse_args()
    with tempfile.TemporaryDirectory(dir=options.dir) as folder:
        normal = per_action_ms(Path(folder), "normal", options.actions, "NORMAL")
        full = per_action_ms(Path(folder), "full", options.actions, None)
    print(f"synchronous=NORMAL (baseline): {normal:7.3f} ms per action")
    print(f"synchronous=FULL   (waboard):  {full:7.3f} ms per action")
    print(f"cost of FULL: {full - normal:+.3f} ms per action ({full / normal:.2f}x)")


if __name__ == "__main__":
    main()
