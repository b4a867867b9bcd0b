"""A workspace written as a scenario file (../shared/docs/scenarios.md) that reproduces it:
its customers, templates, rate overrides and regime, and every stored message and consent
change as a step at its instant (`at`). `waboard run` of the file decides every step as the
workspace did.

What the file cannot say, because the scenario format has no field for it, is left as the
workspace holds it now: the templates (a status changed mid-history is written as it is now),
whether a customer is reachable, and the opt-out keywords (the defaults are assumed: a reply
that opted a customer out is written as the customer's message alone, which opts them out
again when played). A workspace with its own rate card writes that card's rows for its
customers' regions as `rates`.

Steps are streamed to the file one line each, so a million messages need no more memory than
one.
"""

from __future__ import annotations

import json
import os
from collections import defaultdict, deque
from collections.abc import Iterator
from datetime import datetime
from pathlib import Path
from typing import IO, Any

from ..consent import IMPORT_SOURCE, REPLY_KEYWORD
from ..rules.instants import format_instant
from ..service import Workspace
from ..store import MessageRecord, Store


def scenario_header(workspace: Workspace) -> dict[str, Any]:
    """Everything of the scenario but its steps."""
    store = workspace.store
    customers = store.customers()
    imported = {c.id for c in customers if any(
        e.source == IMPORT_SOURCE and e.kind == "opt_in" for e in store.consent_events(c.id))}
    header: dict[str, Any] = {
        "name": workspace.name or (store.path.stem if store.path else "workspace"),
        "start": format_instant(_start(workspace)),
        "pricing": workspace.regime.value,
    }
    rates = _rates(workspace)
    if rates:
        header["rates"] = rates
    header["customers"] = [
        {"id": c.key, "name": c.name, "phone": c.phone, "opt_in": c.id in imported,
         "reachable": c.state.reachable}
        for c in customers
    ]
    header["templates"] = [
        {"name": t.name, "language": t.language, "category": t.category.value,
         "status": t.status.value, "body": t.body,
         **({"header": t.header} if t.header else {}),
         **({"footer": t.footer} if t.footer else {}),
         **({"buttons": list(t.buttons)} if t.buttons else {})}
        for t in store.templates()
    ]
    return header


def scenario_steps(store: Store) -> Iterator[dict[str, Any]]:
    """Every stored message and consent change as a step, in the order they happened."""
    keys = {c.id: c.key for c in store.customers()}
    replies = _keyword_opt_outs(store)
    for record in store.all_messages():
        step = _step(record, keys[record.customer_id], replies[record.customer_id])
        if step is not None:
            yield step


def write_scenario(workspace: Workspace, out: IO[str]) -> int:
    """Write the workspace as a scenario to `out`; the number of steps."""
    header = scenario_header(workspace)
    text = json.dumps(header, ensure_ascii=False, indent=2)
    out.write(text[:-2] + ',\n  "steps": [')
    count = 0
    for step in scenario_steps(workspace.store):
        out.write(("\n    " if not count else ",\n    ") + json.dumps(step, ensure_ascii=False))
        count += 1
    out.write("\n  ]\n}\n" if count else "]\n}\n")
    return count


def export_scenario(workspace: Workspace, path: str | Path) -> int:
    """Write the scenario file at `path` (whole or not at all); the number of steps."""
    target = Path(path)
    draft = target.with_name(target.name + ".part")
    try:
        with draft.open("w", encoding="utf-8", newline="\n") as out:
            count = write_scenario(workspace, out)
        os.replace(draft, target)
    finally:
        draft.unlink(missing_ok=True)
    return count


def _step(record: MessageRecord, customer: str, replies: deque[datetime]
          ) -> dict[str, Any] | None:
    at = format_instant(record.at)
    if record.direction == "in":
        step = {"at": at, "customer": customer, "action": "customer_message",
                "text": record.text}
        if record.referral:
            step["referral"] = record.referral
        return step
    if record.direction == "event":
        if record.kind == "opt_out" and replies and replies[0] == record.at:
            replies.popleft()  # played again by the reply it followed
            return None
        return {"at": at, "customer": customer, "action": record.kind}
    if record.kind == "template":
        return {"at": at, "customer": customer, "action": "send_template",
                "template": record.template_name, "language": record.template_language,
                "params": list(record.params)}
    return {"at": at, "customer": customer, "action": "send_text", "text": record.text}


def _keyword_opt_outs(store: Store) -> defaultdict[int, deque[datetime]]:
    """Per customer, the instants of the opt-outs a reply keyword made, oldest first."""
    found: defaultdict[int, deque[datetime]] = defaultdict(deque)
    for customer in store.customers():
        for event in store.consent_events(customer.id):
            if event.source == REPLY_KEYWORD and event.kind == "opt_out":
                found[customer.id].append(event.at)
    return found


def _start(workspace: Workspace) -> datetime:
    """Where the clock started: the earliest consent change, action or message."""
    store = workspace.store
    instants = [e.at for c in store.customers() for e in store.consent_events(c.id)]
    first = next(iter(store.all_messages()), None)
    if first is not None:
        instants.append(first.at)
    return min(instants, default=workspace.first_instant() or workspace.now())


def _rates(workspace: Workspace) -> dict[str, dict[str, str]]:
    if workspace.has_own_rate_card:
        regions = {c.region for c in workspace.customers()}
        return {region: {category.value: format(rate, "f") for category, rate in
                         workspace.rate_card.for_region(region).rates.items()}
                for region in sorted(regions)}
    return {region: dict(row) for region, row in workspace.rate_overrides.items()}
