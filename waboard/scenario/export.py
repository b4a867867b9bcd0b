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
from ..rules.instants import format_instant, parse_instant
from ..service import Workspace
from ..store import Store


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


def scenario_steps(store: Store) -> Iterator[str]:
    """Every stored message and consent change as a step (JSON text), in the order they
    happened."""
    keys = {c.id: json.dumps(c.key, ensure_ascii=False) for c in store.customers()}
    replies = _keyword_opt_outs(store)
    for customer_id, at, direction, kind, text, template, language, params, referral in \
            store.message_steps():
        head = f'{{"at": "{at}", "customer": {keys[customer_id]}, "action": '
        if direction == "in":
            came = f', "referral": {_text(referral)}' if referral else ""
            yield f'{head}"customer_message", "text": {_text(text)}{came}}}'
        elif direction == "event":
            waiting = replies[customer_id]
            if kind == "opt_out" and waiting and waiting[0] == at:
                waiting.popleft()  # played again by the reply it followed
                continue
            yield f'{head}"{kind}"}}'
        elif kind == "template":
            yield (f'{head}"send_template", "template": {_text(template)}, '
                   f'"language": {_text(language)}, "params": {params}}}')
        else:
            yield f'{head}"send_text", "text": {_text(text)}}}'


def _text(value: str | None) -> str:
    return json.dumps(value or "", ensure_ascii=False)


def write_scenario(workspace: Workspace, out: IO[str]) -> int:
    """Write the workspace as a scenario to `out`; the number of steps."""
    header = scenario_header(workspace)
    text = json.dumps(header, ensure_ascii=False, indent=2)
    out.write(text[:-2] + ',\n  "steps": [')
    count = 0
    for step in scenario_steps(workspace.store):
        out.write(("\n    " if not count else ",\n    ") + step)
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


def _keyword_opt_outs(store: Store) -> defaultdict[int, deque[str]]:
    """Per customer, the instants (as stored) of the opt-outs a reply keyword made, oldest
    first."""
    found: defaultdict[int, deque[str]] = defaultdict(deque)
    for customer in store.customers():
        for event in store.consent_events(customer.id):
            if event.source == REPLY_KEYWORD and event.kind == "opt_out":
                found[customer.id].append(format_instant(event.at))
    return found


def _start(workspace: Workspace) -> datetime:
    """Where the clock started: the earliest consent change, action or message."""
    store = workspace.store
    instants = [e.at for c in store.customers() for e in store.consent_events(c.id)]
    first = next(store.message_steps(), None)
    if first is not None:
        instants.append(parse_instant(first[1]))
    return min(instants, default=workspace.first_instant() or workspace.now())


def _rates(workspace: Workspace) -> dict[str, dict[str, str]]:
    if workspace.has_own_rate_card:
        regions = {c.region for c in workspace.customers()}
        return {region: {category.value: format(rate, "f") for category, rate in
                         workspace.rate_card.for_region(region).rates.items()}
                for region in sorted(regions)}
    return {region: dict(row) for region, row in workspace.rate_overrides.items()}
