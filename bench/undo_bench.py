"""Time travel at scale: 10,000 customers and 1,000,000 messages (written with the store's
bulk path), then a simulated day of user actions through the workspace.

Prints, each beside a baseline measured in the same run: undo of the last action (baseline:
doing that action), rewind by one simulated day (baseline: doing the day's actions), export
as scenario (baseline: reading every message once).
Targets: undo < 100 ms, rewind by a day < 2 s, export < 30 s.

    .venv/bin/python bench/undo_bench.py [--customers N] [--messages N] [--actions N]
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from datetime import timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from store_bench import make_customers, make_messages  # noqa: E402

from waboard.clock import ClockSetting  # noqa: E402
from waboard.scenario.export import export_scenario  # noqa: E402
from waboard.service import Workspace  # noqa: E402
from waboard.settings import CLOCK  # noqa: E402
from waboard.store import Store  # noqa: E402


def build(path: Path, customers: int, messages: int) -> Workspace:
    store = Store.open(path)
    ids = make_customers(store, customers)
    records = make_messages(ids, messages)
    store.add_messages(records)
    CLOCK.write(store, ClockSetting(records[-1].at + timedelta(hours=1)))
    return Workspace(store)


def a_day_of_actions(workspace: Workspace, actions: int) -> float:
    """`actions` sends and replies spread over one simulated day; the seconds taken."""
    customers = [c.id for c in workspace.customers()[:500]]
    workspace.set_speed(60)  # the day starts with an action: a rewind may go back to it
    start = workspace.now()
    step = timedelta(days=1) / actions
    began = time.perf_counter()
    for n in range(actions):
        at = start + step * (n + 1)
        customer = customers[n % len(customers)]
        if n % 2:
            workspace.send_text(customer, f"reply {n}", at=at)
        else:
            workspace.customer_message(customer, f"question {n}", at=at)
    return time.perf_counter() - began


def ms(seconds: float) -> str:
    return f"{seconds * 1000:8.1f} ms"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--customers", type=int, default=10_000)
    parser.add_argument("--messages", type=int, default=1_000_000)
    parser.add_argument("--actions", type=int, default=480,
                        help="user actions in the simulated day (default: one every 3 min)")
    parser.add_argument("--undos", type=int, default=20, help="undos measured")
    options = parser.parse_args()

    with tempfile.TemporaryDirectory() as folder:
        began = time.perf_counter()
        workspace = build(Path(folder) / "big.waboard", options.customers, options.messages)
        print(f"built {options.customers:,} customers, {options.messages:,} messages in "
              f"{time.perf_counter() - began:.1f} s")

        day = a_day_of_actions(workspace, options.actions)
        per_action = day / options.actions
        undos, redos = [], []
        for _ in range(options.undos):
            began = time.perf_counter()
            workspace.undo()
            undos.append(time.perf_counter() - began)
        for _ in range(options.undos):
            began = time.perf_counter()
            workspace.redo()
            redos.append(time.perf_counter() - began)
        print(f"undo of the last action: median {ms(statistics.median(undos))}, "
              f"worst {ms(max(undos))}\n    (doing one action: {ms(per_action)}; "
              f"redo median {ms(statistics.median(redos))}; target < 100 ms)")

        began = time.perf_counter()
        rewound = workspace.rewind(workspace.now() - timedelta(days=1))
        rewind = time.perf_counter() - began
        print(f"rewind by one simulated day ({len(rewound.removed)} actions): "
              f"{rewind:.2f} s   (doing them: {day:.2f} s; target < 2 s)")
        workspace.return_to(rewound.bookmark_id)

        began = time.perf_counter()
        for _ in workspace.store.all_messages():
            pass
        read = time.perf_counter() - began
        began = time.perf_counter()
        steps = export_scenario(workspace, Path(folder) / "big.json")
        export = time.perf_counter() - began
        size = (Path(folder) / "big.json").stat().st_size
        print(f"export as scenario ({steps:,} steps, {size / 1e6:.0f} MB): {export:.1f} s   "
              f"(reading every message: {read:.1f} s; target < 30 s)")
        workspace.store.close()


if __name__ == "__main__":
    main()
