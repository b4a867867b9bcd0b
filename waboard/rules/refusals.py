"""The words of a refused message: Meta's error title as Meta writes it, and our explanation.

The engine makes the English message (`RefusalText.message`): the store keeps it, the Cloud
API returns it and the scenario runner prints it. Screens show `explained(message)`: the same
message with Meta's title kept and the explanation in the user's language (a stored message
is read back into its sentence and values, so messages stored before still translate).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from string import Formatter

from ..i18n import QT_TRANSLATE_NOOP, translate

CONTEXT = "Refusal"


@dataclass(frozen=True, slots=True)
class RefusalText:
    """One refusal's words: `title` is Meta's error title ("" when the whole sentence is
    ours), `explanation` the English sentence with named placeholders."""

    title: str
    explanation: str
    _pattern: re.Pattern[str] = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "_pattern", _pattern_of(self.joined(self.explanation)))

    def joined(self, explanation: str) -> str:
        if not self.title or not explanation:
            return self.title or explanation
        return f"{self.title}: {explanation}"

    def message(self, **values: object) -> str:
        """The English message, as the store, the API and the scenario runner have it."""
        return self.joined(self.explanation.format(**values))

    def shown(self, **values: object) -> str:
        """The message in the user's language (Meta's title as Meta writes it)."""
        if not self.explanation:
            return self.title
        return self.joined(translate(CONTEXT, self.explanation).format(**values))

    def read(self, message: str) -> dict[str, str] | None:
        """The values of an English message made from this text; None if it is not one."""
        found = self._pattern.fullmatch(message)
        return None if found is None else found.groupdict()


def _pattern_of(source: str) -> re.Pattern[str]:
    parts = []
    for literal, name, _spec, _conversion in Formatter().parse(source):
        parts.append(re.escape(literal))
        if name:
            parts.append(f"(?P<{name}>.+?)")
    return re.compile("".join(parts), re.DOTALL)


_ENGAGEMENT = "Message not delivered to maintain healthy ecosystem engagement"
_NOT_IN_TRANSLATION = "Template name does not exist in the translation"

UNDELIVERABLE = RefusalText("Message undeliverable", QT_TRANSLATE_NOOP(
    "Refusal", "the number has no WhatsApp account"))
WINDOW_CLOSED = RefusalText("Re-engagement message", QT_TRANSLATE_NOOP(
    "Refusal", "more than 24 hours have passed since the customer last replied"))
OPTED_OUT = RefusalText("", QT_TRANSLATE_NOOP(
    "Refusal", "The customer has chosen to stop receiving marketing messages"))
MARKETING_STOPPED = RefusalText("", QT_TRANSLATE_NOOP(
    "Refusal", "The customer has chosen to stop receiving marketing messages from this "
    "business in WhatsApp"))
NO_OPT_IN = RefusalText("", QT_TRANSLATE_NOOP(
    "Refusal", "No opt-in: a business-initiated template needs the customer's consent"))
US_MARKETING_PAUSED = RefusalText(_ENGAGEMENT, QT_TRANSLATE_NOOP(
    "Refusal", "marketing templates to US numbers are paused since 1 April 2025"))
MARKETING_LIMIT = RefusalText(_ENGAGEMENT, QT_TRANSLATE_NOOP(
    "Refusal", "the customer reached the (simulated) marketing limit for 24 hours"))
TEMPLATE_PAUSED = RefusalText("Template is paused", "")
TEMPLATE_DISABLED = RefusalText("Template is disabled", "")
TEMPLATE_NOT_FOUND = RefusalText(_NOT_IN_TRANSLATION, QT_TRANSLATE_NOOP(
    "Refusal", "no template {name} in {language}"))
TEMPLATE_PENDING = RefusalText(_NOT_IN_TRANSLATION, QT_TRANSLATE_NOOP(
    "Refusal", "{name} is pending, not approved"))
TEMPLATE_REJECTED = RefusalText(_NOT_IN_TRANSLATION, QT_TRANSLATE_NOOP(
    "Refusal", "{name} is rejected, not approved"))
PARAM_COUNT = RefusalText(
    "Number of parameters does not match the expected number of params", QT_TRANSLATE_NOOP(
        "Refusal", "{name} takes {expected}, {given} given"))
PARAM_EMPTY = RefusalText("", QT_TRANSLATE_NOOP("Refusal", "Parameter {index} is empty"))
PARAM_SPACING = RefusalText("", QT_TRANSLATE_NOOP(
    "Refusal", "Parameter {index} contains a new line, a tab or more than {spaces} spaces "
    "in a row"))
BODY_TOO_LONG = RefusalText("Template hydrated text too long", QT_TRANSLATE_NOOP(
    "Refusal", "the body renders to {length} characters, over {limit}"))

TEXTS = (UNDELIVERABLE, WINDOW_CLOSED, OPTED_OUT, MARKETING_STOPPED, NO_OPT_IN,
         US_MARKETING_PAUSED, MARKETING_LIMIT, TEMPLATE_PAUSED, TEMPLATE_DISABLED,
         TEMPLATE_NOT_FOUND, TEMPLATE_PENDING, TEMPLATE_REJECTED, PARAM_COUNT, PARAM_EMPTY,
         PARAM_SPACING, BODY_TOO_LONG)
"""Every refusal's words (the ones without placeholders first: they match only exactly)."""


def explained(message: str) -> str:
    """A refusal's English message (as made by the engine and stored) in the user's
    language; a message of no known shape as it is."""
    for text in TEXTS:
        values = text.read(message)
        if values is not None:
            return text.shown(**values)
    return message
