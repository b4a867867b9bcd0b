"""Every setting a workspace file keeps: its key, its default, and how its value is written
as JSON and read back. The one table of them; nothing else spells a key or a stored form.
The app's own preferences, kept per machine and not in a workspace (`Preference`, at the
end: the shell keeps them in QSettings beside the last workspace opened), are named here too.

Qt-free and sqlite-free: the store keeps each value as JSON text under its key, the
workspace service reads and writes them with `Setting.read` and `Setting.write`.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass
from types import MappingProxyType
from typing import TYPE_CHECKING, Any, Generic, TypeVar

from .clock import ClockSetting
from .consent import DEFAULT_OPT_OUT_KEYWORDS
from .i18n import LANGUAGES
from .inputs import cut
from .rules.instants import format_instant, parse_instant
from .rules.model import AccountSettings
from .rules.regimes import AUTO, PricingChoice, parse_choice
from .store.integrity import EARLIEST_YEAR, LATEST_YEAR, damaged

if TYPE_CHECKING:
    from .store import Store

T = TypeVar("T")
RateOverrides = Mapping[str, Mapping[str, str]]
"""Scenario rates: region code (or `*`) -> category -> decimal string."""


@dataclass(frozen=True, slots=True, eq=False)
class Setting(Generic[T]):
    """One stored setting: `default` when the file has none, `encode` to JSON, `decode` back.
    Each is one entry of the table, equal only to itself."""

    key: str
    default: T
    encode: Callable[[T], Any]
    decode: Callable[[Any], T]

    def read(self, store: Store) -> T:
        """The stored value; StoreError saying the file is damaged when it cannot be read."""
        saved = store.get_setting(self.key)
        if saved is None:
            return self.default
        try:
            return self.decode(saved)
        except (ValueError, TypeError, KeyError, AttributeError, OverflowError) as error:
            raise damaged(store.path, f"its saved {self.key} setting cannot be read "
                          f"({cut(str(error))})") from None

    def write(self, store: Store, value: T) -> None:
        store.set_setting(self.key, self.encode(value))


def _same(value: Any) -> Any:
    return value


def _encode_clock(setting: ClockSetting | None) -> dict[str, Any] | None:
    if setting is None:
        return None
    return {"at": format_instant(setting.at), "speed": setting.speed,
            "paused": setting.paused, "real_time": setting.real_time}


def _decode_clock(saved: Any) -> ClockSetting | None:
    if not saved:
        return None
    at = parse_instant(saved["at"])
    if not EARLIEST_YEAR <= at.year < LATEST_YEAR:
        raise ValueError(f"{saved['at']} is not a date waboard keeps")
    return ClockSetting(at, int(saved.get("speed", 1)),
                        bool(saved.get("paused", True)), bool(saved.get("real_time", False)))


def _decode_keywords(saved: Any) -> tuple[str, ...]:
    if not isinstance(saved, list):
        return DEFAULT_OPT_OUT_KEYWORDS
    return tuple(k for k in saved if isinstance(k, str) and k.strip())


NAME: Setting[str] = Setting("name", "", str, lambda saved: str(saved or ""))
"""The workspace's title (a scenario's name), shown on bills."""

PRICING: Setting[PricingChoice] = Setting(
    "pricing", AUTO, lambda choice: str(parse_choice(choice)), parse_choice)
"""The pricing regime messages are decided under, or `auto` (the regime in force at each
message's instant). New files default to `auto`; a file made before dated rules stores its
June 2023 regime (schema migration 4)."""


def _encode_account(account: AccountSettings) -> dict[str, Any]:
    since = account.auth_international_from
    return {"country": account.country, "timezone": account.timezone,
            "currency": account.currency,
            "auth_international_from": None if since is None else format_instant(since),
            "marketing_limit_per_24h": account.marketing_limit_per_24h}


def _decode_account(saved: Any) -> AccountSettings:
    if not isinstance(saved, dict):
        return AccountSettings()
    since = saved.get("auth_international_from")
    limit = saved.get("marketing_limit_per_24h")
    return AccountSettings(
        str(saved.get("country") or ""), str(saved.get("timezone") or "UTC"),
        str(saved.get("currency") or "USD"), parse_instant(since) if since else None,
        int(limit) if limit is not None else None)


ACCOUNT: Setting[AccountSettings] = Setting(
    "account", AccountSettings(), _encode_account, _decode_account)
"""The business account: country, time zone, billing currency, authentication-international
eligibility, the simulated per-user marketing limit."""

CLOCK: Setting[ClockSetting | None] = Setting("clock", None, _encode_clock, _decode_clock)
"""Where the simulated clock stands; None until first saved (it then starts at real now)."""

RATE_CARD: Setting[str | None] = Setting(
    "rate_card", None, _same, lambda saved: str(saved) if saved else None)
"""The workspace's own rate card as CSV text; None for the bundled card."""

RATE_OVERRIDES: Setting[RateOverrides] = Setting(
    "rates", MappingProxyType({}),
    lambda rates: {region: dict(row) for region, row in rates.items()},
    lambda saved: saved or MappingProxyType({}))
"""A scenario's rates, put in front of the rate card's rows."""

OPT_OUT_KEYWORDS: Setting[tuple[str, ...]] = Setting(
    "opt_out_keywords", DEFAULT_OPT_OUT_KEYWORDS, list, _decode_keywords)
"""The replies that opt a customer out (see waboard.consent)."""

EXERCISE: Setting[Any] = Setting("exercise", None, _same, _same)
"""The trainer exercise a workspace was started for (its record: waboard.trainer.exercises)."""

MAX_DELIVERY_DELAY = 86_400
"""The longest simulated delivery delay, in seconds (a day)."""


def _decode_delay(saved: Any) -> int:
    if isinstance(saved, bool) or not isinstance(saved, int) or \
            not 0 <= saved <= MAX_DELIVERY_DELAY:
        raise ValueError(f"{saved!r} is not a delay of 0 to {MAX_DELIVERY_DELAY} seconds")
    return saved


DELIVERY_DELAY: Setting[int] = Setting("delivery_delay", 0, int, _decode_delay)
"""Simulated seconds from a business message being sent to it reaching the phone (0: at
once)."""

SETTINGS: tuple[Setting[Any], ...] = (
    NAME, PRICING, ACCOUNT, CLOCK, RATE_CARD, RATE_OVERRIDES, OPT_OUT_KEYWORDS, EXERCISE,
    DELIVERY_DELAY)
"""Every setting a workspace file may hold."""


@dataclass(frozen=True, slots=True)
class Preference:
    """A per-machine preference of the app: its QSettings key, its default, its choices."""

    key: str
    default: str
    choices: tuple[str, ...]

    def read(self, saved: object) -> str:
        """The saved value if it is one of the choices, else the default."""
        return saved if isinstance(saved, str) and saved in self.choices else self.default


SYSTEM_LANGUAGE = ""
LANGUAGE = Preference("language", SYSTEM_LANGUAGE, (SYSTEM_LANGUAGE, *LANGUAGES))
"""The language the app speaks on this machine: one of waboard.i18n.LANGUAGES, or the
system's (the default). Applied when the app starts."""
