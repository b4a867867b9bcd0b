"""The one exception the store raises, and the words of the refusals said in more than one
place."""

from __future__ import annotations

from ..i18n import QT_TRANSLATE_NOOP, said


class StoreError(Exception):
    """A store operation was refused or failed; the message says why in one sentence, in the
    user's language (`english`: the same in English, for the Cloud API's answers)."""

    def __init__(self, message: str, english: str | None = None) -> None:
        super().__init__(message)
        self.english = message if english is None else english

    @classmethod
    def of(cls, text: str, **values: object) -> StoreError:
        """The error for `text`, marked `QT_TRANSLATE_NOOP("Store", text)` where written."""
        return cls(*said("Store", text, **values))


CANNOT_READ = QT_TRANSLATE_NOOP("Store", "cannot read {file}: {problem}")
CANNOT_OPEN = QT_TRANSLATE_NOOP("Store", "cannot open {file}: {problem}")
