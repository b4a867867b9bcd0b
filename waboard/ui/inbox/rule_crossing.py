"""The activity log's note when the simulated clock crosses a dated rule change.

The bus tells the time; when it has moved forward past one or more changes (a jump, play,
Real time), the note says what they mean for this workspace's customers
(`history.rule_notes.workspace_notes`), each with its confidence mark, until the clock
crosses the next. Moving the clock back crosses nothing.
"""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QWidget

from ...history.rule_notes import RuleNote, workspace_notes
from ...i18n import translate
from ...rules.regimes import AUTO, changes_between
from ...service import Workspace
from ..common.bus import WorkspaceBus

MOST_SHOWN = 3
"""Notes shown at once, newest last, so the log keeps its room."""


class RuleCrossingNote(QLabel):
    """A hidden plain-text note that appears with the changes the clock has just crossed."""

    def __init__(self, workspace: Workspace, bus: WorkspaceBus,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("ruleCrossing")
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setWordWrap(True)
        self.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.workspace = workspace
        self._last = workspace.now()
        self.hide()
        bus.ticked.connect(self.clock_moved)

    def clock_moved(self, now: datetime) -> None:
        last, self._last = self._last, now
        if now <= last or not changes_between(last, now):  # most ticks: read nothing
            return
        workspace = self.workspace
        notes = workspace_notes(last, now, (c.region for c in workspace.customers()),
                                workspace.pricing == AUTO, workspace.rate_card_at)
        if notes:
            self.show_notes(notes)

    def show_notes(self, notes: list[RuleNote]) -> None:
        """The newest few notes; the rest are counted (Help > Rules by date has them all)."""
        lines = [n.marked for n in notes[-MOST_SHOWN:]]
        if len(notes) > MOST_SHOWN:
            lines.insert(0, translate(
                "RuleCrossing", "({count} earlier changes: see Help > Rules by date)").format(
                    count=len(notes) - MOST_SHOWN))
        self.setText("\n".join(
            [translate("RuleCrossing", "The clock crossed a change of the rules:"), *lines]))

        self.show()
