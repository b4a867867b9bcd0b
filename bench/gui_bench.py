"""The inbox under load, offscreen: 10,000 customers and 1,000,000 messages.

Prints: time to the first window shown, search keystroke to filtered list, opening a chat of
20,000 messages, and CPU while idle with the clock playing and every countdown running.
Targets: window < 2 s, search < 100 ms, chat < 300 ms, idle CPU < 5 %.

    .venv/bin/python bench/gui_bench.py [--customers N] [--messages N] [--idle SECONDS]
"""

from __future__ import annotations

import argparse
import os
import resource
import sys
import tempfile
import time
from dataclasses import replace
from datetime import timedelta
from decimal import Decimal
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parent))

from PySide6.QtCore import QCoreApplication, QElapsedTimer, QSettings  # noqa: E402
from store_bench import START, make_customers, make_messages  # noqa: E402

from waboard.rules.model import Category, Conversation  # noqa: E402
from waboard.service import Workspace  # noqa: E402
from waboard.store import MessageRecord, Store  # noqa: E402

BIG_CHAT = 20_000


def build(path: Path, customers: int, messages: int) -> None:
    """A workspace whose first customer has BIG_CHAT messages and the rest share the others;
    a third of the customers have an open window and a conversation when the clock starts."""
    store = Store.open(path)
    ids = make_customers(store, customers)
    now = START + timedelta(days=30)
    big = [replace(m, customer_id=ids[0]) for m in make_messages(ids[:1], BIG_CHAT)]
    rest = make_messages(ids[1:], messages - BIG_CHAT)
    with store.transaction():
        store.add_messages(big)
        store.add_messages(rest)
        for n, customer_id in enumerate(ids):
            if n % 3:
                continue
            customer = store.customer(customer_id)
            wrote = now - timedelta(minutes=7 * (n % 200) + 1)
            store.update_customer(replace(customer, state=replace(
                customer.state, last_inbound_at=wrote)))
            store.add_conversation(customer_id, Conversation(
                Category.SERVICE, wrote, wrote + timedelta(hours=24), Decimal("0")))
            store.add_message(MessageRecord(None, customer_id, wrote, "in", "text",
                                            text="Hola, ¿sigue disponible?", status="received"))
        store.set_setting("clock", {"at": now.strftime("%Y-%m-%dT%H:%M:%SZ"), "speed": 1,
                                    "paused": True, "real_time": False})
    store.close()


def ms(timer: QElapsedTimer) -> float:
    return timer.nsecsElapsed() / 1e6


def cpu_seconds() -> float:
    usage = resource.getrusage(resource.RUSAGE_SELF)
    return usage.ru_utime + usage.ru_stime


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--customers", type=int, default=10_000)
    parser.add_argument("--messages", type=int, default=1_000_000)
    parser.add_argument("--idle", type=float, default=10.0, help="seconds of idle measured")
    options = parser.parse_args()

    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "big.waboard"
        started = time.perf_counter()
        build(path, options.customers, options.messages)
        print(f"built {options.customers:,} customers, {options.messages:,} messages "
              f"in {time.perf_counter() - started:.1f} s")
        QSettings.setDefaultFormat(QSettings.Format.IniFormat)
        QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, folder)

        from waboard.ui.app import application
        from waboard.ui.main_window import MainWindow

        app = application()
        timer = QElapsedTimer()
        timer.start()
        window = MainWindow(Workspace(Store.open(path)))
        window.resize(1440, 900)
        window.show()
        app.processEvents()
        window.grab()
        shown = ms(timer)

        search = window.customer_list.search
        keystrokes = []
        for text in ("C", "Cu", "Customer 12", "Customer 123"):
            timer.restart()
            search.setText(text)
            app.processEvents()
            keystrokes.append(ms(timer))
        search.setText("")
        app.processEvents()

        big_id = window.workspace.customers()[0].id
        other = window.workspace.customers()[5].id
        window.customer_list.select_customer(other)
        app.processEvents()
        timer.restart()
        window.customer_list.select_customer(big_id)
        app.processEvents()
        window.chat.grab()
        chat = ms(timer)

        window.workspace.play()
        app.processEvents()
        cpu_before, wall_before = cpu_seconds(), time.perf_counter()
        deadline = wall_before + options.idle
        while time.perf_counter() < deadline:
            app.processEvents()
            QCoreApplication.processEvents()
            time.sleep(0.01)
        idle = (cpu_seconds() - cpu_before) / (time.perf_counter() - wall_before) * 100
        window.close()

    print(f"first window shown        {shown:8.0f} ms   (target < 2000)")
    print(f"search keystroke, worst   {max(keystrokes):8.1f} ms   (target < 100; "
          f"each: {', '.join(f'{k:.1f}' for k in keystrokes)})")
    print(f"open a 20,000-message chat {chat:7.1f} ms   (target < 300)")
    print(f"idle CPU, clock playing   {idle:8.1f} %    (target < 5; over {options.idle:.0f} s)")


if __name__ == "__main__":
    main()
