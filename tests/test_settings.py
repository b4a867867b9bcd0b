"""The settings table: every key reads its default from a new file and reads back what was
written, after the file is reopened."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

import pytest
from sqlite_utils import Database

from waboard.clock import ClockSetting
from waboard.rules.model import AccountSettings, Regime
from waboard.settings import (
    ACCOUNT,
    CLOCK,
    DELIVERY_DELAY,
    EXERCISE,
    NAME,
    OPT_OUT_KEYWORDS,
    PRICING,
    RATE_CARD,
    RATE_OVERRIDES,
    SETTINGS,
    Setting,
)
from waboard.store import Store

VALUES: dict[Setting[Any], Any] = {
    NAME: "Spring sale (México)",
    PRICING: Regime.PMP_2025_07,
    ACCOUNT: AccountSettings("MX", "America/Mexico_City", "MXN",
                             datetime(2026, 5, 1, 6, tzinfo=UTC), 2),
    CLOCK: ClockSetting(datetime(2025, 3, 3, 8, 0, 5, tzinfo=UTC), 600, False, False),
    RATE_CARD: "market,regions,marketing\nMexico,MX,0.0436\n",
    RATE_OVERRIDES: {"MX": {"marketing": "0.0436", "service": "0"}},
    OPT_OUT_KEYWORDS: ("ALTO", "Cancelar"),
    EXERCISE: {"title": "First reply", "since_id": 3},
    DELIVERY_DELAY: 45,
}


def test_every_setting_has_a_value_to_try():
    assert set(VALUES) == set(SETTINGS)
    assert len({setting.key for setting in SETTINGS}) == len(SETTINGS)


@pytest.mark.parametrize("setting", SETTINGS, ids=lambda s: s.key)
def test_a_setting_round_trips_through_the_file(tmp_path, setting: Setting[Any]):
    path = tmp_path / "settings.waboard"
    with Store.open(path) as store:
        assert setting.read(store) == setting.default
        setting.write(store, VALUES[setting])
    with Store.open(path) as store:
        assert setting.read(store) == VALUES[setting]


def test_the_clock_is_stored_as_readable_json(tmp_path):
    with Store.open(tmp_path / "clock.waboard") as store:
        CLOCK.write(store, VALUES[CLOCK])
        assert store.get_setting("clock") == {"at": "2025-03-03T08:00:05Z", "speed": 600,
                                              "paused": False, "real_time": False}


def test_unusable_keywords_in_the_file_read_as_the_defaults(tmp_path):
    with Store.open(tmp_path / "keywords.waboard") as store:
        store.set_setting(OPT_OUT_KEYWORDS.key, "STOP")
        assert OPT_OUT_KEYWORDS.read(store) == OPT_OUT_KEYWORDS.default
        store.set_setting(OPT_OUT_KEYWORDS.key, ["FIN", 3, " ", ""])
        assert OPT_OUT_KEYWORDS.read(store) == ("FIN",)


def test_a_new_file_prices_under_auto_and_an_old_one_keeps_june_2023(tmp_path):
    from waboard.store.schema import migrate

    with Store.open(tmp_path / "new.waboard") as store:
        assert PRICING.read(store) == "auto"
    path = tmp_path / "old.waboard"
    db = Database(path)  # a file of before dated rules: schema 3, no pricing choice
    migrate(db, target=3)
    db.close()
    with Store.open(path) as store:
        assert PRICING.read(store) is Regime.CBP_2023_06
