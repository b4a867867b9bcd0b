"""`waboard run`: the teaching scenarios, the worked example, and invalid files."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from waboard.cli import main
from waboard.resources import resource
from waboard.scenario.loader import load_scenario
from waboard.scenario.runner import start_workspace
from waboard.settings import SETTINGS
from waboard.store import Store

SCENARIOS = sorted(resource("scenarios").glob("*.json"))


def run(capsys, *args: str) -> tuple[int, str, str]:
    code = main(["run", *map(str, args)])
    out, err = capsys.readouterr()
    return code, out, err


def test_there_are_teaching_scenarios():
    assert len(SCENARIOS) >= 8


@pytest.mark.parametrize("scenario", SCENARIOS, ids=lambda p: p.stem)
def test_scenario_output_is_exactly_the_expected(capsys, scenario: Path):
    code, out, err = run(capsys, scenario, "--json")
    expected = scenario.with_name(scenario.stem + ".expected.jsonl").read_text(encoding="utf-8")
    assert (code, err) == (0, "")
    assert out == expected


def test_worked_example_of_the_rules(capsys):
    code, out, _ = run(capsys, resource("scenarios/02-worked-example.json"), "--json")
    lines = [json.loads(line) for line in out.splitlines()]
    steps, summary = lines[:-1], lines[-1]["summary"]
    assert code == 0
    marketing, customer, joined, utility, ended, joins_utility, refused = steps
    assert marketing["conversation"] == {"category": "marketing", "opened": True,
                                         "expires": "2023-06-06T00:00:00Z", "free": False}
    assert marketing["charge"]["amount"] == "0.0436"
    assert customer["window"] == {"open": True, "expires": "2023-06-06T04:00:00Z"}
    assert joined["conversation"]["category"] == "marketing"
    assert joined["conversation"]["opened"] is False
    assert joined["charge"]["amount"] == "0.0000"
    assert utility["conversation"]["expires"] == "2023-06-06T06:00:00Z"
    assert utility["charge"]["amount"] == "0.0100"
    assert ended["conversation"] is None
    assert joins_utility["conversation"]["category"] == "utility"
    assert joins_utility["charge"]["amount"] == "0.0000"
    assert refused["accepted"] is False
    assert refused["error"]["code"] == 131047
    assert refused["error"]["reason"] == "window_closed"
    assert summary == {"conversations": {"marketing": 1, "utility": 1, "authentication": 0,
                                         "service": 0, "free_entry_point": 0},
                       "charged": {"amount": "0.0536", "currency": "USD"}, "refused": 1}


def test_table_output_has_a_row_per_step_and_a_summary(capsys):
    code, out, _ = run(capsys, resource("scenarios/02-worked-example.json"))
    assert code == 0
    assert "refused 131047 window_closed" in out
    assert "Charged: $0.0536 USD" in out
    assert len([line for line in out.splitlines() if "2023-06-0" in line[:20]]) >= 7


def test_db_keeps_the_played_workspace(capsys, tmp_path):
    db = tmp_path / "played.waboard"
    code, _, _ = run(capsys, resource("scenarios/04-free-entry-point.json"), "--db", db)
    assert code == 0
    with Store.open(db) as store:
        assert store.customer_count() == 2
        assert store.message_count() == 8
    code, out, err = run(capsys, resource("scenarios/04-free-entry-point.json"), "--db", db)
    assert code == 2 and out == ""
    assert "already holds a workspace" in err


BASE = {
    "name": "t", "start": "2023-06-05T09:00:00Z",
    "customers": [{"id": "ana", "name": "Ana", "phone": "+52 55 1234 5678", "opt_in": True}],
    "templates": [{"name": "upd", "category": "utility", "body": "Hi {{1}}"}],
    "steps": [
        {"after": "0s", "customer": "ana", "action": "customer_message", "text": "Hola"},
        {"after": "5m", "customer": "ana", "action": "send_text", "text": "Hi"},
        {"after": "1h", "customer": "ana", "action": "wait"},
        {"after": "1h", "customer": "ana", "action": "send_template", "template": "upd",
         "params": ["Ana"]},
    ],
}


def variant(path: str, value: object) -> dict:
    data = json.loads(json.dumps(BASE))
    target = data
    *parents, last = path.split(".")
    for part in parents:
        target = target[int(part)] if isinstance(target, list) else target[part]
    if value is KeyError:
        del target[int(last) if isinstance(target, list) else last]
    elif isinstance(target, list):
        target[int(last)] = value
    else:
        target[last] = value
    return data


PREFIX = "waboard run: "
INVALID = [
    (variant("steps.3.after", "25x"), 'steps[3].after: "25x" is not a duration'),
    (variant("steps.1.action", "send_fax"), "steps[1].action: 'send_fax' is not one of"),
    (variant("steps.1.customer", "bob"), "steps[1].customer: no customer with id 'bob'"),
    (variant("steps.1.text", 42), "steps[1].text: expected a string, got a number"),
    (variant("steps.1.text", ""), "steps[1].text: must not be empty"),
    (variant("steps.1.text", "x" * 4097), "steps[1].text: 4,097 characters, over 4,096"),
    (variant("steps.1.colour", "red"), "steps[1].colour: unknown field"),
    (variant("steps.3.params", [1]), "steps[3].params[0]: expected a string, got a number"),
    (variant("steps.2", {"at": "2023-06-01T00:00:00Z", "customer": "ana", "action": "wait"}),
     "steps[2].at: 2023-06-01T00:00:00Z is earlier than the previous step"),
    (variant("steps.0.after", KeyError), "steps[0]: needs after (a duration) or at"),
    (variant("customers.0.phone", "12345"), "customers[0].phone: '12345' has no country code"),
    (variant("customers.0.opt_in", "yes"), "customers[0].opt_in: expected true or false"),
    (variant("templates.0.body", "Hi {{1}} {{3}}"), "templates[0].body: parameters must run "
     "from {{1}} without gaps; missing {{2}}"),
    (variant("templates.0.category", "sales"), "templates[0].category: 'sales' is not one of"),
    (variant("pricing", "cbp-1999"), "pricing: 'cbp-1999' is not one of"),
    (variant("start", "yesterday"), 'start: "yesterday" is not an ISO-8601 instant'),
    (variant("rates", {"MX": {"marketing": "x"}}), "rates.MX.marketing: 'x' is not a decimal"),
    (variant("steps", {}), "steps: expected a list, got an object"),
    (variant("steps", []), "steps: missing or empty; a scenario needs at least one step"),
    (variant("steps", KeyError), "steps: missing or empty"),
    ([], "scenario: expected an object, got a list"),
    # Dates, accounts and changes over time
    (variant("pricing", "pmp-2027-01"), "pricing: 'pmp-2027-01' is not one of"),
    (variant("account", {"timezone": "Mars/Olympus"}),
     "account.timezone: 'Mars/Olympus' is not a time zone"),
    (variant("account", {"currency": "XBT"}), "account.currency: 'XBT' is not one of USD"),
    (variant("account", {"country": "Mexico"}), "account.country: 'Mexico' is not an ISO"),
    (variant("account", {"marketing_limit_per_24h": -1}),
     "account.marketing_limit_per_24h: -1 is negative"),
    (variant("account", {"auth_international_from": "soon"}),
     'account.auth_international_from: "soon" is not an ISO-8601 instant'),
    (variant("account", {"region": "MX"}), "account.region: unknown field"),
    (variant("rates", {"MX": {"marketing": "0.04", "utility": "0.01", "authentication": "0.01",
                              "service": "0", "tiers": {"utility": [[1, "0.01"], [1, "0.008"]]}}}),
     "rates.MX.tiers.utility[1]: bands out of order (1 after 1)"),
    (variant("rates", {"MX": {"marketing": "0.04", "utility": "0.01", "authentication": "0.01",
                              "service": "0", "tiers": {"utility": [[5, "0.01"]]}}}),
     "rates.MX.tiers.utility[0]: the first band starts at message 1, not 5"),
    (variant("rates", {"MX": {"marketing": "0.04", "utility": "0.01", "authentication": "0.01",
                              "service": "0", "tiers": {"marketing": [[1, "0.01"]]}}}),
     "rates.MX.tiers.marketing: tiers are for utility, authentication"),
    (variant("steps.2", {"after": "1h", "action": "set_template_status", "template": "nope",
                         "status": "paused"}),
     "steps[2].template: no template 'nope' in en_US"),
    (variant("steps.2", {"after": "1h", "action": "set_template_status", "template": "upd",
                         "status": "frozen"}), "steps[2].status: 'frozen' is not one of"),
    (variant("steps.2", {"after": "1h", "action": "set_template_category", "template": "upd",
                         "category": "service"}), "steps[2].category: 'service' is not one of"),
    (variant("steps.2", {"after": "1h", "customer": "bob", "action": "stop_marketing"}),
     "steps[2].customer: no customer with id 'bob'"),
]


def test_a_file_without_the_new_fields_prints_no_pricing_object(capsys, tmp_path):
    path = tmp_path / "plain.json"
    path.write_text(json.dumps(BASE), encoding="utf-8")
    _, out, _ = run(capsys, path, "--json")
    assert all("pricing" not in json.loads(line) for line in out.splitlines())
    dated = variant("pricing", "auto")
    path.write_text(json.dumps(dated), encoding="utf-8")
    _, out, _ = run(capsys, path, "--json")
    lines = [json.loads(line) for line in out.splitlines()]
    assert lines[1]["pricing"] == {"billable": False, "pricing_model": "CBP",
                                   "type": "free_customer_service", "category": "service"}
    assert lines[0]["pricing"] is None and "pricing" not in lines[-1]


def test_charges_are_in_the_accounts_currency(capsys, tmp_path):
    data = variant("account", {"currency": "EUR"})
    data["rates"] = {"*": {"marketing": "0.04", "utility": "0.0100", "authentication": "0.01",
                           "service": "0"}}
    path = tmp_path / "eur.json"
    path.write_text(json.dumps(data), encoding="utf-8")
    _, out, _ = run(capsys, path, "--json")
    lines = [json.loads(line) for line in out.splitlines()]
    assert {line.get("charge", {}).get("currency") for line in lines[:-1]} == {"EUR"}
    assert lines[-1]["summary"]["charged"] == {"amount": "0.0100", "currency": "EUR"}
    _, table, _ = run(capsys, path)
    assert "Charged: 0.0100 EUR" in table


@pytest.mark.parametrize(("data", "message"), INVALID, ids=lambda v: str(v)[:40])
def test_invalid_scenario_exits_2_with_one_line_naming_the_field(capsys, tmp_path, data,
                                                                 message):
    path = tmp_path / "bad.json"
    path.write_text(json.dumps(data), encoding="utf-8")
    code, out, err = run(capsys, path, "--json")
    assert code == 2
    assert out == ""
    assert err.count("\n") == 1
    assert err.startswith(f"{PREFIX}{message}"), err


@pytest.mark.parametrize(("content", "message"), [
    (b"{not json", "bad.json: not valid JSON"),
    (b"\xff\xfe{}", "bad.json: not UTF-8 text"),
    (b"", "bad.json: not valid JSON"),
])
def test_unreadable_scenario_files(capsys, tmp_path, content, message):
    path = tmp_path / "bad.json"
    path.write_bytes(content)
    code, out, err = run(capsys, path)
    assert (code, out) == (2, "")
    assert err.startswith(f"{PREFIX}{message}")


def test_two_customers_with_one_number_exit_2_naming_both(capsys, tmp_path):
    data = json.loads(json.dumps(BASE))
    data["customers"].append({"id": "ana2", "name": "Ana again", "phone": "+52 1 55 1234 5678"})
    path = tmp_path / "twins.json"
    path.write_text(json.dumps(data), encoding="utf-8")
    code, out, err = run(capsys, path)
    assert (code, out) == (2, "")
    assert err == (f"{PREFIX}customers[1].phone: +525512345678 is already the number of "
                   "customer 'ana'; customer 'ana2' needs another\n")


def test_missing_scenario_file(capsys, tmp_path):
    code, out, err = run(capsys, tmp_path / "nowhere.json")
    assert (code, out) == (2, "")
    assert "cannot be read" in err


def test_valid_base_scenario_plays(capsys, tmp_path):
    path = tmp_path / "ok.json"
    path.write_text(json.dumps(BASE), encoding="utf-8")
    code, out, err = run(capsys, path, "--json")
    assert (code, err) == (0, "")
    assert len(out.splitlines()) == 5


def test_a_started_workspace_holds_the_scenarios_settings(tmp_path):
    scenario = load_scenario(resource("scenarios/02-worked-example.json"))
    with Store.open(tmp_path / "started.waboard") as store:
        start_workspace(store, scenario)
        stored = {setting.key: store.get_setting(setting.key) for setting in SETTINGS}
        assert store.clock_events() == []
    assert stored == {
        "name": "Worked example of the rules (conversations by category)",
        "pricing": "cbp-2023-06",
        "clock": {"at": "2023-06-05T00:00:00Z", "speed": 1, "paused": True, "real_time": False},
        "rates": {"*": {"marketing": "0.0436", "utility": "0.0100", "authentication": "0.0100",
                        "service": "0.0088"}},
        "rate_card": None, "opt_out_keywords": None, "exercise": None, "account": None,
        "delivery_delay": None,
    }
