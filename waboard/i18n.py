"""The user's language for every text the app shows, in one place.

Texts are marked where they are written, with a context (the module's or widget's name):

- `translate("Composer", "Send")` for a text used at once;
- `QT_TRANSLATE_NOOP("Category", "Marketing")` for a constant defined at import time,
  translated where it is shown with `translate("Category", constant)`.

`pyside6-lupdate` finds both by their names, so the pure modules (rules, history, billing)
mark their texts without importing Qt. Placeholders are named and filled after translation:
`translate("Window", "closes in {span}").format(span=...)`, never an f-string inside the call.

The Qt shell installs `QCoreApplication.translate` as the backend at start; without it (the
CLI, the scenario runner, tests of the rules) every text stays English, which keeps the
runner's output the fixed contract scenarios.md describes.

The language in force (`language()`, English unless the shell sets another) is what the
formatters of numbers, money, dates and durations read (`waboard/money.py`,
`waboard/dates.py`, `rules/instants.py`), so the CLI and the runner stay English too.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Mapping
from typing import TypeVar

Backend = Callable[[str, str], str]
K = TypeVar("K")

ENGLISH = "en"
LANGUAGES: tuple[str, ...] = (ENGLISH, "es", "pt_BR")
"""The languages waboard speaks: English (the source texts), Spanish, Brazilian Portuguese."""


def _english(context: str, text: str) -> str:
    return text


_backend: Backend = _english


def translate(context: str, text: str) -> str:
    """`text` in the user's language (English when no translation is installed)."""
    return _backend(context, text)


def said(context: str, text: str, **values: object) -> tuple[str, str]:
    """`text` (marked `QT_TRANSLATE_NOOP(context, text)` where it is written) filled with
    `values`: (in the user's language, in English), for an error that is both shown and
    answered by the Cloud API, which speaks English as Meta's does."""
    return translate(context, text).format(**values), text.format(**values)


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802 (the name lupdate reads)
    """Mark a constant for translation where it is defined; translate it where shown."""
    return text


class TranslatedLabels(Mapping[K, str]):
    """Labels marked with `QT_TRANSLATE_NOOP(context, ...)`, translated at each lookup, so a
    table made at import time reads in the language in force when it is shown."""

    def __init__(self, context: str, labels: Mapping[K, str]) -> None:
        self._context = context
        self._labels = dict(labels)

    def __getitem__(self, key: K) -> str:
        return translate(self._context, self._labels[key])

    def __iter__(self) -> Iterator[K]:
        return iter(self._labels)

    def __len__(self) -> int:
        return len(self._labels)


def install(backend: Backend | None) -> None:
    """Route `translate` through `backend` (None: back to English)."""
    global _backend
    _backend = backend or _english


_language = ENGLISH


def language() -> str:
    """The language in force: one of LANGUAGES (English unless set)."""
    return _language


def set_language(code: str | None) -> None:
    """Make `code` (one of LANGUAGES; None: English) the language numbers and dates use."""
    global _language
    if code is not None and code not in LANGUAGES:
        raise ValueError(f"{code!r} is not one of {', '.join(LANGUAGES)}")
    _language = code or ENGLISH


def language_for_locale(name: str) -> str:
    """The language for a system locale name: `es_MX.UTF-8` -> es, `pt_BR`/`pt` -> pt_BR,
    anything else English."""
    base = name.replace("-", "_").split(".")[0].split("@")[0].lower()
    if base.startswith("es"):
        return "es"
    if base.startswith("pt"):
        return "pt_BR"
    return ENGLISH
