"""Bulk message insert: `Store.add_messages` against raw `sqlite3.executemany`.

Writes the same messages (default 1,000,000 over 10,000 customers) into a fresh store
file, and as ready-made rows into an identical table in another file, each in one
transaction under the same pragmas; prints both rates and their ratio. The store should
reach at least 0.9 of the raw rate.

    .venv/bin/python -m bench.store_bench [--messages N] [--rounds R]   (in the project root)
"""

from __future__ import annotations

import argparse
import os
import random
import sqlite3
import tempfile
import time
from collections.abc import Callable
from contextlib import closing
from datetime import UTC, datetime, timedelta
from decimal import Decimal
from pathlib import Path

from waboard.rules.model import Consent, CustomerState
from waboard.store import CustomerRecord, MessageRecord, Store
from waboard.store.rows import MESSAGE_COLUMNS, message_row

CUSTOMERS = 10_000
START = datetime(2023, 6, 1, tzinfo=UTC)
TARGET_RATIO = 0.9

_INBOUND = ("Hola", "Where is my order?", "Thanks!", "Can I change the address?", "👍")
_OUTBOUND = ("Hi! How can we help?", "Your order ships today.", "You're welcome.", "Done ✅")
_TEMPLATES = (
    ("order_update", "es_MX", "utility", Decimal("0.0100")),
    ("spring_sale", "en_US", "marketing", Decimal("0.0436")),
    ("login_code", "en_US", "authentication", Decimal("0.0100")),
)


def make_customers(store: Store, count: int) -> list[int]:
    with store.transaction():
        return [
            store.add_customer(
                CustomerRecord(
                    id=None,
                    key=f"c{n:05d}",
                    name=f"Customer {n}",
                    phone=f"+5215500{n:06d}",
                    region="MX",
                    state=CustomerState(consent=Consent.OPTED_IN),
                )
            )
            for n in range(count)
        ]


def make_messages(customer_ids: list[int], count: int, start: datetime = START,
                  seed: int = 2023) -> list[MessageRecord]:
    """A plausible inbox after `start`: mostly texts both ways, some templates, a few
    events."""
    rng = random.Random(seed)
    at = start
    messages = []
    for _ in range(count):
        at += timedelta(seconds=rng.randint(1, 9))
        customer_id = rng.choice(customer_ids)
        roll = rng.random()
        if roll < 0.45:
            message = MessageRecord(
                None, customer_id, at, "in", "text", rng.choice(_INBOUND), status="received"
            )
        elif roll < 0.80:
            message = MessageRecord(
                None, customer_id, at, "out", "text", rng.choice(_OUTBOUND), status="sent",
                delivered_at=at, read_at=at, category="service", opened=False,
                expires=at + timedelta(hours=20), free=True,
            )  # fmt: skip
        elif roll < 0.97:
            name, language, category, charge = rng.choice(_TEMPLATES)
            message = MessageRecord(
                None, customer_id, at, "out", "template", f"{name} body",
                template_name=name, template_language=language,
                params=("Ana", f"A-{rng.randint(1, 9999)}"), status="sent", delivered_at=at,
                category=category, opened=True, expires=at + timedelta(hours=24), free=False,
                charge=charge,
            )  # fmt: skip
        else:
            kind = rng.choice(("opt_in", "opt_out", "wait"))
            message = MessageRecord(None, customer_id, at, "event", kind)
        messages.append(message)
    return messages


def timed(work: Callable[[], object]) -> float:
    os.sync()  # start each run without the previous one's writes still draining
    started = time.perf_counter()
    work()
    return time.perf_counter() - started


def store_insert(path: Path, messages: list[MessageRecord], customers: int) -> float:
    """Seconds for `Store.add_messages` to write `messages` into a fresh store."""
    with Store.open(path) as store:
        make_customers(store, customers)
        seconds = timed(lambda: store.add_messages(messages))  # one transaction
        assert store.message_count() == len(messages)
    return seconds


def raw_insert(source: Path, target: Path, rows: list[tuple]) -> float:
    """Seconds for plain sqlite3 to write `rows` into a copy of the source's tables, under
    the pragmas the store uses."""
    with closing(sqlite3.connect(source)) as store:
        schema = store.execute(
            "SELECT sql FROM sqlite_master WHERE tbl_name IN ('customers', 'messages')"
            " AND sql IS NOT NULL ORDER BY tbl_name = 'messages', type = 'index'"
        ).fetchall()
    conn = sqlite3.connect(target, isolation_level=None)
    conn.execute("PRAGMA journal_mode = WAL")
    conn.execute("PRAGMA synchronous = NORMAL")
    conn.execute("PRAGMA foreign_keys = ON")
    for (sql,) in schema:
        conn.execute(sql)
    conn.execute("ATTACH DATABASE ? AS source", (str(source),))
    conn.execute("INSERT INTO customers SELECT * FROM source.customers")
    conn.execute("DETACH DATABASE source")
    columns = MESSAGE_COLUMNS.removeprefix("id, ")
    insert = f"INSERT INTO messages ({columns}) VALUES ({', '.join('?' * len(rows[0]))})"

    def insert_all() -> None:
        conn.execute("BEGIN IMMEDIATE")
        conn.executemany(insert, rows)
        conn.execute("COMMIT")

    seconds = timed(insert_all)
    conn.close()
    return seconds


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--messages", type=int, default=1_000_000, help="messages to write")
    parser.add_argument(
        "--rounds", type=int, default=2, help="runs of each, alternating; the best one counts"
    )
    options = parser.parse_args()
    count = options.messages
    if count < 1 or options.rounds < 1:
        parser.error("--messages and --rounds must be at least 1")

    with tempfile.TemporaryDirectory() as folder:
        source = Path(folder, "source.db")
        with Store.open(source) as store:
            customers = make_customers(store, min(CUSTOMERS, count))
        messages = make_messages(customers, count)
        rows = [message_row(message) for message in messages]
        store_times, raw_times = [], []
        for round_ in range(options.rounds):
            for side in ("store", "raw") if round_ % 2 == 0 else ("raw", "store"):
                target = Path(folder, f"{side}.db")
                if side == "store":
                    store_times.append(store_insert(target, messages, len(customers)))
                else:
                    raw_times.append(raw_insert(source, target, rows))
                target.unlink()

    store_rate, raw_rate = count / min(store_times), count / min(raw_times)
    ratio = store_rate / raw_rate
    print(f"messages:  {count:,} over {len(customers):,} customers, best of {options.rounds}")
    print(f"store:     {store_rate:12,.0f} rows/s  (Store.add_messages)")
    print(f"raw:       {raw_rate:12,.0f} rows/s  (sqlite3 executemany)")
    verdict = "met" if ratio >= TARGET_RATIO else "NOT met"
    print(f"ratio:     {ratio:.2f} of raw (target {TARGET_RATIO:.2f}: {verdict})")


if __name__ == "__main__":
    main()
