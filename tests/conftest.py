"""Shared fixtures: real workspace files in tmp_path. Qt runs offscreen: no display needed."""

from __future__ import annotations

import os
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from waboard.clock import ClockSetting  # noqa: E402
from waboard.resources import DEMO_MARCH_2025, bundled_rate_card, resource  # noqa: E402
from waboard.rules.model import Category, Regime, Template, TemplateStatus  # noqa: E402
from waboard.scenario.loader import load_scenario  # noqa: E402
from waboard.service import Workspace  # noqa: E402
from waboard.settings import CLOCK, PRICING, RATE_CARD  # noqa: E402
from waboard.store import Store  # noqa: E402
from waboard.trainer.exercises import bundled_exercises, load_exercise, start_exercise  # noqa: E402
from waboard.ui.common.bus import WorkspaceBus  # noqa: E402
from waboard.workspaces import create_from_scenario  # noqa: E402

START = datetime(2025, 3, 3, 8, 0, tzinfo=UTC)


def _june_2023_card() -> str:
    from waboard.ui.billing.rate_card_dialog import rate_card_csv

    return rate_card_csv(bundled_rate_card(datetime(2023, 6, 1, tzinfo=UTC)).rows)


JUNE_2023_CARD = _june_2023_card()


@pytest.fixture
def workspace(tmp_path) -> Iterator[Workspace]:
    """An empty workspace file, clock paused at START, regime cbp-2023-06, priced with the
    June 2023 card's figures (its own card: the tests' amounts are that card's)."""
    store = Store.open(tmp_path / "workspace.waboard")
    CLOCK.write(store, ClockSetting(START))
    PRICING.write(store, Regime.CBP_2023_06)
    RATE_CARD.write(store, JUNE_2023_CARD)
    workspace = Workspace(store)
    yield workspace
    store.close()


@pytest.fixture
def demo(tmp_path) -> Iterator[Workspace]:
    """The March 2025 demo (the scenario the demo inbox was before November 2026) in a new
    file, clock paused where it ends: its figures are the ones the tests know."""
    workspace = create_from_scenario(load_scenario(resource(DEMO_MARCH_2025)),
                                     tmp_path / "demo.waboard")
    workspace.pause()
    yield workspace
    workspace.store.close()


@pytest.fixture
def bus(workspace: Workspace) -> Iterator[WorkspaceBus]:
    """The Qt side of the empty workspace (its timer stopped afterwards)."""
    bus = WorkspaceBus(workspace)
    yield bus
    bus.stop()


@pytest.fixture
def ana(workspace: Workspace) -> int:
    """A Mexican customer who opted in, in the empty workspace, with two templates."""
    workspace.add_template(Template("order_update", "es_MX", Category.UTILITY,
                                    "Hola {{1}}, tu pedido {{2}} va en camino."))
    workspace.add_template(Template("spring_sale", "es_MX", Category.MARKETING,
                                    "¡{{1}}, 20% de descuento!", TemplateStatus.APPROVED))
    return workspace.add_customer("Ana López", "+52 55 1234 5678", key="ana", opt_in=True)


@pytest.fixture
def open_windows(qtbot) -> Iterator[list]:
    """The open main windows, newest last; those still open are closed afterwards."""
    from shiboken6 import isValid

    from waboard.ui.main_window import MainWindow

    yield MainWindow.open_windows
    for window in list(MainWindow.open_windows):
        if isValid(window):
            window.close()


@pytest.fixture
def demo_window(qtbot, demo, open_windows):
    """A main window on the demo, on screen."""
    from waboard.ui.main_window import MainWindow

    window = MainWindow(demo)
    with qtbot.waitExposed(window):
        window.show()
    return window


@pytest.fixture(autouse=True)
def _isolated_settings(tmp_path_factory) -> Iterator[None]:
    """QSettings (geometry, recent files, presenter mode) go to a throwaway folder."""
    from PySide6.QtCore import QCoreApplication, QSettings

    folder = tmp_path_factory.mktemp("settings")
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(folder))
    QCoreApplication.setOrganizationName("waboard-tests")
    QCoreApplication.setApplicationName("waboard-tests")
    yield


def exercise_path(prefix: str) -> Path:
    """The bundled exercise file whose name starts with `prefix`."""
    return next(p for p in bundled_exercises() if p.name.startswith(prefix))


@pytest.fixture
def started(tmp_path):
    """Start a bundled exercise in a new file; the workspaces are closed afterwards."""
    opened: list[Workspace] = []

    def start(prefix: str) -> tuple[Workspace, dict[str, int]]:
        workspace = start_exercise(load_exercise(exercise_path(prefix)),
                                   tmp_path / f"{prefix}.waboard")
        opened.append(workspace)
        return workspace, {c.key: c.id for c in workspace.customers()}

    yield start
    for workspace in opened:
        workspace.store.close()


BOX_KINDS = {"Warning": "warning", "Critical": "critical", "Information": "information"}


@pytest.fixture(autouse=True)
def no_unexpected_box(monkeypatch):
    """A message box nobody answers within 10 s is closed and fails the test, instead of
    waiting for a click forever."""
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QMessageBox

    shown = QMessageBox.exec
    stuck: list[str] = []

    def guarded(box):
        def close_if_open() -> None:
            if box.isVisible():
                stuck.append(f"{box.windowTitle()}: {box.text()}")
                box.reject()

        timer = QTimer(box)  # goes with the box: never fires after it
        timer.setSingleShot(True)
        timer.timeout.connect(close_if_open)
        timer.start(10_000)
        return shown(box)

    monkeypatch.setattr(QMessageBox, "exec", guarded)
    yield
    assert not stuck, f"unanswered message box: {stuck}"


def on_box(monkeypatch, handler) -> None:
    """Hand every plain-text message box the app shows (`widgets.warn`, `message_box`) to
    `handler(parent, title, text, kind)` instead of showing it."""
    from PySide6.QtWidgets import QMessageBox

    monkeypatch.setattr(QMessageBox, "exec", lambda box: handler(
        box.parent(), box.windowTitle(), box.text(), BOX_KINDS.get(box.icon().name, "")))
