"""Bad input, everywhere it enters: one table.

Every row puts one value into one entry point (the workspace service, a scenario file, the
command line, a rate card) and says what must happen:

- `Refused`: the specific error (InputError, ScenarioError, RateCardError) with its message,
  and the store exactly as before;
- `Exit2`: the CLI exits 2 with the message on stderr, nothing on stdout, no file made;
- `RuleRefusal`: a send the platform refuses (132000...), stored as one failed message, with
  nothing opened or charged: not an input error;
- `Stored`: accepted, and stored byte for byte (emoji, right-to-left, zero-width, HTML- and
  SQL-looking text are text like any other).
"""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest

from tests.conftest import on_box
from waboard import cli
from waboard.rules.model import Category, Template
from waboard.rules.pricing import RATE_CARD_COLUMNS, RateCardError
from waboard.scenario.loader import MAX_FILE_BYTES, ScenarioError, load_scenario
from waboard.service import InputError, Workspace
from waboard.settings import SETTINGS
from waboard.store import Store


@dataclass
class Env:
    workspace: Workspace
    ana: int
    tmp_path: Path
    capsys: Any
    request: Any


@dataclass(frozen=True)
class Refused:
    error: type[Exception]
    message: str


@dataclass(frozen=True)
class Exit2:
    message: str


@dataclass(frozen=True)
class RuleRefusal:
    code: int
    message: str


@dataclass(frozen=True)
class Stored:
    read: Callable[[Env, Any], str]  # the stored text, read back from the database
    value: str


@dataclass(frozen=True)
class Case:
    id: str
    enter: Callable[[Env], Any]
    expect: Refused | Exit2 | RuleRefusal | Stored


CASES: list[Case] = []


def row(id_: str, expect: Refused | Exit2 | RuleRefusal | Stored) -> Callable:
    def add(enter: Callable[[Env], Any]) -> Callable[[Env], Any]:
        CASES.append(Case(id_, enter, expect))
        return enter
    return add


# Phone numbers: the service (add and edit) and scenario files

PHONES = [
    ("empty", "", "Enter a phone number, with + and the country code"),
    ("blank", "   ", "Enter a phone number"),
    ("words", "five five five", "'five five five' contains letters"),
    ("letters", "+52 55 ABCD 5678", "contains letters: use digits only"),
    ("extension", "+52 55 1234 5678 ext. 12", "contains letters"),
    ("too_short", "+52 55 1234 567", "'+52 55 1234 567' is too short for Mexico"),
    ("no_country_code", "55 1234 5678", "'55 1234 5678' has no country code"),
    ("invalid_for_region", "+34 123 456 789", "'+34 123 456 789' is not a valid number for "
     "Spain"),
    ("invalid_for_code", "+1 555 0100", "is not a valid number for country code +1"),
    ("unknown_country_code", "+999 555 0100", "is not a phone number: unknown country code"),
    ("too_long", "+52 55 1234 5678 9012 3456", "is not a phone number: too long"),
    ("plus_only", "+", "'+' is not a phone number"),
]
for label, phone, message in PHONES:
    row(f"phone-add-{label}", Refused(InputError, message))(
        lambda e, p=phone: e.workspace.add_customer("Bo", p))
    row(f"phone-edit-{label}", Refused(InputError, message))(
        lambda e, p=phone: e.workspace.edit_customer(e.ana, "Ana", p, True))


# Names and message texts: refused

TOO_LONG_NAME = "N" * 5000
TOO_LONG_TEXT = "T" * 5000
NAMES = [
    ("empty", "", "Enter the customer's name"),
    ("blank", " \t\n ", "Enter the customer's name"),
    ("5000_chars", TOO_LONG_NAME, "The name is 5,000 characters; keep it under 128"),
    ("129_chars", "N" * 129, "The name is 129 characters; keep it under 128"),
    ("nul", "Ana\x00López", "The name contains a NUL character"),
]
for label, name, message in NAMES:
    row(f"name-add-{label}", Refused(InputError, message))(
        lambda e, n=name: e.workspace.add_customer(n, "+52 55 8765 4321"))
    row(f"name-edit-{label}", Refused(InputError, message))(
        lambda e, n=name: e.workspace.edit_customer(e.ana, n, "+52 55 1234 5678", True))

TEXTS = [
    ("empty", "", "The message is empty"),
    ("blank", "  \n\t ", "The message is empty"),
    ("5000_chars", TOO_LONG_TEXT, "The message is 5,000 characters; the limit is 4,096"),
    ("4097_chars", "T" * 4097, "The message is 4,097 characters; the limit is 4,096"),
    ("nul", "Hola\x00", "The message contains a NUL character"),
]
for label, text, message in TEXTS:
    row(f"text-send-{label}", Refused(InputError, message))(
        lambda e, t=text: e.workspace.send_text(e.ana, t))
    row(f"text-customer-{label}", Refused(InputError, message))(
        lambda e, t=text: e.workspace.customer_message(e.ana, t))


# Names and texts that are text like any other: accepted, stored byte for byte

HOSTILE = [
    ("emoji", "¡Hola! 🎉👍🏽 👨‍👩‍👧‍👦 🇲🇽"),
    ("rtl_arabic_hebrew", "مرحبا، طلبي رقم ١٢٣ — שלום"),
    ("zero_width", "A\u200bn\u200ca\u200d\u2060\ufeff"),
    ("bidi_override", "\u202eevil\u202c txt"),
    ("html", "<b>x</b><script>alert(1)</script><img src=x onerror=alert(1)>"),
    ("sql", "Robert'); DROP TABLE customers;--"),
    ("sql_quote", "' OR '1'='1"),
    ("combining", "e\u0301\u0301\u0301 Zalgo̷̢"),
    ("control", "bell\x07 esc\x1b[31m"),
]


def customer_name(e: Env, customer_id: int) -> str:
    return e.workspace.store.customer(customer_id).name


def last_text(e: Env, _result: Any) -> str:
    return e.workspace.store.last_message(e.ana).text


def open_window_then_send(e: Env, text: str) -> Any:
    e.workspace.customer_message(e.ana, "Hola")
    result = e.workspace.send_text(e.ana, text)
    assert result.outcome.accepted
    return result


for label, value in [*HOSTILE, ("128_chars", "n" * 128)]:
    row(f"name-add-accepts-{label}", Stored(customer_name, value))(
        lambda e, v=value: e.workspace.add_customer(v, "+52 55 8765 4321"))
    row(f"name-edit-accepts-{label}", Stored(lambda e, _: customer_name(e, e.ana), value))(
        lambda e, v=value: e.workspace.edit_customer(e.ana, v, "+52 55 1234 5678", True))
for label, value in [*HOSTILE, ("4096_chars", "t" * 4096)]:
    row(f"text-customer-accepts-{label}", Stored(last_text, value))(
        lambda e, v=value: e.workspace.customer_message(e.ana, v))
    row(f"text-send-accepts-{label}", Stored(last_text, value))(
        lambda e, v=value: open_window_then_send(e, v))
for label, value in HOSTILE:
    row(f"param-accepts-{label}", Stored(
        lambda e, _: e.workspace.store.last_message(e.ana).params[0], value))(
        lambda e, v=value: e.workspace.send_template(e.ana, "order_update", "es_MX",
                                                     [v, "A-17"]))
    row(f"template-body-accepts-{label}", Stored(
        lambda e, _: e.workspace.store.template("hostile", "en_US").body, f"{value} {{{{1}}}}"))(
        lambda e, v=value: e.workspace.add_template(
            Template("hostile", "en_US", Category.UTILITY, f"{v} {{{{1}}}}")))
    row(f"consent-text-accepts-{label}", Stored(
        lambda e, _: e.workspace.store.consent_events(e.ana)[-1].text, value))(
        lambda e, v=value: e.workspace.opt_out(e.ana, source="reply", text=v))


# Template bodies (and the other template fields)

BODIES = [
    ("unbalanced_open", "Hola {{1}, tu pedido", "body: unbalanced '{{' or '}}'"),
    ("unbalanced_close", "Hola {1}} y {{2}}", "body: unbalanced '{{' or '}}'"),
    ("stray_braces", "Hola {{nombre}}", "body: unbalanced '{{' or '}}'"),
    ("zero", "Tu código es {{0}}", "body: parameters are numbered from {{1}}, not {{0}}"),
    ("gap", "{{1}} y {{3}}", "body: parameters must run from {{1}} without gaps; missing {{2}}"),
    ("gaps", "{{2}} {{5}}", "body: parameters must run from {{1}} without gaps; missing {{1}}, "
     "{{3}}, {{4}}"),
    ("1025_chars", "B" * 1025, "body: 1,025 characters, over 1,024"),
    ("empty", "  ", "body: must not be empty"),
    ("nul", "Hola\x00{{1}}", "body: contains a NUL character"),
]
for label, body, message in BODIES:
    row(f"template-add-{label}", Refused(InputError, f"Template 'x': {message}"))(
        lambda e, b=body: e.workspace.add_template(Template("x", "en_US", Category.UTILITY, b)))
    row(f"template-edit-{label}", Refused(InputError, f"Template 'order_update': {message}"))(
        lambda e, b=body: e.workspace.edit_template(
            ("order_update", "es_MX"), Template("order_update", "es_MX", Category.UTILITY, b)))

TEMPLATE_FIELDS = [
    ("name_spaces", Template("Order Update", "en_US", Category.UTILITY, "Hi"),
     "name 'Order Update': use lowercase letters, digits and underscores only"),
    ("name_html", Template("<b>x</b>", "en_US", Category.UTILITY, "Hi"), "name '<b>x</b>'"),
    ("language", Template("x", "spanish", Category.UTILITY, "Hi"),
     "language 'spanish': expected a code like en_US"),
    ("header_params", Template("x", "en_US", Category.UTILITY, "Hi", header="Hi {{1}}"),
     "header: parameters are allowed in the body only"),
    ("footer_61", Template("x", "en_US", Category.UTILITY, "Hi", footer="f" * 61),
     "footer: 61 characters, over 60"),
    ("empty_button", Template("x", "en_US", Category.UTILITY, "Hi", buttons=(" ",)),
     "button 1: label must not be empty"),
    ("duplicate", Template("order_update", "es_MX", Category.UTILITY, "Hi"), "already exists"),
]
for label, template, message in TEMPLATE_FIELDS:
    row(f"template-{label}", Refused(InputError, message))(
        lambda e, t=template: e.workspace.add_template(t))
row("template-body-accepts-1024_chars", Stored(
    lambda e, _: e.workspace.store.template("long", "en_US").body, "{{1}}" + "b" * 1019))(
    lambda e: e.workspace.add_template(
        Template("long", "en_US", Category.UTILITY, "{{1}}" + "b" * 1019)))


# Template parameters: the platform's refusals, stored as failed sends

PARAMS = [
    ("missing_all", [], 132000, "order_update takes 2, 0 given"),
    ("missing_one", ["Ana"], 132000, "order_update takes 2, 1 given"),
    ("extra", ["Ana", "A-17", "gracias"], 132000, "order_update takes 2, 3 given"),
    ("newline", ["Ana\nLópez", "A-17"], 132000, "Parameter 1 contains a new line"),
    ("crlf", ["Ana", "A-17\r\n"], 132000, "Parameter 2 contains a new line"),
    ("tab", ["Ana", "A\t17"], 132000, "Parameter 2 contains a new line, a tab"),
    ("five_spaces", ["Ana     López", "A-17"], 132000, "more than 4 spaces in a row"),
    ("empty", ["", "A-17"], 132000, "Parameter 1 is empty"),
    ("blank", ["Ana", "   "], 132000, "Parameter 2 is empty"),
    ("renders_too_long", ["p" * 1100, "A-17"], 132005, "over 1,024"),
]
for label, params, code, message in PARAMS:
    row(f"params-{label}", RuleRefusal(code, message))(
        lambda e, p=params: e.workspace.send_template(e.ana, "order_update", "es_MX", p))
row("params-nul", Refused(InputError, "a template parameter contains a NUL character"))(
    lambda e: e.workspace.send_template(e.ana, "order_update", "es_MX", ["Ana\x00", "A-17"]))
row("params-not_text", Refused(InputError, "template parameters must be text"))(
    lambda e: e.workspace.send_template(e.ana, "order_update", "es_MX", [17, "A-17"]))
row("params-unknown_template", RuleRefusal(132001, "Template name does not exist"))(
    lambda e: e.workspace.send_template(e.ana, "<b>nope</b>", "es_MX", []))


# Scenario files: the loader says ScenarioError; `waboard run` exits 2 with it on stderr

BASE = {
    "name": "t", "start": "2023-06-05T09:00:00Z",
    "customers": [{"id": "ana", "name": "Ana", "phone": "+52 55 1234 5678", "opt_in": True}],
    "templates": [{"name": "upd", "category": "utility", "body": "Hi {{1}}"}],
    "steps": [
        {"after": "0s", "customer": "ana", "action": "customer_message", "text": "Hola"},
        {"after": "1h", "customer": "ana", "action": "send_template", "template": "upd",
         "params": ["Ana"]},
    ],
}
RATES = {"marketing": "0.0436", "utility": "0.0100", "authentication": "0.0100",
         "service": "0.0088"}
DELETE = object()


def scenario(path: str, value: Any) -> bytes:
    """BASE with the field at dotted `path` set to `value` (or deleted), as UTF-8 JSON."""
    data = json.loads(json.dumps(BASE))
    *parents, last = path.split(".")
    target = data
    for part in parents:
        target = target[int(part)] if isinstance(target, list) else target[part]
    key = int(last) if isinstance(target, list) else last
    if value is DELETE:
        del target[key]
    else:
        target[key] = value
    return json.dumps(data, ensure_ascii=False).encode("utf-8")


HUGE = b"HUGE"  # a sparse file one byte over the limit, made when the row runs

SCENARIO_FILES: list[tuple[str, bytes, str]] = [
    # not JSON
    ("not_json", b"name: Ana\nsteps: []\n", "not valid JSON (Expecting value at line 1"),
    ("empty_file", b"", "not valid JSON"),
    ("trailing_garbage", b'{"steps": []} and more', "not valid JSON (Extra data"),
    ("truncated", json.dumps(BASE).encode()[:-20], "not valid JSON"),
    ("not_an_object", b"[1, 2, 3]", "scenario: expected an object, got a list"),
    ("number_too_long", b'{"name": ' + b"9" * 5000 + b"}", "not valid JSON (Exceeds the limit"),
    ("nested_too_deep", b"[" * 100_000 + b"]" * 100_000, "nested too deeply"),
    # wrong encoding
    ("latin1", '{"name": "José"}'.encode("latin-1"), "not UTF-8 text (byte 0xe9 at offset 13)"),
    ("utf16", '{"name": "x"}'.encode("utf-16"), "not UTF-8 text (byte 0xff at offset 0)"),
    ("lone_surrogate", b'{"name": "\\ud800"}', "name: contains an unpaired surrogate"),
    # too big
    ("huge_over_16mb", HUGE, f"over the {MAX_FILE_BYTES:,} limit"),
    # wrong types
    ("name_number", scenario("name", 42), "name: expected a string, got a number"),
    ("customers_string", scenario("customers", "ana"), "customers: expected a list, got a string"),
    ("customer_string", scenario("customers.0", "ana"),
     "customers[0]: expected an object, got a string"),
    ("opt_in_number", scenario("customers.0.opt_in", 1),
     "customers[0].opt_in: expected true or false, got a number"),
    ("start_number", scenario("start", 20230605),
     "start: expected an ISO-8601 instant, got a number"),
    ("start_year_1", scenario("start", "0001-01-01T00:00:00Z"),
     "start: 0001-01-01T00:00:00Z is outside the years 1970 to 8999"),
    ("start_year_9999", scenario("start", "9999-12-31T23:00:00Z"), "is outside the years"),
    ("after_number", scenario("steps.0.after", 300), "steps[0].after: 300 is not a duration"),
    ("after_overflow", scenario("steps.1.after", "99999999999999d"), "is not a duration"),
    ("after_past_9000", scenario("steps.1.after", "3000000d"), "runs past the year 9000"),
    ("buttons_string", scenario("templates.0.buttons", "OK"),
     "templates[0].buttons: expected a list of labels"),
    ("params_string", scenario("steps.1.params", "Ana"),
     "steps[1].params: expected a list of strings"),
    ("steps_null", scenario("steps", None), "steps: expected a list, got null"),
    # unknown fields
    ("unknown_top", scenario("colour", "red"), "scenario.colour: unknown field"),
    ("unknown_customer", scenario("customers.0.email", "a@b.c"),
     "customers[0].email: unknown field"),
    ("unknown_template", scenario("templates.0.params", 1), "templates[0].params: unknown field"),
    ("field_of_another_action", scenario("steps.0.template", "upd"),
     "steps[0].template: unknown field for action 'customer_message'"),
    # values
    ("phone_letters", scenario("customers.0.phone", "+52 55 ABCD 5678"),
     "customers[0].phone: '+52 55 ABCD 5678' contains letters"),
    ("phone_invalid", scenario("customers.0.phone", "+34 123 456 789"),
     "customers[0].phone: '+34 123 456 789' is not a valid number for Spain"),
    ("name_nul", scenario("customers.0.name", "Ana\x00"), "customers[0].name: contains a NUL"),
    ("name_blank", scenario("customers.0.name", "  "), "customers[0].name: must not be empty"),
    ("name_200", scenario("customers.0.name", "n" * 200),
     "customers[0].name: 200 characters, over 128"),
    ("param_nul", scenario("steps.1.params", ["A\x00"]),
     "steps[1].params[0]: contains a NUL character"),
    ("text_nul", scenario("steps.0.text", "Hola\x00"), "steps[0].text: contains a NUL character"),
    ("text_5000", scenario("steps.0.text", TOO_LONG_TEXT), "steps[0].text: 5,000 characters"),
    ("body_unbalanced", scenario("templates.0.body", "Hi {{1}"), "templates[0].body: unbalanced"),
    ("body_zero", scenario("templates.0.body", "Hi {{0}}"), "templates[0].body: parameters are "
     "numbered from {{1}}"),
    ("body_gap", scenario("templates.0.body", "{{1}} {{3}}"), "missing {{2}}"),
    ("body_1025", scenario("templates.0.body", "b" * 1025), "templates[0].body: 1,025 characters"),
    # scenario rate cards
    ("rates_list", scenario("rates", []), "rates: expected an object, got a list"),
    ("rates_region", scenario("rates", {"Mexico": RATES}),
     "rates.Mexico: 'Mexico' is not an ISO 3166 region code"),
    ("rates_number", scenario("rates", {"MX": {**RATES, "service": 0.0088}}),
     "rates.MX.service: expected a decimal string, got 0.0088"),
    ("rates_text", scenario("rates", {"MX": {**RATES, "utility": "cheap"}}),
     "rates.MX.utility: 'cheap' is not a decimal amount"),
    ("rates_negative", scenario("rates", {"MX": {**RATES, "marketing": "-0.01"}}),
     "rates.MX.marketing: '-0.01' is not a non-negative amount"),
    ("rates_huge", scenario("rates", {"*": {**RATES, "marketing": "1e999999"}}),
     "rates.*.marketing: '1e999999' is over 1000"),
    ("rates_unknown", scenario("rates", {"MX": {**RATES, "sms": "0.01"}}),
     "rates.MX.sms: unknown field"),
    ("rates_missing", scenario("rates", {"MX": {"marketing": "0.04"}}),
     "rates.MX.utility: missing"),
]


def scenario_file(e: Env, content: bytes) -> Path:
    path = e.tmp_path / "scenario.json"
    if content is HUGE:
        with path.open("wb") as file:
            file.truncate(MAX_FILE_BYTES + 1)
    else:
        path.write_bytes(content)
    return path


def run_cli(e: Env, *args: str) -> tuple[int, str, str]:
    e.capsys.readouterr()
    code = cli.main(list(args))
    out, err = e.capsys.readouterr()
    return code, out, err


def run_scenario_file(e: Env, content: bytes) -> tuple[int, str, str]:
    target = e.tmp_path / "played.waboard"
    result = run_cli(e, "run", str(scenario_file(e, content)), "--db", str(target), "--json")
    assert not target.exists(), "an invalid scenario made a workspace file"
    return result


for label, content, message in SCENARIO_FILES:
    row(f"scenario-{label}", Refused(ScenarioError, message))(
        lambda e, c=content: load_scenario(scenario_file(e, c)))
    row(f"cli-run-{label}", Exit2(message))(lambda e, c=content: run_scenario_file(e, c))


def not_a_workspace(e: Env) -> tuple[int, str, str]:
    notes = e.tmp_path / "notes.txt"
    notes.write_text("my notes\n" * 100, encoding="utf-8")
    result = run_cli(e, "run", str(scenario_file(e, json.dumps(BASE).encode())), "--db",
                     str(notes))
    assert notes.read_text(encoding="utf-8") == "my notes\n" * 100
    return result


row("cli-run-db_not_a_workspace", Exit2("notes.txt is not a waboard database"))(
    not_a_workspace)
row("cli-run-missing_file", Exit2("nowhere.json: cannot be read"))(
    lambda e: run_cli(e, "run", str(e.tmp_path / "nowhere.json")))
row("cli-run-folder", Exit2("cannot be read"))(lambda e: run_cli(e, "run", str(e.tmp_path)))
row("cli-report-missing_db", Exit2("no such workspace file"))(
    lambda e: run_cli(e, "report", "--db", str(e.tmp_path / "none.waboard"), "--period",
                      "2023-06"))
row("cli-report-bad_period", Exit2("waboard report:"))(
    lambda e: run_cli(e, "report", "--db", str(e.workspace.store.path), "--period", "June"))


# Rate cards: CSV text into the workspace (RateCardError), and files through the dialog

HEADER = ",".join(RATE_CARD_COLUMNS)


def card(*rows: str, header: str = HEADER) -> str:
    return "\n".join([header, *rows]) + "\n"


GOOD_ROW = "Other,,0.06,0.01,0.03,0.02,USD,2023-06-01,test"


def huge_card() -> str:
    """A well-formed card of 400,000 markets: over 16 MB."""
    return card(*[GOOD_ROW.replace("Other", f"M{i}") for i in range(400_000)])


RATE_CARDS = [
    ("json", json.dumps({"Other": RATES}), "line 1: missing column(s) market, regions"),
    ("empty", "", "line 1: missing column(s)"),
    ("header_only", card(), "the rate card has no rows"),
    ("text_rate", card("Other,,0.06,cheap,0.03,0.02,USD,,"),
     "line 2, column utility: 'cheap' is not a decimal amount"),
    ("negative", card("Other,,-0.06,0.01,0.03,0.02,USD,,"),
     "line 2, column marketing: '-0.06' is not a non-negative amount"),
    ("nan", card("Other,,0.06,0.01,NaN,0.02,USD,,"), "'NaN' is not a non-negative amount"),
    ("huge_rate", card("Other,,0.06,0.01,0.03,2500,USD,,"),
     "line 2, column service: '2500' is over 1000"),
    ("missing_value", card("Other,,0.06,0.01"),
     "line 2, column authentication: expected a decimal string"),
    ("extra_value", card(GOOD_ROW + ",surprise"), "line 2: more values than the 9 columns"),
    ("unknown_column", card(GOOD_ROW + ",", header=HEADER + ",notes"),
     "line 1: unknown column(s) 'notes'"),
    ("duplicate_market", card(GOOD_ROW, GOOD_ROW), "line 3, column market: 'Other' appears "
     "twice"),
    ("empty_market", card(",MX,0.06,0.01,0.03,0.02,USD,,"), "line 2, column market: empty"),
    ("huge_field", card("Other,," + "1" * 200_000 + ",0.01,0.03,0.02,USD,,"),
     "not a readable CSV file (field larger than field limit"),
    ("huge_over_16mb", lambda: huge_card(), "characters, over the 16,777,216 limit"),
]
for label, text, message in RATE_CARDS:
    row(f"rate_card-{label}", Refused(RateCardError, message))(
        lambda e, t=text: e.workspace.set_rate_card(t() if callable(t) else t))

RATE_CARD_FILES = [
    ("latin1", card("México,MX,0.04,0.01,0.03,0.02,USD,,").encode("latin-1"),
     "not UTF-8 text"),
    ("utf16", card(GOOD_ROW).encode("utf-16"), "not UTF-8 text"),
    ("not_text", bytes(range(256)) * 4, "not UTF-8 text"),
    ("json", json.dumps({"Other": RATES}).encode(), "line 1: missing column(s)"),
    ("huge_over_16mb", lambda: huge_card().encode(), "over the 16,777,216 limit"),
]


def import_rate_card_file(e: Env, content: bytes) -> None:
    """The rate card dialog's Import CSV…: a bad file is a warning, and nothing changes."""
    from waboard.ui.billing.rate_card_dialog import RateCardDialog

    e.request.getfixturevalue("qtbot")
    monkeypatch = e.request.getfixturevalue("monkeypatch")
    warnings: list[str] = []
    on_box(monkeypatch, lambda parent, title, text, *a: warnings.append(text))
    path = e.tmp_path / "card.csv"
    path.write_bytes(content() if callable(content) else content)
    dialog = RateCardDialog(e.workspace)
    try:
        assert dialog.import_csv(path) is False
    finally:
        dialog.deleteLater()
    [warning] = warnings
    assert "The rate card in use has not changed" in warning
    raise RateCardError(warning)


for label, content, message in RATE_CARD_FILES:
    row(f"rate_card_file-{label}", Refused(RateCardError, message))(
        lambda e, c=content: import_rate_card_file(e, c))


# The table


def snapshot(workspace: Workspace) -> tuple:
    store = workspace.store
    return (store.customers(), list(store.all_messages()), store.conversations(),
            store.templates(), [setting.read(store) for setting in SETTINGS])


@pytest.fixture
def env(workspace, ana, tmp_path, capsys, request) -> Env:
    return Env(workspace, ana, tmp_path, capsys, request)


def test_the_table_covers_every_entry_point():
    kinds = {case.id.split("-")[0] for case in CASES}
    assert kinds >= {"phone", "name", "text", "template", "params", "scenario", "cli",
                     "rate_card", "rate_card_file", "param", "consent"}
    assert len({case.id for case in CASES}) == len(CASES)


@pytest.mark.parametrize("case", CASES, ids=[case.id for case in CASES])
def test_bad_input(case: Case, env: Env):
    workspace = env.workspace
    before = snapshot(workspace)
    expect = case.expect
    if isinstance(expect, Refused):
        with pytest.raises(expect.error) as error:
            case.enter(env)
        assert type(error.value) is expect.error or expect.error is RateCardError
        assert expect.message in str(error.value), str(error.value)[:300]
        assert "\n" not in str(error.value).strip() or isinstance(error.value, RateCardError)
        assert snapshot(workspace) == before
    elif isinstance(expect, Exit2):
        code, out, err = case.enter(env)
        assert (code, out) == (2, ""), err
        assert expect.message in err, err[:300]
        assert err.count("\n") == 1 and "Traceback" not in err
        assert snapshot(workspace) == before
    elif isinstance(expect, RuleRefusal):
        result = case.enter(env)
        assert not result.outcome.accepted
        assert result.outcome.refusal.code == expect.code
        assert expect.message in result.outcome.refusal.message
        stored = workspace.store.last_message(env.ana)
        assert stored.id == result.message_id
        assert (stored.status, stored.error_code, stored.charge) == ("failed", expect.code, 0)
        assert workspace.store.conversations() == before[2]
        assert len(list(workspace.store.all_messages())) == len(before[1]) + 1
    else:
        result = case.enter(env)
        stored = expect.read(env, result)
        assert stored.encode("utf-8") == expect.value.encode("utf-8")
        path = workspace.store.path
        workspace.store.close()
        with Store.open(path) as reopened:  # byte-exact in the file too, not just a cache
            again = Workspace(reopened)
            env_again = Env(again, env.ana, env.tmp_path, env.capsys, env.request)
            assert expect.read(env_again, result).encode("utf-8") == expect.value.encode()
            assert reopened.integrity_ok()
        workspace.store = Store.open(path)  # for the fixture to close
