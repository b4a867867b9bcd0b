"""A long session: the demo workspace at x3600 with a month of scripted traffic. Does memory
stay flat?

The workspace clock plays at x3600 on an injected tick source, so a simulated month passes
in as long as the traffic takes to process, not 720 real seconds per simulated month-hour.
Every ten simulated minutes customers write, the business replies and sends templates
(some refused), consent changes and, now and then, a new customer arrives; every action is
given its explicit time, `workspace.now()`. With the GUI (the default) the real widgets run
offscreen: the main window on the workspace, with, every simulated hour (a real second at
x3600, the bus's own pace), a bus tick, a different chat opened and the events processed.

Prints the resident set size (VmRSS), live Python objects and the rows the activity log holds
at the start, after each simulated week and at the end, and the growth per simulated day
over the second half of the month, when every cache has long filled: memory that keeps
growing there would grow without bound in a longer session.

    .venv/bin/python bench/long_session.py [--days 30] [--events-per-hour 12] [--no-gui]
"""

from __future__ import annotations

import argparse
import contextlib
import gc
import os
import random
import resource
import sys
import tempfile
import time
from datetime import timedelta
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from waboard.rules.templates import parameter_count  # noqa: E402
from waboard.service import InputError, Workspace  # noqa: E402
from waboard.store import Store  # noqa: E402
from waboard.workspaces import seed_with_demo  # noqa: E402

SPEED = 3600
STEP = timedelta(minutes=10)
WORDS = ("Hola", "¿Dónde está mi pedido?", "Obrigado!", "Can I change the address?", "👍",
         "مرحبا", "<b>ok</b>", "Thanks, that works", "STOP", "¿Tienen en azul?")
REPLIES = ("¡Hola! ¿En qué te ayudamos?", "Your order ships today.", "Claro, te aviso.",
           "Done ✅", "We have it in blue.")
PHONES = ("+52 55 {:04d} {:04d}", "+55 11 9{:04d} {:04d}", "+44 7911 {:02d}{:04d}",
          "+1 415 555 {:04d}")


def rss_mb() -> float:
    """Current resident set size, from /proc (peak from getrusage where there is no /proc)."""
    try:
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    except OSError:
        pass
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return peak / 1024 / (1024 if sys.platform == "darwin" else 1)


class Ticks:
    """A monotonic source the script moves: simulated time runs only when it says so."""

    def __init__(self) -> None:
        self.value = 0.0

    def __call__(self) -> float:
        return self.value


def traffic(workspace: Workspace, rng: random.Random, events: int, new_customers: list[int]
            ) -> tuple[int, int]:
    """One ten-minute slice of an inbox's life; (actions done, refusals)."""
    done = refused = 0
    customers = [c for c in workspace.customers() if c.id is not None]
    templates = [t for t in workspace.templates()]
    for _ in range(events):
        customer = rng.choice(customers)
        at = workspace.now()
        roll = rng.random()
        try:
            if roll < 0.40:
                result = workspace.customer_message(
                    customer.id, rng.choice(WORDS),
                    "ctwa_ad" if rng.random() < 0.05 else None, at=at)
            elif roll < 0.75:
                result = workspace.send_text(customer.id, rng.choice(REPLIES), at=at)
            elif roll < 0.95:
                template = rng.choice(templates)
                count = parameter_count(template) + (1 if rng.random() < 0.1 else 0)
                params = [f"v{n}" for n in range(count)]
                result = workspace.send_template(customer.id, template.name,
                                                 template.language, params, at=at)
            elif roll < 0.98:
                result = workspace.opt_in(customer.id, at=at, source="bench")
            else:
                result = workspace.opt_out(customer.id, at=at, source="bench")
            done += 1
            refused += not result.outcome.accepted
        except InputError:
            refused += 1
        if roll < 0.40 and rng.random() < 0.3:
            workspace.mark_read(customer.id)
    if rng.random() < 2 / 144:  # about two new customers a day
        pattern = rng.choice(PHONES)
        phone = pattern.format(rng.randrange(2000, 9999), rng.randrange(1000, 9999))
        with contextlib.suppress(InputError):  # a random number may be invalid
            new_customers.append(workspace.add_customer(f"Cliente {len(new_customers) + 1}",
                                                        phone, opt_in=rng.random() < 0.5))
    return done, refused


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--days", type=int, default=30)
    parser.add_argument("--events-per-hour", type=int, default=12)
    parser.add_argument("--no-gui", action="store_true", help="the service alone")
    parser.add_argument("--seed", type=int, default=7)
    options = parser.parse_args()
    rng = random.Random(options.seed)
    per_step = max(1, round(options.events_per_hour * STEP / timedelta(hours=1)))

    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "long.waboard"
        store = Store.open(path)
        seed_with_demo(store)
        ticks = Ticks()
        workspace = Workspace(store, ticks)
        workspace.set_speed(SPEED)
        workspace.play()
        app = window = None
        if not options.no_gui:
            from PySide6.QtCore import QSettings

            QSettings.setDefaultFormat(QSettings.Format.IniFormat)
            QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, folder)
            from waboard.ui.app import application
            from waboard.ui.main_window import MainWindow

            app = application()
            window = MainWindow(workspace)
            window.resize(1440, 900)
            window.show()
            app.processEvents()

        steps_per_day = timedelta(days=1) // STEP
        samples: list[tuple[int, int, int, float, int, int, float]] = []
        new_customers: list[int] = []
        actions = refusals = 0
        started = time.perf_counter()

        def sample(day: int) -> None:
            gc.collect()
            log_rows = window.activity_log.model.rowCount() if window is not None else 0
            samples.append((day, store.message_count(), store.customer_count(), rss_mb(),
                            len(gc.get_objects()), log_rows, time.perf_counter() - started))

        for day in range(options.days + 1):
            if day in (1, options.days // 2) or day % 7 == 0 or day == options.days:
                sample(day)
            if day == options.days:
                break
            for step in range(steps_per_day):
                ticks.value += STEP.total_seconds() / SPEED
                done, refused = traffic(workspace, rng, per_step, new_customers)
                actions, refusals = actions + done, refusals + refused
                if window is not None and app is not None and step % 6 == 5:
                    # one simulated hour is one real second at x3600: the bus's own pace
                    window.bus.tick()
                    window.customer_list.select_customer(rng.choice(workspace.customers()).id)
                    app.processEvents()
        sound = store.integrity_ok()
        if window is not None:
            window.close()  # closes the store too
        else:
            store.close()

    print(f"long session: demo workspace at x{SPEED}, {options.days} simulated days, "
          f"{'service only' if options.no_gui else 'with the Qt widgets offscreen'}")
    print(f"{actions:,} actions ({refusals:,} refused), {len(new_customers)} new customers, "
          f"in {samples[-1][6]:.0f} s")
    print(f"{'day':>4} {'messages':>9} {'customers':>9} {'RSS MB':>8} {'objects':>9} "
          f"{'log rows':>9} {'s':>6}")
    for day, messages, customers, rss, objects, log_rows, seconds in samples:
        print(f"{day:>4} {messages:>9,} {customers:>9,} {rss:>8.1f} {objects:>9,} "
              f"{log_rows:>9,} {seconds:>6.0f}")
    half = next(s for s in samples if s[0] >= options.days // 2)
    last = samples[-1]
    days = max(1, last[0] - half[0])
    print(f"second half: RSS {(last[3] - half[3]) / days:+.2f} MB/day, "
          f"objects {(last[4] - half[4]) / days:+,.0f}/day, "
          f"messages {(last[1] - half[1]) / days:+,.0f}/day; integrity_check "
          f"{'ok' if sound else 'FAILED'}")


if __name__ == "__main__":
    main()
