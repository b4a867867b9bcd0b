"""The names of the actions a workspace records ("send to Ana López"), kept in English in
the undo journal (the audit trail and the files read them), and `shown_label`, the same name
in the user's language for the Edit menu, the bookmarks and the status bar."""

from __future__ import annotations

import re
from datetime import timedelta
from string import Formatter

from .i18n import QT_TRANSLATE_NOOP, translate
from .rules.instants import format_duration
from .rules.model import Action, CustomerMessage, OptIn, OptOut, SendTemplate, SendText, Wait


def action_label(action: Action) -> str:
    """The name of a message action in the Edit menu, to fill with the customer's name:
    "send to {name}"."""
    return _ACTION_LABELS.get(type(action), ACTION_FOR)


def span_label(span: timedelta) -> str:
    """A jump's size for its name in the Edit menu: "1 day", "3 days", "1 h", "1d 2h30m"."""
    days, rest = divmod(span, timedelta(days=1))
    if days == 1 and not rest:
        return _ONE_DAY
    if days and not rest:
        return _DAYS.format(count=days)
    if not days and not rest % timedelta(hours=1):
        return f"{rest // timedelta(hours=1)} h"
    return format_duration(span)


_ONE_DAY = QT_TRANSLATE_NOOP("ActionLabel", "1 day")
_DAYS = QT_TRANSLATE_NOOP("ActionLabel", "{count} days")


# The names the service gives actions, in English as the journal keeps them (`shown_label`
# says them in the user's language); each is QT_TRANSLATE_NOOP("ActionLabel", ...).
MESSAGE_FROM = QT_TRANSLATE_NOOP("ActionLabel", "message from {name}")
SEND_TO = QT_TRANSLATE_NOOP("ActionLabel", "send to {name}")
TEMPLATE_TO = QT_TRANSLATE_NOOP("ActionLabel", "template to {name}")
OPT_IN_OF = QT_TRANSLATE_NOOP("ActionLabel", "opt-in of {name}")
OPT_OUT_OF = QT_TRANSLATE_NOOP("ActionLabel", "opt-out of {name}")
WAIT_FOR = QT_TRANSLATE_NOOP("ActionLabel", "wait for {name}")
ACTION_FOR = QT_TRANSLATE_NOOP("ActionLabel", "action for {name}")
NEW_CUSTOMER = QT_TRANSLATE_NOOP("ActionLabel", "new customer {name}")
EDIT_OF_TEMPLATE = QT_TRANSLATE_NOOP("ActionLabel", "edit of template {name} ({language})")
NEW_TEMPLATE = QT_TRANSLATE_NOOP("ActionLabel", "new template {name} ({language})")
TEMPLATE_CHANGE = QT_TRANSLATE_NOOP("ActionLabel", "template {name} ({language}) {status}")
EDIT_OF = QT_TRANSLATE_NOOP("ActionLabel", "edit of {name}")
SETTING = QT_TRANSLATE_NOOP("ActionLabel", "setting {key}")
WORKSPACE_NAME = QT_TRANSLATE_NOOP("ActionLabel", "workspace name")
PRICING_REGIME = QT_TRANSLATE_NOOP("ActionLabel", "pricing regime {choice}")
BUSINESS_ACCOUNT = QT_TRANSLATE_NOOP("ActionLabel", "business account")
EXERCISE = QT_TRANSLATE_NOOP("ActionLabel", "exercise")
SCENARIO_RATES = QT_TRANSLATE_NOOP("ActionLabel", "scenario rates")
RATE_CARD = QT_TRANSLATE_NOOP("ActionLabel", "rate card")
BUNDLED_RATE_CARD = QT_TRANSLATE_NOOP("ActionLabel", "bundled rate card")
DELIVERY_DELAY = QT_TRANSLATE_NOOP("ActionLabel", "delivery delay {seconds} s")
OPT_OUT_KEYWORDS = QT_TRANSLATE_NOOP("ActionLabel", "opt-out keywords")
PLAY = QT_TRANSLATE_NOOP("ActionLabel", "play")
PAUSE = QT_TRANSLATE_NOOP("ActionLabel", "pause")
SPEED = QT_TRANSLATE_NOOP("ActionLabel", "speed x{speed}")
JUMP = QT_TRANSLATE_NOOP("ActionLabel", "jump +{span}")
REAL_TIME_ON = QT_TRANSLATE_NOOP("ActionLabel", "real time on")
REAL_TIME_OFF = QT_TRANSLATE_NOOP("ActionLabel", "real time off")
JUMP_TO_EXPIRY = QT_TRANSLATE_NOOP("ActionLabel", "jump to the next expiry")
CLOCK_CHANGE = QT_TRANSLATE_NOOP("ActionLabel", "clock change")
CLOCK_SET = QT_TRANSLATE_NOOP("ActionLabel", "clock set to {instant}")
BEFORE_REWIND = QT_TRANSLATE_NOOP("ActionLabel", "Before rewind to {instant}")
_SHOWN_LABELS = (
    MESSAGE_FROM, SEND_TO, TEMPLATE_TO, OPT_IN_OF, OPT_OUT_OF, WAIT_FOR, ACTION_FOR,
    NEW_CUSTOMER, EDIT_OF_TEMPLATE, NEW_TEMPLATE, TEMPLATE_CHANGE, EDIT_OF, SETTING,
    WORKSPACE_NAME, PRICING_REGIME, BUSINESS_ACCOUNT, EXERCISE, SCENARIO_RATES, RATE_CARD,
    BUNDLED_RATE_CARD, DELIVERY_DELAY, OPT_OUT_KEYWORDS, PLAY, PAUSE, SPEED, JUMP,
    REAL_TIME_ON, REAL_TIME_OFF, JUMP_TO_EXPIRY, CLOCK_CHANGE, CLOCK_SET, BEFORE_REWIND)
"""Read back in this order: a longer name before one it starts like ("edit of template"
before "edit of")."""
_ACTION_LABELS: dict[type, str] = {
    CustomerMessage: MESSAGE_FROM, SendText: SEND_TO, SendTemplate: TEMPLATE_TO,
    OptIn: OPT_IN_OF, OptOut: OPT_OUT_OF, Wait: WAIT_FOR,
}
_LABEL_PATTERNS = tuple((text, re.compile("".join(
    re.escape(literal) + (f"(?P<{name}>.+?)" if name else "")
    for literal, name, _spec, _conversion in Formatter().parse(text)), re.DOTALL))
    for text in _SHOWN_LABELS)


def shown_label(label: str) -> str:
    """An action's or bookmark's stored (English) name in the user's language: "enviar a
    Ana López"; a name the service did not make (a bookmark's) as it is."""
    for text, pattern in _LABEL_PATTERNS:
        found = pattern.fullmatch(label)
        if found is not None:
            values = found.groupdict()
            if "span" in values:
                values["span"] = _shown_span(values["span"])
            return translate("ActionLabel", text).format(**values)
    return label


def _shown_span(span: str) -> str:
    if span == _ONE_DAY:
        return translate("ActionLabel", _ONE_DAY)
    days = re.fullmatch(r"(\d+) days", span)
    return translate("ActionLabel", _DAYS).format(count=days[1]) if days else span
