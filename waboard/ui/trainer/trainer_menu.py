"""The Trainer menu: exercises and their grading, opt-out keywords, the audit trail export.

`install_trainer(window)` adds the items to the window's "&Trainer" menu (created before Help
if no other feature made it yet). `render_trainer(window, out)` draws the grading report and
the details panel's timeline to PNG files for the screenshots script.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QFileDialog, QMenu, QMessageBox, QWidget

from ...audit import audit_events, write_audit
from ...scenario.loader import ScenarioError
from ...service import InputError, Workspace
from ...store import StoreError
from ...trainer.exercises import Exercise, grade_workspace, start_exercise
from ..inbox.consent_dialog import KeywordsDialog
from .exercise_dialog import ExerciseChooser, ReportDialog

if TYPE_CHECKING:
    from ..main_window import MainWindow

MENU_TITLE = "&Trainer"
WORKSPACE_FILTER = "waboard workspaces (*.waboard);;All files (*)"
AUDIT_FILTERS = {"jsonl": "JSON Lines (*.jsonl)", "csv": "CSV (*.csv)"}


def trainer_menu(window: MainWindow) -> QMenu:
    """The window's Trainer menu, shared with the lesson player."""
    return window.feature_menu(MENU_TITLE)


def install_trainer(window: MainWindow) -> Trainer:
    """Add exercises, grading, opt-out keywords and the audit export to the Trainer menu."""
    trainer = Trainer(window)
    menu = trainer_menu(window)
    if menu.actions():
        menu.addSeparator()
    _item(menu, "&Start exercise…", trainer.choose_exercise)
    _item(menu, "&Grade exercise", trainer.grade)
    menu.addSeparator()
    _item(menu, "Opt-out &keywords…", trainer.edit_keywords)
    _item(menu, "Export &audit trail…", trainer.export_audit_dialog)
    return trainer


def _item(menu: QMenu, text: str, slot: Callable[[], object]) -> QAction:
    action = menu.addAction(text)
    action.triggered.connect(lambda _=False: slot())
    return action


class Trainer(QObject):
    """What the Trainer menu's items do, for one main window."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.setObjectName("trainer")
        self.window = window
        self.report_dialog: ReportDialog | None = None

    @property
    def workspace(self) -> Workspace:
        return self.window.workspace

    def _folder(self) -> Path:
        path = self.workspace.store.path
        return path.parent if path is not None else Path.home()

    # exercises

    def choose_exercise(self) -> None:
        chooser = ExerciseChooser(self.window)
        if not chooser.exec() or chooser.exercise is None:
            return
        exercise = chooser.exercise
        stem = Path(exercise.source).stem or "exercise"
        suggested = _new_name(self._folder(), stem)
        path, _ = QFileDialog.getSaveFileName(
            self.window, "Save the exercise's workspace as", str(suggested), WORKSPACE_FILTER)
        if path:
            self.start(exercise, Path(path))

    def start(self, exercise: Exercise, target: Path) -> bool:
        """Play the exercise into the new file `target` and open it in place of this one."""
        if target.exists() and target.stat().st_size:
            self._warn("Choose a new file", f"{target} already exists; an exercise starts in "
                       "a new workspace file.")
            return False
        try:
            workspace = start_exercise(exercise, target)
        except (ScenarioError, StoreError, InputError, OSError) as error:
            self._warn("This exercise cannot be started", str(error))
            return False
        workspace.store.close()
        window = self.window
        if not window.open_file(target):
            return False
        opened = _window_for(target) or window
        opened.statusBar().showMessage(f"Exercise: {exercise.goal}", 30_000)
        box = QMessageBox(QMessageBox.Icon.Information, exercise.title,
                          exercise.goal + (f"\n\nHint: {exercise.hint}" if exercise.hint else "")
                          + "\n\nWhen you are done, choose Trainer › Grade exercise.",
                          QMessageBox.StandardButton.Ok, opened)
        box.setObjectName("exerciseGoal")
        box.open()
        return True

    def grade(self) -> ReportDialog:
        """Grade the workspace's exercise (or its whole history) and show the report."""
        report = grade_workspace(self.workspace.store)
        if self.report_dialog is not None:
            self.report_dialog.close()
        dialog = ReportDialog(report, self.window, folder=self._folder())
        self.report_dialog = dialog
        dialog.open()
        return dialog

    # consent keywords

    def edit_keywords(self) -> KeywordsDialog:
        dialog = KeywordsDialog(self.workspace.store, self.window)
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()
        return dialog

    # audit trail

    def export_audit(self, path: Path, fmt: str) -> int:
        """Write the audit trail to `path` ("jsonl" or "csv"); how many events."""
        events = audit_events(self.workspace.store, self.workspace.now())
        write_audit(events, path, fmt)
        return len(events)

    def export_audit_dialog(self) -> None:
        suggested = self._folder() / "audit-trail.jsonl"
        path, chosen = QFileDialog.getSaveFileName(
            self.window, "Export the audit trail", str(suggested),
            ";;".join(AUDIT_FILTERS.values()))
        if not path:
            return
        fmt = "csv" if path.lower().endswith(".csv") or chosen == AUDIT_FILTERS["csv"] \
            else "jsonl"
        try:
            count = self.export_audit(Path(path), fmt)
        except (OSError, StoreError) as error:
            self._warn("Cannot export the audit trail", str(error))
            return
        self.window.statusBar().showMessage(f"Exported {count:,} events to {path}", 5000)

    def _warn(self, title: str, text: str) -> None:
        QMessageBox.warning(self.window, title, text)


def _new_name(folder: Path, stem: str) -> Path:
    candidate, n = folder / f"{stem}.waboard", 1
    while candidate.exists():
        n += 1
        candidate = folder / f"{stem}-{n}.waboard"
    return candidate


def _window_for(path: Path) -> MainWindow | None:
    from ..main_window import MainWindow

    for window in reversed(MainWindow.open_windows):
        if window.workspace.store.path == path:
            return window
    return None


def render_trainer(window: MainWindow, out: Path) -> list[Path]:
    """Draw the grading report of the window's workspace and its details panel (with the
    timeline) to PNG files in `out`; the files written."""
    out.mkdir(parents=True, exist_ok=True)
    saved: list[Path] = []

    def shot(name: str, widget: QWidget) -> None:
        for _ in range(3):
            QCoreApplication.processEvents()
        path = out / f"{name}.png"
        widget.grab().save(str(path))
        saved.append(path)

    trainer = window.findChild(Trainer, "trainer") or Trainer(window)
    dialog = trainer.grade()
    shot("grading-report", dialog)
    dialog.close()
    customers = window.workspace.customers()
    chosen = next((c for c in customers if c.key == "emily"), customers[0] if customers else None)
    if chosen is not None and chosen.id is not None:
        window.customer_list.select_customer(chosen.id)
    shot("details-timeline", window.details)
    return saved
