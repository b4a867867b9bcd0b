"""The audit trail: everything that happened in a workspace, in time order, as CSV or JSON Lines.

    waboard export --db FILE [--format jsonl|csv] [--output PATH]

Events, one per line (`kind`):

- `customer_message`, `business_message`: every stored message, a business message with its
  decision (accepted or the refusal's code and reason; the conversation it was counted in and
  its charge) and, when accepted, what the platform reports for it: Meta's `pricing` object
  and, under conversation pricing, the `conversation` object (`waboard.explain.platform_report`;
  JSON objects in JSON Lines, JSON text in CSV);
- `window_opened`, `window_restarted`, `window_closed`: the customer service windows, derived
  from the customer's messages (`waboard.history.windows`): each one opens a window, or
  restarts the open one; a window closes 24 hours after the last message that restarted it;
- `conversation_opened`, `conversation_closed`: the conversations table;
- `opt_in`, `opt_out`: the consent ledger, with the source and the words shown;
- `clock`: the simulated clock's changes (`detail` says jump, play, pause, speed or real time);
- `customer_created`, `customer_edited`, `template_created`, `template_edited`,
  `template_status`, `setting`: the changes made to customers, templates and settings
  (`detail` names it, "new template order_update (es_MX)"), from the undo journal, so an undone
  change is not listed;
- `undo`, `redo`, `rewind`, `return_to_bookmark`: trips through the history themselves
  (`detail` names what was undone or redone, or what a rewind removed).

Closings are listed once they have happened (at or before `now`, the workspace clock). Instants
are ISO-8601 UTC (`2025-03-03T08:00:00Z`), amounts decimal text. Events at the same instant
keep the order they happened in: closings first, then the clock, then each message followed by
what it opened.

Qt-free.
"""

from __future__ import annotations

import argparse
import csv
import io
import json
import sys
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import asdict, dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Any

from .consent import source_text
from .explain import (
    PlatformReport,
    category_label,
    outcome_note,
    platform_report,
    record_outcome,
)
from .history.windows import Window, service_windows, window_closes
from .i18n import QT_TRANSLATE_NOOP, translate
from .money import exact_money
from .outputs import spreadsheet_cell, write_output
from .rules.instants import format_instant
from .rules.model import Conversation
from .service import Workspace
from .store import ConsentRecord, MessageRecord, Store, StoreError
from .store.journal import EVENT_KINDS

PROG = "waboard export"
CHANGE_KINDS = ("customer_created", "customer_edited", "template_created", "template_edited",
                "template_status", "template_category", "setting")
"""The undo journal's actions the trail lists (messages and clock changes it has already)."""
FORMATS = ("jsonl", "csv")
KINDS = (
    "customer_message", "business_message", "window_opened", "window_restarted",
    "window_closed", "conversation_opened", "conversation_closed", "opt_in", "opt_out", "clock",
    *CHANGE_KINDS, *EVENT_KINDS,
)
FIELDS = (
    "at", "kind", "customer", "customer_name", "message_id", "text", "template", "language",
    "referral", "accepted", "error_code", "reason", "category", "opened", "charge", "source",
    "change", "until", "detail", "pricing", "conversation",
)
_CLOSINGS = ("window_closed", "conversation_closed")


@dataclass(frozen=True, slots=True)
class AuditEvent:
    """One line of the trail; fields that do not apply to its kind are None."""

    at: datetime
    kind: str
    customer: str | None = None
    customer_name: str | None = None
    message_id: int | None = None
    text: str | None = None
    template: str | None = None
    language: str | None = None
    referral: str | None = None
    accepted: bool | None = None
    error_code: int | None = None
    reason: str | None = None
    category: str | None = None
    opened: bool | None = None
    charge: str | None = None
    source: str | None = None
    change: str | None = None
    until: datetime | None = None
    detail: str = ""
    pricing: dict[str, Any] | None = None
    conversation: dict[str, Any] | None = None
    order: tuple[int, int, int] = field(default=(0, 0, 0), compare=False, repr=False)

    def as_dict(self) -> dict[str, Any]:
        """JSON-ready: instants as ISO text, every field of FIELDS present."""
        values = asdict(self)
        values.pop("order")
        values["at"] = format_instant(self.at)
        values["until"] = format_instant(self.until) if self.until else None
        return {name: values[name] for name in FIELDS}


def audit_events(store: Store, now: datetime | None = None) -> list[AuditEvent]:
    """Every event of the workspace in time order (see the module docstring).

    `now` is the workspace clock (what has closed by then is listed); None reads the clock
    saved in the file.
    """
    workspace = Workspace(store)
    if now is None:
        now = workspace.now()
    regime = workspace.regime
    customers = {c.id: c for c in store.customers() if c.id is not None}
    markets = {cid: workspace.market(c) for cid, c in customers.items()}
    events: list[AuditEvent] = []

    def who(customer_id: int) -> dict[str, Any]:
        customer = customers[customer_id]
        return {"customer": customer.key, "customer_name": customer.name}

    ledger: defaultdict[int, list[ConsentRecord]] = defaultdict(list)
    for customer_id in customers:
        ledger[customer_id] = list(store.consent_events(customer_id))
    inbound: defaultdict[int, list[tuple[datetime, int]]] = defaultdict(list)
    opened_by: dict[tuple[int, datetime, str], list[int]] = defaultdict(list)
    every_conversation = store.conversations()
    conversations: defaultdict[int, list[Conversation]] = defaultdict(list)
    for customer_id, conversation in every_conversation:
        conversations[customer_id].append(conversation)

    for record in store.all_messages():
        seq = (record.id or 0) * 4
        if record.direction == "in":
            inbound[record.customer_id].append((record.at, seq))
            events.append(_customer_message(record, seq, who(record.customer_id)))
        elif record.direction == "out":
            note = outcome_note(record_outcome(record), markets[record.customer_id], regime)
            report = platform_report(record, conversations[record.customer_id]) \
                if record.accepted and record.category else None
            events.append(_business_message(record, seq, note, who(record.customer_id), report))
            if record.accepted and record.category:
                opened_by[(record.customer_id, record.at, record.category)].append(seq)
        elif record.kind in ("opt_in", "opt_out"):
            entry = _take(ledger[record.customer_id], record)
            events.append(_consent(entry, record, seq, who(record.customer_id)))
    for customer_id, entries in ledger.items():  # not in any thread: the customer's import
        for entry in entries:
            events.append(_consent(entry, None, -1, who(customer_id)))

    for customer_id, messages in inbound.items():
        windows = service_windows(at for at, _ in messages)
        events.extend(_window_events(windows, messages, now, who(customer_id)))
    for customer_id, conversation in every_conversation:
        category = conversation.category.value
        senders = opened_by.get((customer_id, conversation.opened_at, category))
        seq = senders.pop(0) + 2 if senders else -1
        label = category_label(conversation.category)
        opened = (QT_TRANSLATE_NOOP("Audit", "{label} conversation opened until {until}, free")
                  if conversation.free else QT_TRANSLATE_NOOP(
                      "Audit", "{label} conversation opened until {until}, charged {charge}"))
        events.append(AuditEvent(
            conversation.opened_at, "conversation_opened", **who(customer_id),
            category=category, charge=str(conversation.charge), until=conversation.expires_at,
            detail=translate("Audit", opened).format(
                label=label, until=format_instant(conversation.expires_at),
                charge=exact_money(conversation.charge, markets[customer_id].currency)),
            order=(1, seq, 0)))
        if conversation.expires_at <= now:
            events.append(AuditEvent(
                conversation.expires_at, "conversation_closed", **who(customer_id),
                category=category, order=(0, 0, 0),
                detail=translate("Audit", "{label} conversation ended").format(label=label)))
    for change in store.clock_events():
        events.append(AuditEvent(change.at, "clock", change=change.kind, detail=change.detail,
                                 order=(1, -2, change.id)))
    events.extend(_journal_events(store))
    events.sort(key=lambda e: (e.at, e.order))
    return events


def _journal_events(store: Store) -> list[AuditEvent]:
    """Changes to customers, templates and settings still in the history; undo, redo and
    rewind themselves."""
    changes = [AuditEvent(action.at, action.kind, detail=action.label,
                          order=(1, -3, action.seq))
               for action in store.journal.applied() if action.kind in CHANGE_KINDS]
    return changes + [AuditEvent(event.at, event.kind, detail=event.detail,
                                 order=(1, -1, event.id)) for event in store.journal.events()]


def _customer_message(record: MessageRecord, seq: int, who: dict[str, Any]) -> AuditEvent:
    wrote = _CUSTOMER_WROTE.get(record.referral or "") or QT_TRANSLATE_NOOP(
        "Audit", "Customer wrote")
    return AuditEvent(record.at, "customer_message", **who, message_id=record.id,
                      text=record.text, referral=record.referral,
                      detail=translate("Audit", wrote), order=(1, seq, 0))


_CUSTOMER_WROTE = {
    "ctwa_ad": QT_TRANSLATE_NOOP("Audit", "Customer wrote (from a click-to-WhatsApp ad)"),
    "page_cta": QT_TRANSLATE_NOOP("Audit", "Customer wrote (from a Page button)"),
}


def _business_message(record: MessageRecord, seq: int, note: str,
                      who: dict[str, Any], report: PlatformReport | None) -> AuditEvent:
    return AuditEvent(
        record.at, "business_message", **who, message_id=record.id, text=record.text,
        template=record.template_name if record.kind == "template" else None,
        language=record.template_language if record.kind == "template" else None,
        accepted=record.accepted, error_code=record.error_code, reason=record.reason,
        category=record.category, opened=record.opened,
        charge=str(record.charge) if record.accepted else None,
        detail=(translate("Audit", "Template: {note}") if record.kind == "template"
                else translate("Audit", "Free-form: {note}")).format(note=note),
        pricing=report.pricing if report else None,
        conversation=report.conversation if report else None,
        order=(1, seq, 0))


def _take(entries: list[ConsentRecord], record: MessageRecord) -> ConsentRecord | None:
    """The ledger entry recorded with this opt-in/opt-out message, removed from `entries`."""
    for index, entry in enumerate(entries):
        if entry.kind == record.kind and entry.at == record.at:
            return entries.pop(index)
    return None


def _consent(entry: ConsentRecord | None, record: MessageRecord | None, seq: int,
             who: dict[str, Any]) -> AuditEvent:
    if entry is not None:
        at, kind, source, text = entry.at, entry.kind, entry.source, entry.text
    else:
        assert record is not None
        at, kind, source, text = record.at, record.kind, "", record.text
    if source:
        how = (QT_TRANSLATE_NOOP("Audit", "Opted in ({source})") if kind == "opt_in"
               else QT_TRANSLATE_NOOP("Audit", "Opted out ({source})"))
    else:
        how = (QT_TRANSLATE_NOOP("Audit", "Opted in") if kind == "opt_in"
               else QT_TRANSLATE_NOOP("Audit", "Opted out"))
    detail = translate("Audit", how).format(source=source_text(source))
    return AuditEvent(at, kind, **who, message_id=record.id if record else None, text=text,
                      source=source, detail=detail, order=(1, seq, 0))


def _window_events(windows: Sequence[Window], messages: Sequence[tuple[datetime, int]],
                   now: datetime, who: dict[str, Any]) -> list[AuditEvent]:
    # Each opening or restart comes right after the customer message that caused it.
    causes: defaultdict[datetime, list[int]] = defaultdict(list)
    for at, seq in sorted(messages):
        causes[at].append(seq + 1)
    events = []
    for window in windows:
        events.append(AuditEvent(window.opened_at, "window_opened", **who,
                                 until=window_closes(window.opened_at),
                                 detail=translate(
                                     "Audit", "Customer service window opened for 24 hours"),
                                 order=(1, causes[window.opened_at].pop(0), 0)))
        for at in window.restarts:
            events.append(AuditEvent(at, "window_restarted", **who, until=window_closes(at),
                                     detail=translate(
                                         "Audit",
                                         "Customer service window restarted for 24 hours"),
                                     order=(1, causes[at].pop(0), 0)))
        if window.closes_at <= now:
            events.append(AuditEvent(window.closes_at, "window_closed", **who,
                                     detail=translate("Audit", "Customer service window closed"),
                                     order=(0, 0, 0)))
    return events


# Formats


def audit_jsonl(events: Iterable[AuditEvent]) -> str:
    return "".join(json.dumps(e.as_dict(), ensure_ascii=False) + "\n" for e in events)


def audit_csv(events: Iterable[AuditEvent]) -> str:
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow(FIELDS)
    for event in events:
        writer.writerow([_csv_cell(value) for value in event.as_dict().values()])
    return out.getvalue()


def write_audit(events: Sequence[AuditEvent], path: str | Path, fmt: str,
                workspaces: tuple[Path, ...] = ()) -> None:
    """Write the trail to `path` atomically: JSON Lines in UTF-8, or CSV with a byte order
    mark (so spreadsheet programs read it as UTF-8); never over a workspace."""
    if fmt == "csv":
        write_output(path, audit_csv(events), encoding="utf-8-sig", workspaces=workspaces)
    elif fmt == "jsonl":
        write_output(path, audit_jsonl(events), workspaces=workspaces)
    else:
        raise ValueError(f"{fmt!r} is not an audit format ({' or '.join(FORMATS)})")


def _csv_cell(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    text = json.dumps(value, sort_keys=True) if isinstance(value, dict) else str(value)
    return spreadsheet_cell(text)


# `waboard export`


class ExportError(Exception):
    """An export that cannot be made; the message says why in one line."""


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> None:  # type: ignore[override]
        raise ExportError(message)


def export_command(args: list[str]) -> int:
    """Run `waboard export` with the arguments after the subcommand; the exit status."""
    parser = _Parser(prog=PROG, description="A workspace's audit trail: every message, "
                     "decision, window, conversation, consent change and clock change.")
    parser.add_argument("--db", metavar="FILE", required=True, help="the workspace file")
    parser.add_argument("--format", choices=(*FORMATS, "scenario"),
                        help="jsonl or csv (default: csv for an --output ending in .csv, "
                             "else jsonl); scenario writes the workspace as a scenario file")
    parser.add_argument("--output", metavar="PATH", help="write here instead of stdout")
    try:
        options = parser.parse_args(args)
        fmt = options.format or (
            "csv" if options.output and options.output.lower().endswith(".csv") else "jsonl")
        path = Path(options.db)
        if not path.exists():
            raise ExportError(f"{path}: no such workspace file")
        if path.is_file() and path.stat().st_size == 0:
            raise ExportError(f"{path} is empty, not a waboard workspace")
        if fmt == "scenario":
            return _export_scenario(path, options.output)
        with Store.open(path) as store:
            events = audit_events(store)
        if options.output is None:
            sys.stdout.write(audit_csv(events) if fmt == "csv" else audit_jsonl(events))
            sys.stdout.flush()
        else:
            write_audit(events, options.output, fmt, workspaces=(path,))
    except SystemExit as done:  # --help
        return done.code if isinstance(done.code, int) else 0
    except (ExportError, StoreError, ValueError, OSError) as error:
        return _fail(error)
    return 0


def _export_scenario(path: Path, output: str | None) -> int:
    from .scenario.export import export_scenario, write_scenario

    with Store.open(path) as store:
        workspace = Workspace(store)
        if output is None:
            write_scenario(workspace, sys.stdout)
            sys.stdout.flush()
        else:
            export_scenario(workspace, output)
    return 0


def _fail(error: BaseException) -> int:
    text = str(error).strip()
    message = text.splitlines()[0] if text else type(error).__name__
    if isinstance(error, OSError) and error.filename and error.strerror:
        message = f"{error.filename}: {error.strerror}"
    print(f"{PROG}: {message}", file=sys.stderr)
    return 2
