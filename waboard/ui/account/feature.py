"""Installs the business account feature: Settings > Business account… and Help > Rules by
date…"""

from __future__ import annotations

from ...i18n import translate
from ..common.host import WorkspaceWindow
from ..common.widgets import add_action
from ..help.help_menu import insert_reference
from .account_dialog import AccountDialog
from .rules_view import RulesByDateDialog


def install_account(window: WorkspaceWindow) -> None:
    add_action(window.feature_menu("&Settings"), translate("Account", "Business &account…"),
               lambda: AccountDialog(window.workspace, window).exec())
    insert_reference(window, translate("Account", "&Rules by date…"),
                     lambda: RulesByDateDialog(window.workspace, window).exec())
