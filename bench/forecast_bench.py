"""Time of a forecast: N customers a day for D days, under all three regimes.

    python bench/forecast_bench.py [--customers N] [--days D] [--inbound N] [--market MX]
                                   [--check N]

Prints the time of the whole forecast (all regimes) and each regime's total. With --check N
it also runs the plan with N customers a day both ways (one decision per class and day, and
every customer decided one by one) and says whether the bills are equal, with both times.
"""

from __future__ import annotations

import argparse
import os
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from waboard.billing.forecast import forecast, forecast_by_replay  # noqa: E402
from waboard.money import money  # noqa: E402

MIX = {"marketing": 0.5, "utility": 0.3, "authentication": 0.2}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--customers", type=int, default=100_000, help="messaged a day")
    parser.add_argument("--days", type=int, default=30)
    parser.add_argument("--inbound", type=int, default=20_000, help="writing first, a day")
    parser.add_argument("--market", default="MX", help="region code")
    parser.add_argument("--check", type=int, default=0, metavar="N",
                        help="also compare with the one-by-one replay at N a day")
    options = parser.parse_args()
    shares = dict(reply_share=0.4, follow_up_share=0.5, entry_point_share=0.3)

    started = time.perf_counter()
    bills = forecast(options.customers, options.days, MIX, options.market,
                     inbound_per_day=options.inbound, **shares)
    elapsed = time.perf_counter() - started
    sends = options.customers * options.days
    print(f"forecast: {options.customers:,} customers/day x {options.days} days "
          f"(+{options.inbound:,} writing first/day), {options.market}, 3 regimes: "
          f"{elapsed:.3f} s ({sends:,} templates a regime)")
    for regime, bill in bills.items():
        print(f"  {regime.value:12} {money(bill.total):>16}  "
              f"{bill.count:>12,} {bill.unit}")

    if options.check:
        n, inbound = options.check, options.inbound * options.check // max(options.customers, 1)
        started = time.perf_counter()
        fast = forecast(n, options.days, MIX, options.market, inbound_per_day=inbound, **shares)
        middle = time.perf_counter()
        slow = forecast_by_replay(n, options.days, MIX, options.market,
                                  inbound_per_day=inbound, **shares)
        ended = time.perf_counter()
        print(f"check at {n:,}/day (+{inbound:,} writing first): shortcut "
              f"{middle - started:.3f} s, one by one {ended - middle:.3f} s, "
              f"{'equal' if fast == slow else 'DIFFERENT'}")
        if fast != slow:
            return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
