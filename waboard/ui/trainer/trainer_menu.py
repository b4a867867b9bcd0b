"""The Trainer menu: exercises and their grading, opt-out keywords, the audit trail export.

`install_trainer(window)` adds the items to the window's "&Trainer" menu (created before Help
if no other feature made it yet).
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QMenu, QMessageBox

from ...audit import audit_events, write_audit
from ...i18n import translate
from ...scenario.loader import ScenarioError
from ...service import InputError, Workspace
from ...store import StoreError
from ...trainer.exercises import Exercise, start_exercise
from ...trainer.grading import grade_workspace
from ..common.file_dialogs import EXPORTS, WORKSPACES, ask_save, last_folder
from ..common.host import WorkspaceWindow
from ..common.widgets import add_action, message_box, warn
from ..inbox.consent_dialog import KeywordsDialog
from .exercise_dialog import ExerciseChooser, ReportDialog

MENU_TITLE = "&Trainer"
AUDIT_FILTERS = {"jsonl": "JSON Lines (*.jsonl)", "csv": "CSV (*.csv)"}


def trainer_menu(window: WorkspaceWindow) -> QMenu:
    """The window's Trainer menu, shared with the lesson player."""
    return window.feature_menu(MENU_TITLE)


def install_trainer(window: WorkspaceWindow) -> Trainer:
    """Add exercises, grading, opt-out keywords and the audit export to the Trainer menu."""
    trainer = Trainer(window)
    menu = trainer_menu(window)
    if menu.actions():
        menu.addSeparator()
    add_action(menu, translate("TrainerMenu", "&Start exercise…"), trainer.choose_exercise)
    add_action(menu, translate("TrainerMenu", "&Grade exercise"), trainer.grade)
    menu.addSeparator()
    add_action(menu, translate("TrainerMenu", "Opt-out &keywords…"), trainer.edit_keywords)
    add_action(menu, translate("TrainerMenu", "Export &audit trail…"),
               trainer.export_audit_dialog)
    return trainer


class Trainer(QObject):
    """What the Trainer menu's items do, for one main window."""

    def __init__(self, window: WorkspaceWindow) -> None:
        super().__init__(window)
        self.setObjectName("trainer")
        self.window = window
        self.report_dialog: ReportDialog | None = None

    @property
    def workspace(self) -> Workspace:
        return self.window.workspace

    # exercises

    def choose_exercise(self) -> None:
        chooser = ExerciseChooser(self.window)
        if not chooser.exec() or chooser.exercise is None:
            return
        exercise = chooser.exercise
        stem = Path(exercise.source).stem or "exercise"
        suggested = _new_name(last_folder(WORKSPACES), stem)
        path, _ = ask_save(self.window, WORKSPACES,
                           translate("TrainerMenu", "Save the exercise's workspace as"),
                           suggested.name,
                           translate("TrainerMenu",
                                     "waboard workspaces (*.waboard);;All files (*)"))
        if path:
            self.start(exercise, Path(path))

    def start(self, exercise: Exercise, target: Path) -> bool:
        """Play the exercise into the new file `target` and open it in place of this one."""
        if target.exists() and target.stat().st_size:
            self._warn(translate("TrainerMenu", "Choose a new file"),
                       translate("TrainerMenu", "{path} already exists; an exercise starts in "
                                                "a new workspace file.").format(path=target))
            return False
        try:
            workspace = start_exercise(exercise, target)
        except (ScenarioError, StoreError, InputError, OSError) as error:
            self._warn(translate("TrainerMenu", "This exercise cannot be started"), str(error))
            return False
        workspace.store.close()
        window = self.window
        if not window.open_file(target):
            return False
        opened = WorkspaceWindow.window_for(target) or window
        opened.show_status(
            translate("TrainerMenu", "Exercise: {goal}").format(goal=exercise.goal), 30_000)
        hint = translate("TrainerMenu", "Hint: {hint}").format(hint=exercise.hint)
        done = translate("TrainerMenu", "When you are done, choose Trainer › Grade exercise.")
        box = message_box(QMessageBox.Icon.Information, exercise.title,
                          "\n\n".join([exercise.goal, *([hint] if exercise.hint else []), done]),
                          opened)
        box.setObjectName("exerciseGoal")
        box.open()
        return True

    def grade(self) -> ReportDialog:
        """Grade the workspace's exercise (or its whole history) and show the report."""
        report = grade_workspace(self.workspace.store)
        if self.report_dialog is not None:
            self.report_dialog.close()
        dialog = ReportDialog(report, self.window)
        self.report_dialog = dialog
        dialog.open()
        return dialog

    # consent keywords

    def edit_keywords(self) -> KeywordsDialog:
        dialog = KeywordsDialog(self.workspace, self.window)
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()
        return dialog

    # audit trail

    def export_audit(self, path: Path, fmt: str) -> int:
        """Write the audit trail to `path` ("jsonl" or "csv"); how many events."""
        return write_audit(audit_events(self.workspace.store, self.workspace.now()), path, fmt)

    def export_audit_dialog(self) -> None:
        path, chosen = ask_save(self.window, EXPORTS,
                                translate("TrainerMenu", "Export the audit trail"),
                                "audit-trail.jsonl", ";;".join(AUDIT_FILTERS.values()))
        if not path:
            return
        fmt = "csv" if path.lower().endswith(".csv") or chosen == AUDIT_FILTERS["csv"] \
            else "jsonl"
        try:
            count = self.export_audit(Path(path), fmt)
        except (OSError, StoreError) as error:
            self._warn(translate("TrainerMenu", "Cannot export the audit trail"), str(error))
            return
        shown = (translate("TrainerMenu", "Exported 1 event to {path}") if count == 1
                 else translate("TrainerMenu", "Exported {count} events to {path}"))
        self.window.show_status(shown.format(count=f"{count:,}", path=path))

    def _warn(self, title: str, text: str) -> None:
        warn(self.window, title, text)


def _new_name(folder: Path, stem: str) -> Path:
    candidate, n = folder / f"{stem}.waboard", 1
    while candidate.exists():
        n += 1
        candidate = folder / f"{stem}-{n}.waboard"
    return candidate
