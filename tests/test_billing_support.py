"""Shared builders for the billing tests: real workspace files made by playing scenarios."""

from __future__ import annotations

import json
from datetime import UTC, datetime
from decimal import Decimal
from pathlib import Path
from typing import Any

from waboard.scenario.loader import parse_scenario
from waboard.scenario.runner import play
from waboard.settings import SETTINGS
from waboard.store import Store

# Mexico's row of the bundled rate card (meta-2023-06.csv).
MX = {
    "marketing": Decimal("0.0436"),
    "utility": Decimal("0.0266"),
    "authentication": Decimal("0.0239"),
    "service": Decimal("0.0105"),
}
ANA = {"id": "ana", "name": "Ana López", "phone": "+52 55 1234 5678", "opt_in": True}
TEMPLATES = [
    {"name": "order_update", "language": "es_MX", "category": "utility",
     "body": "Hola {{1}}, tu pedido va en camino."},
    {"name": "spring_sale", "language": "es_MX", "category": "marketing",
     "body": "¡{{1}}, 20% de descuento!"},
    {"name": "login_code", "language": "es_MX", "category": "authentication",
     "body": "Tu código es {{1}}."},
]


def utc(text: str) -> datetime:
    return datetime.fromisoformat(text).replace(tzinfo=UTC)


def step(at: str, action: str, customer: str = "ana", **fields: Any) -> dict[str, Any]:
    return {"at": at, "customer": customer, "action": action, **fields}


def template(at: str, name: str, customer: str = "ana") -> dict[str, Any]:
    return step(at, "send_template", customer, template=name, language="es_MX",
                params=["Ana"])


def scenario_file(path: Path, steps: list[dict[str, Any]], *, pricing: str = "cbp-2023-06",
                  customers: list[dict[str, Any]] | None = None, start: str | None = None,
                  name: str = "Billing test") -> Path:
    """Play a scenario into a new workspace file at `path` and return the path."""
    data: dict[str, Any] = {
        "name": name, "pricing": pricing, "customers": customers or [ANA],
        "templates": TEMPLATES, "steps": steps,
    }
    if start:
        data["start"] = start
    store = Store.open(path)
    try:
        play(parse_scenario(json.dumps(data), require_steps=False), store)
    finally:
        store.close()
    return path


def snapshot(store: Store) -> tuple:
    """Everything a replay must leave as it found it."""
    return (list(store.all_messages()), store.conversations(), store.customers(),
            store.templates(), [store.consent_events(c.id) for c in store.customers()],
            [setting.read(store) for setting in SETTINGS])


def test_scenario_file_builds_a_workspace(tmp_path):
    path = scenario_file(tmp_path / "w.waboard", [step("2023-06-05T09:00:00Z",
                                                       "customer_message", text="Hola")])
    with Store.open(path) as store:
        assert store.message_count() == 1
        assert [c.key for c in store.customers()] == ["ana"]
