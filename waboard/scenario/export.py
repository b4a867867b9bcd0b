"""A workspace written as a scenario file (../shared/docs/scenarios.md) that reproduces it:
its customers, templates, rate overrides, pricing choice and account, and every stored
message, consent change and template status or category change as a step at its instant
(`at`). `waboard run` of the file decides every step as the
workspace did.

What the file cannot say, because the scenario format has no field for it, is left as the
workspace holds it now: whether a customer is reachable, and the opt-out keywords (the
defaults are assumed: a reply that opted a customer out is written as the customer's message
alone, which opts them out again when played). A workspace with its own rate card writes
that card's rows for its customers' regions as `rates`.

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
from ..rules.model import AccountSettings
from ..service import EPOCH, Workspace
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
        "pricing": str(workspace.pricing),
    }
    account = _account(workspace)
    if account:
        header["account"] = account
    rates = _rates(workspace)
    if rates:
        header["rates"] = rates
    header["customers"] = [
        {"id": c.key, "name": c.name, "phone": c.phone, "opt_in": c.id in imported,
         "reachable": c.state.reachable}
        for c in customers
    ]
    first = _first_values(store)
    header["templates"] = [
        {"name": t.name, "language": t.language,
         "category": first.get((*t.key, "category"), t.category.value),
         "status": first.get((*t.key, "status"), t.status.value), "body": t.body,
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
    changes = deque(c for c in store.template_changes() if c[2] > EPOCH)
    for customer_id, at, direction, kind, text, template, language, params, referral in \
            store.message_steps():
        while changes and changes[0][2] <= parse_instant(at):
            yield _template_step(*changes.popleft())
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
    while changes:
        yield _template_step(*changes.popleft())


def _template_step(name: str, language: str, at: datetime, field: str, value: str) -> str:
    return json.dumps({"at": format_instant(at), "action": f"set_template_{field}",
                       "template": name, "language": language, field: value},
                      ensure_ascii=False)


def _first_values(store: Store) -> dict[tuple[str, str, str], str]:
    """A changed template's status and category as they were before the first change."""
    first: dict[tuple[str, str, str], str] = {}
    for name, language, _, field, value in store.template_changes():
        first.setdefault((name, language, field), value)
    return first


def _account(workspace: Workspace) -> dict[str, Any]:
    """The account's settings that differ from a scenario's defaults."""
    account, default = workspace.account, AccountSettings()
    if account == default:
        return {}
    since = account.auth_international_from
    values = {"country": account.country, "timezone": account.timezone,
              "currency": account.currency,
              "auth_international_from": since and format_instant(since),
              "marketing_limit_per_24h": account.marketing_limit_per_24h}
    defaults = {"country": "", "timezone": "UTC", "currency": "USD"}
    return {key: value for key, value in values.items()
            if value is not None and value != defaults.get(key)}


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
