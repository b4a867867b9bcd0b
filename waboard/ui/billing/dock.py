"""The Billing dock in the main window (tabbed with the activity log, hidden until asked
for), and the Billing menu that shows it, opens the rate card and the forecast, and exports.

`install_billing(window)` is the feature's entry in the main window's FEATURES.
"""

from __future__ import annotations

from collections import Counter
from datetime import UTC, date

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDockWidget, QMainWindow, QWidget

from ...i18n import translate
from ...service import Workspace
from ..common.bus import WorkspaceBus
from ..common.host import WorkspaceWindow
from ..common.widgets import add_action
from .forecast_dialog import ForecastDialog
from .rate_card_dialog import RateCardDialog
from .view import BILL_TAB, COMPARE_TAB, BillingView

STATUS_MS = 8000


BILLING_SHARE = 0.55
"""The share of the window's height the billing dock takes when it opens."""


class BillingDock(QDockWidget):
    """The billing view in a dock (hidden until View billing, or Compare regimes)."""

    def __init__(self, workspace: Workspace, bus: WorkspaceBus,
                 parent: QWidget | None = None) -> None:
        super().__init__(translate("BillingDock", "Billing"), parent)
        self.setObjectName("billingDock")
        self.view = BillingView(workspace, bus, self)
        self.setWidget(self.view)

    def show_bill(self) -> None:
        self._reveal()
        self.view.show_tab(BILL_TAB)

    def show_comparison(self) -> None:
        self._reveal()
        self.view.show_tab(COMPARE_TAB)

    def _reveal(self) -> None:
        self.show()
        self.raise_()
        window = self.parentWidget()
        wanted = int(window.height() * BILLING_SHARE) if window is not None else 0
        if isinstance(window, QMainWindow) and self.height() < wanted:
            # its charts need room: a bottom dock sized for the log cut them off
            window.resizeDocks([self], [wanted], Qt.Orientation.Vertical)


def install_billing(window: WorkspaceWindow) -> BillingDock:
    """Add the Billing dock (tabbed with the activity log) and the Billing menu."""
    dock = BillingDock(window.workspace, window.bus, window)
    window.addDockWidget(Qt.DockWidgetArea.BottomDockWidgetArea, dock)
    log = window.findChild(QDockWidget, "activityLog")
    if log is not None:
        window.tabifyDockWidget(log, dock)
    dock.hide()
    dock.view.status.connect(lambda text: window.show_status(text, STATUS_MS))

    menu = window.feature_menu("&Billing")
    menu.setObjectName("billingMenu")
    toggle = dock.toggleViewAction()
    toggle.setText(translate("BillingDock", "View &billing"))
    toggle.triggered.connect(lambda checked: dock.raise_() if checked else None)
    menu.addAction(toggle)
    add_action(menu, translate("BillingDock", "&Compare regimes"), dock.show_comparison)
    menu.addSeparator()
    add_action(menu, translate("BillingDock", "&Rate card…"), lambda: open_rate_card(window))
    menu.addSeparator()
    add_action(menu, translate("BillingDock", "Export bill as &CSV…"), dock.view.export_csv)
    add_action(menu, translate("BillingDock", "Export &HTML report…"), dock.view.export_html)
    menu.addSeparator()
    add_action(menu, translate("BillingDock", "Cost &forecast…"), lambda: open_forecast(window))
    return dock


def open_rate_card(window: WorkspaceWindow) -> None:
    RateCardDialog(window.workspace, window).exec()


def forecast_defaults(workspace: Workspace) -> tuple[date, str]:
    """A forecast's first day (the first of the simulated month) and market (the region
    most of the workspace's customers are in, else the United States)."""
    today = workspace.now().astimezone(UTC).date()
    regions = Counter(workspace.store.region_counts())
    region = regions.most_common(1)[0][0] if regions else "US"
    return today.replace(day=1), region


def open_forecast(window: WorkspaceWindow) -> None:
    workspace = window.workspace
    start, region = forecast_defaults(workspace)
    ForecastDialog(workspace.rate_card, start, region, window).exec()
