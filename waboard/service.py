"""The workspace service: takes a user action, asks the rules, persists, tells listeners.

The GUI and the headless scenario runner both act through `Workspace`; neither decides
anything itself.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass, replace
from datetime import datetime, timedelta
from typing import Any, TypeVar

from . import inputs
from .changes import Change, ChangeKind, Listener
from .clock import ClockError, ClockSetting, RealClock, SimulatedClock, clock_event
from .consent import IMPORT_SOURCE, REPLY_KEYWORD, is_opt_out
from .inputs import MAX_NAME as MAX_NAME  # re-exported: the customer dialog's limit
from .inputs import InputError
from .resources import bundled_rate_card
from .rules.engine import decide
from .rules.instants import format_instant, to_second
from .rules.model import (
    Account,
    Action,
    Category,
    Consent,
    CustomerMessage,
    CustomerState,
    OptIn,
    OptOut,
    Outcome,
    Referral,
    Regime,
    SendTemplate,
    SendText,
    Template,
    TemplateStatus,
    Wait,
)
from .rules.pricing import MarketRates, RateCard, parse_amount, parse_rate_card
from .rules.templates import render_body
from .settings import (
    CLOCK,
    EXERCISE,
    NAME,
    OPT_OUT_KEYWORDS,
    PRICING,
    RATE_CARD,
    RATE_OVERRIDES,
    RateOverrides,
    Setting,
)
from .store import CustomerRecord, MessageRecord, Store, StoreError
from .timetravel import TimeTravel, action_label, span_label

T = TypeVar("T")


@dataclass(frozen=True, slots=True)
class StepResult:
    """One decided action: the rules' outcome, when, for whom, and the stored message."""

    customer_id: int
    at: datetime
    outcome: Outcome
    market: MarketRates
    message_id: int | None


class Workspace(TimeTravel):
    """One simulated business inbox over one store. Every user action is one undoable
    journal action (`TimeTravel`: undo, redo, rewind, bookmarks)."""

    def __init__(self, store: Store, ticks: Callable[[], float] | None = None) -> None:
        self.store = store
        setting = CLOCK.read(store) or ClockSetting(to_second(RealClock().now()))
        self.clock = SimulatedClock(setting, ticks) if ticks else SimulatedClock(setting)
        self._listeners: list[Listener] = []
        self._rate_card = self._load_rate_card()

    # listeners

    def subscribe(self, listener: Listener) -> None:
        self._listeners.append(listener)

    def _notify(self, change: Change) -> None:
        for listener in list(self._listeners):
            listener(change)

    # settings

    def _set(self, setting: Setting[T], value: T, label: str = "") -> None:
        """Store one setting as the undoable action `label` (the rate card in use follows
        it), then tell listeners."""
        with self._action(label or f"setting {setting.key}", "setting"):
            setting.write(self.store, value)
            card = self._load_rate_card()
        self._rate_card = card
        self._notify(Change(ChangeKind.SETTINGS))

    def _reload(self) -> None:
        """Read again what the service keeps in memory (after the file went back or forth
        in its history): the clock and the rate card."""
        setting = CLOCK.read(self.store)
        if setting is not None:
            self.clock.restore(setting)
        self._rate_card = self._load_rate_card()

    @property
    def name(self) -> str:
        """The workspace's title (a scenario's name); empty when it has none."""
        return NAME.read(self.store)

    def set_name(self, name: str) -> None:
        self._set(NAME, name, "workspace name")

    @property
    def regime(self) -> Regime:
        return PRICING.read(self.store)

    def set_regime(self, regime: Regime) -> None:
        self._set(PRICING, Regime(regime), f"pricing regime {Regime(regime).value}")

    @property
    def exercise(self) -> dict[str, Any] | None:
        """The record of the trainer exercise this workspace was started for, if any."""
        return EXERCISE.read(self.store)

    def set_exercise(self, record: dict[str, Any]) -> None:
        """Grade what the trainee does from now on against this exercise record."""
        self._set(EXERCISE, record, "exercise")

    @property
    def rate_overrides(self) -> RateOverrides:
        """The scenario's rates in front of the rate card's rows (empty for none)."""
        return RATE_OVERRIDES.read(self.store)

    def set_rate_overrides(self, overrides: RateOverrides) -> None:
        """Scenario rates: region code (or `*`) -> category -> decimal string."""
        self._set(RATE_OVERRIDES, overrides, "scenario rates")

    @property
    def rate_card(self) -> RateCard:
        """The rate card new messages are priced with: the workspace's own card (or the
        bundled one), with any scenario rate overrides in front of its rows."""
        return self._rate_card

    def set_rate_card(self, card_csv_text: str) -> None:
        """Price new messages with this rate card CSV (columns as in resources/rates/).

        The text is checked first: a RateCardError names the line and column at fault, and
        nothing changes. Messages already sent keep what they were charged.
        """
        card = parse_rate_card(card_csv_text, bundled_rate_card().groups)
        for customer in self.store.customers():
            card.for_region(customer.region)  # every customer has a row (or Other)
        self._set(RATE_CARD, card_csv_text, "rate card")

    def reset_rate_card(self) -> None:
        """Go back to the bundled rate card (scenario rate overrides still apply)."""
        self._set(RATE_CARD, None, "bundled rate card")

    @property
    def has_own_rate_card(self) -> bool:
        """Whether the workspace prices with its own card (imported or edited)."""
        return RATE_CARD.read(self.store) is not None

    def _load_rate_card(self) -> RateCard:
        card = bundled_rate_card()
        custom = RATE_CARD.read(self.store)
        if custom:
            card = parse_rate_card(custom, card.groups)
        overrides = self.rate_overrides
        if not overrides:
            return card
        parsed = {
            region: {Category(c): parse_amount(v, f"rates.{region}.{c}") for c, v in row.items()}
            for region, row in overrides.items()
        }
        return card.with_overrides(parsed)

    def market(self, customer: CustomerRecord) -> MarketRates:
        return self._rate_card.for_region(customer.region)

    @property
    def opt_out_keywords(self) -> tuple[str, ...]:
        """The replies that opt a customer out (the defaults until someone changes them)."""
        return OPT_OUT_KEYWORDS.read(self.store)

    def set_opt_out_keywords(self, keywords: Iterable[str]) -> tuple[str, ...]:
        """Save the opt-out keywords, cleaned (see `consent.clean_keywords`); returns them.
        An empty list is allowed: then no reply opts a customer out."""
        cleaned = inputs.opt_out_keywords(keywords)
        self._set(OPT_OUT_KEYWORDS, cleaned, "opt-out keywords")
        return cleaned

    # customers

    def add_customer(
        self,
        name: str,
        phone: str,
        *,
        key: str | None = None,
        opt_in: bool = False,
        reachable: bool = True,
    ) -> int:
        name = inputs.clean_name(name)
        e164, region = inputs.phone(phone)
        key = key or self._free_key(name)
        consent = Consent.OPTED_IN if opt_in else Consent.NONE
        record = CustomerRecord(None, key, name, e164, region,
                                CustomerState(consent=consent, reachable=reachable))
        with self._action(f"new customer {name}", "customer_created"):
            customer_id = inputs.stored(lambda: self.store.add_customer(record))
            if opt_in:
                self.store.add_consent_event(customer_id, self.now(), "opt_in", IMPORT_SOURCE, "")
        self._notify(Change(ChangeKind.CUSTOMER, customer_id))
        return customer_id

    def edit_customer(self, customer_id: int, name: str, phone: str, reachable: bool) -> None:
        customer = self.customer(customer_id)
        e164, region = inputs.phone(phone)
        state = replace(self.store.customer_state(customer_id, self.now()), reachable=reachable)
        updated = replace(customer, name=inputs.clean_name(name), phone=e164, region=region,
                          state=state)
        with self._action(f"edit of {updated.name}", "customer_edited"):
            self.store.update_customer(updated)
        self._notify(Change(ChangeKind.CUSTOMER, customer_id))

    def customer(self, customer_id: int) -> CustomerRecord:
        """The customer with the conversations not yet expired now."""
        return inputs.stored(lambda: self.store.customer(customer_id, self.now()))

    def customers(self) -> list[CustomerRecord]:
        return self.store.customers()

    def has_customer(self, customer_id: int) -> bool:
        """Whether the customer exists (an undo or a rewind may have taken them back)."""
        try:
            self.store.customer(customer_id)
        except StoreError:
            return False
        return True

    def state(self, customer_id: int, at: datetime | None = None) -> CustomerState:
        return self.store.customer_state(customer_id, at or self.now())

    def mark_read(self, customer_id: int) -> None:
        customer = self.customer(customer_id)
        if customer.unread:
            self.store.update_customer(replace(customer, unread=0))
            self._notify(Change(ChangeKind.CUSTOMER, customer_id))

    def _free_key(self, name: str) -> str:
        base = re.sub(r"[^a-z0-9]+", "-", name.lower()).strip("-") or "customer"
        key, n = base, 1
        while self.store.customer_by_key(key) is not None:
            n += 1
            key = f"{base}-{n}"
        return key

    # templates

    def add_template(self, template: Template) -> None:
        inputs.valid_template(template)
        with self._action(f"new template {template.name} ({template.language})",
                          "template_created"):
            inputs.stored(lambda: self.store.add_template(template))
        self._notify(Change(ChangeKind.TEMPLATE))

    def edit_template(self, old_key: tuple[str, str], template: Template,
                      label: str = "", kind: str = "template_edited") -> None:
        inputs.valid_template(template)
        label = label or f"edit of template {old_key[0]} ({old_key[1]})"
        with self._action(label, kind):
            inputs.stored(lambda: self.store.update_template(old_key, template))
        self._notify(Change(ChangeKind.TEMPLATE))

    def set_template_status(self, key: tuple[str, str], status: TemplateStatus) -> None:
        template = self.store.template(*key)
        if template is None:
            raise InputError(f"no template {key[0]!r} in {key[1]}")
        status = TemplateStatus(status)
        self.edit_template(key, replace(template, status=status),
                           f"template {key[0]} ({key[1]}) {status.value}", "template_status")

    def templates(self) -> list[Template]:
        return self.store.templates()

    # actions

    def customer_message(
        self, customer_id: int, text: str, referral: Referral | str | None = None,
        at: datetime | None = None,
    ) -> StepResult:
        origin = Referral(referral) if referral else None
        action = CustomerMessage(inputs.clean_text(text), origin)
        with self._action(self._label("message from", customer_id), "message"):
            result = self._act(customer_id, action, at)
            if is_opt_out(text, self.opt_out_keywords) and self.store.customer_state(
                    customer_id, result.at).consent is not Consent.OPTED_OUT:
                self.opt_out(customer_id, at=result.at, source=REPLY_KEYWORD, text=text.strip())
        return result

    def _label(self, what: str, customer_id: int) -> str:
        """An action's name in the Edit menu: "send to Ana López"."""
        return f"{what} {self.customer(customer_id).name}"

    def send_text(self, customer_id: int, text: str, at: datetime | None = None) -> StepResult:
        return self._act(customer_id, SendText(inputs.clean_text(text)), at)

    def send_template(
        self, customer_id: int, name: str, language: str, params: Iterable[str],
        at: datetime | None = None,
    ) -> StepResult:
        return self._act(customer_id, self.template_action(name, language, params), at)

    def template_action(self, name: str, language: str, params: Iterable[str]) -> SendTemplate:
        values = tuple(params)
        if not all(isinstance(p, str) for p in values):
            raise InputError("template parameters must be text")
        if any("\x00" in p for p in values):
            raise InputError("a template parameter contains a NUL character")
        return SendTemplate(name, language, values, self.store.template(name, language))

    def opt_in(self, customer_id: int, at: datetime | None = None, source: str = "",
               text: str = "") -> StepResult:
        return self._act(customer_id, OptIn(), at, source=source, consent_text=text)

    def opt_out(self, customer_id: int, at: datetime | None = None, source: str = "",
                text: str = "") -> StepResult:
        return self._act(customer_id, OptOut(), at, source=source, consent_text=text)

    def wait(self, customer_id: int, at: datetime | None = None) -> StepResult:
        return self._act(customer_id, Wait(), at)

    def preview(
        self, customer_id: int, action: Action, at: datetime | None = None
    ) -> tuple[Outcome, MarketRates]:
        """What the rules would decide for this action now, without doing it."""
        at = to_second(at or self.now())
        _, outcome, market = self._decide(self.customer(customer_id), action, at)
        return outcome, market

    def _decide(self, customer: CustomerRecord, action: Action, at: datetime
                ) -> tuple[CustomerState, Outcome, MarketRates]:
        assert customer.id is not None
        state = self.store.customer_state(customer.id, at)
        market = self.market(customer)
        month = f"{at.year:04d}-{at.month:02d}"
        account = Account(month, self.store.service_conversations_in_month(month))
        outcome = decide(state, action, at, self.regime, market.rates, account)
        return state, outcome, market

    def _act(self, customer_id: int, action: Action, at: datetime | None, *,
             source: str = "", consent_text: str = "") -> StepResult:
        at = to_second(at or self.now())
        customer = self.customer(customer_id)
        before, outcome, market = self._decide(customer, action, at)
        # The clock moves with the action: if saving fails (StoreError: disk full, file
        # locked or gone...) it goes back with it, so screen and file never disagree.
        clock_state = dict(vars(self.clock))
        try:
            with self._action(self._label(action_label(action),
                                          customer_id),
                              "message", before=self.clock.setting):
                message_id = self._persist(customer, before, action, at, outcome,
                                           source, consent_text)
                if at > self.clock.now():
                    self.clock.jump_to(at)
                self._save_clock()
        except BaseException:
            vars(self.clock).update(clock_state)
            raise
        self._notify(Change(ChangeKind.MESSAGE, customer_id))
        return StepResult(customer_id, at, outcome, market, message_id)

    def _persist(self, customer: CustomerRecord, before: CustomerState, action: Action,
                 at: datetime, outcome: Outcome, source: str, consent_text: str) -> int | None:
        store, customer_id = self.store, customer.id
        assert customer_id is not None
        opened = [c for c in outcome.state.conversations if c not in before.conversations]
        if any(c.category is Category.FREE_ENTRY_POINT for c in opened):
            store.close_conversations(customer_id, at)
        for conversation in opened:
            store.add_conversation(customer_id, conversation)
        unread = customer.unread + (1 if isinstance(action, CustomerMessage) else 0)
        store.update_customer(replace(customer, unread=unread, state=outcome.state))
        if isinstance(action, OptIn | OptOut):
            kind = "opt_in" if isinstance(action, OptIn) else "opt_out"
            store.add_consent_event(customer_id, at, kind, source, consent_text)
        record = _message_record(customer_id, action, at, outcome)
        return None if record is None else store.add_message(record)

    # clock

    def now(self) -> datetime:
        return self.clock.now()

    def play(self) -> None:
        self._clock_change(self.clock.play, "play")

    def pause(self) -> None:
        self._clock_change(self.clock.pause, "pause")

    def set_speed(self, speed: int) -> None:
        self._clock_change(lambda: self.clock.set_speed(speed), f"speed x{speed}")

    def jump(self, span: timedelta) -> None:
        self._clock_change(lambda: self.clock.jump(span), f"jump +{span_label(span)}")

    def set_real_time(self, on: bool) -> None:
        self._clock_change(lambda: self.clock.set_real_time(on),
                           f"real time {'on' if on else 'off'}")

    def next_expiry(self) -> datetime | None:
        """The next instant a customer service window or a conversation ends."""
        return self.store.next_expiry(self.now())

    def jump_to_next_expiry(self) -> datetime | None:
        target = self.next_expiry()
        if target is not None:
            self._clock_change(lambda: self.clock.jump_to(target), "jump to the next expiry")
        return target

    def _clock_change(self, change: Callable[[], None], label: str = "clock change") -> None:
        before = self.clock.setting
        try:
            change()
        except ClockError as error:
            raise InputError(str(error)) from None
        self._commit_clock(before, clock_event(before, self.clock.setting), label)

    def set_clock(self, setting: ClockSetting) -> None:
        """Put the clock at `setting`: where a new workspace starts, not a change the
        clock's history records."""
        before = self.clock.setting
        self.clock.restore(setting)
        self._commit_clock(before, None, f"clock set to {format_instant(setting.at)}")

    def _commit_clock(self, before: ClockSetting, event: tuple[str, str] | None,
                      label: str = "clock change") -> None:
        """Save the clock as the undoable action `label`, with the clock event (kind,
        detail) of the change if any."""
        try:
            with self._action(label, "clock", before=before):
                if event is not None:
                    self.store.add_clock_event(self.now(), *event)
                self._save_clock()
        except StoreError:
            self.clock.restore(before)  # what is on screen stays what the file holds
            raise
        self._notify(Change(ChangeKind.CLOCK))

    def _save_clock(self) -> None:
        CLOCK.write(self.store, self.clock.setting)

    def save(self) -> None:
        """Persist the clock where it stands (on quit)."""
        self._save_clock()


def _message_record(
    customer_id: int, action: Action, at: datetime, outcome: Outcome
) -> MessageRecord | None:
    if isinstance(action, CustomerMessage):
        return MessageRecord(None, customer_id, at, "in", "text", text=action.text,
                             referral=action.referral.value if action.referral else None,
                             status="received")
    if isinstance(action, OptIn | OptOut):
        kind = "opt_in" if isinstance(action, OptIn) else "opt_out"
        return MessageRecord(None, customer_id, at, "event", kind)
    if isinstance(action, Wait):
        return None
    refusal, use = outcome.refusal, outcome.conversation
    decided = {
        "accepted": outcome.accepted,
        "status": "delivered" if outcome.accepted else "failed",
        "error_code": refusal.code if refusal else None,
        "reason": refusal.reason.value if refusal else None,
        "error_message": refusal.message if refusal else None,
        "category": use.category.value if use else None,
        "opened": use.opened if use else None,
        "expires": use.expires if use else None,
        "free": use.free if use else None,
        "charge": outcome.charge,
    }
    if isinstance(action, SendText):
        return MessageRecord(None, customer_id, at, "out", "text", text=action.text, **decided)
    template = action.template
    return MessageRecord(
        None, customer_id, at, "out", "template",
        text=render_body(template, action.params) if template else "",
        template_name=action.name, template_language=action.language, params=action.params,
        header=template.header if template else "", footer=template.footer if template else "",
        buttons=template.buttons if template else (), **decided,
    )
