"""Render the app's main screens offscreen to PNG files: `python -m waboard.screenshots OUTDIR`.

Uses a throwaway copy of the demo workspace with the clock paused, so every run draws the
same inbox. The README's pictures come from here.
"""

from __future__ import annotations

import os
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QCoreApplication, QSettings  # noqa: E402
from PySide6.QtWidgets import QWidget  # noqa: E402

SIZE = (1440, 900)


def render_all(out: Path) -> list[Path]:
    """Draw the main window, template picker, a closed-window banner, presenter mode, and
    the billing, trainer and lesson screens."""
    from .ui.app import application
    from .ui.billing.billing_view import render_billing
    from .ui.common.presenter import set_presenter_mode
    from .ui.inbox.template_picker import TemplatePickerDialog
    from .ui.main_window import MainWindow
    from .ui.trainer.lesson_player import render_lesson
    from .ui.trainer.trainer_menu import render_trainer
    from .workspaces import open_workspace

    out.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as folder:
        QSettings.setDefaultFormat(QSettings.Format.IniFormat)
        QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, folder)
        app = application()
        workspace = open_workspace(Path(folder) / "demo.waboard", seed_demo=True)
        workspace.pause()
        window = MainWindow(workspace)
        window.resize(*SIZE)
        window.show()
        keys = {c.key: c.id for c in workspace.customers()}
        saved: list[Path] = []

        def shot(name: str, widget: QWidget, prepare: Callable[[], None] = lambda: None) -> None:
            prepare()
            for _ in range(3):
                app.processEvents()
            path = out / f"{name}.png"
            widget.grab().save(str(path))
            saved.append(path)

        shot("main-window", window, lambda: window.customer_list.select_customer(keys["ana"]))
        shot("closed-window-banner", window,
             lambda: window.customer_list.select_customer(keys["budi"]))
        picker = TemplatePickerDialog(workspace, keys["ana"], window)
        picker.resize(960, 620)
        picker.show()
        shot("template-picker", picker, lambda: (
            picker.select_template("spring_sale", "es_MX"),
            picker.set_params(["Ana", "20%", "PRIMAVERA"])))
        picker.close()
        window.presenter_action.setChecked(True)
        shot("presenter-mode", window, lambda: (set_presenter_mode(True),
                                                 window.customer_list.select_customer(
                                                     keys["valentina"])))
        set_presenter_mode(False)
        window.presenter_action.setChecked(False)
        window.customer_list.select_customer(keys["ana"])
        saved += render_billing(window, out)
        saved += render_trainer(window, out)
        window.close()
        QCoreApplication.processEvents()
        saved += render_lesson(out)
    return saved


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    if len(args) != 1:
        print("usage: python -m waboard.screenshots OUTDIR", file=sys.stderr)
        return 2
    for path in render_all(Path(args[0])):
        print(path)
    return 0


if __name__ == "__main__":
    sys.exit(main())
