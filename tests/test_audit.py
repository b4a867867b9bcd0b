"""The audit trail: every event kind, in time order, as JSON Lines and CSV, and the CLI."""

from __future__ import annotations

import csv
import io
import json
from datetime import UTC, datetime, timedelta

import pytest

from tests.conftest import JUNE_2023_CARD
from waboard.audit import (
    CHANGE_KINDS,
    FIELDS,
    KINDS,
    audit_csv,
    audit_events,
    audit_jsonl,
    export_command,
    write_audit,
)
from waboard.clock import ClockSetting, clock_event
from waboard.rules.instants import parse_instant
from waboard.rules.model import Category, Template
from waboard.service import Workspace
from waboard.settings import CLOCK, RATE_CARD
from waboard.store import Store
from waboard.store.journal import EVENT_KINDS

JOURNAL_KINDS = {*CHANGE_KINDS, *EVENT_KINDS}
"""Kinds from the undo journal, tested in tests/test_audit_journal.py."""

T0 = datetime(2025, 3, 3, 8, 0, tzinfo=UTC)
H = timedelta(hours=1)


class Ticks:
    """A monotonic seconds source the test moves by hand."""

    def __init__(self) -> None:
        self.seconds = 0.0

    def __call__(self) -> float:
        return self.seconds


@pytest.fixture
def history(tmp_path):
    """A workspace file with one of every event: messages, windows, conversations, consent
    and clock changes. Returns the workspace and its file."""
    path = tmp_path / "audit.waboard"
    store = Store.open(path)
    CLOCK.write(store, ClockSetting(parse_instant("2025-03-03T08:00:00Z")))
    RATE_CARD.write(store, JUNE_2023_CARD)
    ticks = Ticks()
    workspace = Workspace(store, ticks)
    workspace.add_template(Template("order_update", "es_MX", Category.UTILITY,
                                    "Hola {{1}}, tu pedido {{2}} va en camino."))
    ana = workspace.add_customer("Ana López", "+52 55 1234 5678", key="ana", opt_in=True)
    workspace.customer_message(ana, "Hola, ¿y mi pedido?", at=T0)
    workspace.send_text(ana, "Sale hoy, Ana.", at=T0 + H)
    workspace.send_template(ana, "order_update", "es_MX", ["Ana", "A-1"], at=T0 + H)
    workspace.customer_message(ana, "STOP", at=T0 + 2 * H)  # restarts; opts out
    workspace.send_text(ana, "x" * 3, at=T0 + 30 * H)  # window closed: refused
    workspace.set_speed(60)
    workspace.play()
    ticks.seconds += 60  # one simulated hour at x60
    workspace.pause()
    workspace.jump(timedelta(days=1))
    yield workspace, path
    store.close()


def test_every_kind_in_time_order(history):
    workspace, _ = history
    events = list(audit_events(workspace.store, workspace.now()))
    assert {e.kind for e in events} | JOURNAL_KINDS == set(KINDS)
    events = [e for e in events if e.kind not in JOURNAL_KINDS]
    instants = [e.at for e in events]
    assert instants == sorted(instants)
    kinds = [(e.kind, e.at) for e in events if e.kind != "clock"]
    assert kinds == [
        ("opt_in", T0),  # the import
        ("customer_message", T0), ("window_opened", T0),
        ("business_message", T0 + H), ("conversation_opened", T0 + H),
        ("business_message", T0 + H), ("conversation_opened", T0 + H),
        ("customer_message", T0 + 2 * H), ("window_restarted", T0 + 2 * H),
        ("opt_out", T0 + 2 * H),
        ("conversation_closed", T0 + 25 * H), ("conversation_closed", T0 + 25 * H),
        ("window_closed", T0 + 26 * H),
        ("business_message", T0 + 30 * H),
    ]
    clock = [(e.change, e.at) for e in events if e.kind == "clock"]
    assert clock == [("speed", T0 + 30 * H), ("play", T0 + 30 * H), ("pause", T0 + 31 * H),
                     ("jump", T0 + 55 * H)]


def test_events_carry_the_decisions_and_the_ledger(history):
    workspace, _ = history
    events = list(audit_events(workspace.store, workspace.now()))
    sends = [e for e in events if e.kind == "business_message"]
    free, template, refused = sends
    assert (free.accepted, free.category, free.opened, free.charge) == (
        True, "service", True, "0")
    assert (template.template, template.language, template.category, template.charge) == (
        "order_update", "es_MX", "utility", "0.0266")
    assert template.detail == "Template: Utility conversation opened, charged $0.0266 (Mexico)"
    assert (refused.accepted, refused.error_code, refused.reason, refused.charge) == (
        False, 131047, "window_closed", None)
    [opt_out] = [e for e in events if e.kind == "opt_out"]
    assert (opt_out.source, opt_out.text, opt_out.customer) == ("reply keyword", "STOP", "ana")
    [closed] = [e for e in events if e.kind == "window_closed"]
    assert closed.detail == "Customer service window closed"
    [restart] = [e for e in events if e.kind == "window_restarted"]
    assert restart.until == T0 + 26 * H
    jump = [e for e in events if e.kind == "clock"][-1]
    assert jump.detail == "2025-03-04T15:00:00Z to 2025-03-05T15:00:00Z (+1d 0h)"


def test_closings_still_ahead_are_not_listed(history):
    workspace, _ = history
    events = list(audit_events(workspace.store, T0 + 3 * H))
    assert not {"window_closed", "conversation_closed"} & {e.kind for e in events}


def test_jsonl_reads_back(history, tmp_path):
    workspace, _ = history
    events = list(audit_events(workspace.store, workspace.now()))
    path = tmp_path / "trail.jsonl"
    write_audit(events, path, "jsonl")
    lines = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]
    assert len(lines) == len(events)
    assert all(tuple(line) == FIELDS for line in lines)
    assert {line["kind"] for line in lines} | JOURNAL_KINDS == set(KINDS)
    instants = [datetime.fromisoformat(line["at"].replace("Z", "+00:00")) for line in lines]
    assert instants == sorted(instants) == [e.at for e in events]
    assert [line for line in lines if line["kind"] not in JOURNAL_KINDS][1] == {
        **dict.fromkeys(FIELDS), "at": "2025-03-03T08:00:00Z", "kind": "customer_message",
        "customer": "ana", "customer_name": "Ana López", "message_id": 1,
        "text": "Hola, ¿y mi pedido?", "detail": "Customer wrote",
    }
    assert path.read_text(encoding="utf-8") == audit_jsonl(events)


def test_csv_reads_back(history, tmp_path):
    workspace, _ = history
    events = list(audit_events(workspace.store, workspace.now()))
    path = tmp_path / "trail.csv"
    write_audit(events, path, "csv")
    assert path.read_bytes().startswith(b"\xef\xbb\xbf")
    with path.open(encoding="utf-8-sig", newline="") as file:
        rows = list(csv.DictReader(file))
    assert tuple(rows[0]) == FIELDS
    assert [row["kind"] for row in rows] == [e.kind for e in events]
    assert [row["at"] for row in rows] == sorted(row["at"] for row in rows)
    refused = next(row for row in rows if row["error_code"])
    assert (refused["accepted"], refused["error_code"], refused["charge"]) == (
        "false", "131047", "")
    assert rows == list(csv.DictReader(io.StringIO(audit_csv(events))))


def test_a_formula_like_text_is_kept_from_spreadsheets(workspace, ana):
    workspace.customer_message(ana, "=HYPERLINK(\"x\")")
    rows = list(csv.DictReader(io.StringIO(audit_csv(audit_events(workspace.store)))))
    assert next(r for r in rows if r["kind"] == "customer_message")["text"] == \
        "'=HYPERLINK(\"x\")"


def test_a_window_closing_as_the_customer_writes_closes_first(workspace, ana):
    workspace.customer_message(ana, "Hola", at=T0)
    workspace.customer_message(ana, "¿Hola?", at=T0 + 24 * H)
    kinds = [e.kind for e in audit_events(workspace.store, T0 + 24 * H) if e.at == T0 + 24 * H]
    assert kinds == ["window_closed", "customer_message", "window_opened"]


def test_clock_changes_are_described():
    at = ClockSetting(T0)
    assert clock_event(at, ClockSetting(T0, paused=False)) == ("play", "playing at x1")
    assert clock_event(ClockSetting(T0, paused=False), at) == ("pause", "paused")
    assert clock_event(at, ClockSetting(T0, speed=600)) == ("speed", "x1 to x600")
    assert clock_event(at, ClockSetting(T0, real_time=True)) == ("real_time", "on")
    assert clock_event(ClockSetting(T0, real_time=True), at) == ("real_time", "off")
    assert clock_event(at, ClockSetting(T0 + 90 * 60 * timedelta(seconds=1))) == (
        "jump", "2025-03-03T08:00:00Z to 2025-03-03T09:30:00Z (+1h 30m)")


def test_clock_changes_are_stored(workspace):
    workspace.set_speed(600)
    workspace.jump(timedelta(hours=2))
    changes = workspace.store.clock_events()
    assert [(c.kind, c.at) for c in changes] == [("speed", T0), ("jump", T0 + 2 * H)]
    assert changes[0].detail == "x1 to x600"


# `waboard export`


def test_export_command_writes_csv_and_jsonl(history, tmp_path, capsys):
    workspace, path = history
    workspace.store.close()
    out = tmp_path / "trail.csv"
    assert export_command(["--db", str(path), "--format", "csv", "--output", str(out)]) == 0
    with out.open(encoding="utf-8-sig", newline="") as file:
        rows = list(csv.DictReader(file))
    assert {row["kind"] for row in rows} | JOURNAL_KINDS == set(KINDS)
    assert export_command(["--db", str(path)]) == 0  # JSON Lines on standard output
    printed = capsys.readouterr()
    lines = [json.loads(line) for line in printed.out.splitlines()]
    assert [line["kind"] for line in lines] == [row["kind"] for row in rows]
    assert printed.err == ""
    suffix = tmp_path / "by-suffix.csv"
    assert export_command(["--db", str(path), "--output", str(suffix)]) == 0
    assert suffix.read_text(encoding="utf-8-sig").startswith(",".join(FIELDS))
    Store.open(path).close()  # the fixture closes it again harmlessly


@pytest.mark.parametrize(("args", "message"), [
    (["--db", "{missing}"], "no such workspace file"),
    (["--db", "{empty}"], "is empty, not a waboard workspace"),
    (["--db", "{text}"], "not a waboard database"),
    (["--db", "{ok}", "--format", "xml"], "invalid choice: 'xml'"),
    ([], "the following arguments are required: --db"),
    (["--db", "{ok}", "--output", "{folder}/no/such/dir/x.jsonl"], "No such file or directory"),
])
def test_export_command_errors_are_one_line_and_exit_2(tmp_path, capsys, args, message):
    paths = {"missing": tmp_path / "missing.waboard", "empty": tmp_path / "empty.waboard",
             "text": tmp_path / "text.waboard", "ok": tmp_path / "ok.waboard",
             "folder": tmp_path}
    paths["empty"].write_bytes(b"")
    paths["text"].write_text("hello, not a database\n", encoding="utf-8")
    Store.open(paths["ok"]).close()
    status = export_command([arg.format(**paths) for arg in args])
    err = capsys.readouterr().err
    assert status == 2
    assert err.startswith("waboard export: ") and message in err
    assert err.count("\n") == 1


def test_business_messages_carry_the_platforms_pricing_and_conversation(tmp_path):
    store = Store.open(tmp_path / "report.waboard")
    CLOCK.write(store, ClockSetting(T0))
    workspace = Workspace(store)
    workspace.set_regime("cbp-2023-06")
    workspace.add_template(Template("order_update", "es_MX", Category.UTILITY,
                                    "Hola {{1}}, tu pedido {{2}} va en camino."))
    ana = workspace.add_customer("Ana", "+52 55 1234 5678", key="ana", opt_in=True)
    workspace.send_template(ana, "order_update", "es_MX", ["Ana", "A-1"], at=T0)
    workspace.send_template(ana, "nope", "es_MX", [], at=T0 + H)
    lines = [json.loads(line) for line in audit_jsonl(audit_events(store)).splitlines()]
    sent, refused = [e for e in lines if e["kind"] == "business_message"]
    assert sent["pricing"] == {"billable": True, "pricing_model": "CBP", "type": "regular",
                               "category": "utility"}
    assert sent["conversation"]["origin"] == {"type": "utility"}
    assert sent["conversation"]["expiration_timestamp"] == str(int((T0 + 24 * H).timestamp()))
    assert refused["pricing"] is None and refused["conversation"] is None
    rows = list(csv.DictReader(io.StringIO(audit_csv(audit_events(store)))))
    in_csv = next(r for r in rows if r["kind"] == "business_message")
    assert json.loads(in_csv["pricing"]) == sent["pricing"]
    store.close()
