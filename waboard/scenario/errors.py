"""The one error a scenario file raises: one line naming the field (and step) at fault."""

from __future__ import annotations


class ScenarioError(ValueError):
    """An unreadable or invalid scenario: one line naming the field (and step) at fault."""
