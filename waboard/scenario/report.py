"""The runner's output: JSON Lines or a readable table, exactly as scenarios.md fixes them."""

from __future__ import annotations

import json
from collections.abc import Sequence
from typing import Any

from ..money import amount_text
from ..rules.instants import format_instant
from ..rules.model import PRICED_CATEGORIES, ZERO, Category
from .runner import PlayedStep

CURRENCY = "USD"
CONVERSATION_CATEGORIES = (*PRICED_CATEGORIES, Category.FREE_ENTRY_POINT)
"""What a conversation can be counted as, in the summary's order."""


def step_object(played: PlayedStep) -> dict[str, Any]:
    step, result = played.step, played.result
    outcome = result.outcome
    state = outcome.state
    window_open = state.window_open(result.at)
    expires = state.window_expires() if window_open else None
    refusal, use = outcome.refusal, outcome.conversation
    return {
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
        "charge": {"amount": amount_text(outcome.charge), "currency": CURRENCY},
    }


def summary_object(played: Sequence[PlayedStep]) -> dict[str, Any]:
    counts = {c.value: 0 for c in CONVERSATION_CATEGORIES}
    total = ZERO
    refused = 0
    for item in played:
        outcome = item.result.outcome
        total += outcome.charge
        refused += not outcome.accepted
        use = outcome.conversation
        if use is not None and use.opened:
            counts[use.category.value] += 1
    return {"summary": {"conversations": counts,
                        "charged": {"amount": amount_text(total), "currency": CURRENCY},
                        "refused": refused}}


def json_lines(played: Sequence[PlayedStep]) -> str:
    objects = [step_object(p) for p in played] + [summary_object(played)]
    return "".join(json.dumps(o, ensure_ascii=False) + "\n" for o in objects)


def table(played: Sequence[PlayedStep], title: str) -> str:
    """One row per step, then the cost summary."""
    rows = [("#", "time", "customer", "action", "result", "conversation", "charge")]
    for item in played:
        data = step_object(item)
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
        rows.append((str(data["step"]), data["time"], data["customer"], data["action"],
                     result, described, "$" + data["charge"]["amount"]))
    widths = [max(len(row[i]) for row in rows) for i in range(len(rows[0]))]
    lines = [title, ""]
    for n, row in enumerate(rows):
        lines.append("  ".join(cell.ljust(w) for cell, w in zip(row, widths, strict=True)).rstrip())
        if n == 0:
            lines.append("  ".join("-" * w for w in widths))
    summary = summary_object(played)["summary"]
    opened = ", ".join(f"{k.replace('_', ' ')} {v}" for k, v in summary["conversations"].items())
    lines += ["", f"Conversations opened: {opened}",
              f"Refused: {summary['refused']}",
              f"Charged: ${summary['charged']['amount']} {CURRENCY}"]
    return "\n".join(lines) + "\n"
