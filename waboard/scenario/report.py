"""The runner's output: JSON Lines or a readable table, exactly as scenarios.md fixes them."""

from __future__ import annotations

import json
from collections.abc import Sequence
from typing import Any

from ..money import amount_text
from ..rules.instants import format_instant
from ..rules.model import CONVERSATION_CATEGORIES, ZERO
from ..rules.reports import pricing_object
from .runner import PlayedStep

CURRENCY = "USD"


def step_object(played: PlayedStep, currency: str = CURRENCY, dated: bool = False
                ) -> dict[str, Any]:
    """One step's line; `dated` adds Meta's `pricing` object to business messages."""
    step, result = played.step, played.result
    if result is None:
        return _template_step_object(played, currency, dated)
    outcome = result.outcome
    state = outcome.state
    window_open = state.window_open(result.at)
    expires = state.window_expires() if window_open else None
    refusal, use = outcome.refusal, outcome.conversation
    line = {
        "step": step.index,
        "time": format_instant(result.at),
        "customer": step.customer,
        "action": step.action,
        "accepted": outcome.accepted,
        "error": None if refusal is None else {
            "code": refusal.code, "reason": refusal.reason.value, "message": refusal.message,
        },
        "window": {"open": window_open,
                   "expires": format_instant(expires) if expires else None},
        "conversation": None if use is None else {
            "category": use.category.value,
            "opened": use.opened,
            "expires": format_instant(use.expires) if use.expires else None,
            "free": use.free,
        },
        "charge": {"amount": amount_text(outcome.charge), "currency": currency},
    }
    if dated:
        line["pricing"] = pricing_object(outcome)
    return line


def _template_step_object(played: PlayedStep, currency: str, dated: bool) -> dict[str, Any]:
    step = played.step
    line = {"step": step.index, "time": format_instant(step.at), "customer": None,
            "action": step.action, "accepted": True, "error": None,
            "window": {"open": False, "expires": None}, "conversation": None,
            "charge": {"amount": amount_text(ZERO), "currency": currency}}
    if dated:
        line["pricing"] = None
    return line


def summary_object(played: Sequence[PlayedStep], currency: str = CURRENCY) -> dict[str, Any]:
    counts = {c.value: 0 for c in CONVERSATION_CATEGORIES}
    total = ZERO
    refused = 0
    for item in played:
        if item.result is None:
            continue
        outcome = item.result.outcome
        total += outcome.charge
        refused += not outcome.accepted
        use = outcome.conversation
        if use is not None and use.opened:
            counts[use.category.value] += 1
    return {"summary": {"conversations": counts,
                        "charged": {"amount": amount_text(total), "currency": currency},
                        "refused": refused}}


def json_lines(played: Sequence[PlayedStep], currency: str = CURRENCY, dated: bool = False
               ) -> str:
    objects = ([step_object(p, currency, dated) for p in played]
               + [summary_object(played, currency)])
    return "".join(json.dumps(o, ensure_ascii=False) + "\n" for o in objects)


def table(played: Sequence[PlayedStep], title: str, currency: str = CURRENCY) -> str:
    """One row per step, then the cost summary."""
    rows = [("#", "time", "customer", "action", "result", "conversation", "charge")]
    for item in played:
        data = step_object(item, currency)
        error = data["error"]
        result = "accepted" if data["accepted"] else (
            f"refused {error['code'] or ''} {error['reason']}".replace("  ", " "))
        conversation = data["conversation"]
        if conversation is None:
            described = "-"
        else:
            described = conversation["category"]
            if conversation["opened"]:
                described += f" opened, until {conversation['expires']}"
            elif conversation["opened"] is False:
                described += " (joined)"
            if conversation["free"]:
                described += " free"
        rows.append((str(data["step"]), data["time"], data["customer"] or "-", data["action"],
                     result, described, _amount(data["charge"]["amount"], currency)))
    widths = [max(len(row[i]) for row in rows) for i in range(len(rows[0]))]
    lines = [title, ""]
    for n, row in enumerate(rows):
        lines.append("  ".join(cell.ljust(w) for cell, w in zip(row, widths, strict=True)).rstrip())
        if n == 0:
            lines.append("  ".join("-" * w for w in widths))
    summary = summary_object(played, currency)["summary"]
    opened = ", ".join(f"{k.replace('_', ' ')} {v}" for k, v in summary["conversations"].items())
    lines += ["", f"Conversations opened: {opened}",
              f"Refused: {summary['refused']}",
              f"Charged: {_amount(summary['charged']['amount'], currency)} {currency}"]
    return "\n".join(lines) + "\n"


def _amount(text: str, currency: str) -> str:
    """"$0.0100" in USD as before; other currencies by their code alone."""
    return "$" + text if currency == CURRENCY else text
