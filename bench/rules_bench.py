"""Throughput of the rules engine: seeded random actions replayed through `decide`.

    python bench/rules_bench.py [--actions N] [--customers N] [--regime ID|auto|all]
                                [--seed N] [--profile]

The actions (customers' messages, some from ads, free-form replies, templates of every
category and status, consent changes, waits) are generated first, at non-decreasing instants
over about two months; only the replay through the engine is timed. Each customer's state is
kept in a dict, and one business Account is threaded through every decision.

`--regime auto` (the default) times the same actions twice, from 15 June 2025 across the
switch to per-message pricing: first under the fixed pmp-2025-07 regime in UTC without tiers
(the baseline), then under `auto` with volume tiers on utility and authentication, an account
in America/Mexico_City and authentication-international, and prints both figures. The
CPU time beside each wall time tells how much of it the machine's other work took.
"""

from __future__ import annotations

import argparse
import cProfile
import gc
import io
import pstats
import random
import sys
import time
from datetime import UTC, datetime, timedelta
from decimal import Decimal
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from waboard.rules.engine import decide  # noqa: E402
from waboard.rules.model import (  # noqa: E402
    ZERO,
    Account,
    AccountSettings,
    Action,
    Category,
    Consent,
    CustomerMessage,
    CustomerState,
    OptIn,
    OptOut,
    Referral,
    Regime,
    SendTemplate,
    SendText,
    Template,
    TemplateStatus,
    Wait,
)
from waboard.rules.regimes import AUTO, PricingChoice  # noqa: E402

TARGET = 250_000  # actions per second, a fixed regime
AUTO_TARGET = 150_000  # actions per second, auto with tiers and a non-UTC account
START = datetime(2023, 6, 1, tzinfo=UTC)
AUTO_START = datetime(2025, 6, 15, tzinfo=UTC)
SPAN = timedelta(days=60)
ACCOUNT = AccountSettings("IN", "America/Mexico_City", "USD",
                          datetime(2025, 1, 1, tzinfo=UTC), None)
TIERS = {
    Category.UTILITY: ((1, Decimal("0.0100")), (1001, Decimal("0.0080")),
                       (5001, Decimal("0.0060"))),
    Category.AUTHENTICATION: ((1, Decimal("0.0239")), (2001, Decimal("0.0200"))),
}

# Three markets' rates (USD), as a rate card row would give them.
MARKETS = [
    {
        Category.MARKETING: Decimal("0.0436"),
        Category.UTILITY: Decimal("0.0100"),
        Category.AUTHENTICATION: Decimal("0.0239"),
        Category.SERVICE: Decimal("0.0088"),
    },
    {
        Category.MARKETING: Decimal("0.0625"),
        Category.UTILITY: Decimal("0.0080"),
        Category.AUTHENTICATION: Decimal("0.0315"),
        Category.SERVICE: Decimal("0.0300"),
    },
    {
        Category.MARKETING: Decimal("0.0604"),
        Category.UTILITY: Decimal("0.0077"),
        Category.AUTHENTICATION: Decimal("0.0360"),
        Category.SERVICE: Decimal("0.0190"),
    },
]

MARKET_NAMES = {id(rates): name for rates, name in zip(MARKETS, ("Mexico", "Brazil", "Other"),
                                                        strict=True)}
Step = tuple[str, datetime, Action]


def _templates() -> tuple[list[Template], list[Template]]:
    bodies = ("Your order shipped.", "Hi {{1}}, welcome.", "Hi {{1}}, your code is {{2}}.")
    every = [
        Template(f"{category.value}_{status.value}_{n}", "en_US", category, body, status)
        for category in (Category.MARKETING, Category.UTILITY, Category.AUTHENTICATION)
        for status in TemplateStatus
        for n, body in enumerate(bodies)
    ]
    return every, [t for t in every if t.status is TemplateStatus.APPROVED]


def generate(
    actions: int, customers: int, seed: int, start: datetime = START
) -> tuple[dict[str, CustomerState], dict[str, dict[Category, Decimal]], list[Step]]:
    """Initial states, each customer's rates, and the timed-to-be sequence of actions."""
    rng = random.Random(seed)
    ids = [f"+5255{n:08d}" for n in range(customers)]
    states = {
        cid: CustomerState(
            consent=rng.choices(list(Consent), weights=(6, 3, 1))[0],
            reachable=rng.random() >= 0.02,
        )
        for cid in ids
    }
    rates = {cid: rng.choice(MARKETS) for cid in ids}

    every, approved = _templates()
    sends = []
    for tpl in every:
        count = tpl.body.count("{{")
        sends.append(SendTemplate(tpl.name, tpl.language, ("Ana", "4711")[:count], tpl))
    approved_sends = [s for s in sends if s.template in approved]
    wrong_params = [SendTemplate(t.name, t.language, ("x", "y", "z"), t) for t in approved]
    unknown = SendTemplate("no_such_template", "en_US", (), None)
    texts = [SendText("Sure, let me check."), SendText("Done!")]
    hello = [CustomerMessage("Hi"), CustomerMessage("Is my order on its way?")]
    referred = [
        CustomerMessage("I saw your ad", Referral.CTWA_AD),
        CustomerMessage("From your page", Referral.PAGE_CTA),
    ]
    others: list[Action] = [OptIn(), OptOut(), Wait()]

    # Mean gap so that the actions spread over SPAN.
    mean_gap = SPAN.total_seconds() / max(actions, 1)
    at = start
    steps: list[Step] = []
    for _ in range(actions):
        at += timedelta(seconds=round(rng.expovariate(1 / mean_gap), 3))
        roll = rng.random()
        action: Action
        if roll < 0.22:
            action = rng.choice(hello)
        elif roll < 0.25:
            action = rng.choice(referred)
        elif roll < 0.55:
            action = rng.choice(texts)
        elif roll < 0.80:
            action = rng.choice(approved_sends)
        elif roll < 0.87:
            action = rng.choice(sends)
        elif roll < 0.89:
            action = rng.choice(wrong_params)
        elif roll < 0.90:
            action = unknown
        else:
            action = rng.choice(others)
        steps.append((rng.choice(ids), at, action))
    return states, rates, steps


def replay(
    states: dict[str, CustomerState],
    rates: dict[str, dict[Category, Decimal]],
    steps: list[Step],
    regime: PricingChoice,
    dated: bool = False,
) -> tuple[int, Decimal, Account]:
    """Run every step through the engine; the accepted count, the bill and the account.
    `dated`: with volume tiers, the account's time zone and its eligibility."""
    account = Account()
    accepted = 0
    bill = ZERO
    settings = ACCOUNT if dated else AccountSettings()
    tiers = TIERS if dated else {}
    for cid, at, action in steps:
        market = rates[cid]
        outcome = decide(states[cid], action, at, regime, market, account, settings,
                         tiers=tiers, market=MARKET_NAMES[id(market)], region="MX")
        states[cid] = outcome.state
        account = outcome.account
        accepted += outcome.accepted
        bill += outcome.charge
    return accepted, bill, account


def run(args: argparse.Namespace, regime: PricingChoice, dated: bool = False,
        start: datetime = START) -> float:
    states, rates, steps = generate(args.actions, args.customers, args.seed, start)
    # Keep the pre-generated actions out of the collector's way: only the engine is measured.
    gc.collect()
    gc.freeze()
    profiler = cProfile.Profile() if args.profile else None
    started, cpu_started = time.perf_counter(), time.process_time()
    if profiler is not None:
        accepted, bill, account = profiler.runcall(replay, states, rates, steps, regime, dated)
    else:
        accepted, bill, account = replay(states, rates, steps, regime, dated)
    elapsed = time.perf_counter() - started
    cpu = time.process_time() - cpu_started
    rate = len(steps) / elapsed if elapsed else float("inf")
    target = AUTO_TARGET if dated else TARGET
    verdict = "ok" if rate >= target else f"UNDER the {target:,}/s target"
    label = f"{regime}{' +tiers, tz' if dated else ''}"
    print(
        f"{label:22} {len(steps):>10,} actions  {args.customers:>7,} customers  "
        f"{elapsed:7.2f} s ({cpu:.2f} s CPU)  {rate:>10,.0f} actions/s  ({verdict})"
    )
    print(
        f"{'':12} accepted {accepted:,}, refused {len(steps) - accepted:,}, "
        f"bill {bill} USD, service conversations in {account.month or '-'}: "
        f"{account.service_conversations:,}"
    )
    if profiler is not None:
        out = io.StringIO()
        pstats.Stats(profiler, stream=out).sort_stats("tottime").print_stats(15)
        print(out.getvalue())
    gc.unfreeze()
    return rate


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--actions", type=int, default=1_000_000)
    parser.add_argument("--customers", type=int, default=10_000)
    parser.add_argument(
        "--regime", default=AUTO, choices=[r.value for r in Regime] + [AUTO, "all"]
    )
    parser.add_argument("--seed", type=int, default=20230601)
    parser.add_argument(
        "--profile", action="store_true", help="run under cProfile and print where the time goes"
    )
    args = parser.parse_args(argv)
    if args.actions < 1 or args.customers < 1:
        parser.error("--actions and --customers must be at least 1")
    if args.regime == AUTO:
        baseline = run(args, Regime.PMP_2025_07, start=AUTO_START)
        dated = run(args, AUTO, dated=True, start=AUTO_START)
        print(f"auto with tiers and a time zone: {dated / baseline:.0%} of the fixed-regime "
              "figure")
        return 0 if baseline >= TARGET and dated >= AUTO_TARGET else 1
    regimes = list(Regime) if args.regime == "all" else [Regime(args.regime)]
    rates = [run(args, regime) for regime in regimes]
    return 0 if min(rates) >= TARGET else 1


if __name__ == "__main__":
    sys.exit(main())
