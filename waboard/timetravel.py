"""Going back and forth in a workspace's history: undo, redo, rewind to an instant,
bookmarks. A part of the workspace service (`Workspace` inherits it), kept apart so each
file has one job; the undo journal itself is `waboard.store.journal`.

Each call is one transaction: it applies journal entries, puts the clock where the history
now ends (or at the instant asked for), reloads what the service keeps in memory, records the
event for the audit trail, then tells listeners what changed: when the entries wrote only
the clock, that the clock changed and which customers' rows look different at its new
instant (each as one customer's change, as deliveries are told); when they wrote only
customers' rows and their totals and the clock stayed, which customers (`Change.customers`,
from what the journal noted as it applied them); else that everything may have changed.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, replace
from datetime import datetime
from typing import TYPE_CHECKING

from . import inputs
from .action_labels import BEFORE_REWIND, shown_label
from .changes import Change, ChangeKind
from .clock import ClockSetting, SimulatedClock
from .i18n import QT_TRANSLATE_NOOP, translate
from .inputs import InputError
from .rules.instants import format_instant, to_second
from .settings import CLOCK, SETTINGS
from .store.journal import Bookmark, Journal, JournalAction

if TYPE_CHECKING:
    from .changes import Listener
    from .store import Store

EVERYTHING = (ChangeKind.CLOCK, ChangeKind.SETTINGS, ChangeKind.TEMPLATE, ChangeKind.CUSTOMER,
              ChangeKind.MESSAGE)
"""What listeners are told after a trip through history (each for every customer)."""

TOTALS_TABLES = frozenset({"month_totals", "daily_billing", "pricing_bases"})
"""Tables of totals over every customer's rows: written with them, they belong to none."""

CLOCK_TABLES = frozenset({"settings", "clock_events"})
"""Where a clock action writes: the clock's setting, and its event."""

MOVED_CUSTOMERS_TOLD = 200
"""Up to this many customers that a move of the clock shows differently are told one by
one; past that, listeners are told that everything may have changed (a reload is cheaper)."""


@dataclass(frozen=True, slots=True)
class Rewound:
    """What a rewind did: the actions it took back (newest first) and its bookmark."""

    to: datetime
    removed: tuple[JournalAction, ...]
    bookmark_id: int

    def summary(self) -> str:
        """One line: "Removed 3 actions after 2023-06-05T10:00:00Z (send to Ana, ...)" (in
        English, as the audit trail keeps it)."""
        return self._said(lambda _context, text: text, str)

    def shown_summary(self) -> str:
        """`summary` in the user's language, as the status bar shows it."""
        return self._said(translate, shown_label)

    def _said(self, say: Callable[[str, str], str], label: Callable[[str], str]) -> str:
        count = len(self.removed)
        labels = ", ".join(label(a.label) for a in self.removed[::-1][:5])
        if count > 5:
            labels = say("TimeTravel", _MORE).format(labels=labels, count=count - 5)
        sentence = _REMOVED_ONE if count == 1 else _REMOVED_MANY if count else _REMOVED_NONE
        return say("TimeTravel", sentence).format(count=count, labels=labels,
                                                  instant=format_instant(self.to))


_REMOVED_NONE = QT_TRANSLATE_NOOP("TimeTravel", "Removed 0 actions after {instant}")
_REMOVED_ONE = QT_TRANSLATE_NOOP("TimeTravel", "Removed 1 action after {instant} ({labels})")
_REMOVED_MANY = QT_TRANSLATE_NOOP("TimeTravel",
                                  "Removed {count} actions after {instant} ({labels})")
_MORE = QT_TRANSLATE_NOOP("TimeTravel", "{labels}, and {count} more")


_NO_BOOKMARK = QT_TRANSLATE_NOOP("TimeTravel", "That bookmark no longer exists")


class TimeTravel:
    """Undo, redo, rewind and bookmarks of a `Workspace` (see the module docstring)."""

    store: Store
    clock: SimulatedClock
    _listeners: list[Listener]
    _delivered_until: datetime

    def now(self) -> datetime:
        raise NotImplementedError

    def _reload(self) -> None:
        raise NotImplementedError

    def _save_clock(self) -> None:
        raise NotImplementedError

    def _notify(self, change: Change) -> None:
        raise NotImplementedError

    @property
    def journal(self) -> Journal:
        return self.store.journal

    @contextmanager
    def _action(self, label: str, kind: str, before: ClockSetting | None = None
                ) -> Iterator[None]:
        """One undoable user action named `label` (inside it, nested calls join it). The
        clock is saved first, unrecorded, as it stands (or as `before`), so undo brings it
        back to the moment the action began."""
        if self.journal.recording:
            yield
            return
        with self.store.transaction():
            CLOCK.write(self.store, before or self.clock.setting)
            with self.journal.action(label, kind, self.now()) as done:
                yield
                done(self.now())

    # Undo and redo

    def undo_label(self) -> str | None:
        """What Undo would take back ("send to Ana López"), None when nothing."""
        head = self.journal.get(self.journal.head)
        return None if head is None else head.label

    def redo_label(self) -> str | None:
        target = self.journal.redo_target()
        return None if target is None else target.label

    def undo(self) -> str:
        """Take back the last action; its label. InputError when there is nothing to undo."""
        head = self.journal.get(self.journal.head)
        if head is None:
            raise InputError.of("TimeTravel", QT_TRANSLATE_NOOP("TimeTravel",
                                                                "There is nothing to undo"))
        self._travel("undo", head.label, lambda: self.journal.undo(head.seq))
        return head.label

    def redo(self) -> str:
        """Do again the action last undone; its label. InputError when there is none."""
        target = self.journal.redo_target()
        if target is None:
            raise InputError.of("TimeTravel", QT_TRANSLATE_NOOP("TimeTravel",
                                                                "There is nothing to redo"))
        self._travel("redo", target.label, lambda: self.journal.redo(target.seq))
        return target.label

    # Rewind

    def first_instant(self) -> datetime | None:
        """The earliest instant of the history (None for an empty one): where rewinding may
        go back to."""
        return self.journal.first_instant()

    def rewind_plan(self, to: datetime) -> list[JournalAction]:
        """The actions a rewind to `to` takes back, newest first: every action after the
        last one at or before `to`. InputError for an instant in the future or before the
        first action."""
        to = to_second(to)
        now = to_second(self.now())
        if to > now:
            raise InputError.of("TimeTravel", QT_TRANSLATE_NOOP(
                "TimeTravel", "{instant} is in the future: the clock reads {now}"),
                instant=format_instant(to), now=format_instant(now))
        first = self.first_instant()
        if first is None:
            raise InputError.of("TimeTravel", QT_TRANSLATE_NOOP(
                "TimeTravel", "There is nothing to go back over: no action has been made yet"))
        if to < first:
            raise InputError.of("TimeTravel", QT_TRANSLATE_NOOP(
                "TimeTravel", "{instant} is before the first action, at {first}"),
                instant=format_instant(to), first=format_instant(first))
        return self.journal.applied_after(to)

    def rewind(self, to: datetime) -> Rewound:
        """Go back to the instant `to`: take back every action after it and put the clock
        there, paused, after a bookmark "Before rewind to ..." of where it was."""
        to = to_second(to)
        plan = self.rewind_plan(to)
        holder: list[int] = []

        def back() -> None:
            holder.append(self.journal.add_bookmark(
                BEFORE_REWIND.format(instant=format_instant(to)), self.now()))
            for action in plan:
                self.journal.undo(action.seq)

        rewound = Rewound(to, tuple(plan), 0)
        self._travel("rewind", rewound.summary(), back, clock_at=to)
        return replace(rewound, bookmark_id=holder[0])

    # Bookmarks

    def bookmarks(self) -> list[Bookmark]:
        return self.journal.bookmarks()

    def add_bookmark(self, name: str) -> int:
        """Name the current moment; the bookmark's id."""
        name = inputs.bookmark_name(name)
        with self.store.transaction():
            bookmark_id = self.journal.add_bookmark(name, to_second(self.now()))
        self._notify(Change(ChangeKind.SETTINGS))
        return bookmark_id

    def delete_bookmark(self, bookmark_id: int) -> None:
        with self.store.transaction():
            if not self.journal.delete_bookmark(bookmark_id):
                raise InputError.of("TimeTravel", _NO_BOOKMARK)
        self._notify(Change(ChangeKind.SETTINGS))

    def return_to(self, bookmark_id: int) -> Bookmark:
        """Bring the workspace back to a bookmark's moment (the actions it had, the clock
        at its instant), whatever was undone or done since."""
        bookmark = self.journal.bookmark(bookmark_id)
        if bookmark is None:
            raise InputError.of("TimeTravel", _NO_BOOKMARK)
        undo, redo = self.journal.path_to(bookmark.seq)

        def go() -> None:
            for seq in undo:
                self.journal.undo(seq)
            for seq in redo:
                self.journal.redo(seq)

        self._travel("return_to_bookmark", bookmark.name, go, clock_at=bookmark.at)
        return bookmark

    # The one way through history

    def _travel(self, kind: str, detail: str, steps: Callable[[], None],
                clock_at: datetime | None = None) -> None:
        shown = (self._delivered_until, to_second(self.now()))  # what views show, and now
        settings = self._settings_but_clock()
        moved: frozenset[int] | None = None  # when only the clock changed
        try:
            with self.store.transaction():
                steps()
                unowned, customers = self.journal.touched()
                if not customers and unowned - TOTALS_TABLES <= CLOCK_TABLES \
                        and self._settings_but_clock() == settings:
                    moved = self._shown_differently(shown, clock_at)
                self._reload()
                if clock_at is not None:
                    self.clock.restore(ClockSetting(clock_at, self.clock.speed, paused=True))
                    self._save_clock()
                self.journal.add_event(self.now(), kind, detail)
        except BaseException:
            self._reload()  # back to what the file holds
            raise
        if moved is not None and len(moved) <= MOVED_CUSTOMERS_TOLD:
            self._notify(Change(ChangeKind.CLOCK))
            for customer_id in sorted(moved):
                self._notify(Change(ChangeKind.MESSAGE, customer_id))
            return
        scoped = clock_at is None and unowned <= TOTALS_TABLES
        for change in EVERYTHING:
            self._notify(Change(change, customers=customers if scoped else None))

    def _settings_but_clock(self) -> dict[str, object]:
        return {setting.key: self.store.get_setting(setting.key) for setting in SETTINGS
                if setting is not CLOCK}

    def _shown_differently(self, shown: tuple[datetime, datetime],
                           clock_at: datetime | None) -> frozenset[int]:
        """The customers whose rows look different between the instants views showed (the
        deliveries announced until then, the clock then) and the clock's new instant
        (`clock_at`, else the one the steps saved). Asked before the service reloads, which
        forgets the reads after the new instant."""
        setting = CLOCK.read(self.store)
        to = clock_at or (setting.at if setting is not None else self.now())
        instants = (*shown, to_second(to))
        low, high = min(instants), max(instants)
        if low == high:
            return frozenset()
        return self.store.customers_with_events_between(low, high)
