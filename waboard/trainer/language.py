"""The language the app's texts are shown in, as lesson files name it ("en", "es", "pt_BR").

Read through the translation itself: each translation gives its own code for the text "en",
so the answer is always the language the user actually sees (English when none is
installed, as in the CLI and the tests).
"""

from __future__ import annotations

from ..i18n import translate


def shown_language() -> str:
    """"en", or the code of the translation in force ("es", "pt_BR")."""
    return translate("Language", "en")


def html_language() -> str:
    """The same language as an HTML `lang` attribute ("en", "es", "pt-BR")."""
    return shown_language().replace("_", "-")
