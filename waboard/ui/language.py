"""The language the app speaks: chosen at start, its translations loaded into Qt.

In order: `--lang` (or the WABOARD_LANG environment variable), else Settings > Language
(a per-machine preference, `settings.LANGUAGE`), else the system locale (`LANG=es_MX` ->
Spanish, `pt_BR`/`pt` -> Brazilian Portuguese, anything else English). A change in
Settings > Language applies at the next start: every window, dock and model would have to
rebuild its texts to change live.
"""

from __future__ import annotations

import os

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QSettings, QTranslator

from .. import i18n
from ..formats import BABEL_LOCALES
from ..i18n import QT_TRANSLATE_NOOP
from ..resources import resource
from ..settings import LANGUAGE, SYSTEM_LANGUAGE

ENVIRONMENT = "WABOARD_LANG"
CATALOGUES = "i18n"
"""The folder of resources/ that holds waboard_<language>.ts and .qm."""
_installed: list[QTranslator] = []
_locale_before: list[QLocale] = []
"""Qt's default locale before a language was installed, which English keeps."""


def system_language() -> str:
    """The language of the system locale (LANG, LC_ALL... as Qt reads them)."""
    for variable in ("LC_ALL", "LC_MESSAGES", "LANG"):
        if os.environ.get(variable):
            return i18n.language_for_locale(os.environ[variable])
    return i18n.language_for_locale(QLocale.system().name())


def saved_preference() -> str:
    """Settings > Language as saved on this machine ("" for the system's)."""
    return LANGUAGE.read(QSettings().value(LANGUAGE.key, LANGUAGE.default))


def save_preference(choice: str) -> None:
    QSettings().setValue(LANGUAGE.key, LANGUAGE.read(choice))


def chosen_language(override: str | None = None) -> str:
    """The language to start in: `override`, WABOARD_LANG, the preference, the system."""
    for choice in (override, os.environ.get(ENVIRONMENT), saved_preference()):
        if choice and choice != SYSTEM_LANGUAGE:
            return LANGUAGE.read(choice) or i18n.language_for_locale(choice)
    return system_language()


def install_language(code: str) -> None:
    """Speak `code` from now on: waboard's and Qt's own translations loaded (Qt's for the
    standard dialogs' buttons), `translate` routed through Qt, numbers and dates by it (Qt's
    date and number widgets too, through the default QLocale)."""
    app = QCoreApplication.instance()
    assert app is not None, "install_language needs the QApplication"
    for translator in _installed:
        app.removeTranslator(translator)
    _installed.clear()
    if code != i18n.ENGLISH:
        qt_folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
        for name, folder in (("waboard", str(resource(CATALOGUES))), ("qtbase", qt_folder)):
            translator = QTranslator(app)
            if translator.load(f"{name}_{code}", folder):
                app.installTranslator(translator)
                _installed.append(translator)
    i18n.set_language(code)
    i18n.install(QCoreApplication.translate if code != i18n.ENGLISH else None)
    if not _locale_before:
        _locale_before.append(QLocale())
    QLocale.setDefault(QLocale(BABEL_LOCALES[code]) if code != i18n.ENGLISH
                       else _locale_before[0])


LANGUAGE_NAMES = {
    SYSTEM_LANGUAGE: QT_TRANSLATE_NOOP("Language", "System ({language})"),
    i18n.ENGLISH: "English", "es": "Español", "pt_BR": "Português (Brasil)",
}
"""Settings > Language's choices: each language by its own name, or the system's."""


def language_name(code: str) -> str:
    """How Settings > Language names a choice: "Español", "System (English)"."""
    if code == SYSTEM_LANGUAGE:
        return i18n.translate("Language", LANGUAGE_NAMES[code]).format(
            language=LANGUAGE_NAMES[system_language()])
    return LANGUAGE_NAMES[code]
