"""Per-day billing aggregates of the business messages, kept by the store's own writes.

`daily_billing` holds, per UTC day (the bill's periods are UTC days, billing/periods.py),
customer region, category, refusal reason and acceptance, how many business messages there
are, how many counted on a bill (delivered with a category, and not inside a conversation
already open), how many were charged and for how much. `pricing_bases` counts the messages
by the pricing basis they were decided under (a digest of the settings that price a message:
the pricing choice, the business account, the rate card and the rate overrides), so a bill
can tell whether the whole history was decided as the workspace would decide it now.

Every write of messages adds its `DailyTally` in the same transaction, and a customer's
region change moves their rows, so a bill of any run of whole days reads one row per day,
region and category instead of the history; the rows are ordinary table rows, so undo,
redo and rewind (store/journal.py) take them back with everything else. `rebuild_daily`
works them out again from the messages (the migration that made the tables, and the tests
that check the two agree). `DailyReads` is what the store answers from them.
"""

from __future__ import annotations

import hashlib
import sqlite3
from collections import defaultdict
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal

from waboard.rules.instants import format_instant
from waboard.rules.model import ZERO

from .rows import MESSAGE_INDEX, Row

BASIS_KEYS = ("pricing", "account", "rate_card", "rates")
"""The settings (waboard/settings.py keys) a message's price depends on."""

_CUSTOMER, _AT, _DIRECTION, _CATEGORY, _REASON, _ACCEPTED, _OPENED, _CHARGE = (
    MESSAGE_INDEX[column] for column in (
        "customer_id", "at", "direction", "category", "reason", "accepted", "opened", "charge"))

Key = tuple[str, str, str, str, int]  # day, region, category, reason, accepted
Counts = list  # [messages, counted, charged, amount]: mutable while a batch is counted


@dataclass(frozen=True, slots=True)
class DayRow:
    """One stored aggregate: business messages of one UTC day, region, category (None for
    none) and refusal reason (None for none)."""

    day: date
    region: str
    category: str | None
    reason: str | None
    accepted: bool
    messages: int
    counted: int
    charged: int
    amount: Decimal


def pricing_basis(conn: sqlite3.Connection) -> str:
    """A digest of the settings that price a message, as they stand now."""
    marks = ", ".join("?" * len(BASIS_KEYS))
    rows = dict(conn.execute(
        f"SELECT key, value FROM settings WHERE key IN ({marks})", BASIS_KEYS).fetchall())
    text = "\n".join(f"{key}={rows.get(key, '')}" for key in BASIS_KEYS)
    return hashlib.sha1(text.encode()).hexdigest()[:16]


class DailyTally:
    """Business messages counted by day, region and category, to be added to the stored
    aggregates; `regions` names the customers' regions, `messages` counts business messages
    counted elsewhere, for the pricing basis."""

    def __init__(self, regions: Mapping[int, str], messages: int = 0) -> None:
        self._regions = regions
        self._counts: defaultdict[Key, Counts] = defaultdict(lambda: [0, 0, 0, Decimal(0)])
        self._rows: dict[tuple, int] = {}
        """Rows counted, by what decides their aggregate: counted in `_counts` once done."""
        self._messages = messages

    def count_rows(self, rows: Iterable[Row]) -> None:
        """Count the business messages of `rows` (`message_row`s): the bulk insert's hot
        path, so the rows are grouped here and made counts a group at a time."""
        groups = self._rows
        get, region = groups.get, self._regions.get
        for row in rows:
            if row[_DIRECTION] == "out":
                key = (row[_AT][:10], region(row[_CUSTOMER], ""), row[_CATEGORY], row[_REASON],
                       row[_ACCEPTED], row[_OPENED], row[_CHARGE])
                groups[key] = get(key, 0) + 1

    def _count_rows(self) -> None:
        """Add the rows counted to the aggregates' counts, a group at a time."""
        for (day, region, category, reason, accepted, opened, charge), n in self._rows.items():
            self._messages += n
            self.add(day, region, category or "", reason or "", int(accepted), n,
                     n if accepted and category is not None and opened is not False else 0,
                     Decimal(charge) if accepted else ZERO)
        self._rows.clear()

    def add(self, day: str, region: str, category: str, reason: str, accepted: int,
            messages: int, counted: int, charge: Decimal) -> None:
        counts = self._counts[day, region, category, reason, accepted]
        counts[0] += messages
        counts[1] += counted
        if charge:
            counts[2] += messages
            counts[3] += charge * messages

    def add_to(self, conn: sqlite3.Connection, sign: int = 1) -> None:
        """Add the counted messages to the stored aggregates (inside the caller's
        transaction); `sign` -1 takes them away."""
        self._count_rows()
        for key, counts in self._counts.items():
            _add(conn, key, [value * sign for value in counts])
        if self._messages:
            _add_basis(conn, pricing_basis(conn), self._messages * sign)
        self._counts.clear()
        self._messages = 0


def _add(conn: sqlite3.Connection, key: Key, counts: Counts) -> None:
    messages, counted, charged, amount = counts
    where = "day = ? AND region = ? AND category = ? AND reason = ? AND accepted = ?"
    row = conn.execute(f"SELECT id, messages, amount FROM daily_billing WHERE {where}",
                       key).fetchone()
    if row is None:
        conn.execute(
            "INSERT INTO daily_billing (day, region, category, reason, accepted, messages,"
            " counted, charged, amount) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (*key, messages, counted, charged, str(amount)),
        )
    elif row[1] + messages == 0:
        conn.execute("DELETE FROM daily_billing WHERE id = ?", (row[0],))
    else:
        conn.execute(
            "UPDATE daily_billing SET messages = messages + ?, counted = counted + ?,"
            " charged = charged + ?, amount = ? WHERE id = ?",
            (messages, counted, charged, str(Decimal(row[2]) + amount), row[0]),
        )


def _add_basis(conn: sqlite3.Connection, basis: str, messages: int) -> None:
    row = conn.execute("SELECT messages FROM pricing_bases WHERE basis = ?",
                       (basis,)).fetchone()
    if row is None:
        conn.execute("INSERT INTO pricing_bases (basis, messages) VALUES (?, ?)",
                     (basis, messages))
    elif row[0] + messages == 0:
        conn.execute("DELETE FROM pricing_bases WHERE basis = ?", (basis,))
    else:
        conn.execute("UPDATE pricing_bases SET messages = ? WHERE basis = ?",
                     (row[0] + messages, basis))


_GROUPED = (
    "SELECT substr(m.at, 1, 10), c.region, coalesce(m.category, ''),"
    " coalesce(m.reason, ''), m.accepted,"
    " m.accepted AND m.category IS NOT NULL AND (m.opened IS NULL OR m.opened != 0),"
    " m.charge, count(*) FROM messages m JOIN customers c ON c.id = m.customer_id"
    " WHERE m.direction = 'out' {where}"
    " GROUP BY 1, 2, 3, 4, 5, 6, 7"
)


def _tally_of(rows: Iterable[tuple], messages: int = 0, region: str | None = None
              ) -> DailyTally:
    """The rows of `_GROUPED` counted (under `region` instead of theirs when given);
    `messages` of them to add to the pricing basis."""
    tally = DailyTally({}, messages)
    for day, their_region, category, reason, accepted, counted, charge, n in rows:
        tally.add(day, their_region if region is None else region, category, reason, accepted,
                  n, n if counted else 0, Decimal(charge) if accepted else ZERO)
    return tally


def move_customer(conn: sqlite3.Connection, customer_id: int, new: str) -> None:
    """A customer's region is about to change to `new`: move their messages' rows (call it
    before the customer's row is updated)."""
    rows = conn.execute(_GROUPED.format(where="AND m.customer_id = ?"),
                        (customer_id,)).fetchall()
    _tally_of(rows).add_to(conn, sign=-1)
    _tally_of(rows, region=new).add_to(conn)


def rebuild_daily(conn: sqlite3.Connection) -> None:
    """Work every aggregate out again from the stored messages; all of them counted as
    decided under the settings as they stand (a file made before the aggregates recorded
    no basis)."""
    conn.execute("DELETE FROM daily_billing")
    conn.execute("DELETE FROM pricing_bases")
    business = conn.execute("SELECT count(*) FROM messages WHERE direction = 'out'").fetchone()[0]
    _tally_of(conn.execute(_GROUPED.format(where="")), business).add_to(conn)


class DailyReads:
    """What the store answers from the aggregates (a part of `Store`)."""

    _conn: sqlite3.Connection

    def daily_billing(self, first: date, last: date) -> list[DayRow]:
        """The aggregates of the UTC days `first` to `last`, both included."""
        rows = self._conn.execute(
            "SELECT day, region, category, reason, accepted, messages, counted, charged,"
            " amount FROM daily_billing WHERE day >= ? AND day <= ? ORDER BY day, id",
            (first.isoformat(), last.isoformat()))
        return [DayRow(date.fromisoformat(day), region, category or None, reason or None,
                       bool(accepted), messages, counted, charged, Decimal(amount))
                for day, region, category, reason, accepted, messages, counted, charged,
                amount in rows]

    def customer_regions(self, customer_ids: Iterable[int] | None = None) -> dict[int, str]:
        """The regions of `customer_ids` (of every customer for None) by id."""
        if customer_ids is None:
            return dict(self._conn.execute("SELECT id, region FROM customers").fetchall())
        return {cid: row[0] for cid in customer_ids if (row := self._conn.execute(
            "SELECT region FROM customers WHERE id = ?", (cid,)).fetchone())}

    def pricing_bases(self) -> set[str]:
        """The pricing bases the stored messages were decided under."""
        return {basis for (basis,) in self._conn.execute(
            "SELECT basis FROM pricing_bases WHERE messages > 0")}

    def pricing_basis(self) -> str:
        """The pricing basis a message decided now is decided under."""
        return pricing_basis(self._conn)

    def entry_points_between(self, start: datetime, end: datetime) -> int:
        """Free entry point conversations opened in [start, end) by a business message."""
        return self._conn.execute(
            "SELECT count(*) FROM conversations c WHERE c.category = 'free_entry_point'"
            " AND c.opened_at >= ? AND c.opened_at < ? AND EXISTS (SELECT 1 FROM messages m"
            " WHERE m.customer_id = c.customer_id AND m.at = c.opened_at"
            " AND m.direction = 'out' AND m.accepted AND m.category = 'free_entry_point')",
            (format_instant(start), format_instant(end))).fetchone()[0]

    def business_messages_between(self, start: datetime, end: datetime
                                  ) -> Iterator[tuple]:
        """(customer_id, at text, kind, template name, language, accepted, category, opened,
        charge) of every business message in [start, end), in the order they were added."""
        return iter(self._conn.execute(
            "SELECT customer_id, at, kind, template_name, template_language, accepted,"
            " category, opened, charge FROM messages WHERE at >= ? AND at < ?"
            " AND direction = 'out' ORDER BY id",
            (format_instant(start), format_instant(end))).fetchall())
