"""Command line: `waboard [--db FILE]` opens the inbox; `waboard run` plays a scenario."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from pathlib import Path

from . import __version__
from .i18n import LANGUAGES
from .rules.instants import parse_instant
from .scenario.loader import ScenarioError, load_scenario
from .scenario.report import json_lines, table
from .scenario.runner import play
from .service import InputError, Workspace
from .store import Store, StoreError


def main(argv: Sequence[str] | None = None) -> int:
    args = list(sys.argv[1:] if argv is None else argv)
    if args and args[0] == "run":
        return run_command(args[1:])
    if args and args[0] == "report":
        from .billing.cli import report_command

        return report_command(args[1:])
    if args and args[0] == "rewind":
        return rewind_command(args[1:])
    if args and args[0] == "serve":
        from .api.cli import serve_command

        return serve_command(args[1:])
    if args and args[0] == "export":
        from .audit import export_command

        return export_command(args[1:])
    return gui_command(args)


def gui_command(args: list[str]) -> int:
    parser = argparse.ArgumentParser(
        prog="waboard",
        description="A desktop simulator of a WhatsApp Business Platform inbox.",
        epilog="Subcommands: 'waboard run SCENARIO.json [--db FILE] [--json]' plays a "
               "scenario headless; 'waboard report --db FILE --period 2023-06' prints the bill; "
               "'waboard export --db FILE --format jsonl' prints the audit trail; "
               "'waboard rewind --db FILE --to INSTANT' goes back in time; "
               "'waboard serve [--db FILE]' serves a local Cloud API.",
    )
    parser.add_argument("--db", metavar="FILE", help="open or create this workspace file")
    parser.add_argument("--lang", choices=LANGUAGES,
                        help="speak this language (default: Settings > Language, else the "
                             "system's; also WABOARD_LANG)")
    parser.add_argument("--version", action="version", version=f"waboard {__version__}")
    options = parser.parse_args(args)
    from .ui.app import launch

    return launch(Path(options.db) if options.db else None, options.lang)


def run_command(args: list[str]) -> int:
    parser = argparse.ArgumentParser(
        prog="waboard run", description="Play a scenario file and print every decision."
    )
    parser.add_argument("scenario", metavar="SCENARIO.json")
    parser.add_argument("--db", metavar="FILE", help="play into this file (created if missing)")
    parser.add_argument("--json", action="store_true", help="print JSON Lines")
    options = parser.parse_args(args)
    try:
        scenario = load_scenario(options.scenario)
        store = Store.open(options.db)
        try:
            played = play(scenario, store)
        finally:
            store.close()
    except (ScenarioError, StoreError, InputError) as error:
        print(f"waboard run: {error}", file=sys.stderr)
        return 2
    currency = scenario.account.currency
    sys.stdout.write(json_lines(played, currency, scenario.dated) if options.json
                     else table(played, scenario.name, currency))
    return 0


def rewind_command(args: list[str]) -> int:
    """`waboard rewind --db FILE --to INSTANT`: take back every action after INSTANT (a
    bookmark lets the app return), and say on one line what went."""
    parser = argparse.ArgumentParser(
        prog="waboard rewind",
        description="Go back to an earlier instant of the simulated clock: every action "
                    "after it is removed (a bookmark \"Before rewind to ...\" keeps the way "
                    "back).")
    parser.add_argument("--db", metavar="FILE", required=True, help="the workspace file")
    parser.add_argument("--to", metavar="INSTANT", required=True,
                        help="an ISO-8601 UTC instant, e.g. 2023-06-05T10:00:00Z")
    options = parser.parse_args(args)
    path = Path(options.db)
    try:
        to = parse_instant(options.to)
    except ValueError:
        return _fail("waboard rewind", f"--to: {options.to!r} is not an ISO-8601 UTC instant")
    if not path.is_file() or path.stat().st_size == 0:
        return _fail("waboard rewind", f"{path}: no such workspace file")
    try:
        with Store.open(path) as store:
            rewound = Workspace(store).rewind(to)
    except (StoreError, InputError) as error:
        return _fail("waboard rewind", str(error))
    print(rewound.summary())
    return 0


def _fail(prog: str, message: str) -> int:
    print(f"{prog}: {message}", file=sys.stderr)
    return 2
