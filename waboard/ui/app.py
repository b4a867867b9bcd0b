"""Start the desktop app: open (or create) a workspace and show the main window."""

from __future__ import annotations

import sys
from pathlib import Path

from platformdirs import user_data_path
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication, QMessageBox

from ..workspaces import open_workspace
from .common import errors
from .common.presenter import set_presenter_mode
from .common.widgets import warn
from .main_window import MainWindow

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


def launch(path: Path | None) -> int:
    """Open the workspace at `path` (default: the user's, with the demo on first run)."""
    app = application()
    errors.install()
    target = path or default_db_path()
    try:
        workspace = open_workspace(target, seed_demo=path is None)
    except (*errors.REFUSALS, OSError) as error:
        # e.g. "… is open in another waboard (pid N)": said plainly, nothing written
        sys.stderr.write(f"waboard: {error}\n")
        warn(None, "waboard cannot open this file", errors.refusal_text(error),
             QMessageBox.Icon.Critical)
        return 1
    window = MainWindow(workspace)
    window.show()
    return app.exec()
