"""The business's monthly counters (Store.counters_between) hold what the messages say, in
any time zone, however the month's days fall on UTC days."""

from __future__ import annotations

from datetime import date

from hypothesis import HealthCheck, example, given, settings

from tests.test_billing_daily import ACTIONS, played
from waboard.rules.months import month_bounds
from waboard.store import Store

ZONES = ("UTC", "America/Mexico_City", "Asia/Kolkata", "Pacific/Kiritimati")


def counted_from_the_messages(store: Store, month: str, zone: str
                              ) -> tuple[int, int, dict[tuple[str, str], int]]:
    """The counters of `month` in `zone` from the conversations and messages themselves."""
    start, end = (f"{at:%Y-%m-%dT%H:%M:%SZ}" for at in month_bounds(month, zone))
    db = store._db
    service = db.execute("SELECT count(*) FROM conversations WHERE category = 'service'"
                         " AND opened_at >= ? AND opened_at < ?", (start, end)).fetchone()[0]
    texts = db.execute("SELECT count(*) FROM messages WHERE direction = 'out'"
                       " AND kind = 'text' AND accepted = 1 AND at >= ? AND at < ?",
                       (start, end)).fetchone()[0]
    charged = db.execute(
        "SELECT c.region, m.category, count(*) FROM messages m JOIN customers c"
        " ON c.id = m.customer_id WHERE m.direction = 'out' AND m.accepted = 1"
        " AND m.at >= ? AND m.at < ? AND CAST(m.charge AS REAL) > 0"
        " GROUP BY c.region, m.category", (start, end))
    return service, texts, {(region, category): n for region, category, n in charged}


def months_of(store: Store) -> list[str]:
    """The months of the history, with one either side (a zone's month starts before or
    after the UTC one)."""
    days = [date.fromisoformat(day) for (day,) in store._db.execute(
        "SELECT DISTINCT substr(at, 1, 10) FROM messages")]
    months = set()
    for day in days:
        months |= {f"{day.year - (day.month == 1)}-{(day.month - 2) % 12 + 1:02d}",
                   f"{day:%Y-%m}",
                   f"{day.year + (day.month == 12)}-{day.month % 12 + 1:02d}"}
    return sorted(months)


@settings(max_examples=30, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(ACTIONS)
@example([("utility", 0, 20 * 3600), ("utility", 0, 20 * 3600), ("utility", 0, 26 * 3600)])
def test_the_counters_of_every_month_and_zone_are_those_of_the_messages(actions) -> None:
    """(The example charges a message at 02:00 UTC on 1 July: in June in Mexico City.)"""
    workspace = played(actions)
    store = workspace.store
    for month in months_of(store):
        for zone in ZONES:
            assert store.counters_between(*month_bounds(month, zone)) == \
                counted_from_the_messages(store, month, zone), (month, zone)
    store.close()
