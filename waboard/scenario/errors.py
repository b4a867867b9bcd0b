"""The one error a scenario file raises: one line naming the field (and step) at fault."""

from __future__ import annotations

from ..inputs import cut

MAX_ERROR = 300
"""The most characters a scenario error has, whatever it quotes."""


class OneLineError(ValueError):
    """A file that cannot be used: one line naming the field at fault, never longer than
    MAX_ERROR characters, whatever it quotes."""

    def __init__(self, message: str) -> None:
        super().__init__(cut(" ".join(message.split()), MAX_ERROR))


class ScenarioError(OneLineError):
    """An unreadable or invalid scenario: the field (and step) at fault."""
