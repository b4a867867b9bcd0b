"""Scenario files: read, validate every field, and name the first one at fault."""

from __future__ import annotations

import json
import re
import unicodedata
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from ..formats import count
from ..i18n import translate
from ..inputs import cut, quoted
from ..rules.instants import parse_duration, parse_instant
from ..rules.model import (
    PRICED_CATEGORIES,
    TEMPLATE_CATEGORIES,
    AccountSettings,
    Category,
    Referral,
    Regime,
    Template,
    TemplateStatus,
)
from ..rules.phones import PhoneError, normalize_phone
from ..rules.regimes import AUTO, PricingChoice, parse_choice
from ..rules.templates import MAX_TEXT, TemplateError, validate_template
from .dated import INTERNATIONAL, amount, parse_account, parse_tiers
from .errors import ScenarioError

MAX_FILE_BYTES = 16 * 1024 * 1024
MAX_DEPTH = 64  # nesting of lists and objects; a scenario needs 5
MAX_DIGITS = 40  # digits in a JSON number; no field needs more than 20
MAX_NAME = 128  # as the workspace service allows
DEFAULT_START = datetime(2023, 6, 1, tzinfo=UTC)
EARLIEST, LATEST = datetime(1970, 1, 1, tzinfo=UTC), datetime(9000, 1, 1, tzinfo=UTC)
ACTIONS = ("customer_message", "send_text", "send_template", "opt_in", "opt_out", "wait",
           "set_template_status", "set_template_category", "stop_marketing", "resume_marketing")
TEMPLATE_ACTIONS = ("set_template_status", "set_template_category")
"""Steps that change a template from their instant on; they name no customer."""
DATED_ACTIONS = (*TEMPLATE_ACTIONS, "stop_marketing", "resume_marketing")
_TOP_FIELDS = {"name", "start", "pricing", "rates", "customers", "templates", "steps",
               "lesson", "account"}
_CUSTOMER_FIELDS = {"id", "name", "phone", "opt_in", "reachable"}
_TEMPLATE_FIELDS = {"name", "language", "category", "status", "body", "header", "footer",
                    "buttons"}
_STEP_FIELDS = {"after", "at", "customer", "action", "say", "ask"}
# Lessons: a scenario with narration (see resources/lessons/README.md)
LESSON_LANGUAGES = ("en", "es", "pt_BR")
_LESSON_FIELDS = {"title", "goals", "language"}
_ASK_FIELDS = {"question", "choices", "answer", "explain"}
MAX_NARRATION = 2000
MAX_CHOICES = 6
_ACTION_FIELDS = {
    "customer_message": {"text", "referral"},
    "send_text": {"text"},
    "send_template": {"template", "language", "params"},
    "opt_in": set(), "opt_out": set(), "wait": set(),
    "set_template_status": {"template", "language", "status"},
    "set_template_category": {"template", "language", "category"},
    "stop_marketing": set(), "resume_marketing": set(),
}


@dataclass(frozen=True, slots=True)
class LessonInfo:
    """A lesson's top-level block: what it is called, what it teaches, its language."""

    title: str
    goals: tuple[str, ...] = ()
    language: str = "en"


@dataclass(frozen=True, slots=True)
class Checkpoint:
    """A question put to the audience before a step plays; `answer` indexes `choices`."""

    question: str
    choices: tuple[str, ...]
    answer: int
    explain: str = ""

    @property
    def right_choice(self) -> str:
        return self.choices[self.answer]


@dataclass(frozen=True, slots=True)
class ScenarioCustomer:
    id: str
    name: str
    phone: str
    opt_in: bool = False
    reachable: bool = True


@dataclass(frozen=True, slots=True)
class Step:
    """One timed step; `customer` is "" for a template step, `value` the status or category
    a template step sets."""

    index: int
    customer: str
    action: str
    at: datetime
    text: str = ""
    referral: Referral | None = None
    template: str = ""
    language: str = "en_US"
    params: tuple[str, ...] = ()
    raw: dict[str, Any] = field(default_factory=dict, compare=False)
    say: str = ""
    ask: Checkpoint | None = None
    value: str = ""


@dataclass(frozen=True, slots=True)
class Scenario:
    name: str
    start: datetime
    pricing: PricingChoice
    rates: dict[str, dict[str, Any]] | None
    customers: tuple[ScenarioCustomer, ...]
    templates: tuple[Template, ...]
    steps: tuple[Step, ...]
    raw: dict[str, Any] = field(default_factory=dict, compare=False)
    lesson: LessonInfo | None = None
    account: AccountSettings = field(default_factory=AccountSettings)

    @property
    def dated(self) -> bool:
        """Whether the file uses the 2025-2026 fields (scenarios.md "Dates, accounts and
        changes over time"): its output then carries Meta's `pricing` objects. A file
        without them plays, and prints, exactly as before."""
        rates = self.rates or {}
        return (self.pricing in (AUTO, Regime.PMP_2026_10) or "account" in self.raw
                or any("tiers" in row or INTERNATIONAL in row for row in rates.values())
                or any(step.action in DATED_ACTIONS for step in self.steps))


def load_scenario(path: str | Path) -> Scenario:
    """Read and validate a scenario file. Raises ScenarioError."""
    path = Path(path)
    try:
        size = path.stat().st_size
        if size > MAX_FILE_BYTES:
            raise ScenarioError(translate("ScenarioLoader", "{file}: {size} bytes, over the "
                                          "{limit} limit").format(
                file=path.name, size=count(size), limit=count(MAX_FILE_BYTES)))
        data = path.read_bytes()
    except OSError as error:
        raise ScenarioError(translate("ScenarioLoader", "{file}: cannot be read ({problem})")
                            .format(file=path, problem=error.strerror or error)) from None
    return parse_scenario(data, path.name)


def parse_scenario(data: bytes | str, source: str = "scenario", *,
                   require_steps: bool = True) -> Scenario:
    """Validate scenario JSON text or bytes. Raises ScenarioError. A scenario to play needs
    steps (a file without any is a mistake, not a silent success); an exercise's start
    workspace (`require_steps=False`) is only customers and templates."""
    if isinstance(data, bytes):
        try:
            data = data.decode("utf-8-sig")
        except UnicodeDecodeError as error:
            raise ScenarioError(translate(
                "ScenarioLoader", "{file}: not UTF-8 text (byte 0x{byte} at offset {offset})"
            ).format(file=source, byte=f"{data[error.start]:02x}", offset=error.start)
            ) from None
    scenario = _Reader().scenario(read_json(data, source))
    if require_steps and not scenario.steps:
        raise ScenarioError(translate(
            "ScenarioLoader", "steps: missing or empty; a scenario needs at least one step "
            "(a \"wait\" step plays only time)"))
    return scenario


_JSON_NESTING = re.compile(r'"(?:[^"\\]|\\.)*"|[\[\]{}]')


def read_json(text: str, source: str) -> Any:
    """Parse the JSON of a scenario, lesson or exercise file, refusing first what would
    exhaust the parser (nesting over MAX_DEPTH) and numbers over MAX_DIGITS digits or
    beyond a float. Raises ScenarioError."""
    depth = 0
    for token in _JSON_NESTING.finditer(text):
        mark = token.group()
        if mark in "[{":
            depth += 1
            if depth > MAX_DEPTH:
                raise ScenarioError(translate("ScenarioLoader", "{file}: nested too deeply "
                                              "(over {limit} levels)").format(
                    file=source, limit=MAX_DEPTH))
        elif mark in "]}":
            depth -= 1
    try:
        return json.loads(text, parse_int=_number(int, source),
                          parse_float=_number(float, source),
                          parse_constant=_number(float, source))
    except json.JSONDecodeError as error:
        raise ScenarioError(translate(
            "ScenarioLoader", "{file}: not valid JSON ({problem} at line {line}, column "
            "{column})").format(file=source, problem=error.msg, line=error.lineno,
                                column=error.colno)) from None
    except RecursionError:
        raise ScenarioError(translate("ScenarioLoader", "{file}: nested too deeply to be read")
                            .format(file=source)) from None


def _number(kind: type, source: str) -> Any:
    def read(text: str) -> Any:
        value = kind(text) if len(text) <= MAX_DIGITS else None
        if value is None or value in (float("inf"), float("-inf")) or value != value:
            raise ScenarioError(f"{source}: not valid JSON (Exceeds the limit of {MAX_DIGITS} "
                                f"digits, or the range, of a number: {quoted(text)})")
        return value
    return read


class _Reader:
    """Walks the JSON, checking each field with its path for the error message."""

    def scenario(self, raw: Any) -> Scenario:
        top = self._object(raw, "scenario", _TOP_FIELDS)
        lesson = self._lesson(top["lesson"]) if "lesson" in top else None
        name = self._text(top, "name", "name", default="Untitled scenario")
        start = self._instant(top.get("start"), "start") if "start" in top else DEFAULT_START
        pricing = self._choice(top, "pricing", "pricing", [*(r.value for r in Regime), AUTO],
                               Regime.CBP_2023_06.value)
        account = (parse_account(top["account"], self._instant)
                   if top.get("account") is not None else AccountSettings())
        rates = self._rates(top["rates"]) if top.get("rates") is not None else None
        customers = tuple(
            self._customer(item, f"customers[{i}]")
            for i, item in enumerate(self._list(top, "customers", "customers"))
        )
        # ids that look the same are the same: "José" typed two ways is one customer
        self._unique([unicodedata.normalize("NFC", c.id) for c in customers],
                     "customers[{}].id", "customer id")
        _unique_phones(customers)
        templates = tuple(
            self._template(item, f"templates[{i}]")
            for i, item in enumerate(self._list(top, "templates", "templates"))
        )
        self._unique([t.key for t in templates], "templates[{}]", "template name and language")
        ids = {c.id for c in customers}
        keys = {t.key for t in templates}
        steps: list[Step] = []
        previous = start
        for i, item in enumerate(self._list(top, "steps", "steps")):
            step = self._step(item, f"steps[{i}]", i, previous, ids, keys)
            steps.append(step)
            previous = step.at
        return Scenario(name, start, parse_choice(pricing), rates, customers, templates,
                        tuple(steps), top, lesson, account)

    def _lesson(self, raw: Any) -> LessonInfo:
        item = self._object(raw, "lesson", _LESSON_FIELDS)
        title = self._narration(item, "title", "lesson.title")
        goals = tuple(
            self._narration({"goal": goal}, "goal", f"lesson.goals[{i}]")
            for i, goal in enumerate(self._list(item, "goals", "lesson.goals"))
        )
        language = self._choice(item, "language", "lesson.language", list(LESSON_LANGUAGES),
                                LESSON_LANGUAGES[0])
        return LessonInfo(title, goals, language)

    def _ask(self, raw: Any, where: str) -> Checkpoint:
        item = self._object(raw, where, _ASK_FIELDS)
        question = self._narration(item, "question", f"{where}.question")
        if "choices" not in item:
            raise ScenarioError(f"{where}.choices: missing")
        values = self._list(item, "choices", f"{where}.choices")
        if not 2 <= len(values) <= MAX_CHOICES:
            raise ScenarioError(f"{where}.choices: {len(values)} given, a question needs 2 "
                                f"to {MAX_CHOICES}")
        choices = tuple(
            self._narration({"choice": value}, "choice", f"{where}.choices[{i}]")
            for i, value in enumerate(values)
        )
        self._unique(list(choices), f"{where}.choices[{{}}]", "choice")
        if "answer" not in item:
            raise ScenarioError(f"{where}.answer: missing")
        answer = item["answer"]
        if isinstance(answer, bool) or not isinstance(answer, int):
            raise ScenarioError(f"{where}.answer: expected the index of a choice, got "
                                f"{_kind(answer)}")
        if not 0 <= answer < len(choices):
            raise ScenarioError(f"{where}.answer: {answer} is not a choice "
                                f"(0..{len(choices) - 1})")
        explain = (self._narration(item, "explain", f"{where}.explain")
                   if item.get("explain") is not None else "")
        return Checkpoint(question, choices, answer, explain)

    def _narration(self, item: dict[str, Any], key: str, where: str) -> str:
        """Text shown to the audience: a non-empty string of at most MAX_NARRATION."""
        if key in item and item[key] is None:
            raise ScenarioError(f"{where}: expected a string, got null")
        text = self._text(item, key, where)
        if not text.strip():
            raise ScenarioError(f"{where}: must not be empty")
        if len(text) > MAX_NARRATION:
            raise ScenarioError(f"{where}: {len(text):,} characters, over {MAX_NARRATION:,}")
        return text

    def _customer(self, raw: Any, where: str) -> ScenarioCustomer:
        item = self._object(raw, where, _CUSTOMER_FIELDS)
        cid = self._text(item, "id", f"{where}.id")
        if not cid.strip() or len(cid) > MAX_NAME:
            raise ScenarioError(f"{where}.id: {quoted(cid)} is not an id (1 to {MAX_NAME} "
                                "characters, not blank)")
        name = self._text(item, "name", f"{where}.name", default=cid)
        if not name.strip():
            raise ScenarioError(f"{where}.name: must not be empty")
        if len(name.strip()) > MAX_NAME:
            raise ScenarioError(f"{where}.name: {len(name.strip()):,} characters, over "
                                f"{MAX_NAME}")
        phone = self._text(item, "phone", f"{where}.phone")
        try:
            normalize_phone(phone)
        except PhoneError as error:
            raise ScenarioError(f"{where}.phone: {error}") from None
        opt_in = self._bool(item, "opt_in", f"{where}.opt_in", False)
        reachable = self._bool(item, "reachable", f"{where}.reachable", True)
        return ScenarioCustomer(cid, name, phone, opt_in, reachable)

    def _template(self, raw: Any, where: str) -> Template:
        item = self._object(raw, where, _TEMPLATE_FIELDS)
        buttons = item.get("buttons", [])
        if not isinstance(buttons, list) or not all(isinstance(b, str) for b in buttons):
            raise ScenarioError(f"{where}.buttons: expected a list of labels")
        template = Template(
            name=self._text(item, "name", f"{where}.name"),
            language=self._text(item, "language", f"{where}.language", default="en_US"),
            category=Category(self._choice(item, "category", f"{where}.category",
                                           [c.value for c in PRICED_CATEGORIES[:3]])),
            status=TemplateStatus(self._choice(item, "status", f"{where}.status",
                                               [s.value for s in TemplateStatus], "approved")),
            body=self._text(item, "body", f"{where}.body"),
            header=self._text(item, "header", f"{where}.header", default=""),
            footer=self._text(item, "footer", f"{where}.footer", default=""),
            buttons=tuple(buttons),
        )
        try:
            validate_template(template)
        except TemplateError as error:
            raise ScenarioError(f"{where}.{error}") from None
        return template

    def _step(self, raw: Any, where: str, index: int, previous: datetime, ids: set[str],
              keys: set[tuple[str, str]]) -> Step:
        item = self._object(raw, where, None)
        action = self._choice(item, "action", f"{where}.action", list(ACTIONS))
        allowed = _STEP_FIELDS | _ACTION_FIELDS[action]
        for key in item:
            if key not in allowed:
                raise ScenarioError(f"{where}.{_field(key)}: unknown field for action "
                                    f"{quoted(action)}")
        if action in TEMPLATE_ACTIONS:
            return self._template_step(item, where, index, action, previous, keys)
        customer = self._text(item, "customer", f"{where}.customer")
        if customer not in ids:
            raise ScenarioError(f"{where}.customer: no customer with id {quoted(customer)}")
        at = self._when(item, where, previous)
        text = ""
        if action in ("customer_message", "send_text"):
            text = self._text(item, "text", f"{where}.text")
            if not text.strip():
                raise ScenarioError(f"{where}.text: must not be empty")
            if len(text) > MAX_TEXT:
                raise ScenarioError(f"{where}.text: {len(text):,} characters, over {MAX_TEXT:,}")
        referral = None
        if item.get("referral") is not None:
            referral = Referral(self._choice(item, "referral", f"{where}.referral",
                                             [r.value for r in Referral]))
        params: tuple[str, ...] = ()
        if action == "send_template":
            values = item.get("params", [])
            if not isinstance(values, list):
                raise ScenarioError(f"{where}.params: expected a list of strings")
            for n, value in enumerate(values):
                if not isinstance(value, str):
                    raise ScenarioError(f"{where}.params[{n}]: expected a string, got "
                                        f"{_kind(value)}")
                self._text({"param": value}, "param", f"{where}.params[{n}]")  # NUL...
            params = tuple(values)
        say = self._narration(item, "say", f"{where}.say") if "say" in item else ""
        ask = self._ask(item["ask"], f"{where}.ask") if "ask" in item else None
        return Step(
            index, customer, action, at, text, referral,
            template=self._text(item, "template", f"{where}.template")
            if action == "send_template" else "",
            language=self._text(item, "language", f"{where}.language", default="en_US"),
            params=params, raw=item, say=say, ask=ask,
        )

    def _template_step(self, item: dict[str, Any], where: str, index: int, action: str,
                       previous: datetime, keys: set[tuple[str, str]]) -> Step:
        at = self._when(item, where, previous)
        name = self._text(item, "template", f"{where}.template")
        language = self._text(item, "language", f"{where}.language", default="en_US")
        if (name, language) not in keys:
            raise ScenarioError(f"{where}.template: no template {name!r} in {language}")
        if action == "set_template_status":
            value = self._choice(item, "status", f"{where}.status",
                                 [s.value for s in TemplateStatus])
        else:
            value = self._choice(item, "category", f"{where}.category",
                                 [c.value for c in TEMPLATE_CATEGORIES])
        say = self._narration(item, "say", f"{where}.say") if "say" in item else ""
        ask = self._ask(item["ask"], f"{where}.ask") if "ask" in item else None
        return Step(index, "", action, at, template=name, language=language, raw=item,
                    say=say, ask=ask, value=value)

    def _when(self, item: dict[str, Any], where: str, previous: datetime) -> datetime:
        if "after" in item and "at" in item:
            raise ScenarioError(f"{where}: give either after or at, not both")
        if "at" in item:
            at = self._instant(item["at"], f"{where}.at")
            if at < previous:
                raise ScenarioError(f"{where}.at: {item['at'].strip()} is earlier than the "
                                    "previous step")
            return at
        if "after" not in item:
            raise ScenarioError(f"{where}: needs after (a duration) or at (an instant)")
        after = item["after"]
        try:
            span = parse_duration(after) if isinstance(after, str) else None
        except (ValueError, OverflowError):
            span = None
        if span is None:
            raise ScenarioError(f"{where}.after: {cut(json.dumps(after))} is not a duration")
        if previous + min(span, LATEST - previous) >= LATEST:
            raise ScenarioError(f"{where}.after: {cut(json.dumps(after))} runs past the year "
                                f"{LATEST.year}")
        return previous + span

    def _rates(self, raw: Any) -> dict[str, dict[str, Any]]:
        table = self._object(raw, "rates", None)
        rates: dict[str, dict[str, Any]] = {}
        allowed = {c.value for c in PRICED_CATEGORIES} | {INTERNATIONAL, "tiers"}
        for region, row in table.items():
            where = f"rates.{_field(region)}"
            if region != "*" and not (len(region) == 2 and region.isalpha() and region.isupper()):
                raise ScenarioError(
                    f"{where}: {quoted(region)} is not an ISO 3166 region code or '*'")
            values = self._object(row, where, allowed)
            entry: dict[str, Any] = {}
            for category in PRICED_CATEGORIES:
                if category.value not in values:
                    raise ScenarioError(f"{where}.{category.value}: missing")
                entry[category.value] = str(amount(values[category.value],
                                                   f"{where}.{category.value}"))
            if values.get(INTERNATIONAL) is not None:
                entry[INTERNATIONAL] = str(amount(values[INTERNATIONAL],
                                                  f"{where}.{INTERNATIONAL}"))
            if values.get("tiers") is not None:
                entry["tiers"] = parse_tiers(values["tiers"], f"{where}.tiers")
            rates[region] = entry
        return rates

    # primitives

    @staticmethod
    def _object(raw: Any, where: str, allowed: set[str] | None) -> dict[str, Any]:
        if not isinstance(raw, dict):
            raise ScenarioError(f"{where}: expected an object, got {_kind(raw)}")
        if allowed is not None:
            for key in raw:
                if key not in allowed:
                    raise ScenarioError(f"{where}.{_field(key)}: unknown field")
        return raw

    @staticmethod
    def _list(item: dict[str, Any], key: str, where: str) -> list[Any]:
        value = item.get(key, [])
        if not isinstance(value, list):
            raise ScenarioError(f"{where}: expected a list, got {_kind(value)}")
        return value

    @staticmethod
    def _text(item: dict[str, Any], key: str, where: str, default: str | None = None) -> str:
        if key not in item or item[key] is None:
            if default is None:
                raise ScenarioError(f"{where}: missing")
            return default
        value = item[key]
        if not isinstance(value, str):
            raise ScenarioError(f"{where}: expected a string, got {_kind(value)}")
        if "\x00" in value:
            raise ScenarioError(f"{where}: contains a NUL character")
        if not value.isascii():
            try:
                value.encode("utf-8")
            except UnicodeEncodeError:
                raise ScenarioError(f"{where}: contains an unpaired surrogate (a broken "
                                    "\\ud800-\\udfff escape), which is not text") from None
        return value

    @staticmethod
    def _bool(item: dict[str, Any], key: str, where: str, default: bool) -> bool:
        value = item.get(key, default)
        if not isinstance(value, bool):
            raise ScenarioError(f"{where}: expected true or false, got {_kind(value)}")
        return value

    def _choice(self, item: dict[str, Any], key: str, where: str, choices: list[str],
                default: str | None = None) -> str:
        value = self._text(item, key, where, default)
        if value not in choices:
            raise ScenarioError(f"{where}: {quoted(value)} is not one of {', '.join(choices)}")
        return value

    @staticmethod
    def _instant(value: Any, where: str) -> datetime:
        if not isinstance(value, str):
            raise ScenarioError(f"{where}: expected an ISO-8601 instant, got {_kind(value)}")
        try:
            at = parse_instant(value)
        except (ValueError, OverflowError):
            raise ScenarioError(
                f"{where}: {cut(json.dumps(value))} is not an ISO-8601 instant"
            ) from None
        if not EARLIEST <= at < LATEST:
            raise ScenarioError(f"{where}: {cut(value.strip())} is outside the years "
                                f"{EARLIEST.year} to {LATEST.year - 1}")
        return at

    @staticmethod
    def _unique(values: list[Any], where: str, what: str) -> None:
        seen: set[Any] = set()
        for i, value in enumerate(values):
            if value in seen:
                raise ScenarioError(f"{where.format(i)}: duplicate {what} {quoted(value)}")
            seen.add(value)


def _field(key: str) -> str:
    """A field name as it can be shown on one line: quoted if it has odd characters."""
    return key if key.isprintable() else repr(key)


def _kind(value: Any) -> str:
    if value is None:
        return "null"
    return {bool: "a boolean", int: "a number", float: "a number", str: "a string",
            list: "a list", dict: "an object"}.get(type(value), type(value).__name__)


def _unique_phones(customers: tuple[ScenarioCustomer, ...]) -> None:
    """Two customers with one number would split one person's consent and window."""
    first: dict[str, ScenarioCustomer] = {}
    for i, customer in enumerate(customers):
        e164 = normalize_phone(customer.phone)[0]
        if e164 in first:
            raise ScenarioError(f"customers[{i}].phone: {e164} is already the number of "
                                f"customer {first[e164].id!r}; customer {customer.id!r} "
                                "needs another")
        first[e164] = customer
