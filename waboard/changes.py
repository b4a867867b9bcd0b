"""What the workspace tells its listeners after each change it makes."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from enum import StrEnum


class ChangeKind(StrEnum):
    """What part of the workspace a change touched."""

    CUSTOMER = "customer"
    MESSAGE = "message"
    TEMPLATE = "template"
    CLOCK = "clock"
    SETTINGS = "settings"


@dataclass(frozen=True, slots=True)
class Change:
    """What changed, for listeners, and for whom when it is one customer's. `customers`,
    when not None, says that a change told for every customer (an undo, a redo) wrote
    only the rows of these customers, so a view may refresh them alone."""

    kind: ChangeKind
    customer_id: int | None = None
    customers: frozenset[int] | None = None

    def __post_init__(self) -> None:
        object.__setattr__(self, "kind", ChangeKind(self.kind))  # refuses an unknown kind


Listener = Callable[[Change], None]
