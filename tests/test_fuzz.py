"""Fuzzing the two doors bad data comes in by.

The scenario loader gets arbitrary JSON-like values, arbitrary bytes and mutated valid
scenarios: each is a Scenario or a ScenarioError, never another exception; and a scenario it
accepts also plays, into a sound store.

The workspace service gets random sequences of calls with random text, phones and
parameters: each call returns or raises InputError, nothing else; afterwards the store is
sound and every call that was accepted is in it.
"""

from __future__ import annotations

import json
from datetime import timedelta
from typing import Any

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from waboard.clock import ClockSetting
from waboard.resources import DEMO_WORKSPACE, resource, resources_dir
from waboard.rules.instants import parse_instant
from waboard.rules.model import Category, Regime, Template, TemplateStatus
from waboard.scenario.loader import Scenario, ScenarioError, parse_scenario
from waboard.scenario.runner import play
from waboard.service import InputError, Workspace
from waboard.settings import CLOCK
from waboard.store import Store

FUZZ = settings(max_examples=int(__import__("os").environ.get("FUZZ_EXAMPLES", 150)), deadline=None,
                suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])

# Values that mean something somewhere in a scenario, so mutations reach deep checks.
MEANINGFUL = st.sampled_from([
    "0s", "5m", "25h", "2d", "1h30m", "-1h", "1e3s", "99999999999999d", "3000000d", "",
    "2023-06-05T09:00:00Z", "2023-06-05T09:00:00+14:00", "1969-12-31T23:59:59Z",
    "8999-12-31T23:59:59Z", "9999-12-31T23:59:59Z", "yesterday",
    "+52 55 1234 5678", "+1 555 0100", "+34 123 456 789", "abc", "+",
    "customer_message", "send_text", "send_template", "opt_in", "opt_out", "wait", "ana",
    "utility", "marketing", "authentication", "service", "approved", "paused", "disabled",
    "es_MX", "en_US", "ctwa_ad", "page_cta", "cbp-2023-06", "pmp-2025-07",
    "Hi {{1}}", "{{1}} {{3}}", "{{0}}", "Hi {{1}", "x" * 1025, "x" * 4097, "\x00", "\ud800",
    "0.0436", "-1", "NaN", "1e9", "MX", "*", "<b>x</b>", "'); DROP TABLE customers;--",
])
SCALARS = (st.none() | st.booleans() | st.integers() | st.floats() | st.text(max_size=30)
           | MEANINGFUL)
JSONISH = st.recursive(
    SCALARS,
    lambda children: st.lists(children, max_size=5)
    | st.dictionaries(st.text(max_size=12) | MEANINGFUL, children, max_size=5),
    max_leaves=30,
)


def parsed(data: bytes | str) -> Scenario | None:
    """The loader's verdict; the test fails on any exception but ScenarioError."""
    try:
        return parse_scenario(data, "fuzz.json")
    except ScenarioError as error:
        assert str(error) and "\n" not in str(error)
        return None


def plays(scenario: Scenario) -> None:
    store = Store.open(None)
    try:
        play(scenario, store)
        assert store.integrity_ok()
    finally:
        store.close()


@FUZZ
@given(JSONISH)
def test_any_json_value_is_a_scenario_or_a_scenario_error(value):
    scenario = parsed(json.dumps(value))
    if scenario is not None:
        plays(scenario)


@FUZZ
@given(st.binary(max_size=300))
def test_any_bytes_are_a_scenario_or_a_scenario_error(data):
    parsed(data)


SMALL = {  # few locations, so that random edits land on each field often
    "name": "small", "start": "2023-06-05T09:00:00Z", "pricing": "cbp-2023-06",
    "rates": {"MX": {"marketing": "0.0436", "utility": "0.0100", "authentication": "0.0100",
                     "service": "0.0088"}},
    "customers": [{"id": "ana", "name": "Ana", "phone": "+52 55 1234 5678", "opt_in": True,
                   "reachable": True}],
    "templates": [{"name": "upd", "language": "es_MX", "category": "utility",
                   "status": "approved", "body": "Hi {{1}}", "header": "H", "footer": "F",
                   "buttons": ["OK"]}],
    "steps": [
        {"after": "0s", "customer": "ana", "action": "customer_message", "text": "Hola",
         "referral": "ctwa_ad"},
        {"after": "5m", "customer": "ana", "action": "send_text", "text": "Hi"},
        {"at": "2023-06-06T09:00:00Z", "customer": "ana", "action": "send_template",
         "template": "upd", "language": "es_MX", "params": ["Ana"]},
        {"after": "1h", "customer": "ana", "action": "opt_out"},
    ],
}
VALID = [SMALL, SMALL, SMALL, json.loads(resource(DEMO_WORKSPACE).read_text(encoding="utf-8"))] + [
    json.loads(path.read_text(encoding="utf-8"))
    for path in sorted((resources_dir() / "scenarios").glob("*.json"))
]


def paths(value: Any, prefix: tuple = ()) -> list[tuple]:
    """Every location in a JSON document, as a tuple of keys and indexes."""
    found = [prefix]
    if isinstance(value, dict):
        for key, item in value.items():
            found += paths(item, (*prefix, key))
    elif isinstance(value, list):
        for index, item in enumerate(value):
            found += paths(item, (*prefix, index))
    return found


@st.composite
def mutated(draw) -> Any:
    """A valid scenario with a few random edits: replace, delete, add or duplicate."""
    document = json.loads(json.dumps(draw(st.sampled_from(VALID))))
    for _ in range(draw(st.integers(1, 4))):
        where = draw(st.sampled_from(paths(document)))
        if not where:
            continue
        *parent_path, last = where
        parent = document
        for step in parent_path:
            parent = parent[step]
        operation = draw(st.sampled_from(["replace", "replace", "delete", "add", "copy"]))
        if operation == "replace":
            parent[last] = draw(JSONISH)
        elif operation == "delete":
            del parent[last]
        elif operation == "add" and isinstance(parent, dict):
            parent[draw(st.text(max_size=8) | MEANINGFUL)] = draw(JSONISH)
        elif operation == "copy" and isinstance(parent, list):
            parent.insert(draw(st.integers(0, len(parent))), json.loads(json.dumps(parent[last])))
    return document


@settings(FUZZ, max_examples=FUZZ.max_examples * 2)
@given(mutated())
def test_mutated_valid_scenarios_are_scenarios_or_scenario_errors(document):
    scenario = parsed(json.dumps(document))
    if scenario is not None:
        plays(scenario)


@FUZZ
@given(st.sampled_from(VALID[2:]), st.data())
def test_damaged_scenario_bytes_are_scenarios_or_scenario_errors(document, data):
    raw = bytearray(json.dumps(document, ensure_ascii=False).encode("utf-8"))
    for _ in range(data.draw(st.integers(1, 5))):
        index = data.draw(st.integers(0, len(raw) - 1))
        if data.draw(st.booleans()):
            raw[index] = data.draw(st.integers(0, 255))
        else:
            del raw[index:index + data.draw(st.integers(1, 40))]
    scenario = parsed(bytes(raw))
    if scenario is not None:
        plays(scenario)


# The service

HOSTILE = ["🎉👍🏽", "مرحبا שלום", "a\u200bb\ufeff", "<b>x</b>", "'); DROP TABLE messages;--",
           "\x00", "", "   ", "line\nbreak", "tab\there", "x" * 4096, "x" * 4097, "n" * 129]
TEXT = st.text(max_size=40) | st.sampled_from(HOSTILE)
PHONES = st.sampled_from([
    "+52 55 1234 5678", "+52 1 55 8765 4321", "+55 11 91234 5678", "+44 7911 123456",
    "+1 415 555 2671", "+91 98765 43210", "", "abc", "5512345678", "+52 55", "+1 555 0100",
    "+999 555 0100",
]) | st.text(alphabet="+0123456789 -()x", max_size=20)
PARAMS = st.lists(TEXT, max_size=4)
TEMPLATES = [("order_update", "es_MX"), ("spring_sale", "es_MX"), ("login", "en_US"),
             ("paused_one", "en_US"), ("nope", "en_US")]
AT = st.none() | st.integers(0, 4 * 24 * 3600).map(lambda s: timedelta(seconds=s))


def call(draw) -> tuple:
    """One random call: (name, arguments)."""
    kind = draw(st.sampled_from([
        "add_customer", "edit_customer", "customer_message", "send_text", "send_template",
        "opt_in", "opt_out", "wait", "add_template", "mark_read", "jump", "set_regime",
        "set_template_status",
    ]))
    who = draw(st.integers(0, 5))
    if kind == "add_customer":
        return kind, (draw(TEXT), draw(PHONES), draw(st.booleans()))
    if kind == "edit_customer":
        return kind, (who, draw(TEXT), draw(PHONES), draw(st.booleans()))
    if kind in ("customer_message", "send_text"):
        return kind, (who, draw(TEXT), draw(st.sampled_from([None, "ctwa_ad", "page_cta"])),
                      draw(AT))
    if kind == "send_template":
        return kind, (who, draw(st.sampled_from(TEMPLATES)), draw(PARAMS), draw(AT))
    if kind in ("opt_in", "opt_out", "wait", "mark_read"):
        return kind, (who, draw(TEXT), draw(AT))
    if kind == "add_template":
        body = draw(TEXT | st.sampled_from(["Hi {{1}}", "{{1}} {{2}}", "{{1}} {{3}}", "{{0}}",
                                            "Hi {{1}", "b" * 1025]))
        return kind, (draw(st.text("abcxyz_", min_size=1, max_size=6) | TEXT), body,
                      draw(st.sampled_from(list(Category)[:3])))
    if kind == "jump":
        return kind, (timedelta(seconds=draw(st.integers(-60, 3 * 24 * 3600))),)
    if kind == "set_regime":
        return kind, (draw(st.sampled_from(list(Regime))),)
    return kind, (draw(st.sampled_from(TEMPLATES)), draw(st.sampled_from(list(TemplateStatus))))


CALLS = st.lists(st.composite(lambda draw: call(draw))(), min_size=1, max_size=25)


def fresh_workspace() -> Workspace:
    store = Store.open(None)
    CLOCK.write(store, ClockSetting(parse_instant("2025-03-03T08:00:00Z")))
    workspace = Workspace(store)
    workspace.add_template(Template("order_update", "es_MX", Category.UTILITY,
                                    "Hola {{1}}, tu pedido {{2}} va en camino."))
    workspace.add_template(Template("spring_sale", "es_MX", Category.MARKETING, "¡{{1}}!"))
    workspace.add_template(Template("login", "en_US", Category.AUTHENTICATION, "Code {{1}}"))
    workspace.add_template(Template("paused_one", "en_US", Category.MARKETING, "Hi",
                                    TemplateStatus.PAUSED))
    workspace.add_customer("Ana López", "+52 55 1234 5678", key="ana", opt_in=True)
    return workspace


def perform(workspace: Workspace, kind: str, args: tuple) -> Any:
    ids = [c.id for c in workspace.customers()]
    if kind == "add_customer":
        name, phone, opt_in = args
        return workspace.add_customer(name, phone, opt_in=opt_in)
    if kind in ("jump", "set_regime"):
        return getattr(workspace, kind)(*args)
    if kind == "add_template":
        name, body, category = args
        return workspace.add_template(Template(name, "en_US", category, body))
    if kind == "set_template_status":
        return workspace.set_template_status(*args)
    who, *rest = args
    customer = ids[who % len(ids)]
    if kind == "edit_customer":
        workspace.edit_customer(customer, *rest)
        return customer
    at = rest[-1] if rest and isinstance(rest[-1], timedelta | type(None)) else None
    when = workspace.now() + at if at is not None else None
    if kind == "customer_message":
        return workspace.customer_message(customer, rest[0], rest[1], at=when)
    if kind == "send_text":
        return workspace.send_text(customer, rest[0], at=when)
    if kind == "send_template":
        (name, language), params = rest[0], rest[1]
        return workspace.send_template(customer, name, language, params, at=when)
    if kind == "mark_read":
        return workspace.mark_read(customer)
    if kind in ("opt_in", "opt_out"):
        return getattr(workspace, kind)(customer, at=when, source="fuzz", text=rest[0])
    return workspace.wait(customer, at=when)


@FUZZ
@given(CALLS)
def test_random_service_calls_return_or_refuse_and_keep_the_store_sound(calls):
    workspace = fresh_workspace()
    accepted: dict[int, Any] = {}
    customers: dict[int, str] = {}
    try:
        for kind, args in calls:
            try:
                result = perform(workspace, kind, args)
            except InputError as error:
                assert str(error) and "Traceback" not in str(error)
                continue
            if kind == "add_customer":
                customers[result] = args[0].strip()
            elif kind == "edit_customer":
                customers[result] = args[1].strip()
            elif getattr(result, "message_id", None) is not None:
                text = args[1] if kind in ("customer_message", "send_text") else None
                accepted[result.message_id] = (result, text)
        store = workspace.store
        assert store.integrity_ok()
        stored = {m.id: m for m in store.all_messages()}
        for message_id, (result, text) in accepted.items():
            message = stored[message_id]
            assert (message.customer_id, message.at) == (result.customer_id, result.at)
            assert message.accepted == result.outcome.accepted or message.direction != "out"
            assert text is None or message.text == text
        for customer_id, name in customers.items():
            assert store.customer(customer_id).name == name
        assert CLOCK.read(store).at <= workspace.now()
    finally:
        workspace.store.close()
