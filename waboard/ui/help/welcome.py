"""The first-run welcome: what waboard is, in three sentences, and where to start.

Shown once per user (QSettings), then from Help > Welcome. Each offer triggers the menu
action that already does it, so the welcome holds no behaviour of its own; an offer whose
action the window lacks (say, a build without the Cloud API) is left out.
"""

from __future__ import annotations

from PySide6.QtCore import QSettings
from PySide6.QtGui import QAction, QFontDatabase
from PySide6.QtWidgets import QCheckBox, QDialog, QMenu, QPushButton, QVBoxLayout

from ...i18n import QT_TRANSLATE_NOOP, translate
from ..common.host import ENGLISH_TITLE, WorkspaceWindow
from ..common.widgets import plain_label

SHOWN_KEY = "welcomeShown"
EMOJI_NOTICED_KEY = "emojiFontNoticed"

INTRO = QT_TRANSLATE_NOOP(
    "Welcome",
    "waboard simulates a WhatsApp Business inbox on a clock you control. "
    "Every message you send is decided by the platform's rules: whether it may be sent, "
    "which conversation it opens and what it costs. "
    "Nothing leaves this computer: the customers, their replies and the bill are simulated."
)

OFFERS: tuple[tuple[str, str, str, str], ...] = (
    (QT_TRANSLATE_NOOP("Welcome", "Explore the demo inbox"), "", "", ""),
    (QT_TRANSLATE_NOOP("Welcome", "Open a lesson…"), QT_TRANSLATE_NOOP("Menus", "&Trainer"),
     "LessonDock", QT_TRANSLATE_NOOP("LessonDock", "&Open lesson…")),
    (QT_TRANSLATE_NOOP("Welcome", "Load a scenario…"), QT_TRANSLATE_NOOP("Menus", "&File"),
     "MainWindow", QT_TRANSLATE_NOOP("MainWindow", "&Load scenario…")),
    (QT_TRANSLATE_NOOP("Welcome", "Start the Cloud API…"), QT_TRANSLATE_NOOP("Menus", "&Tools"),
     "CloudApi", QT_TRANSLATE_NOOP("CloudApi", "Cloud &API server…")),
)
"""(button, menu, context, action): the offers, each the menu action it triggers (none: just
close), named by its English menu title and its action's English text in its context."""


def menu_action(window: WorkspaceWindow, menu_title: str, text: str,
                context: str = "") -> QAction | None:
    """The action `text` (English, translated in `context`) in the window's top-level menu
    `menu_title` (its English title), if there is one."""
    shown = {text, translate(context, text)} if context else {text}
    for top in window.menuBar().actions():
        menu = top.menu()
        if isinstance(menu, QMenu) and menu.property(ENGLISH_TITLE) == menu_title:
            return next((a for a in menu.actions() if a.text() in shown), None)
    return None


class WelcomeDialog(QDialog):
    """Three sentences and a button per way to start; "Show at startup" unticks for good."""

    def __init__(self, window: WorkspaceWindow) -> None:
        super().__init__(window)
        self.setObjectName("welcome")
        self.setWindowTitle(translate("Welcome", "Welcome to waboard"))
        self.chosen: QAction | None = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(18, 16, 18, 14)
        layout.setSpacing(8)
        title = plain_label(self, "welcomeTitle", translate("Welcome", "Welcome to waboard"),
                            wrap=False)
        font = title.font()
        font.setPointSizeF(font.pointSizeF() * 1.5)
        font.setBold(True)
        title.setFont(font)
        layout.addWidget(title)
        intro = plain_label(self, "welcomeIntro", translate("Welcome", INTRO),
                            tall_as_text=True)
        layout.addWidget(intro)
        layout.addSpacing(6)
        self.buttons: dict[str, QPushButton] = {}
        for label, menu_title, context, text in OFFERS:
            action = menu_action(window, menu_title, text, context) if menu_title else None
            if menu_title and action is None:
                continue
            button = QPushButton(translate("Welcome", label), self)
            button.clicked.connect(lambda _=False, a=action: self._choose(a))
            layout.addWidget(button)
            self.buttons[label] = button
        self.buttons[OFFERS[0][0]].setDefault(True)
        layout.addSpacing(6)
        self.show_again = QCheckBox(translate("Welcome", "Show this at startup"), self)
        self.show_again.setChecked(not QSettings().value(SHOWN_KEY, False, bool))
        layout.addWidget(self.show_again)
        self.setMinimumWidth(460)

    def _choose(self, action: QAction | None) -> None:
        self.chosen = action
        self.accept()

    def done(self, result: int) -> None:
        QSettings().setValue(SHOWN_KEY, not self.show_again.isChecked())
        super().done(result)


def show_welcome(window: WorkspaceWindow) -> None:
    """Show the welcome; then do what the user chose."""
    dialog = WelcomeDialog(window)
    dialog.exec()
    if dialog.chosen is not None:
        dialog.chosen.trigger()


def welcome_due() -> bool:
    """True until the user has seen the welcome with "Show this at startup" unticked."""
    return not QSettings().value(SHOWN_KEY, False, bool)


def has_emoji_font() -> bool:
    """Whether a colour emoji font is installed (else emoji draw as empty boxes)."""
    return any("emoji" in family.lower() for family in QFontDatabase.families())


def notice_missing_emoji_font(window: WorkspaceWindow) -> bool:
    """Say once per user, in the status bar, that emoji will show as boxes; True if said."""
    if has_emoji_font() or QSettings().value(EMOJI_NOTICED_KEY, False, bool):
        return False
    QSettings().setValue(EMOJI_NOTICED_KEY, True)
    window.show_status(translate("Welcome", "No colour emoji font is installed, so emoji "
                                 "show as boxes; on Debian/Ubuntu: sudo apt install "
                                 "fonts-noto-color-emoji"), 20000)
    return True


def greet(window: WorkspaceWindow) -> None:
    """At startup: the emoji notice once, and the welcome while it is due."""
    notice_missing_emoji_font(window)
    if welcome_due():
        show_welcome(window)
