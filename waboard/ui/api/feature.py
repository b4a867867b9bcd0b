"""`install_cloud_api(window)`: Tools > Cloud API server… and Tools > API traffic, the
feature's entry in the main window's FEATURES."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtWidgets import QDockWidget

from ...i18n import translate
from ..common.host import WorkspaceWindow
from ..common.widgets import add_action
from .controller import ApiController
from .server_dialog import ApiServerDialog
from .traffic_dock import TrafficDock


class _StopOnClose(QObject):
    """Stops the window's server when the window closes."""

    def __init__(self, controller: ApiController, window: WorkspaceWindow) -> None:
        super().__init__(controller)
        self.controller = controller
        window.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        if event.type() == QEvent.Type.Close:
            self.controller.stop()
        return False


def install_cloud_api(window: WorkspaceWindow) -> ApiController:
    controller = ApiController(window.workspace, window)
    controller.setObjectName("apiController")
    _StopOnClose(controller, window)
    dock = TrafficDock(controller, window)
    window.addDockWidget(Qt.DockWidgetArea.BottomDockWidgetArea, dock)
    log = window.findChild(QDockWidget, "activityLog")
    if log is not None:
        window.tabifyDockWidget(log, dock)
    dock.hide()
    dialog: list[ApiServerDialog] = []

    def open_dialog() -> None:
        if not dialog:
            dialog.append(ApiServerDialog(controller, window))
        dialog[0].show()
        dialog[0].raise_()
        dialog[0].activateWindow()

    def on_state() -> None:
        window.show_status(controller.description())

    controller.state_changed.connect(on_state)
    menu = window.feature_menu("&Tools")
    menu.setObjectName("toolsMenu")
    add_action(menu, translate("CloudApi", "Cloud &API server…"), open_dialog)
    toggle = dock.toggleViewAction()
    toggle.setText(translate("CloudApi", "API &traffic"))
    toggle.triggered.connect(lambda checked: dock.raise_() if checked else None)
    menu.addAction(toggle)
    return controller
