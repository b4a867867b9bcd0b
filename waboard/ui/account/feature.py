"""Installs the business account feature: Settings > Business account… and Help > Rules by
date…"""

from __future__ import annotations

from ..common.host import WorkspaceWindow
from ..common.widgets import add_action
from .account_dialog import AccountDialog
from .rules_view import RulesByDateDialog


def install_account(window: WorkspaceWindow) -> None:
    add_action(window.feature_menu("&Settings"), "Business &account…",
               lambda: AccountDialog(window.workspace, window).exec())
    add_action(window.feature_menu("&Help"), "&Rules by date…",
               lambda: RulesByDateDialog(window.workspace, window).exec())
