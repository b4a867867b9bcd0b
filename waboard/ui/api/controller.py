"""One window's Cloud API server: started and stopped from the dialog, its traffic relayed
to the dock as Qt signals. The server gets the window's own workspace; every workspace call
it makes runs on the Qt thread (QtRunner), so the inbox shows API traffic live."""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal

from ...api.server import ApiServer, ServeConfig, ServerError, describe
from ...api.traffic import TrafficEntry, TrafficLog
from ...i18n import translate
from ...service import Workspace
from .runner import QtRunner


class ApiController(QObject):
    """Start/stop one server for one workspace; `entry_added` for each traffic entry."""

    entry_added = Signal(object)
    state_changed = Signal()

    def __init__(self, workspace: Workspace, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.workspace = workspace
        self.traffic = TrafficLog()
        self.traffic.subscribe(self.entry_added.emit)  # queued to the Qt thread when off it
        self.runner = QtRunner(self)
        self.server: ApiServer | None = None
        self.config = ServeConfig()

    @property
    def running(self) -> bool:
        return self.server is not None and self.server.running

    def start(self, config: ServeConfig) -> None:
        """Raises ServerError with a sentence for the user (port in use...)."""
        self.stop()
        self.config = config
        server = ApiServer(config, self.workspace, self.runner, traffic=self.traffic)
        self.runner.open()
        try:
            server.start()
        except ServerError:
            self.runner.close()
            raise
        except OSError as error:
            self.runner.close()
            raise ServerError(translate("CloudApi", "cannot start the server: {error}")
                              .format(error=error)) from None
        self.server = server
        self.state_changed.emit()

    def stop(self) -> None:
        if self.server is None:
            return
        self.runner.close()
        self.server.stop()
        self.server = None
        self.state_changed.emit()

    def description(self) -> str:
        return describe(self.server) if self.server is not None \
            else translate("CloudApi", "Stopped")

    def entries(self) -> list[TrafficEntry]:
        return self.traffic.entries()
