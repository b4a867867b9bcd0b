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
import heapq
import io
import json
import sys
from collections import defaultdict, deque
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from datetime import datetime
from itertools import groupby
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
from .history.windows import WindowChange, WindowSweep
from .i18n import QT_TRANSLATE_NOOP, translate
from .money import exact_money
from .outputs import spreadsheet_cell, write_output
from .rules.instants import format_instant
from .rules.model import Conversation
from .rules.pricing import MarketRates
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
        values = {name: getattr(self, name) for name in FIELDS}
        values["at"] = format_instant(self.at)
        values["until"] = format_instant(self.until) if self.until else None
        return values


def audit_events(store: Store, now: datetime | None = None) -> Iterator[AuditEvent]:
    """Every event of the workspace in time order (see the module docstring), read lazily:
    the history is swept once in time order, holding only what is still open.

    `now` is the workspace clock (what has closed by then is listed); None reads the clock
    saved in the file.
    """
    workspace = Workspace(store)
    if now is None:
        now = workspace.now()
    labels = store.customer_labels()
    card = workspace.rate_card_at(now)
    markets = {region: card.for_region(region) for region in {r for _, _, r in labels.values()}}
    ledger = _Ledger(store)
    return heapq.merge(
        ledger.imports(labels), _sweep(store, workspace, now, labels, markets, ledger),
        _conversations_ended(store, now, labels), _clock_events(store), _journal_events(store),
        key=_position)


def _position(event: AuditEvent) -> tuple[datetime, tuple[int, int, int]]:
    return event.at, event.order


def _who(labels: dict[int, tuple[str, str, str]], customer_id: int) -> dict[str, Any]:
    key, name, _ = labels[customer_id]
    return {"customer": key, "customer_name": name}


class _Ledger:
    """The consent ledger, each entry paired with the opt-in or opt-out message recorded
    with it (the first of its customer, kind and instant not paired yet); the rest are the
    customers' imports, in no thread."""

    def __init__(self, store: Store) -> None:
        unpaired: defaultdict[tuple[int, str, datetime], deque[ConsentRecord]] = \
            defaultdict(deque)
        entries = store.consent_ledger()
        for entry in entries:
            unpaired[(entry.customer_id, entry.kind, entry.at)].append(entry)
        self.of_message: dict[int, ConsentRecord] = {}
        for message_id, customer_id, kind, at in store.consent_messages():
            waiting = unpaired.get((customer_id, kind, at))
            if waiting:
                self.of_message[message_id] = waiting.popleft()
        paired = {entry.id for entry in self.of_message.values()}
        self._imported = [entry for entry in entries if entry.id not in paired]

    def imports(self, labels: dict[int, tuple[str, str, str]]) -> list[AuditEvent]:
        events = [_consent(entry, None, -1, _who(labels, entry.customer_id))
                  for entry in self._imported]
        return sorted(events, key=_position)


def _sweep(store: Store, workspace: Workspace, now: datetime,
           labels: dict[int, tuple[str, str, str]], markets: dict[str, MarketRates],
           ledger: _Ledger) -> Iterator[AuditEvent]:
    """Messages, windows and conversation openings, instant by instant: windows that
    closed first, then conversations no message opened, then each message followed by the
    window it opened or restarted and the conversation it opened."""
    regime = workspace.regime
    ranks = store.first_inbound()
    windows = WindowSweep()
    open_conversations: defaultdict[int, list[Conversation]] = defaultdict(list)
    for at, messages, opened in _by_instant(store):
        for customer_id, closes in windows.closed_by(at):
            if closes <= now:
                yield _window_closed(closes, _who(labels, customer_id))
        unclaimed: defaultdict[tuple[int, str], deque[Conversation]] = defaultdict(deque)
        for customer_id, conversation in opened:
            unclaimed[(customer_id, conversation.category.value)].append(conversation)
            live = open_conversations[customer_id]
            live[:] = [c for c in live if c.expires_at > at]
            live.append(conversation)
        claims = []
        for record in messages:
            if record.direction == "out" and record.accepted and record.category:
                waiting = unclaimed.get((record.customer_id, record.category))
                claims.append(waiting.popleft() if waiting else None)
        claimed_ids = {id(c) for c in claims if c is not None}
        for customer_id, conversation in opened:
            if id(conversation) not in claimed_ids:
                yield _conversation_opened(customer_id, conversation, -1, labels, markets)
        claimed = iter(claims)
        for record in messages:
            seq = (record.id or 0) * 4
            who = _who(labels, record.customer_id)
            if record.direction == "in":
                yield _customer_message(record, seq, who)
                change = windows.wrote(record.customer_id, at, ranks[record.customer_id])
                yield _window_change(change, seq + 1, who)
            elif record.direction == "out":
                market = markets[labels[record.customer_id][2]]
                note = outcome_note(record_outcome(record), market, regime)
                counted = record.accepted and record.category
                report = platform_report(record, open_conversations[record.customer_id]) \
                    if counted else None
                yield _business_message(record, seq, note, who, report)
                conversation = next(claimed) if counted else None
                if conversation is not None:
                    yield _conversation_opened(record.customer_id, conversation, seq + 2,
                                               labels, markets)
            elif record.kind in ("opt_in", "opt_out"):
                yield _consent(ledger.of_message.get(record.id or 0), record, seq, who)
    for customer_id, closes in windows.closed_by(now):
        yield _window_closed(closes, _who(labels, customer_id))


def _by_instant(store: Store) -> Iterator[tuple[datetime, list[MessageRecord],
                                                list[tuple[int, Conversation]]]]:
    """(instant, its messages, the conversations opened at it) for every instant at which
    a message was stored or a conversation opened, in time order."""
    messages = ((m.at, 0, m) for m in store.messages_by_time())
    opened = ((c.opened_at, 1, (cid, c)) for cid, c in store.conversations_by_opening())
    merged = heapq.merge(messages, opened, key=lambda item: (item[0], item[1]))
    for at, items in groupby(merged, key=lambda item: item[0]):
        group: tuple[list[Any], list[Any]] = ([], [])
        for _, source, item in items:
            group[source].append(item)
        yield at, group[0], group[1]


def _window_change(change: WindowChange, seq: int, who: dict[str, Any]) -> AuditEvent:
    kind, detail = (
        ("window_restarted", translate("Audit", "Customer service window restarted for 24 hours"))
        if change.restarted else
        ("window_opened", translate("Audit", "Customer service window opened for 24 hours")))
    return AuditEvent(change.at, kind, **who, until=change.closes_at, detail=detail,
                      order=(1, seq, 0))


def _window_closed(at: datetime, who: dict[str, Any]) -> AuditEvent:
    return AuditEvent(at, "window_closed", **who,
                      detail=translate("Audit", "Customer service window closed"),
                      order=(0, 0, 0))


def _conversation_opened(customer_id: int, conversation: Conversation, seq: int,
                         labels: dict[int, tuple[str, str, str]],
                         markets: dict[str, MarketRates]) -> AuditEvent:
    opened = (QT_TRANSLATE_NOOP("Audit", "{label} conversation opened until {until}, free")
              if conversation.free else QT_TRANSLATE_NOOP(
                  "Audit", "{label} conversation opened until {until}, charged {charge}"))
    currency = markets[labels[customer_id][2]].currency
    return AuditEvent(
        conversation.opened_at, "conversation_opened", **_who(labels, customer_id),
        category=conversation.category.value, charge=str(conversation.charge),
        until=conversation.expires_at,
        detail=translate("Audit", opened).format(
            label=category_label(conversation.category),
            until=format_instant(conversation.expires_at),
            charge=exact_money(conversation.charge, currency)),
        order=(1, seq, 0))


def _conversations_ended(store: Store, now: datetime,
                         labels: dict[int, tuple[str, str, str]]) -> Iterator[AuditEvent]:
    for customer_id, conversation in store.conversations_ended(now):
        yield AuditEvent(
            conversation.expires_at, "conversation_closed", **_who(labels, customer_id),
            category=conversation.category.value, order=(0, 0, 0),
            detail=translate("Audit", "{label} conversation ended").format(
                label=category_label(conversation.category)))


def _clock_events(store: Store) -> list[AuditEvent]:
    return sorted((AuditEvent(change.at, "clock", change=change.kind, detail=change.detail,
                              order=(1, -2, change.id)) for change in store.clock_events()),
                  key=_position)


def _journal_events(store: Store) -> list[AuditEvent]:
    """Changes to customers, templates and settings still in the history; undo, redo and
    rewind themselves."""
    changes = [AuditEvent(action.at, action.kind, detail=action.label,
                          order=(1, -3, action.seq))
               for action in store.journal.applied() if action.kind in CHANGE_KINDS]
    events = [AuditEvent(event.at, event.kind, detail=event.detail, order=(1, -1, event.id))
              for event in store.journal.events()]
    return sorted(changes + events, key=_position)


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


# Formats


def jsonl_lines(events: Iterable[AuditEvent]) -> Iterator[str]:
    """The trail as JSON Lines, a line at a time."""
    for event in events:
        yield json.dumps(event.as_dict(), ensure_ascii=False) + "\n"


def csv_lines(events: Iterable[AuditEvent], rows_per_chunk: int = 1_000) -> Iterator[str]:
    """The trail as CSV, the header first, then chunks of rows."""
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow(FIELDS)
    for n, event in enumerate(events, start=1):
        writer.writerow([_csv_cell(value) for value in event.as_dict().values()])
        if n % rows_per_chunk == 0:
            yield out.getvalue()
            out.seek(0)
            out.truncate()
    yield out.getvalue()


def audit_jsonl(events: Iterable[AuditEvent]) -> str:
    return "".join(jsonl_lines(events))


def audit_csv(events: Iterable[AuditEvent]) -> str:
    return "".join(csv_lines(events))


def audit_text(events: Iterable[AuditEvent], fmt: str) -> Iterator[str]:
    """The trail in `fmt` (jsonl or csv), a piece at a time."""
    if fmt == "csv":
        return csv_lines(events)
    if fmt == "jsonl":
        return jsonl_lines(events)
    raise ValueError(f"{fmt!r} is not an audit format ({' or '.join(FORMATS)})")


def write_audit(events: Iterable[AuditEvent], path: str | Path, fmt: str,
                workspaces: tuple[Path, ...] = ()) -> int:
    """Write the trail to `path` atomically, a piece at a time: JSON Lines in UTF-8, or CSV
    with a byte order mark (so spreadsheet programs read it as UTF-8); never over a
    workspace. Returns how many events it wrote."""
    written = 0

    def counted() -> Iterator[AuditEvent]:
        nonlocal written
        for event in events:
            written += 1
            yield event
    write_output(path, audit_text(counted(), fmt),
                 encoding="utf-8-sig" if fmt == "csv" else "utf-8", workspaces=workspaces)
    return written


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
                sys.stdout.writelines(audit_text(events, fmt))
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
