"""Running totals of the stored messages, kept by the store's own writes.

`customer_months` holds, per customer and UTC month, how many messages there are, how many
were charged and for how much; `month_totals` the same for the whole workspace. Every write
of messages adds its `Tally` in the same transaction, so views read a customer's cost or the
number of messages without reading the history; `rebuild_totals` works them out again from
the messages (the migration that made the tables, and the tests that check the two agree).
The rows are ordinary table rows: whatever takes a transaction back takes them back too.
"""

from __future__ import annotations

import sqlite3
from collections import defaultdict
from decimal import Decimal

from waboard.rules.model import ZERO

Counts = list  # [messages, charged, amount]: mutable while a batch is counted


class Tally:
    """Messages counted by (customer, month), to be added to the stored totals."""

    def __init__(self) -> None:
        self._counts: defaultdict[tuple[int, str], Counts] = defaultdict(lambda: [0, 0, ZERO])

    def count(self, customer_id: int, at_text: str, accepted: bool, charge: Decimal,
              messages: int = 1) -> None:
        """Count `messages` messages at the instant text `at_text` (format_instant's)."""
        counts = self._counts[customer_id, at_text[:7]]
        counts[0] += messages
        if accepted and charge:
            counts[1] += messages
            counts[2] += charge * messages

    def add_to(self, conn: sqlite3.Connection) -> None:
        """Add the counted messages to the stored totals (inside the caller's transaction)."""
        months: defaultdict[str, Counts] = defaultdict(lambda: [0, 0, ZERO])
        for (customer_id, month), counts in self._counts.items():
            _add(conn, "customer_months", "customer_id = ? AND month = ?",
                 (customer_id, month), counts)
            total = months[month]
            for n, value in enumerate(counts):
                total[n] += value
        for month, counts in months.items():
            _add(conn, "month_totals", "month = ?", (month,), counts)
        self._counts.clear()


def _add(conn: sqlite3.Connection, table: str, where: str, key: tuple, counts: Counts) -> None:
    messages, charged, amount = counts
    row = conn.execute(f"SELECT id, amount FROM {table} WHERE {where}", key).fetchone()
    if row is None:
        columns = "customer_id, month" if len(key) == 2 else "month"
        conn.execute(
            f"INSERT INTO {table} ({columns}, messages, charged, amount)"
            f" VALUES ({', '.join('?' * len(key))}, ?, ?, ?)",
            (*key, messages, charged, str(amount)),
        )
    else:
        conn.execute(
            f"UPDATE {table} SET messages = messages + ?, charged = charged + ?, amount = ?"
            " WHERE id = ?",
            (messages, charged, str(Decimal(row[1]) + amount), row[0]),
        )


def rebuild_totals(conn: sqlite3.Connection) -> None:
    """Work every total out again from the stored messages."""
    conn.execute("DELETE FROM customer_months")
    conn.execute("DELETE FROM month_totals")
    tally = Tally()
    rows = conn.execute(
        "SELECT customer_id, substr(at, 1, 7), accepted, charge, count(*) FROM messages"
        " GROUP BY customer_id, substr(at, 1, 7), accepted, charge"
    )
    for customer_id, month, accepted, charge, messages in rows:
        tally.count(customer_id, month, bool(accepted), Decimal(charge), messages)
    tally.add_to(conn)
