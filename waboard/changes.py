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
    """What changed, for listeners, and for whom when it is one customer's."""

    kind: ChangeKind
    customer_id: int | None = None

    def __post_init__(self) -> None:
        object.__setattr__(self, "kind", ChangeKind(self.kind))  # refuses an unknown kind


Listener = Callable[[Change], None]
