"""The language the app's texts are shown in, as lesson files name it ("en", "es", "pt_BR").

The one language in force is `waboard.i18n.language()` (English unless the shell installs
another, as in the CLI and the tests).
"""

from __future__ import annotations

from ..i18n import language


def shown_language() -> str:
    """"en", or the code of the translation in force ("es", "pt_BR")."""
    return language()


def html_language() -> str:
    """The same language as an HTML `lang` attribute ("en", "es", "pt-BR")."""
    return shown_language().replace("_", "-")
