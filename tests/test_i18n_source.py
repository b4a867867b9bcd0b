"""Every user-visible text in the covered packages goes through translation.

The scanner reads the source (ast): a string constant, or the literal part of an f-string,
that looks like text for people (two words, or one capitalised word) and is not inside
`translate`, `tr` or `QT_TRANSLATE_NOOP` fails the test, naming file, line and text.
Docstrings, keyword values that are not text (`encoding="utf-8"`), the arguments of the
calls in NOT_TEXT_CALLS and the strings ALLOWED names (per file, by pattern) are left out.

It covers the whole of waboard/; what stays English (the Cloud API, the command line and the
scenario runner's errors, Meta's error titles, markup, names and codes) is in ALLOWED.
"""

from __future__ import annotations

import ast
import re
from collections.abc import Iterator
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]

COVERED: tuple[str, ...] = ("waboard",)
"""The folders and files whose every visible text must be translated."""

TRANSLATING_CALLS = {"translate", "tr", "QT_TRANSLATE_NOOP"}
NOT_TEXT_CALLS = {
    # Qt names, keys and properties, never shown
    "setObjectName", "setProperty", "property", "setValue", "value", "objectName",
    "setStyleSheet", "setAccessibleName", "QKeySequence", "fromString", "feature_menu",
    # Python plumbing
    "getattr", "setattr", "hasattr", "startswith", "endswith", "split", "join", "replace",
    "strip", "rstrip", "lstrip", "partition", "get", "compile", "fullmatch", "match",
    "search", "sub", "strftime", "strptime", "encode", "decode", "open", "Path", "environ",
    # log and debug text, the CLI's stderr (English by contract)
    "debug", "info", "exception", "log", "write", "print",
}
CLDR_DATE = r"^[EdMy]+( [EdMy]+)*$"
"""A date pattern of Babel's (`EEE d MMM y`)."""
ALLOWED: dict[str, tuple[str, ...]] = {
    "*": (
        r"^waboard$", r"^WhatsApp( Business)?$", r"^Meta$", r"^Cloud API$", r"^PySide6$",
        r"^Ctrl\+", r"^(Shift|Alt|Meta)\+", r"^F\d+$",  # shortcuts
        r"^Q[A-Z]\w+( |$)", r"\{[^}]*:[^}]*;",  # Qt class names, style sheets
        r"^[a-z0-9_./-]+$",  # keys, identifiers, paths
        r"^[\w-]*[/.{][\w/.{}-]*$", r"yyyy",  # paths, Qt date formats
        r"^\W*$", r"^[A-Z][A-Z0-9_]+$", r"^[a-z]{2}_[A-Z]{2}$",  # constants, locales
        r"^\s*(SELECT|INSERT|UPDATE|DELETE|CREATE|ALTER|DROP|WITH|PRAGMA)\b",  # SQL
    ),
    # English by contract, whatever the app's language (i18n.md): the Cloud API speaks as
    # Meta's does, the CLI's and the scenario runner's output is fixed.
    "waboard/api/": (r".",),
    "waboard/cli.py": (r".",),
    # the scenario runner's errors name the field as scenarios.md fixes them (English by
    # contract, on stderr and in the GUI's load dialog alike)
    "waboard/scenario/": (r".",),
    # `waboard export`'s command line and its stderr
    "waboard/audit.py": (r"^waboard export$", r"audit trail: every message",
                         r"^the workspace file$", r"^jsonl or csv", r"^write here instead",
                         r"is not an audit format",
                         r"no such workspace file$", r"is empty, not a waboard workspace$"),
    "waboard/explain.py": (r"^Consequence$",),  # a translation context
    "waboard/i18n.py": (r"is not one of",),  # a caller's mistake
    "waboard/rules/engine.py": (r"^not an action",),  # a caller's mistake
    "waboard/rules/instants.py": (r"is not a duration$",),  # a caller's mistake
    "waboard/rules/pricing.py": (r"^Other$",),  # the rate card's own market name
    "waboard/rules/rate_cards.py": (r"^imported rate card$",),  # a card's source, as stored
    # Meta's error titles stay as Meta writes them; the context's name
    "waboard/rules/refusals.py": (r"^Refusal$", r"^Message not delivered", r"^Template name does",
                                  r"^Message undeliverable$", r"^Re-engagement message$",
                                  r"^Template is (paused|disabled)$", r"^Number of parameters",
                                  r"^Template hydrated text"),
    "waboard/rules/regimes.py": (r"^https://", r"upcoming pricing updates",  # sources
                                 r"^, billing"),
    "waboard/rules/reports.py": (r"is not an API version",),  # the API's own check
    "waboard/trainer/lessons.py": (r"is not a choice \(",),  # a caller's mistake
    "waboard/trainer/report_export.py": (r"^<", r"is not a report format"),  # markup; the CLI
    "waboard/ui/trainer/exercise_dialog.py": (r"\(\*\.\w+\)$",),  # file type filters
    # file type filters; feature_menu translates the menu's title
    "waboard/ui/trainer/trainer_menu.py": (r"\(\*\.\w+\)$", r"^&Trainer$"),
    "waboard/ui/trainer/lesson_catalogue.py": (r"^English$", r"^Português \(Brasil\)$"),  # by name
    "waboard/ui/trainer/lesson_widgets.py": (r"^font-weight",),  # a style
    "waboard/billing/cli.py": (r".",),
    "waboard/scenario/report.py": (r".",),
    "waboard/scenario/runner.py": (r".",),
    "waboard/ui/catalogues.py": (r".",),  # the maintainers' command line
    "waboard/ui/screenshots.py": (r".",),  # a maintainers' tool and the sample data it types
    "waboard/ui/display_check.py": (r".",),  # said on stderr before Qt (and a language) starts
    "waboard/settings.py": (r"setting cannot be read", r"is not a date waboard keeps",
                            r"is not a delay of"),
    "waboard/ui/language.py": (r"^Português \(Brasil\)$", r"^English$"),  # languages by name
    "waboard/ui/api/runner.py": (r"^the server (is stopping|stopped)$",),  # the API's answer
    "waboard/ui/common/errors.py": (r"^waboard .*Python",),  # the bug report's header
    "waboard/ui/common/icons.py": (r"has no icon",),  # a missing file of the installation
    "waboard/ui/inbox/activity_log.py": (r"^Valentina Ríos", r"^no customer "),  # samples, a bug
    "waboard/ui/inbox/chat_model.py": (r"^(Roles|Thread)$", CLDR_DATE),  # names in __all__
    "waboard/ui/inbox/details.py": (r"^Details$",),  # its translation context
    "waboard/ui/inbox/customer_model.py": (  # the sort orders' values, named by customer_list
        r"^(Last activity|Window closes soonest)$", CLDR_DATE),
    "waboard/ui/inbox/clock_text.py": (r"^[A-Z][a-z]{2}$", r"MMM"),  # days, months, patterns
    "waboard/ui/inbox/template_preview.py": (r"#templatePreview",),  # its style sheet
    "waboard/billing/__init__.py": (r".",),  # the names it exports
    "waboard/billing/bill.py": (r"^All markets$",  # a value of the CSV files
                                r"needs an end instant"),  # a caller's mistake
    "waboard/billing/export.py": (r"^\s*</?[a-zA-Z!]",),  # HTML markup around the texts
    "waboard/billing/charts.py": (r"^\s*</?[a-zA-Z!]", r"^ font-weight=", r"sans-serif$"),  # SVG
    # the simulated plan's message texts (never shown), and the errors of `plan()`'s Python
    # arguments, which the forecast dialog's fields cannot give
    "waboard/billing/forecast.py": (r"^(Forecast message|Reply|Answer|Hello)$",
                                    r"must be (a |an |at |between)", r"is not a region code",
                                    r"is not a template category"),
    # the period texts of the `report` command and of scenarios (English by contract)
    "waboard/billing/periods.py": (r"2023-06", r"needs aware", r"ends before it starts$",
                                   r"ISO year .* has weeks", r"there is no (month|such day)",
                                   r"is out of range", r"is empty$", r"^unknown period",
                                   r"is not a period", r"^no period given"),
    # a replay's own notes and the tests' diagnostics, never shown
    "waboard/billing/replay.py": (r"refused on replay", r"^not replayable", r"^message #"),
    "waboard/ui/billing/charts.py": (r"^measure must be",  # a caller's mistake
                                     # English's short day and month names
                                     r"^(Mon|Tue|Wed|Thu|Fri|Sat|Sun)$",
                                     r"^(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)$"),
    "waboard/ui/billing/figures.py": (r"one cell per column",),  # a caller's mistake
    "waboard/resources.py": (r"resources folder is missing",),  # a broken installation
    "waboard/clock.py": (r"^playing at x",),  # a clock event's detail, as the audit keeps it
    "waboard/consent.py": (r"^(website form|QR code|in person)$",),  # the ledger's codes
    "waboard/scenario/export.py": (r".",),  # the scenario file it writes (JSON)
    # the store's SQL, and its refusals of what only a bug would ask (never a user's input)
    "waboard/store/": (
        r"^(seq|id|consent|category|name|customer_id)\b.*, ", r"^\s*(AND|ORDER|DESC)\b",
        r"^\w+ = \?( AND \w+ = \?)*$", r"^'(INSERT|UPDATE|DELETE)", r"typeof\(|NOT GLOB|GLOB '",
        r"^\?mode=ro", r"^BEGIN IMMEDIATE$", r"^(Choices|Store)$", r"has no id to update",
        r"is not a (month|consent event|clock event|journal event)",
        r"cannot be stored: ", r"the database refused the change: ",
        r"refers to a customer that does not exist", r"a customer with id .* already exists",
        r"no free temporary name"),
}
"""Strings that are not translated, by file or folder (ending in `/`; `*`: every file):
names, codes, keys, and the outputs that stay English."""

_WORD = re.compile(r"[A-Za-zÀ-ÿ]{2,}")


def covered_files() -> Iterator[Path]:
    for entry in COVERED:
        path = ROOT / entry
        yield from sorted(path.rglob("*.py")) if path.is_dir() else (path,)


def looks_like_text(text: str) -> bool:
    """Two words, or one capitalised word (`Cancel`, `&File`)."""
    plain = text.replace("&", "").strip()
    if len(_WORD.findall(plain)) >= 2:
        return True
    return bool(re.fullmatch(r"[A-Z][a-z]+[.…:!?]?", plain))


def _docstrings(tree: ast.AST) -> set[int]:
    found = set()
    for node in ast.walk(tree):
        body = getattr(node, "body", None)
        if isinstance(body, list):
            for statement in body:
                if isinstance(statement, ast.Expr) and isinstance(statement.value, ast.Constant):
                    found.add(id(statement.value))
    return found


def _call_name(call: ast.Call) -> str:
    func = call.func
    return func.attr if isinstance(func, ast.Attribute) else getattr(func, "id", "")


def _skipped(tree: ast.AST) -> set[int]:
    """Nodes whose strings are not the scanner's concern: translated, or not text."""
    skipped = _docstrings(tree)
    for node in ast.walk(tree):
        inside: list[ast.AST] = []
        if isinstance(node, ast.Call):
            name = _call_name(node)
            if name in TRANSLATING_CALLS or name in NOT_TEXT_CALLS:
                inside = [*node.args, *node.keywords]
            elif name == "TranslatedLabels" or name == "of" and getattr(
                    node.func.value, "id", "") in ("InputError", "StoreError", "cls"):
                inside = node.args[:1]  # a context; the texts are marked inside
            elif name in ("warning", "error", "critical") and isinstance(node.func, ast.Attribute) \
                    and getattr(node.func.value, "id", "") in ("log", "logger", "logging"):
                inside = [*node.args]
        elif isinstance(node, ast.Assert | ast.Subscript):
            inside = [node.msg] if isinstance(node, ast.Assert) else [node.slice]
        elif isinstance(node, ast.Compare):
            inside = [node.left, *node.comparators]
        elif isinstance(node, ast.keyword) and node.arg in ("encoding", "errors", "mode"):
            inside = [node.value]
        for part in inside:
            if part is not None:  # an assert without a message
                skipped |= {id(child) for child in ast.walk(part)}
    return skipped


def unwrapped(path: Path) -> Iterator[tuple[int, str]]:
    """(line, text) of every visible-looking string of `path` left untranslated."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    skipped = _skipped(tree)
    relative = path.relative_to(ROOT).as_posix()
    patterns = [re.compile(p) for where, allowed in ALLOWED.items()
                if where in ("*", relative) or where.endswith("/") and relative.startswith(where)
                for p in allowed]
    for node in ast.walk(tree):
        if id(node) in skipped:
            continue
        if isinstance(node, ast.JoinedStr):
            skipped |= {id(v) for v in node.values}
            text = "".join(v.value if isinstance(v, ast.Constant) else "{}" for v in node.values)
        elif isinstance(node, ast.Constant) and isinstance(node.value, str):
            text = node.value
        else:
            continue
        if looks_like_text(text) and not any(p.search(text) for p in patterns):
            yield node.lineno, text


def test_the_scanner_finds_unwrapped_text(tmp_path) -> None:
    source = tmp_path / "x.py"
    source.write_text('label.setText("Send the message")\nbutton = QPushButton("Cancel")\n'
                      'ok = translate("Box", "Send the message")\nname.setObjectName("chat")\n'
                      'label.setText(f"Saved {count} messages")\n', encoding="utf-8")
    global ROOT
    root, ROOT = ROOT, tmp_path
    try:
        assert [line for line, _ in unwrapped(source)] == [1, 2, 5]
    finally:
        ROOT = root


@pytest.mark.parametrize("path", list(covered_files()),
                         ids=lambda p: p.relative_to(ROOT).as_posix())
def test_every_visible_text_is_translated(path: Path) -> None:
    found = [f"{path.relative_to(ROOT)}:{line}: {text!r}" for line, text in unwrapped(path)]
    assert not found, "not wrapped for translation:\n" + "\n".join(found)
