"""Clocks: real time, and simulated time that can be paused, sped up and jumped forward.

Only `RealClock` reads the wall clock; everything else asks a clock for `now()`.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta

from .i18n import translate
from .rules.instants import format_duration, format_instant

SPEEDS = (1, 60, 600, 3600)
STEP_BACK_TOLERANCE = timedelta(seconds=2)
"""A wall clock going back by less than this (a time sync's nudge) holds simulated time
still; by more, Real time pauses."""


class ClockError(ValueError):
    """A clock change that would move time backwards."""


class RealClock:
    """The wall clock, in UTC."""

    def now(self) -> datetime:
        return datetime.now(UTC)


@dataclass(frozen=True, slots=True)
class ClockSetting:
    """What is persisted of a workspace clock (its stored form: `settings.CLOCK`)."""

    at: datetime
    speed: int = 1
    paused: bool = True
    real_time: bool = False


class SimulatedClock:
    """Simulated time: `at` plus elapsed real seconds times `speed`, unless paused.

    `ticks` is a monotonic seconds source (time.monotonic by default), injectable for tests.
    In real-time mode it follows `RealClock` and cannot be paused or jumped; it never goes
    back with it: a wall clock set back pauses Real time at the latest instant reached, and
    `take_step_back` then says so once.
    """

    def __init__(
        self,
        setting: ClockSetting,
        ticks: Callable[[], float] = time.monotonic,
        real: RealClock | None = None,
    ) -> None:
        self._ticks = ticks
        self._real = real or RealClock()
        self._anchor_at = setting.at
        self._anchor_tick = ticks()
        self.speed = setting.speed
        self.paused = setting.paused
        self.real_time = setting.real_time
        self._latest = setting.at
        self._step_back: str | None = None

    def now(self) -> datetime:
        if self.real_time:
            return self._follow_real_time()
        if self.paused:
            return self._anchor_at
        elapsed = (self._ticks() - self._anchor_tick) * self.speed
        return self._anchor_at + timedelta(seconds=elapsed)

    def _follow_real_time(self) -> datetime:
        real = self._real.now()
        if real >= self._latest:
            self._latest = real
            return real
        if self._latest - real > STEP_BACK_TOLERANCE:
            self.real_time, self.paused = False, True
            self._anchor_at, self._anchor_tick = self._latest, self._ticks()
            self._step_back = translate(
                "Clock", "Real time paused: the computer's clock went back {span}, and "
                "simulated time never goes back. Play or switch Real time on again to go on"
            ).format(span=format_duration(self._latest - real))
        return self._latest

    def take_step_back(self) -> str | None:
        """The note of a wall clock step back that paused Real time, once; else None."""
        note, self._step_back = self._step_back, None
        return note

    @property
    def setting(self) -> ClockSetting:
        return ClockSetting(self.now(), self.speed, self.paused, self.real_time)

    def restore(self, setting: ClockSetting) -> None:
        """Go back to a setting taken earlier (when a change could not be saved)."""
        self._anchor_at = self._latest = setting.at
        self._anchor_tick = self._ticks()
        self.speed, self.paused, self.real_time = setting.speed, setting.paused, setting.real_time

    def _reanchor(self) -> None:
        self._anchor_at = self.now()
        self._anchor_tick = self._ticks()

    def play(self) -> None:
        self._reanchor()
        self.paused = False

    def pause(self) -> None:
        self._reanchor()
        self.paused = True

    def set_speed(self, speed: int) -> None:
        if speed <= 0:
            raise ClockError(translate("Clock", "speed must be positive, not {speed}")
                             .format(speed=speed))
        self._reanchor()
        self.speed = speed

    def jump(self, span: timedelta) -> None:
        """Move simulated time forward by `span`."""
        if span < timedelta(0):
            raise ClockError(translate("Clock", "simulated time only moves forward"))
        if self.real_time:
            raise ClockError(translate("Clock", "switch off real time before jumping ahead"))
        self._reanchor()
        self._anchor_at += span

    def jump_to(self, at: datetime) -> None:
        self.jump(at - self.now())

    def set_real_time(self, on: bool) -> None:
        """Follow the wall clock (on) or keep simulating from the current instant (off)."""
        if on and not self.real_time and self.now() > self._real.now():
            raise ClockError(translate(
                "Clock", "the simulated clock is ahead of real time; real time would move it "
                "backwards"))
        self._reanchor()
        self._latest = self._anchor_at
        self.real_time = on


def clock_event(before: ClockSetting, after: ClockSetting) -> tuple[str, str]:
    """What one change of the simulated clock was, as (kind, detail) for the store."""
    if before.real_time != after.real_time:
        return "real_time", "on" if after.real_time else "off"
    if before.paused != after.paused:
        return ("pause", "paused") if after.paused else ("play", f"playing at x{after.speed}")
    if before.speed != after.speed:
        return "speed", f"x{before.speed} to x{after.speed}"
    span = max(after.at - before.at, timedelta(0))
    return "jump", (f"{format_instant(before.at)} to {format_instant(after.at)} "
                    f"(+{format_duration(span)})")
