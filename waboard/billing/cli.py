"""`waboard report`: a workspace's bill for a period, as CSV or as a one-page HTML report.

    waboard report --db FILE --period 2023-06 [--format html|csv] [--regime R]
                   [--output PATH]

Without --regime the bill is what the workspace charged; with one, its history repriced
under that regime. Without --output the report goes to standard output. The format defaults
to html for an --output ending in .html or .htm, csv otherwise. Any problem (a bad period, a
missing file, a file that is not a waboard workspace) is one line on standard error and
exit status 2.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from ..outputs import write_output
from ..rules.model import Regime
from ..store import Store, StoreError
from .bill import Bill, bill
from .compare import compare
from .export import bill_csv, html_report, write_bill_csv
from .periods import parse_period

PROG = "waboard report"


class ReportError(Exception):
    """A report that cannot be made; the message says why in one line."""


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> None:  # type: ignore[override]
        raise ReportError(message)


def report_command(args: list[str]) -> int:
    """Run `waboard report` with the arguments after the subcommand; the exit status."""
    parser = _parser()
    try:
        options = parser.parse_args(args)
    except ReportError as error:
        return _fail(error)
    except SystemExit as done:  # --help
        return done.code if isinstance(done.code, int) else 0
    try:
        the_bill, text = _report(options)
        if options.output is None:
            sys.stdout.write(text)
            sys.stdout.flush()
        elif options.format == "csv":
            write_bill_csv(the_bill, options.output, workspaces=(Path(options.db),))
        else:
            write_output(options.output, text, workspaces=(Path(options.db),))
    except (ReportError, StoreError, ValueError, OSError) as error:
        return _fail(error)
    return 0


def _parser() -> _Parser:
    parser = _Parser(prog=PROG, description="A workspace's bill for a period, as CSV or HTML.")
    parser.add_argument("--db", metavar="FILE", required=True, help="the workspace file")
    parser.add_argument("--period", required=True,
                        help="2023-06 (month), 2023-06-05 (day), 2023-W23 (ISO week) or "
                             "2023-06-01..2023-06-15 (days, both included)")
    parser.add_argument("--format", choices=("html", "csv"),
                        help="html or csv (default: from --output's suffix, else csv)")
    parser.add_argument("--regime", choices=[r.value for r in Regime],
                        help="reprice the history under this regime (default: as charged)")
    parser.add_argument("--output", metavar="PATH", help="write here instead of stdout")
    return parser


def _report(options: argparse.Namespace) -> tuple[Bill, str]:
    period = parse_period(options.period)
    if options.format is None:
        suffix = Path(options.output).suffix.lower() if options.output else ""
        options.format = "html" if suffix in (".html", ".htm") else "csv"
    store = _open(Path(options.db))
    try:
        the_bill = bill(store, period, regime=options.regime,
                        details=options.format == "html")  # the CSV has no such tables
        comparison = compare(store, None, period) if options.format == "html" else None
    finally:
        store.close()
    if options.format == "csv":
        return the_bill, bill_csv(the_bill)
    return the_bill, html_report(the_bill, comparison)


def _open(path: Path) -> Store:
    """Open an existing workspace; never create one."""
    if not path.exists():
        raise ReportError(f"{path}: no such workspace file")
    if path.is_file() and path.stat().st_size == 0:
        raise ReportError(f"{path} is empty, not a waboard workspace")
    return Store.open(path)


def _fail(error: BaseException) -> int:
    message = str(error).strip().splitlines()[0] if str(error).strip() else type(error).__name__
    if isinstance(error, OSError) and error.filename and error.strerror:
        message = f"{error.filename}: {error.strerror}"
    print(f"{PROG}: {message}", file=sys.stderr)
    return 2
