"""Start the desktop app: open (or create) a workspace and show the main window."""

from __future__ import annotations

import sys
from pathlib import Path

from platformdirs import user_data_path
from PySide6.QtCore import QSettings, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from ..i18n import translate
from ..workspaces import open_workspace
from .common import errors
from .common.presenter import set_presenter_mode
from .common.widgets import warn
from .display_check import display_problem
from .help.welcome import greet
from .language import chosen_language, install_language
from .main_window import MainWindow, recent_files

APP_NAME = "waboard"


def default_db_path() -> Path:
    return user_data_path(APP_NAME, appauthor=False) / "workspace.waboard"


def application() -> QApplication:
    """The running QApplication, created and styled on first use."""
    app = QApplication.instance()
    if app is None:
        app = QApplication(sys.argv[:1])
        app.setApplicationName(APP_NAME)
        app.setOrganizationName(APP_NAME)
        set_presenter_mode(bool(QSettings().value("presenter", False, bool)))
    return app  # type: ignore[return-value]


def startup_workspace() -> Path:
    """The workspace to open without --db: the last one opened, else the user's default."""
    recent = recent_files()
    return recent[0] if recent else default_db_path()


def launch(path: Path | None, language: str | None = None) -> int:
    """Open the workspace at `path` (default: the last one opened, else the user's, with
    the demo on first run), speaking `language` (default: the preference, else the
    system's)."""
    if QApplication.instance() is None:
        problem = display_problem()
        if problem:
            sys.stderr.write(f"waboard: {problem}\n")
            return 1
    app = application()
    install_language(chosen_language(language))
    errors.install()
    target = path or startup_workspace()
    try:
        workspace = open_workspace(target, seed_demo=target == default_db_path())
    except (*errors.REFUSALS, OSError) as error:
        # e.g. "… is open in another waboard (pid N)": said plainly, nothing written
        sys.stderr.write(f"waboard: {error}\n")
        warn(None, translate("App", "waboard cannot open this file"), errors.refusal_text(error),
             QMessageBox.Icon.Critical)
        return 1
    window = MainWindow(workspace)
    window.show()
    QTimer.singleShot(0, lambda: greet(window))
    return app.exec()
