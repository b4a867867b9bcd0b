"""The store's quick reading of its own instants gives what `parse_instant` gives."""

from __future__ import annotations

from datetime import UTC, datetime

from hypothesis import given
from hypothesis import strategies as st

from waboard.rules.instants import parse_instant
from waboard.store.rows import instant, read_instant

INSTANTS = st.datetimes(min_value=datetime(1970, 1, 2), max_value=datetime(9998, 12, 31),
                        timezones=st.just(UTC))


@given(INSTANTS)
def test_a_stored_instant_reads_as_parse_instant_reads_it(at: datetime) -> None:
    text = instant(at)
    read = read_instant(text)
    assert read == parse_instant(text) and read.tzinfo is parse_instant(text).tzinfo


def test_other_texts_are_read_as_parse_instant_reads_them() -> None:
    for text in ("2023-06-05T09:00:00+02:00", "2023-06-05T09:00:00", " 2023-06-05T09:00Z"):
        assert read_instant(text) == parse_instant(text)
