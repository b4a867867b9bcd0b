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
from collections.abc import Iterable
from decimal import Decimal

from waboard.rules.model import ZERO

from .rows import MESSAGE_INDEX, Row

Counts = list  # [messages, charged, amount]: mutable while a batch is counted

_CUSTOMER, _AT, _ACCEPTED, _CHARGE = (
    MESSAGE_INDEX[column] for column in ("customer_id", "at", "accepted", "charge"))


def register_decimal_sum(conn: sqlite3.Connection) -> None:
    """Give `conn` the SQL function decimal_sum(a, b): the exact sum of two decimal texts,
    which adding a tally to the stored amounts uses (once per connection, before use)."""
    conn.create_function("decimal_sum", 2, _decimal_sum, deterministic=True)


def _decimal_sum(a: str, b: str) -> str:
    return str(Decimal(a) + Decimal(b))


class Tally:
    """Messages counted by customer, month, acceptance and charge (as stored), to be added
    to the stored totals."""

    def __init__(self) -> None:
        self._groups: dict[tuple[int, str, bool, str], int] = {}

    def count_rows(self, rows: Iterable[Row]) -> None:
        """Count the messages of `rows` (`message_row`s): the bulk insert's hot path, so
        the groups are counted here rather than in a call of `add` each."""
        groups = self._groups
        get = groups.get
        for row in rows:
            key = row[_CUSTOMER], row[_AT][:7], row[_ACCEPTED], row[_CHARGE]
            groups[key] = get(key, 0) + 1

    def customers(self) -> set[int]:
        """The customers of the messages counted."""
        return {customer_id for customer_id, _, _, _ in self._groups}

    def add(self, customer_id: int, month: str, accepted: bool, charge: str,
            messages: int = 1) -> None:
        """Count `messages` messages of a customer in `month` ("YYYY-MM"), each charged
        `charge` (decimal text) when `accepted`."""
        key = customer_id, month, accepted, charge
        self._groups[key] = self._groups.get(key, 0) + messages

    def add_to(self, conn: sqlite3.Connection) -> None:
        """Add the counted messages to the stored totals (inside the caller's transaction;
        `conn` has decimal_sum)."""
        customers: defaultdict[tuple[int, str], Counts] = defaultdict(lambda: [0, 0, ZERO])
        for (customer_id, month, accepted, charge), messages in self._groups.items():
            counts = customers[customer_id, month]
            counts[0] += messages
            if accepted and (amount := Decimal(charge)):
                counts[1] += messages
                counts[2] += amount * messages
        months: defaultdict[str, Counts] = defaultdict(lambda: [0, 0, ZERO])
        for (_, month), counts in customers.items():
            total = months[month]
            for n, value in enumerate(counts):
                total[n] += value
        _add(conn, "customer_months", "customer_id, month",
             [(*key, messages, charged, str(amount))
              for key, (messages, charged, amount) in customers.items()])
        _add(conn, "month_totals", "month",
             [(month, messages, charged, str(amount))
              for month, (messages, charged, amount) in months.items()])
        self._groups.clear()


def _add(conn: sqlite3.Connection, table: str, key: str, rows: list[tuple]) -> None:
    """Add `rows` (the `key` columns' values, messages, charged, amount) to `table`."""
    if rows:
        marks = ", ".join("?" * len(rows[0]))
        conn.executemany(
            f"INSERT INTO {table} ({key}, messages, charged, amount) VALUES ({marks})"
            f" ON CONFLICT ({key}) DO UPDATE SET messages = messages + excluded.messages,"
            " charged = charged + excluded.charged,"
            " amount = decimal_sum(amount, excluded.amount)", rows)


def rebuild_totals(conn: sqlite3.Connection) -> None:
    """Work every total out again from the stored messages."""
    register_decimal_sum(conn)
    conn.execute("DELETE FROM customer_months")
    conn.execute("DELETE FROM month_totals")
    tally = Tally()
    rows = conn.execute(
        "SELECT customer_id, substr(at, 1, 7), accepted, charge, count(*) FROM messages"
        " GROUP BY customer_id, substr(at, 1, 7), accepted, charge"
    )
    for customer_id, month, accepted, charge, messages in rows:
        tally.add(customer_id, month, bool(accepted), charge, messages)
    tally.add_to(conn)
