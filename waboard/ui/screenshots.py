"""Render the app's screens offscreen to PNG files:
`python -m waboard.ui.screenshots OUTDIR [--lang es|pt_BR|en]` (or `python -m
waboard.screenshots ...`).

Uses a throwaway copy of the demo workspace with the clock paused, so every run draws the
same inbox. The README's pictures come from here.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import threading
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import timedelta
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QCoreApplication, QSettings  # noqa: E402
from PySide6.QtWidgets import QDockWidget, QTableView, QWidget  # noqa: E402

from ..api.client import post_json  # noqa: E402
from ..api.server import DEFAULT_TOKEN, ServeConfig  # noqa: E402
from ..i18n import ENGLISH, LANGUAGES  # noqa: E402
from ..service import Workspace  # noqa: E402
from ..trainer.lessons import lessons_folder  # noqa: E402
from ..workspaces import open_workspace  # noqa: E402
from .account.account_dialog import AccountDialog  # noqa: E402
from .account.rules_view import RulesByDateDialog  # noqa: E402
from .api.controller import ApiController  # noqa: E402
from .api.server_dialog import ApiServerDialog  # noqa: E402
from .app import application  # noqa: E402
from .billing.dock import forecast_defaults  # noqa: E402
from .billing.forecast_dialog import ForecastDialog  # noqa: E402
from .billing.rate_card_dialog import RateCardDialog  # noqa: E402
from .billing.view import COMPARE_TAB, BillingView  # noqa: E402
from .help.welcome import WelcomeDialog  # noqa: E402
from .inbox.consent_dialog import ConsentDialog, KeywordsDialog  # noqa: E402
from .inbox.customer_dialog import CustomerDialog  # noqa: E402
from .inbox.delivery_dialog import DeliveryDelayDialog  # noqa: E402
from .inbox.template_manager import TemplateManagerDialog  # noqa: E402
from .inbox.template_picker import TemplatePickerDialog  # noqa: E402
from .language import install_language  # noqa: E402
from .main_window import MainWindow  # noqa: E402
from .timetravel.bookmarks_dialog import BookmarksDialog  # noqa: E402
from .timetravel.go_back_dialog import GoBackDialog  # noqa: E402
from .trainer.lesson_dock import lesson_player  # noqa: E402
from .trainer.trainer_menu import Trainer  # noqa: E402

SIZE = (1440, 900)
SCREEN_SIZES = ((1024, 640), (1366, 768), (1920, 1080))
PROJECTOR_SIZE = (1366, 768)
FORECAST_TIMEOUT_S = 30


class Camera:
    """Saves widgets to `out/NAME.png` once pending events have been drawn."""

    def __init__(self, out: Path) -> None:
        out.mkdir(parents=True, exist_ok=True)
        self.out = out
        self.saved: list[Path] = []

    @staticmethod
    def settle() -> None:
        for _ in range(3):
            QCoreApplication.processEvents()

    def shot(self, name: str, widget: QWidget,
             prepare: Callable[[], object] = lambda: None) -> None:
        prepare()
        self.settle()
        path = self.out / f"{name}.png"
        widget.grab().save(str(path))
        self.saved.append(path)

    def dialog_shot(self, name: str, dialog: QWidget, size: tuple[int, int]) -> None:
        """Show `dialog` at `size`, save it, close it."""
        dialog.resize(*size)
        dialog.show()
        self.shot(name, dialog)
        dialog.close()


@contextmanager
def demo_window() -> Iterator[MainWindow]:
    """A main window on a fresh demo workspace with the clock paused, with settings kept
    in a throwaway folder; it and every window that replaced it are closed afterwards."""
    with tempfile.TemporaryDirectory() as folder:
        QSettings.setDefaultFormat(QSettings.Format.IniFormat)
        QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, folder)
        application()
        workspace = open_workspace(Path(folder) / "demo.waboard", seed_demo=True)
        workspace.pause()
        before = list(MainWindow.open_windows)
        window = MainWindow(workspace)
        window.resize(*SIZE)
        window.show()
        try:
            yield window
        finally:
            for opened in [w for w in MainWindow.open_windows if w not in before]:
                opened.close()
            QCoreApplication.processEvents()


def customer_ids(workspace: Workspace) -> dict[str, int]:
    return {c.key: c.id for c in workspace.customers() if c.id is not None}


def render_inbox(window: MainWindow, out: Path) -> list[Path]:
    """The main window, a closed window's banner, the template picker and presenter mode."""
    camera, workspace = Camera(out), window.workspace
    keys = customer_ids(workspace)
    camera.shot("main-window", window, lambda: window.select_customer(keys["ana"]))
    camera.shot("closed-window-banner", window, lambda: window.select_customer(keys["budi"]))
    picker = TemplatePickerDialog(workspace, keys["ana"], window)
    picker.resize(960, 620)
    picker.show()
    camera.shot("template-picker", picker, lambda: (
        picker.select_template("spring_sale", "es_MX"),
        picker.set_params(["Ana", "20%", "PRIMAVERA"])))
    picker.close()
    window.presenter_action.setChecked(True)
    camera.shot("presenter-mode", window, lambda: (
        window.toggle_presenter(), window.select_customer(keys["valentina"])))
    window.presenter_action.setChecked(False)
    window.toggle_presenter()
    window.select_customer(keys["ana"])
    return camera.saved


def render_sizes(window: MainWindow, out: Path) -> list[Path]:
    """The inbox at the common screen sizes, presenter mode at the common projector size,
    and the first-run welcome."""
    camera, keys = Camera(out), customer_ids(window.workspace)
    for width, height in SCREEN_SIZES:
        window.resize(width, height)
        camera.shot(f"inbox-{width}x{height}", window,
                    lambda: window.select_customer(keys["budi"]))
    window.resize(*PROJECTOR_SIZE)
    window.presenter_action.setChecked(True)
    camera.shot(f"presenter-{PROJECTOR_SIZE[0]}x{PROJECTOR_SIZE[1]}", window, lambda: (
        window.toggle_presenter(), window.select_customer(keys["valentina"])))
    window.presenter_action.setChecked(False)
    window.toggle_presenter()
    window.resize(*SIZE)
    window.phone_action.setChecked(True)
    window.toggle_phone()
    phone = window.phone
    assert phone is not None
    camera.shot("customer-phone", phone, lambda: window.select_customer(keys["valentina"]))
    window.phone_action.setChecked(False)
    window.toggle_phone()
    welcome = WelcomeDialog(window)
    welcome.show()
    camera.shot("welcome", welcome)
    welcome.close()
    return camera.saved


def render_billing(window: MainWindow, out: Path) -> list[Path]:
    """The bill and the comparison for the simulated month, the rate card and a finished
    forecast of `window`'s workspace."""
    camera, workspace = Camera(out), window.workspace
    view = BillingView(workspace, window.bus)
    view.resize(1280, 820)
    view.period_bar.set_kind("month")
    view.show()
    view.refresh()
    camera.shot("billing-bill", view)
    view.show_tab(COMPARE_TAB)
    camera.shot("billing-compare", view)
    view.close()
    view.deleteLater()

    camera.dialog_shot("rate-card", RateCardDialog(workspace, window), (1100, 640))

    start, region = forecast_defaults(workspace)
    forecast = ForecastDialog(workspace.rate_card, start, region, window)
    forecast.resize(1000, 720)
    forecast.show()
    forecast.run()
    deadline = time.monotonic() + FORECAST_TIMEOUT_S
    while forecast.running and time.monotonic() < deadline:
        camera.settle()
        forecast.wait_for_run(50)
    camera.shot("forecast", forecast)
    forecast.close()
    camera.settle()
    return camera.saved


def render_trainer(window: MainWindow, out: Path) -> list[Path]:
    """The grading report of the window's workspace and its details panel with the
    timeline."""
    camera = Camera(out)
    trainer = window.findChild(Trainer, "trainer") or Trainer(window)
    dialog = trainer.grade()
    camera.shot("grading-report", dialog)
    dialog.close()
    customers = window.workspace.customers()
    chosen = next((c for c in customers if c.key == "emily"), customers[0] if customers else None)
    if chosen is not None and chosen.id is not None:
        window.select_customer(chosen.id)
    camera.shot("details-timeline", window.details)
    return camera.saved


def render_account(window: MainWindow, out: Path) -> list[Path]:
    """Settings > Business account, Help > Rules by date and the template manager with a
    template's history."""
    camera = Camera(out)
    for name, dialog, size in (
            ("business-account", AccountDialog(window.workspace, window), None),
            ("rules-by-date", RulesByDateDialog(window.workspace, window), (1100, 640)),
            ("template-manager", TemplateManagerDialog(window.workspace, window), (1100, 680))):
        if size is not None:
            dialog.resize(*size)
        dialog.show()
        camera.shot(name, dialog)
        dialog.close()
    return camera.saved


def render_lesson(window: MainWindow, out: Path) -> list[Path]:
    """The lesson player: a checkpoint waiting for its answer, the same checkpoint answered,
    a Spanish lesson mid-way and a Portuguese one answered. Loading a lesson replaces
    `window` with a new one."""
    camera = Camera(out)
    player = lesson_player(window)
    assert player is not None

    def shot(name: str) -> None:
        host = player.host_window()
        assert host is not None
        camera.shot(name, host)

    player.load(lessons_folder() / "01-window.en.json")
    player.next()  # step 1 asks first
    player.answer(1)
    player.next()  # Ana writes
    player.next()  # step 3 asks first
    shot("lesson-checkpoint")
    player.answer(1)  # a wrong answer, to show both marks
    shot("lesson-answered")
    player.load(lessons_folder() / "03-free-entry-points.es.json")
    player.next()
    player.next()
    player.answer(1)
    shot("lesson-spanish")
    player.load(lessons_folder() / "01-window.pt_BR.json")
    player.next()
    player.answer(1)
    shot("lesson-portuguese")
    return camera.saved


def render_time_travel(window: MainWindow, out: Path) -> list[Path]:
    """Go back to... with what it would remove, and the bookmarks of the demo after a rewind."""
    camera, workspace = Camera(out), window.workspace
    workspace.add_bookmark("Before the promo")
    dialog = GoBackDialog(workspace, window)
    dialog.resize(620, 260)
    dialog.show()
    camera.shot("go-back", dialog, lambda: dialog.step_back(timedelta(days=1)))
    dialog.go()
    camera.dialog_shot("bookmarks", BookmarksDialog(workspace, window), (620, 420))
    return camera.saved


def render_cloud_api(window: MainWindow, out: Path,
                     size: tuple[int, int] = SIZE) -> list[Path]:
    """Tools > Cloud API server running, and the API traffic dock after a few requests."""
    camera = Camera(out)
    controller = window.findChild(ApiController, "apiController")
    controller.start(ServeConfig(port=0))
    try:
        base = controller.server.base_url + "v23.0/100000000000001/messages"
        phones = [c.phone for c in window.workspace.customers()[:3]]
        bodies = [{"messaging_product": "whatsapp", "to": p, "type": "text",
                   "text": {"body": "Hello from the business's bot"}} for p in phones]
        bodies.append({"messaging_product": "whatsapp", "to": "12", "type": "text",
                       "text": {"body": "wrong number"}})
        _post_all(base, bodies, camera)
        dialog = ApiServerDialog(controller, window)
        dialog.show()
        camera.shot("cloud-api-server", dialog)
        dialog.close()
        dock = window.findChild(QDockWidget, "apiTrafficDock")
        dock.show()
        dock.raise_()
        table = dock.findChild(QTableView, "apiTrafficTable")
        table.selectRow(0)
        window.resize(*size)
        camera.shot("api-traffic", window)
        dock.hide()
    finally:
        controller.stop()
    return camera.saved


def _post_all(url: str, bodies: list[dict[str, object]], camera: Camera) -> None:
    """POST each body from a thread while the Qt thread serves the API's workspace calls."""
    done = threading.Event()

    def post() -> None:
        for body in bodies:
            post_json(url, DEFAULT_TOKEN, body)  # an error answer is part of the picture
        done.set()

    threading.Thread(target=post, daemon=True).start()
    deadline = time.monotonic() + FORECAST_TIMEOUT_S
    while not done.is_set() and time.monotonic() < deadline:
        camera.settle()
        done.wait(0.01)


def render_delivery(window: MainWindow, out: Path) -> list[Path]:
    """Ticks (read, delivered, still on its way) and a button reply quoting the template it
    answers, in the inbox at each screen size and on the customer's phone; Settings >
    Delivery delay…"""
    camera, workspace = Camera(out), window.workspace
    ana = customer_ids(workspace)["ana"]
    window.select_customer(ana)
    workspace.customer_message(ana, "Hi! Has my order shipped?")
    sent = workspace.send_template(ana, "order_confirmation", "en_US", ["Ana", "CV-2041"])
    assert sent.message_id is not None
    workspace.customer_reply(ana, sent.message_id, "Track order")
    workspace.send_text(ana, "It ships today: here is the tracking link.")
    workspace.set_delivery_delay(60)
    workspace.send_text(ana, "Anything else we can help with?")  # on its way: one tick
    for width, height in SCREEN_SIZES:
        window.resize(width, height)
        camera.shot(f"delivery-ticks-{width}x{height}", window)
    window.resize(*SIZE)
    window.phone_action.setChecked(True)
    window.toggle_phone()
    assert window.phone is not None
    camera.shot("phone-button-reply", window.phone)
    window.phone_action.setChecked(False)
    window.toggle_phone()
    camera.dialog_shot("delivery-delay", DeliveryDelayDialog(workspace, window), (460, 190))
    return camera.saved


def render_customer_dialogs(window: MainWindow, out: Path) -> list[Path]:
    """Customers > Edit customer…, recording an opt-in and an opt-out, the opt-out keywords."""
    camera, workspace = Camera(out), window.workspace
    ana = customer_ids(workspace)["ana"]
    camera.dialog_shot("customer-dialog", CustomerDialog(workspace, ana, window), (480, 230))
    name = workspace.customer(ana).name
    for kind in ("opt_in", "opt_out"):
        camera.dialog_shot(f"consent-{kind.replace('_', '-')}", ConsentDialog(kind, name, window),
                           (480, 300))
    camera.dialog_shot("opt-out-keywords", KeywordsDialog(workspace, window), (400, 380))
    return camera.saved


def render_all(out: Path) -> list[Path]:
    """Every screen the README shows, each family from a fresh demo workspace."""
    saved: list[Path] = []
    with demo_window() as window:
        saved += render_inbox(window, out)
        saved += render_sizes(window, out)
        saved += render_billing(window, out)
        saved += render_trainer(window, out)
        saved += render_time_travel(window, out)
    with demo_window() as window:
        saved += render_cloud_api(window, out)
        saved += render_account(window, out)
    with demo_window() as window:
        saved += render_lesson(window, out)
    with demo_window() as window:
        saved += render_delivery(window, out)
        saved += render_customer_dialogs(window, out)
    return saved


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m waboard.ui.screenshots",
        description="Render the app's screens offscreen to OUTDIR/NAME.png.")
    parser.add_argument("outdir", metavar="OUTDIR")
    parser.add_argument("--lang", choices=LANGUAGES, default=ENGLISH,
                        help="the language the screens speak (default: en)")
    options = parser.parse_args(sys.argv[1:] if argv is None else argv)
    application()
    install_language(options.lang)
    try:
        for path in render_all(Path(options.outdir)):
            print(path)
    finally:
        install_language(ENGLISH)
    return 0


if __name__ == "__main__":
    sys.exit(main())
