"""Speed at scale: the inbox's everyday actions on 0.1x / 1x / 10x workspaces.

A size of 1x is 10,000 customers and 1,000,000 messages (0.1x and 10x scale both). Each
workspace is built once through the store's own write path (customers, messages in
batches, the conversations the templates opened, open windows and unread messages for some
customers, one customer with a 20,000-message chat) and kept in the cache folder. Each size
is then measured in its own process, offscreen (min and median of the repeated rows), and
`waboard report` and `waboard export` are timed as commands. The table ends with the ratio
10x / 0.1x of every row (or the largest over the smallest size measured).

    .venv/bin/python bench/scale_bench.py [--sizes 0.1,1,10] [--cache DIR] [--runs N]
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import replace
from datetime import date, timedelta
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parent))

from PySide6.QtWidgets import QApplication, QDockWidget  # noqa: E402
from store_bench import make_customers, make_messages  # noqa: E402

from waboard.clock import ClockSetting  # noqa: E402
from waboard.rules.model import ZERO, Category, Conversation  # noqa: E402
from waboard.settings import CLOCK  # noqa: E402
from waboard.store import MessageRecord, Store  # noqa: E402
from waboard.store.files import COMPANION_SUFFIXES  # noqa: E402

BASE_CUSTOMERS = 10_000
BASE_MESSAGES = 1_000_000
BIG_CHAT = 20_000
BATCH = 200_000
DEFAULT_CACHE = Path.home() / ".cache" / "waboard-bench"
NOT_BUILT = "not built yet"
SKIPPED = "skipped"

ROWS = (  # key, label, unit
    ("open", "open the workspace (in process)", "s"),
    ("send", "send one message", "ms"),
    ("switch", "switch to a customer with unread messages", "ms"),
    ("log", "build the activity log", "ms"),
    ("search", "search keystroke (median)", "ms"),
    ("chat", "open a 20,000-message chat", "ms"),
    ("rss_start", "memory after start", "MB"),
    ("rss_scrolled", "memory after scrolling the log", "MB"),
    ("scrolled", "log rows scrolled through", "rows"),
    ("billing_month", "billing refresh, this month", "ms"),
    ("billing_all", "billing refresh, all time", "ms"),
    ("idle", "idle CPU with the clock playing", "%"),
    ("undo", "undo the last action", "ms"),
    ("report", "waboard report (a month, CSV)", "s"),
    ("export", "waboard export (JSON Lines)", "s"),
)


def workspace_file(cache: Path, size: float) -> Path:
    return cache / f"scale-{size:g}x.waboard"


def build(path: Path, size: float) -> None:
    """Build the workspace of `size` at `path` (aside first, renamed when complete)."""
    customers, messages = int(BASE_CUSTOMERS * size), int(BASE_MESSAGES * size)
    draft = path.with_name(path.name + ".part")
    for suffix in COMPANION_SUFFIXES:
        Path(f"{draft}{suffix}").unlink(missing_ok=True)
    store = Store.open(draft)
    ids = make_customers(store, customers)
    big = [replace(m, customer_id=ids[0]) for m in make_messages(ids[:1], BIG_CHAT)]
    at = big[-1].at
    written = 0
    with store.transaction():
        store.add_messages(big)
        _add_conversations(store, big)
    while written < messages - BIG_CHAT:
        count = min(BATCH, messages - BIG_CHAT - written)
        batch = make_messages(ids[1:] or ids, count, start=at, seed=written)
        with store.transaction():
            store.add_messages(batch)
            _add_conversations(store, batch)
        at, written = batch[-1].at, written + count
    now = at + timedelta(minutes=5)
    with store.transaction():
        for n, customer_id in enumerate(ids[1:], start=1):
            if n % 3 and n % 7:
                continue
            customer = store.customer(customer_id)
            wrote = now - timedelta(minutes=7 * (n % 200) + 1)
            state = replace(customer.state, last_inbound_at=wrote)
            store.update_customer(replace(customer, state=state, unread=2 if n % 7 == 0 else 0))
            if n % 3 == 0:
                store.add_conversation(customer_id, Conversation(
                    Category.SERVICE, wrote, wrote + timedelta(hours=24), ZERO))
            store.add_message(MessageRecord(None, customer_id, wrote, "in", "text",
                                            text="Hola, ¿sigue disponible?", status="received"))
        CLOCK.write(store, ClockSetting(now, speed=1, paused=True))
    store.close()
    os.replace(draft, path)
    for suffix in COMPANION_SUFFIXES[1:]:  # the draft's seal names the draft: gone too
        Path(f"{draft}{suffix}").unlink(missing_ok=True)


def _add_conversations(store: Store, batch: list[MessageRecord]) -> None:
    """The conversations the batch's messages opened, as the service writes them."""
    for message in batch:
        if message.opened and message.category and message.expires:
            store.add_conversation(message.customer_id, Conversation(
                Category(message.category), message.at, message.expires, message.charge))


# measuring, in a process of its own


def rss_mb() -> float:
    with open("/proc/self/status", encoding="ascii") as status:
        for line in status:
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    return float("nan")


def ms_of(work: Callable[[], object]) -> float:
    started = time.perf_counter()
    work()
    return (time.perf_counter() - started) * 1000


def measure(path: Path, runs: int, scroll_seconds: float, idle_seconds: float,
            skip: frozenset[str], only: frozenset[str] = frozenset()
            ) -> dict[str, list[float] | str]:
    """Every in-process row of the table for the workspace at `path` (with `only`: the
    opening and those rows)."""
    from PySide6.QtCore import QEventLoop, QSettings, QTimer

    from waboard.service import Workspace

    folder = tempfile.mkdtemp()
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, folder)
    from waboard.ui.app import application
    from waboard.ui.inbox.activity_log import ActivityLogDock
    from waboard.ui.main_window import MainWindow

    app = application()
    figures: dict[str, list[float] | str] = {}
    started = time.perf_counter()
    window = MainWindow(Workspace(Store.open(path)))
    window.resize(1366, 768)
    window.show()
    app.processEvents()
    window.grab()
    figures["open"] = [time.perf_counter() - started]
    figures["rss_start"] = [rss_mb()]
    workspace, store = window.workspace, window.workspace.store
    panel = window.customer_list

    def settle(work: Callable[[], object]) -> Callable[[], None]:
        def run() -> None:
            work()
            app.processEvents()
        return run

    rows = store._db.execute(  # the customers the bench gave an open window or unread
        "SELECT id, unread FROM customers WHERE last_inbound_at IS NOT NULL ORDER BY id"
    ).fetchall()
    unread = [cid for cid, count in rows if count][: runs + 1]
    open_window = [cid for cid, count in rows if not count][: runs]
    big = store._db.execute("SELECT min(id) FROM customers").fetchone()[0]

    if only:
        return measure_only(window, open_window, runs, skip, only, figures)
    figures["send"] = []
    for customer_id in open_window:
        panel.select_customer(customer_id)
        app.processEvents()
        figures["send"].append(ms_of(settle(lambda c=customer_id: workspace.send_text(c, "hi"))))
    figures["switch"] = [ms_of(settle(lambda c=c: panel.select_customer(c))) for c in unread]
    figures["search"] = [ms_of(settle(lambda t=t: panel.search.setText(t)))
                         for t in ("C", "Cu", "Cus", "Customer 1", "Customer 12", "Customer 123",
                                   "+52", "5512")]
    panel.search.setText("")
    app.processEvents()

    def open_log() -> None:
        dock = ActivityLogDock(workspace, window.bus, window)
        dock.show()
        app.processEvents()
        dock.close()
        dock.deleteLater()
    figures["log"] = [ms_of(open_log) for _ in range(runs)]

    chats = []
    for _ in range(runs):
        panel.select_customer(open_window[0])
        app.processEvents()
        chats.append(ms_of(settle(lambda: (panel.select_customer(big), window.chat.grab()))))
    figures["chat"] = chats

    log = window.activity_log
    log.show()
    log.raise_()
    app.processEvents()
    scroll = log.view.verticalScrollBar()
    deadline = time.perf_counter() + scroll_seconds
    scrolled = 0
    while log.model.canFetchMore(log.model.index(0, 0).parent()) and \
            time.perf_counter() < deadline:
        scroll.setValue(scroll.minimum())
        app.processEvents()
        scrolled += 1
    figures["scrolled"] = [float(min(log.model.total, scrolled * 200 + 200))]
    figures["rss_scrolled"] = [rss_mb()]

    measure_billing(window, open_window, runs, skip, figures)
    workspace.play()
    app.processEvents()
    cpu, wall = time.process_time(), time.perf_counter()
    idle = QEventLoop()  # the app's own event loop, asleep between the clock's ticks
    QTimer.singleShot(int(idle_seconds * 1000), idle.quit)
    idle.exec()
    figures["idle"] = [(time.process_time() - cpu) / (time.perf_counter() - wall) * 100]
    workspace.pause()
    measure_undo(window, runs, figures)
    window.close()
    app.processEvents()
    return figures


def measure_only(window, open_window: list[int], runs: int, skip: frozenset[str],
                 only: frozenset[str], figures: dict[str, list[float] | str]
                 ) -> dict[str, list[float] | str]:
    """The billing and undo rows alone (`--only billing,undo`), after the opening."""
    if "billing" in only:
        measure_billing(window, open_window, runs, skip, figures)
    if "undo" in only:
        window.findChild(QDockWidget, "billingDock").show()
        measure_undo(window, runs, figures)
    window.close()
    return figures


def measure_billing(window, open_window: list[int], runs: int, skip: frozenset[str],
                    figures: dict[str, list[float] | str]) -> None:
    """The billing dock's refresh after a send, for this month and for all time."""
    workspace, store = window.workspace, window.workspace.store
    billing = window.findChild(QDockWidget, "billingDock")
    if "billing" in skip:
        figures["billing_month"] = figures["billing_all"] = SKIPPED
        return
    app = QApplication.instance()
    view = billing.view
    billing.show()
    app.processEvents()
    first = store._db.execute("SELECT min(at) FROM messages").fetchone()[0]
    periods = {"billing_month": lambda: view.period_bar.set_kind("month"),
               "billing_all": lambda: view.period_bar.set_custom_range(
                   date.fromisoformat(first[:10]), workspace.now().date())}
    for key, choose in periods.items():
        choose()
        app.processEvents()
        times = []
        for customer_id in open_window[:runs]:
            workspace.send_text(customer_id, "one more")  # the figures are stale
            app.processEvents()
            times.append(ms_of(view.refresh))
        figures[key] = times


def measure_undo(window, runs: int, figures: dict[str, list[float] | str]) -> None:
    """Undo the last action with the billing dock open, until the dock shows the result."""
    workspace, app = window.workspace, QApplication.instance()
    billing = window.findChild(QDockWidget, "billingDock")

    def undo() -> None:
        workspace.undo()
        app.processEvents()
        if billing is not None and billing.view.refresh_pending:
            billing.view.refresh()  # the refresh the change scheduled
            app.processEvents()
    figures["undo"] = [ms_of(undo) for _ in range(runs)]


def command_seconds(path: Path, *arguments: str) -> float:
    """Seconds for `waboard ARGUMENTS --db PATH` to run, as a command would."""
    started = time.perf_counter()
    subprocess.run([sys.executable, "-m", "waboard", *arguments, "--db", str(path)],
                   check=True, stdout=subprocess.DEVNULL)
    return time.perf_counter() - started


def month_of(path: Path) -> str:
    with Store.open(path) as store:
        setting = CLOCK.read(store)
    return f"{setting.at:%Y-%m}"


def measure_size(cached: Path, runs: int, scroll_seconds: float, idle_seconds: float,
                 skip: frozenset[str], only: frozenset[str] = frozenset()
                 ) -> dict[str, list[float] | str]:
    """Measure a copy of the cached workspace (measuring sends messages) in a new process."""
    with tempfile.TemporaryDirectory(dir=cached.parent) as folder:
        path = Path(folder) / cached.name
        shutil.copyfile(cached, path)
        Store.open(path).close()  # a cache built by an older waboard is migrated first
        output = subprocess.run(
            [sys.executable, __file__, "--measure", str(path), "--runs", str(runs),
             "--scroll-seconds", str(scroll_seconds), "--idle-seconds", str(idle_seconds),
             "--skip", ",".join(skip), "--only", ",".join(only)],
            check=True, stdout=subprocess.PIPE, text=True,
        ).stdout
        figures = json.loads(output.strip().splitlines()[-1])
        if only:
            return figures
        figures["report"] = SKIPPED if "report" in skip else [
            command_seconds(path, "report", "--period", month_of(path))]
        figures["export"] = SKIPPED if "export" in skip else [
            command_seconds(path, "export", "--format", "jsonl")]
    return figures


def cell(values: list[float] | str | None, unit: str) -> str:
    if values is None:
        return "-"
    if isinstance(values, str):
        return values
    low, middle = min(values), statistics.median(values)
    digits = 2 if unit in ("s", "%") else 0 if unit in ("MB", "rows") or middle >= 100 else 1
    if len(values) == 1 or f"{low:.{digits}f}" == f"{middle:.{digits}f}":
        return f"{middle:,.{digits}f}"
    return f"{low:,.{digits}f}-{middle:,.{digits}f}"


def ratio(first: list[float] | str | None, last: list[float] | str | None) -> str:
    if not isinstance(first, list) or not isinstance(last, list) or first is last:
        return "-"
    low = statistics.median(first)
    return f"{statistics.median(last) / low:.1f}" if low else "-"


def table(results: dict[float, dict[str, list[float] | str]]) -> str:
    sizes = sorted(results)
    head = ["action", *(f"{s:g}x" for s in sizes), f"{sizes[-1]:g}x / {sizes[0]:g}x"]
    lines = ["| " + " | ".join(head) + " |", "|" + " --- |" * len(head)]
    for key, label, unit in ROWS:
        cells = [cell(results[s].get(key), unit) for s in sizes]
        shown = ratio(results[sizes[0]].get(key), results[sizes[-1]].get(key))
        lines.append(f"| {label} ({unit}) | " + " | ".join(cells) + f" | {shown} |")
    return "\n".join(lines)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default="0.1,1,10",
                        help="sizes to measure, 1 = 10,000 customers and 1,000,000 messages")
    parser.add_argument("--cache", type=Path, default=DEFAULT_CACHE,
                        help=f"folder the built workspaces are kept in (default {DEFAULT_CACHE})")
    parser.add_argument("--runs", type=int, default=4, help="repetitions of the quick rows")
    parser.add_argument("--scroll-seconds", type=float, default=60.0,
                        help="longest time spent scrolling up the activity log")
    parser.add_argument("--idle-seconds", type=float, default=10.0,
                        help="how long idle CPU is measured with the clock playing")
    parser.add_argument("--skip", default="", help="rows not to measure, comma-separated:"
                        " billing, report, export (each replays or writes the whole history)")
    parser.add_argument("--only", default="", help="measure only these rows after opening,"
                        " comma-separated: billing, undo (with the billing dock open)")
    parser.add_argument("--build-only", action="store_true",
                        help="build the missing workspaces and measure nothing")
    parser.add_argument("--measure", type=Path, help=argparse.SUPPRESS)
    options = parser.parse_args()
    skip = frozenset(filter(None, options.skip.split(",")))
    only = frozenset(filter(None, options.only.split(",")))
    if options.measure:
        print(json.dumps(measure(options.measure, options.runs, options.scroll_seconds,
                                 options.idle_seconds, skip, only)))
        return
    sizes = [float(s) for s in options.sizes.split(",")]
    options.cache.mkdir(parents=True, exist_ok=True)
    results = {}
    for size in sizes:
        path = workspace_file(options.cache, size)
        if not path.exists():
            started = time.perf_counter()
            build(path, size)
            print(f"built {size:g}x in {time.perf_counter() - started:.0f} s: {path}",
                  flush=True)
        if not options.build_only:
            results[size] = measure_size(path, options.runs, options.scroll_seconds,
                                         options.idle_seconds, skip, only)
            print(f"measured {size:g}x", flush=True)
    if results:
        print(table(results))


if __name__ == "__main__":
    main()
