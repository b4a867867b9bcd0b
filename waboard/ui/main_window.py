"""The main window: customer list, chat and details, the clock bar, menus and the log."""

from __future__ import annotations

import contextlib
from pathlib import Path

from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QAction, QActionGroup, QCloseEvent, QKeySequence, QResizeEvent
from PySide6.QtWidgets import QMenu, QMessageBox, QSplitter

from ..i18n import QT_TRANSLATE_NOOP, translate
from ..rules.model import Regime
from ..rules.regimes import AUTO, PricingChoice, choice_label
from ..scenario.loader import Scenario, ScenarioError, load_scenario
from ..service import Change, ChangeKind, InputError, Workspace
from ..store import StoreError
from ..workspaces import create_from_scenario, open_workspace, reset_to_demo
from .account.feature import install_account
from .api.feature import install_cloud_api
from .billing.dock import install_billing
from .common.bus import WorkspaceBus
from .common.file_dialogs import SCENARIOS, WORKSPACES, ask_open, ask_save
from .common.host import QUIT_ACTION, Feature, WorkspaceWindow
from .common.presenter import set_presenter_mode
from .common.widgets import add_action, message_box, warn
from .help.help_menu import install_help
from .inbox.activity_log import ActivityLogDock
from .inbox.chat_panel import ChatPanel
from .inbox.clock_bar import ClockBar
from .inbox.customer_dialog import CustomerDialog
from .inbox.customer_list import CustomerListPanel
from .inbox.delivery_dialog import install_delivery
from .inbox.details import DetailsPanel
from .inbox.phone_view import PhoneView
from .inbox.template_manager import TemplateManagerDialog
from .inbox.template_picker import TemplatePickerDialog
from .language import LANGUAGE_NAMES, language_name, save_preference, saved_preference
from .timetravel.edit_menu import install_time_travel
from .trainer.lesson_dock import install_lessons
from .trainer.trainer_menu import install_trainer

WORKSPACE_FILTER = QT_TRANSLATE_NOOP(
    "MainWindow", "waboard workspaces (*.waboard *.db *.sqlite *.sqlite3);;All files (*)")
SCENARIO_FILTER = QT_TRANSLATE_NOOP("MainWindow", "Scenario files (*.json);;All files (*)")
MAX_RECENT = 8
PANEL_SHARES = (("customer_list", 3), ("chat", 5), ("details", 3))
"""The inbox panels left to right, with the share of the width each gets and gives up."""
LOG_SHARE = 0.2
"""The activity log's share of the window's height when it opens, and at most (it dominated
small screens); the user may make it smaller."""
PRESENTER_SHARES = (2, 7, 0)
"""Presenter mode is chat-first: a narrow customer list, the chat, no details or log."""


FEATURES: tuple[Feature, ...] = (install_help, install_billing, install_trainer, install_lessons,
                                 install_time_travel, install_cloud_api, install_account,
                                 install_delivery)
"""Installed in this order into every main window; each adds its own menus and docks (Help
first, so it stays the last menu: features insert theirs before it)."""


class MainWindow(WorkspaceWindow):
    """One window per open workspace; opening another file replaces the window."""

    def __init__(self, workspace: Workspace) -> None:
        super().__init__()
        self.workspace = workspace
        self.bus = WorkspaceBus(workspace, self)
        self._owns_store = True
        self._before_presenter: tuple[list[int], bool] | None = None
        self.phone: PhoneView | None = None
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self._build_panels()
        self._build_menus()
        for install in FEATURES:
            install(self)
        self._select_first_customer()
        self._restore_geometry()
        self._presenter_layout(self.presenter_action.isChecked())
        self._update_title()
        self.bus.changed.connect(self._on_change)
        if workspace.store.path is not None:
            remember_recent(workspace.store.path)
        WorkspaceWindow.open_windows.append(self)

    # layout

    def _build_panels(self) -> None:
        workspace, bus = self.workspace, self.bus
        self.clock_bar = ClockBar(workspace, bus, self)
        self.addToolBar(Qt.ToolBarArea.TopToolBarArea, self.clock_bar)
        self.customer_list = CustomerListPanel(workspace, bus)
        self.chat = ChatPanel(workspace, bus)
        self.details = DetailsPanel(workspace, bus)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.setObjectName("inboxSplitter")
        for index, (panel, share) in enumerate(PANEL_SHARES):
            splitter.addWidget(getattr(self, panel))
            splitter.setStretchFactor(index, share)
        splitter.setSizes([share * 100 for _, share in PANEL_SHARES])
        splitter.setChildrenCollapsible(False)
        self.splitter = splitter
        self.setCentralWidget(splitter)
        self.activity_log = ActivityLogDock(workspace, bus, self)
        self.activity_log.setObjectName("activityLog")
        self.addDockWidget(Qt.DockWidgetArea.BottomDockWidgetArea, self.activity_log)
        self.customer_list.customer_selected.connect(self._show_customer)
        self.chat.template_requested.connect(self.open_template_picker)
        self.statusBar()

    def _select_first_customer(self) -> None:
        if self.customer_list.select_first() is None:
            self._show_customer(None)

    def select_customer(self, customer_id: int) -> None:
        self.customer_list.select_customer(customer_id)

    def _show_customer(self, customer_id: int | None) -> None:
        self.chat.show_customer(customer_id)
        self.details.show_customer(customer_id)
        self.edit_customer_action.setEnabled(customer_id is not None)

    @property
    def current_customer_id(self) -> int | None:
        return self.customer_list.current_customer_id()

    # menus

    def _build_menus(self) -> None:
        file = self.feature_menu("&File")
        add_action(file, translate("MainWindow", "&New workspace…"), self.new_workspace,
                   "Ctrl+Shift+N")
        add_action(file, translate("MainWindow", "&Open…"), self.open_dialog,
                   QKeySequence.StandardKey.Open)
        self.recent_menu = file.addMenu(translate("MainWindow", "Open &recent"))
        self.recent_menu.aboutToShow.connect(self._fill_recent)
        add_action(file, translate("MainWindow", "&Save a copy…"), self.save_copy,
                   "Ctrl+Shift+S")
        file.addSeparator()
        add_action(file, translate("MainWindow", "&Load scenario…"), self.load_scenario_dialog,
                   "Ctrl+L")
        add_action(file, translate("MainWindow", "Reset to &demo…"), self.reset_to_demo)
        file.addSeparator()
        add_action(file, translate("MainWindow", "&Quit"), self.close,
                   QKeySequence.StandardKey.Quit).setObjectName(QUIT_ACTION)

        customers = self.feature_menu("&Customers")
        add_action(customers, translate("MainWindow", "&New customer…"), self.new_customer,
                   "Ctrl+N")
        self.edit_customer_action = add_action(
            customers, translate("MainWindow", "&Edit customer…"), self.edit_customer, "Ctrl+E")
        add_action(customers, translate("MainWindow", "&Search customers"),
                   self.customer_list.focus_search, "Ctrl+K")

        messages = self.feature_menu("&Messages")
        add_action(messages, translate("MainWindow", "Send &template…"),
                   self.open_template_picker, "Ctrl+T")
        add_action(messages, translate("MainWindow", "&Send message"), self.chat.send_current,
                   "Ctrl+Return")
        messages.addSeparator()
        add_action(messages, translate("MainWindow", "&Manage templates…"),
                   self.open_template_manager, "Ctrl+Shift+T")

        clock = self.feature_menu("C&lock")
        add_action(clock, translate("MainWindow", "&Play / pause"), self.clock_bar.toggle_play,
                   "Ctrl+Space")
        add_action(clock, translate("MainWindow", "+1 &hour"), self.clock_bar.jump_hour,
                   "Ctrl+H")
        add_action(clock, translate("MainWindow", "+1 &day"), self.clock_bar.jump_day, "Ctrl+D")
        add_action(clock, translate("MainWindow", "To &next expiry"),
                   self.clock_bar.jump_next_expiry, "Ctrl+J")

        view = self.feature_menu("&View")
        self.presenter_action = add_action(view, translate("MainWindow", "&Presenter mode"),
                                           self.toggle_presenter, "F11")
        self.presenter_action.setCheckable(True)
        self.presenter_action.setChecked(bool(QSettings().value("presenter", False, bool)))
        view.addAction(self.activity_log.toggleViewAction())
        self.phone_action = add_action(view, translate("MainWindow", "Customer's p&hone"),
                                       self.toggle_phone, "Ctrl+Shift+P")
        self.phone_action.setCheckable(True)

        settings = self.feature_menu("&Settings")
        pricing = settings.addMenu(translate("MainWindow", "&Pricing regime"))
        group = QActionGroup(self)
        self.regime_actions: dict[PricingChoice, QAction] = {}
        for regime in (AUTO, *Regime):
            action = pricing.addAction(f"{choice_label(regime)}  ({regime})")
            action.setCheckable(True)
            action.setChecked(regime == self.workspace.pricing)
            action.triggered.connect(lambda _=False, r=regime: self.set_regime(r))
            group.addAction(action)
            self.regime_actions[regime] = action
        self._build_language_menu(settings.addMenu(translate("MainWindow", "&Language")))

    def _build_language_menu(self, menu: QMenu) -> None:
        """Settings > Language: the system's or one of waboard's, from the next start."""
        group = QActionGroup(self)
        saved = saved_preference()
        self.language_actions: dict[str, QAction] = {}
        for code in LANGUAGE_NAMES:
            action = menu.addAction(language_name(code))
            action.setCheckable(True)
            action.setChecked(code == saved)
            action.triggered.connect(lambda _=False, c=code: self.choose_language(c))
            group.addAction(action)
            self.language_actions[code] = action

    def choose_language(self, code: str) -> None:
        """Keep `code` as this machine's language; it applies when waboard starts again."""
        if code == saved_preference():
            return
        save_preference(code)
        message_box(QMessageBox.Icon.Information, translate("MainWindow", "Language"),
                    translate("MainWindow", "waboard will speak {language} from the next time "
                              "it starts.").format(language=language_name(code)),
                    self).exec()

    # files

    def new_workspace(self) -> None:
        path, _ = ask_save(self, WORKSPACES, translate("MainWindow", "New workspace"),
                           "workspace.waboard", translate("MainWindow", WORKSPACE_FILTER))
        if path:
            if Path(path).exists() and Path(path).stat().st_size:
                self._warn(translate("MainWindow", "Choose a new file"),
                           translate("MainWindow", "{file} already exists; a new workspace "
                                     "needs a new file.").format(file=path))
                return
            self.open_file(Path(path))

    def open_dialog(self) -> None:
        path, _ = ask_open(self, WORKSPACES, translate("MainWindow", "Open workspace"),
                           translate("MainWindow", WORKSPACE_FILTER))
        if path:
            self.open_file(Path(path))

    def open_file(self, path: Path) -> bool:
        """Open a workspace file in place of this one; a clear dialog if it cannot be."""
        if self.workspace.store.path == path:
            return True
        try:
            workspace = open_workspace(path)
        except (StoreError, OSError) as error:
            warn(self, translate("MainWindow", "Cannot open this file"), str(error),
                 QMessageBox.Icon.Critical)
            return False
        self.switch_workspace(workspace)
        return True

    def save_copy(self) -> None:
        name = self.workspace.store.path.name if self.workspace.store.path else "copy.waboard"
        path, _ = ask_save(self, WORKSPACES, translate("MainWindow", "Save a copy"), name,
                           translate("MainWindow", WORKSPACE_FILTER))
        if not path:
            return
        try:
            self.workspace.save()
            self.workspace.store.copy_to(path)
        except StoreError as error:
            self._warn(translate("MainWindow", "Cannot save a copy"), str(error))
            return
        self.statusBar().showMessage(
            translate("MainWindow", "Saved a copy to {file}").format(file=path), 5000)

    def load_scenario_dialog(self) -> None:
        source, _ = ask_open(self, SCENARIOS, translate("MainWindow", "Load scenario"),
                             translate("MainWindow", SCENARIO_FILTER))
        if not source:
            return
        try:
            scenario = load_scenario(source)
        except ScenarioError as error:
            self._warn(translate("MainWindow", "This scenario cannot be loaded"), str(error))
            return
        target, _ = ask_save(self, WORKSPACES,
                             translate("MainWindow", "Play the scenario into a new workspace"),
                             Path(source).stem + ".waboard",
                             translate("MainWindow", WORKSPACE_FILTER))
        if target:
            self.load_scenario(scenario, Path(target))

    def load_scenario(self, scenario: Scenario, target: Path) -> bool:
        """Play a loaded scenario into the new file `target` and open it."""
        try:
            workspace = create_from_scenario(scenario, target)
        except (ScenarioError, StoreError, InputError, OSError) as error:
            self._warn(translate("MainWindow", "This scenario cannot be loaded"), str(error))
            return False
        self.switch_workspace(workspace)
        return True

    def reset_to_demo(self) -> None:
        path = self.workspace.store.path
        answer = QMessageBox.question(
            self, translate("MainWindow", "Reset to demo"),
            translate("MainWindow", "Replace everything in this workspace with the demo inbox? "
                      "This cannot be undone."),
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        self.bus.stop()
        try:
            workspace = reset_to_demo(self.workspace)
        except (StoreError, OSError) as error:
            self._warn(translate("MainWindow", "Cannot reset the workspace"), str(error))
            return
        window = self.switch_workspace(workspace, close_store=False)
        if path is not None:
            window.show_status(translate("MainWindow", "Reset to the demo inbox"))

    def switch_workspace(self, workspace: Workspace, *,
                         close_store: bool = True) -> MainWindow:
        self._save_layout()  # the new window opens with this one's docks, open or closed
        window = MainWindow(workspace)
        window.show()
        self._owns_store = close_store
        self.close()
        return window

    def _fill_recent(self) -> None:
        self.recent_menu.clear()
        paths = recent_files()
        if not paths:
            self.recent_menu.addAction(translate("MainWindow", "No recent files")).setEnabled(False)
        for path in paths:
            action = self.recent_menu.addAction(str(path))
            action.triggered.connect(lambda _=False, p=path: self.open_file(p))

    # customers and templates

    def new_customer(self) -> None:
        dialog = CustomerDialog(self.workspace, None, self)
        if dialog.exec() and dialog.customer_id is not None:
            self.customer_list.select_customer(dialog.customer_id)

    def edit_customer(self) -> None:
        customer_id = self.current_customer_id
        if customer_id is not None:
            CustomerDialog(self.workspace, customer_id, self).exec()

    def open_template_picker(self, customer_id: int | None = None) -> None:
        customer_id = customer_id or self.current_customer_id
        if customer_id is None:
            self._warn(translate("MainWindow", "No customer selected"),
                       translate("MainWindow", "Select a customer to send a template to."))
            return
        TemplatePickerDialog(self.workspace, customer_id, self, bus=self.bus).exec()

    def open_template_manager(self) -> None:
        TemplateManagerDialog(self.workspace, self, bus=self.bus).exec()

    # settings and view

    def set_regime(self, regime: PricingChoice) -> None:
        self.workspace.set_regime(regime)

    def toggle_presenter(self) -> None:
        on = self.presenter_action.isChecked()
        QSettings().setValue("presenter", on)
        set_presenter_mode(on)
        self._presenter_layout(on)

    def toggle_phone(self) -> None:
        """Show or hide the customer's phone beside the inbox, on the selected customer."""
        if self.phone is None:
            self.phone = PhoneView(self.workspace, self.bus, self)
            self.customer_list.customer_selected.connect(self.phone.show_customer)
            self.phone.hidden.connect(lambda: self.phone_action.setChecked(False))
        if not self.phone_action.isChecked():
            self.phone.hide()
            return
        self.phone.show_customer(self.current_customer_id)
        self.phone.show()
        self.phone.raise_()

    def _presenter_layout(self, on: bool) -> None:
        """Chat-first for projection: details and the log hidden, the list narrow; back as
        they were when it ends."""
        if on == (self._before_presenter is not None):
            return
        if on:
            self._before_presenter = (self.splitter.sizes(), self.activity_log.isVisible())
            self.details.hide()
            self.activity_log.hide()
            self.splitter.setSizes([share * 100 for share in PRESENTER_SHARES])
            return
        sizes, log_visible = self._before_presenter or ([], True)
        self._before_presenter = None
        self.details.show()
        self.activity_log.setVisible(log_visible)
        self.splitter.setSizes(sizes)

    # events

    def _on_change(self, change: Change) -> None:
        if change.kind is ChangeKind.SETTINGS:
            self.regime_actions[self.workspace.pricing].setChecked(True)
            self._update_title()

    def _update_title(self) -> None:
        path = self.workspace.store.path
        name = path.name if path is not None else translate("MainWindow", "in-memory workspace")
        self.setWindowTitle(f"{name} — waboard · {self.workspace.regime.label}")
        self.setWindowFilePath(str(path) if path is not None else "")

    def _warn(self, title: str, text: str) -> None:
        warn(self, title, text)

    def _restore_geometry(self) -> None:
        settings = QSettings()
        geometry = settings.value("geometry")
        if geometry is not None:
            self.restoreGeometry(geometry)
        else:  # first launch: 1440x900, or the screen's free area where that is smaller
            free = self.screen().availableGeometry()
            self.resize(min(1440, free.width()), min(900, free.height()))
            self.move(free.topLeft())
        state = settings.value("windowState")
        if state is not None:
            self.restoreState(state)
        else:
            self.resizeDocks([self.activity_log], [int(self.height() * LOG_SHARE)],
                             Qt.Orientation.Vertical)

    def _save_layout(self) -> None:
        settings = QSettings()
        settings.setValue("geometry", self.saveGeometry())
        if self._before_presenter is None:  # presenter mode's hidden docks are not the user's
            settings.setValue("windowState", self.saveState())

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802
        super().resizeEvent(event)
        limit = int(self.height() * LOG_SHARE)
        if self.activity_log.isVisible() and self.activity_log.height() > limit * 1.25:
            self.resizeDocks([self.activity_log], [limit], Qt.Orientation.Vertical)

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802
        self._save_layout()
        self.bus.stop()
        if self._owns_store:
            with contextlib.suppress(StoreError):
                self.workspace.save()
            self.workspace.store.close()
        if self in WorkspaceWindow.open_windows:
            WorkspaceWindow.open_windows.remove(self)
        super().closeEvent(event)


def recent_files() -> list[Path]:
    values = QSettings().value("recent", [], list) or []
    return [Path(v) for v in values if Path(v).exists()]


def remember_recent(path: Path) -> None:
    paths = [str(path.resolve())] + [str(p) for p in recent_files()
                                     if str(p) != str(path.resolve())]
    QSettings().setValue("recent", paths[:MAX_RECENT])

