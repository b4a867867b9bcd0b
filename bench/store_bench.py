"""Bulk message insert: `Store.add_messages` against raw `sqlite3.executemany`.

Writes the same messages (default 1,000,000 over 10,000 customers) into a fresh store
file, plain and inside one recorded (undoable) action as the inbox and the API write, and
as ready-made rows into identical tables (the same indexes) in another file, each in one
transaction under the pragmas the store sets; prints the three rates and the store's ratios
to the raw one. The store should reach at least 0.9 of the raw rate either way.

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


def timed(work: Callable[[], object]) -> tuple[float, float]:
    """Seconds `work` took, on the wall and of this process's CPU (the CPU time stays put
    when other programs share the machine)."""
    os.sync()  # start each run without the previous one's writes still draining
    started, cpu = time.perf_counter(), time.process_time()
    work()
    return time.perf_counter() - started, time.process_time() - cpu


def store_insert(path: Path, messages: list[MessageRecord], customers: int,
                 journaled: bool) -> tuple[float, float]:
    """`timed` seconds for `Store.add_messages` to write `messages` into a fresh store (inside one
    recorded action when `journaled`)."""
    with Store.open(path) as store:
        make_customers(store, customers)

        def write() -> None:
            if not journaled:
                store.add_messages(messages)  # one transaction
                return
            with store.transaction(), store.journal.action("bench", "bench", START) as done:
                store.add_messages(messages)
                done(messages[-1].at)

        seconds = timed(write)
        assert store.message_count() == len(messages)
        assert bool(store.journal.head) == journaled
    return seconds


def store_pragmas(store: Store) -> list[tuple[str, object]]:
    """The connection settings a store writes under (Store._connect sets them)."""
    return [(name, store._conn.execute(f"PRAGMA {name}").fetchone()[0])
            for name in ("journal_mode", "synchronous", "foreign_keys")]


def raw_insert(source: Path, target: Path, rows: list[tuple],
               pragmas: list[tuple[str, object]]) -> tuple[float, float]:
    """`timed` seconds for plain sqlite3 to write `rows` into a copy of the source's tables, under
    the store's `pragmas`."""
    with closing(sqlite3.connect(source)) as store:
        schema = store.execute(
            "SELECT sql FROM sqlite_master WHERE tbl_name IN ('customers', 'messages')"
            " AND sql IS NOT NULL ORDER BY tbl_name = 'messages', type = 'index'"
        ).fetchall()
    conn = sqlite3.connect(target, isolation_level=None)
    for name, value in pragmas:
        conn.execute(f"PRAGMA {name} = {value}")
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


SIDES = ("store", "journaled", "raw")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--messages", type=int, default=1_000_000, help="messages to write")
    parser.add_argument(
        "--rounds", type=int, default=3,
        help="runs of each, each round in the next order (so each runs first, second and"
             " last in three); the best one counts"
    )
    options = parser.parse_args()
    count = options.messages
    if count < 1 or options.rounds < 1:
        parser.error("--messages and --rounds must be at least 1")

    with tempfile.TemporaryDirectory() as folder:
        source = Path(folder, "source.db")
        with Store.open(source) as store:
            customers = make_customers(store, min(CUSTOMERS, count))
            pragmas = store_pragmas(store)
        messages = make_messages(customers, count)
        rows = [message_row(message) for message in messages]
        times: dict[str, list[tuple[float, float]]] = {side: [] for side in SIDES}
        for round_ in range(options.rounds):
            turn = round_ % len(SIDES)
            for side in SIDES[turn:] + SIDES[:turn]:
                target = Path(folder, f"{side}.db")
                if side == "raw":
                    times[side].append(raw_insert(source, target, rows, pragmas))
                else:
                    times[side].append(store_insert(target, messages, len(customers),
                                                    journaled=side == "journaled"))
                target.unlink()

    rates = {side: count / min(wall for wall, _ in runs) for side, runs in times.items()}
    cpu = {side: count / min(used for _, used in runs) for side, runs in times.items()}
    print(f"messages:  {count:,} over {len(customers):,} customers, best of {options.rounds}"
          f" (under {', '.join(f'{name} {value}' for name, value in pragmas)})")
    for side, what in zip(SIDES, ("Store.add_messages", "the same inside a recorded action",
                                  "sqlite3 executemany of ready-made rows"), strict=True):
        print(f"{side + ':':10} {rates[side]:12,.0f} rows/s, {cpu[side]:9,.0f} per CPU second"
              f"  ({what})")
    for side in ("store", "journaled"):
        ratio = rates[side] / rates["raw"]
        verdict = "met" if ratio >= TARGET_RATIO else "NOT met"
        print(f"ratio:     {ratio:.2f} of raw, {side}; {cpu[side] / cpu['raw']:.2f} in CPU time"
              f" (target {TARGET_RATIO:.2f}: {verdict})")


if __name__ == "__main__":
    main()
