"""What the inbox's customer list orders, filters and searches by, for every customer.

The store keeps per customer its folded name (`name_key`) and its last message (id and
instant), written in the same transaction as the rename or the message, so the undo journal
takes them back with it. `ListEntry` is one customer as the list's order and filters need
it: plain values (instants as Unix seconds), read in one query for every customer, with no
record, state or message built per customer.
"""

from __future__ import annotations

import unicodedata
from typing import NamedTuple


def fold(text: str) -> str:
    """Lower case without accents, for search: "López" -> "lopez"."""
    if text.isascii():
        return text.lower()
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


class OpenConversation(NamedTuple):
    """A conversation not yet expired: its category's value, its instants in Unix seconds."""

    category: str
    opened: int
    expires: int


class ListEntry(NamedTuple):
    """One customer as the list orders, filters and searches it.

    `activity` is the instant of the last message, else of the last inbound message (None
    for neither); `inbound` that of the last inbound message; all in Unix seconds.
    `consent` is the value of a `Consent` (a `StrEnum`: compare with ==)."""

    id: int
    name_key: str
    digits: str
    activity: int | None
    inbound: int | None
    consent: str
    conversations: tuple[OpenConversation, ...] = ()


ENTRIES_SELECT = (
    "SELECT id, name_key, ltrim(phone, '+'),"
    " CAST(strftime('%s', coalesce(last_message_at, last_inbound_at)) AS INTEGER),"
    " CAST(strftime('%s', last_inbound_at) AS INTEGER), consent FROM customers"
)
"""The customers' columns of a `ListEntry`, in its order (without conversations)."""

OPEN_CONVERSATIONS_SELECT = (
    "SELECT customer_id, category, CAST(strftime('%s', opened_at) AS INTEGER),"
    " CAST(strftime('%s', expires_at) AS INTEGER) FROM conversations WHERE expires_at > ?"
)
"""The conversations not expired at an instant: customer and `OpenConversation` fields."""


def read_entries(rows: list[tuple], conversations: list[tuple]) -> list[ListEntry]:
    """Entries from rows of `ENTRIES_SELECT` and of `OPEN_CONVERSATIONS_SELECT` (those of a
    customer in the order opened)."""
    live: dict[int, tuple[OpenConversation, ...]] = {}
    for row in conversations:
        live[row[0]] = (*live.get(row[0], ()), OpenConversation._make(row[1:]))
    make, none = ListEntry._make, ()
    return [make((*row, live.get(row[0], none))) for row in rows]
