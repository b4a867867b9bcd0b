"""The workspace service: takes a user action, asks the rules, persists, tells listeners.

The GUI and the headless scenario runner both act through `Workspace`; neither decides
anything itself.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, replace
from datetime import UTC, datetime, timedelta
from decimal import Decimal
from typing import Any, TypeVar

from . import action_labels as labels
from . import inputs
from .action_labels import action_label, span_label
from .changes import Change, ChangeKind, Listener
from .clock import ClockError, ClockSetting, RealClock, SimulatedClock, clock_event
from .consent import IMPORT_SOURCE, REPLY_KEYWORD, is_opt_out
from .i18n import QT_TRANSLATE_NOOP, translate
from .inputs import MAX_NAME as MAX_NAME  # re-exported: the customer dialog's limit
from .inputs import InputError
from .resources import bundled_rates
from .rules.engine import decide
from .rules.instants import format_instant, to_second
from .rules.model import (
    TEMPLATE_CATEGORIES,
    Account,
    AccountSettings,
    Action,
    Bands,
    Category,
    Consent,
    CustomerMessage,
    CustomerState,
    OptIn,
    OptOut,
    Outcome,
    Referral,
    Regime,
    ResumeMarketing,
    SendTemplate,
    SendText,
    StopMarketing,
    Template,
    TemplateStatus,
    Wait,
)
from .rules.months import month_bounds, month_key
from .rules.pricing import MarketRates, RateCard, RateCardError, parse_amount, parse_rate_card
from .rules.rate_cards import DatedRateCard, rows_of_card
from .rules.regimes import AUTO, PricingChoice, parse_choice, resolve
from .rules.templates import render_body
from .settings import (
    ACCOUNT,
    CLOCK,
    DELIVERY_DELAY,
    EXERCISE,
    MAX_DELIVERY_DELAY,
    NAME,
    OPT_OUT_KEYWORDS,
    PRICING,
    RATE_CARD,
    RATE_OVERRIDES,
    RateOverrides,
    Setting,
)
from .store import Choices, CustomerRecord, MessageRecord, Store, StoreError
from .timetravel import TimeTravel

T = TypeVar("T")


DELIVERY_ORDER = ("sent", "delivered", "read")
"""A business message's statuses in the order the platform reports them."""


@dataclass(frozen=True, slots=True)
class Tap:
    """A customer's tap on a button of a business message: what the platform reports
    (`kind` one of store.REPLY_KINDS, `key` the quick reply's payload or the option's id)."""

    reply_to: int
    kind: str
    key: str
    title: str


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
        self.clock_note = ""
        """Why the clock last changed by itself (Real time paused), until the user acts."""
        self._delivered_until = self.clock.now()
        """Deliveries up to this instant have been announced (see `deliver_due`)."""
        self._load_rate_card()

    # listeners

    def subscribe(self, listener: Listener) -> None:
        self._listeners.append(listener)

    def unsubscribe(self, listener: Listener) -> None:
        if listener in self._listeners:
            self._listeners.remove(listener)

    def _notify(self, change: Change) -> None:
        for listener in list(self._listeners):
            listener(change)

    # settings

    def _set(self, setting: Setting[T], value: T, label: str = "") -> None:
        """Store one setting as the undoable action `label` (the rate card in use follows
        it), then tell listeners."""
        try:
            with self._action(label or labels.SETTING.format(key=setting.key), "setting"):
                setting.write(self.store, value)
                self._load_rate_card()
        except BaseException:
            self._load_rate_card()  # what the file still holds
            raise
        self._notify(Change(ChangeKind.SETTINGS))

    def _reload(self) -> None:
        """Read again what the service keeps in memory (after the file went back or forth
        in its history): the clock and the rate card."""
        setting = CLOCK.read(self.store)
        if setting is not None:
            self.clock.restore(setting)
        self._load_rate_card()
        now = self.clock.now()
        if now < self._delivered_until:  # back before reads that then never happened
            self.store.forget_reads_after(now)
        self._delivered_until = now

    @property
    def name(self) -> str:
        """The workspace's title (a scenario's name); empty when it has none."""
        return NAME.read(self.store)

    def set_name(self, name: str) -> None:
        self._set(NAME, name, labels.WORKSPACE_NAME)

    @property
    def pricing(self) -> PricingChoice:
        """The pricing choice: a regime, or `auto` (each message under the regime in force
        at its instant). Real time always uses `auto`: it follows today's rules."""
        if self.clock.setting.real_time:
            return AUTO
        return PRICING.read(self.store)

    @property
    def regime(self) -> Regime:
        """The regime a message sent now is decided under."""
        return resolve(self.pricing, self.now())

    def set_regime(self, regime: PricingChoice | str) -> None:
        """Decide new messages under this regime, or under `auto`."""
        try:
            choice = parse_choice(regime)
        except ValueError as error:
            raise InputError(str(error)) from None
        self._set(PRICING, choice, labels.PRICING_REGIME.format(choice=choice))

    @property
    def account(self) -> AccountSettings:
        """The business account: country, time zone, currency, eligibility, limit."""
        return ACCOUNT.read(self.store)

    def set_account(self, account: AccountSettings) -> None:
        """Store the account's settings after checking them (InputError names the field at
        fault, and nothing changes). The account's currency needs a sourced card: messages
        are priced in it from now on."""
        self._set(ACCOUNT, inputs.account_settings(account), labels.BUSINESS_ACCOUNT)

    @property
    def exercise(self) -> dict[str, Any] | None:
        """The record of the trainer exercise this workspace was started for, if any."""
        return EXERCISE.read(self.store)

    def set_exercise(self, record: dict[str, Any]) -> None:
        """Grade what the trainee does from now on against this exercise record."""
        self._set(EXERCISE, record, labels.EXERCISE)

    @property
    def rate_overrides(self) -> RateOverrides:
        """The scenario's rates in front of the rate card's rows (empty for none)."""
        return RATE_OVERRIDES.read(self.store)

    def set_rate_overrides(self, overrides: RateOverrides) -> None:
        """Scenario rates: region code (or `*`) -> category -> decimal string."""
        self._set(RATE_OVERRIDES, overrides, labels.SCENARIO_RATES)

    @property
    def rate_card(self) -> RateCard:
        """The rate card in force now (see `rate_card_at`)."""
        return self.rate_card_at(self.now())

    def rate_card_at(self, at: datetime) -> RateCard:
        """The rate card a message at `at` is priced with, in the account's currency: the
        workspace's own dated card (or the bundled one) as it stood then, with any scenario
        rate overrides in front of its rows."""
        base = self._dated.at(at, self._currency)
        card = self._overridden.get(id(base))
        if card is None:
            card = self._overridden[id(base)] = self._with_overrides(base)
        return card

    @property
    def dated_rates(self) -> DatedRateCard:
        """Every dated rate and market move the workspace prices with."""
        return self._dated

    def set_rate_card(self, card_csv_text: str) -> None:
        """Price new messages with this rate card CSV (the wide columns of
        `pricing.RATE_CARD_COLUMNS`, one row per market; a row's `effective` date is when
        its rates apply from, none meaning any date).

        The text is checked first: a RateCardError names the line and column at fault, and
        nothing changes. Messages already sent keep what they were charged.
        """
        card = parse_rate_card(card_csv_text)
        dated = _own_card(card, bundled_rates())
        now_card = dated.at(self.now(), card.rows[0].currency)
        for customer in self.store.customers():  # every customer has a row (or Other)
            if not now_card.for_region(customer.region).rates:
                raise RateCardError(translate("Service", "the rate card has no row for "
                                              "{region}").format(region=customer.region))
        self._set(RATE_CARD, card_csv_text, labels.RATE_CARD)

    def reset_rate_card(self) -> None:
        """Go back to the bundled rate card (scenario rate overrides still apply)."""
        self._set(RATE_CARD, None, labels.BUNDLED_RATE_CARD)

    @property
    def has_own_rate_card(self) -> bool:
        """Whether the workspace prices with its own card (imported or edited)."""
        return RATE_CARD.read(self.store) is not None

    def _load_rate_card(self) -> None:
        """Read the dated card, the currency and the overrides the settings name (the
        month's counters are counted again: markets and time zone may have changed)."""
        self._month_counters: Account | None = None
        custom = RATE_CARD.read(self.store)
        bundled = bundled_rates()
        self._dated = _own_card(parse_rate_card(custom), bundled) if custom else bundled
        self._currency = self.account.currency
        self._overrides = _parse_overrides(self.rate_overrides)
        self._overridden: dict[int, RateCard] = {}

    def _with_overrides(self, card: RateCard) -> RateCard:
        if self._overrides is None:
            return card
        rates, tiers = self._overrides
        return card.with_overrides(rates, tiers, self._currency)

    def market(self, customer: CustomerRecord, at: datetime | None = None) -> MarketRates:
        """The customer's rate card row at `at` (now by default)."""
        return self.rate_card_at(at or self.now()).for_region(customer.region)

    @property
    def delivery_delay(self) -> int:
        """Simulated seconds a business message takes to reach the phone (0: at once)."""
        return DELIVERY_DELAY.read(self.store)

    def set_delivery_delay(self, seconds: int) -> None:
        if isinstance(seconds, bool) or not isinstance(seconds, int) or \
                not 0 <= seconds <= MAX_DELIVERY_DELAY:
            raise InputError.of("Service", QT_TRANSLATE_NOOP(
                "Service", "The delivery delay must be 0 to {limit} seconds, not {seconds}"),
                counts={"limit": MAX_DELIVERY_DELAY}, seconds=repr(seconds))
        self._set(DELIVERY_DELAY, seconds, labels.DELIVERY_DELAY.format(seconds=seconds))

    @property
    def opt_out_keywords(self) -> tuple[str, ...]:
        """The replies that opt a customer out (the defaults until someone changes them)."""
        return OPT_OUT_KEYWORDS.read(self.store)

    def set_opt_out_keywords(self, keywords: Iterable[str]) -> tuple[str, ...]:
        """Save the opt-out keywords, cleaned (see `consent.clean_keywords`); returns them.
        An empty list is allowed: then no reply opts a customer out."""
        cleaned = inputs.opt_out_keywords(keywords)
        self._set(OPT_OUT_KEYWORDS, cleaned, labels.OPT_OUT_KEYWORDS)
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
        inputs.unique_phone(self.store, e164)
        key = key or self._free_key(name)
        consent = Consent.OPTED_IN if opt_in else Consent.NONE
        record = CustomerRecord(None, key, name, e164, region,
                                CustomerState(consent=consent, reachable=reachable))
        with self._action(labels.NEW_CUSTOMER.format(name=name), "customer_created"):
            customer_id = inputs.stored(lambda: self.store.add_customer(record))
            if opt_in:
                self.store.add_consent_event(customer_id, self.now(), "opt_in", IMPORT_SOURCE, "")
        self._notify(Change(ChangeKind.CUSTOMER, customer_id))
        return customer_id

    def edit_customer(self, customer_id: int, name: str, phone: str, reachable: bool) -> None:
        customer = self.customer(customer_id)
        e164, region = inputs.phone(phone)
        inputs.unique_phone(self.store, e164, customer_id)
        state = replace(self.store.customer_state(customer_id, self.now()), reachable=reachable)
        updated = replace(customer, name=inputs.clean_name(name), phone=e164, region=region,
                          state=state)
        with self._action(labels.EDIT_OF.format(name=updated.name), "customer_edited"):
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
        with self._action(labels.NEW_TEMPLATE.format(name=template.name,
                                                     language=template.language),
                          "template_created"):
            inputs.stored(lambda: self.store.add_template(template))
        self._notify(Change(ChangeKind.TEMPLATE))

    def edit_template(self, old_key: tuple[str, str], template: Template,
                      label: str = "", kind: str = "template_edited") -> None:
        """Replace a template; a change of its status or category applies from the current
        simulated instant (earlier messages keep the category they were charged as)."""
        inputs.valid_template(template)
        before = self.store.template(*old_key)
        label = label or labels.EDIT_OF_TEMPLATE.format(name=old_key[0], language=old_key[1])
        with self._action(label, kind):
            inputs.stored(lambda: self.store.update_template(old_key, template))
            if before is not None:
                self._record_template_changes(before, template)
        self._notify(Change(ChangeKind.TEMPLATE))

    def _record_template_changes(self, before: Template, after: Template) -> None:
        now = to_second(self.now())
        for field, old, new in (("status", before.status, after.status),
                                ("category", before.category, after.category)):
            if old is new:
                continue
            known = self.store.template_changes()
            if not any(c[0:2] == before.key and c[3] == field for c in known):
                # the value it had from the start, so that any instant has an answer
                self.store.add_template_change(*after.key, EPOCH, field, old.value)
            self.store.add_template_change(*after.key, now, field, new.value)

    def set_template_status(self, key: tuple[str, str], status: TemplateStatus | str,
                            at: datetime | None = None) -> None:
        """Change a template's status from now (or from `at`, which moves the clock
        forward to it) on: Meta pauses, disables, approves..."""
        template = self._template(key)
        try:
            status = TemplateStatus(status)
        except ValueError:
            raise InputError.of("Service", QT_TRANSLATE_NOOP(
                "Service", "{status} is not a template status"), status=repr(status)) from None
        self._change_template(key, replace(template, status=status), at,
                              labels.TEMPLATE_CHANGE.format(name=key[0], language=key[1],
                                                            status=status.value),
                              "template_status")

    def set_template_category(self, key: tuple[str, str], category: Category | str,
                              at: datetime | None = None) -> None:
        """Re-categorise a template from now (or from `at`) on: the category at time of use
        is charged; messages sent before keep the category they were charged as."""
        template = self._template(key)
        try:
            category = Category(category)
        except ValueError:
            category = None
        if category not in TEMPLATE_CATEGORIES:
            raise InputError.of("Service", QT_TRANSLATE_NOOP(
                "Service", "a template's category is marketing, utility or authentication"))
        self._change_template(key, replace(template, category=category), at,
                              labels.TEMPLATE_CHANGE.format(name=key[0], language=key[1],
                                                            status=category.value),
                              "template_category")

    def _change_template(self, key: tuple[str, str], template: Template,
                         at: datetime | None, label: str, kind: str) -> None:
        with self._action(label, kind):
            if at is not None and to_second(at) > self.now():
                self.clock.jump_to(to_second(at))
                self._save_clock()
            self.edit_template(key, template)

    def _template(self, key: tuple[str, str]) -> Template:
        template = self.store.template(*key)
        if template is None:
            raise InputError.of("Service", QT_TRANSLATE_NOOP(
                "Service", "no template {name} in {language}"), name=repr(key[0]),
                language=key[1])
        return template

    def templates(self) -> list[Template]:
        return self.store.templates()

    # actions

    def customer_message(
        self, customer_id: int, text: str, referral: Referral | str | None = None,
        at: datetime | None = None,
    ) -> StepResult:
        """The customer writes `text`; an opt-out keyword (STOP) also opts them out, in the
        same transaction as the message."""
        return self._customer_writes(customer_id, inputs.clean_text(text), referral, at)

    def customer_reply(self, customer_id: int, message_id: int, button: str,
                       at: datetime | None = None) -> StepResult:
        """The customer taps `button` (its title, or its payload or id) on business message
        `message_id`: recorded as their button reply, which opens the window as any message
        from them does."""
        at = to_second(at or self.now())
        tap = self.tap(customer_id, message_id, button, at)
        return self._customer_writes(customer_id, tap.title, None, at, tap)

    def tap(self, customer_id: int, message_id: int, button: str, at: datetime) -> Tap:
        """What tapping `button` on message `message_id` is; InputError naming what the
        message offers when it offers no such button."""
        message = self.store.message(message_id)
        if message is None or message.direction != "out" or \
                message.customer_id != customer_id or not message.accepted:
            raise InputError.of("Service", QT_TRANSLATE_NOOP(
                "Service", "no message delivered to this customer has the id {id}"),
                id=message_id)
        if message.delivered_at is None or message.delivered_at > at:
            raise InputError.of("Service", QT_TRANSLATE_NOOP(
                "Service", "that message has not reached the customer's phone yet"))
        choices = reply_choices(message)
        for key, title in choices.options if choices else ():
            if button in (title, key):
                assert choices is not None
                return Tap(message_id, choices.kind, key, title)
        offered = [title for _, title in choices.options] if choices else []
        raise InputError.of("Service", QT_TRANSLATE_NOOP(
            "Service", "the message offers no button {button}; it offers {offered}"),
            button=repr(button), offered=offered)

    def _customer_writes(self, customer_id: int, text: str, referral: Referral | str | None,
                         at: datetime | None, tap: Tap | None = None) -> StepResult:
        origin = Referral(referral) if referral else None
        action = CustomerMessage(text, origin)
        with self._action(self._label(labels.MESSAGE_FROM, customer_id), "message"):
            result = self._act(customer_id, action, at, tap=tap)
            self.customer_reads(customer_id, result.at)  # who replies has read the chat
            if is_opt_out(text, self.opt_out_keywords) and self.store.customer_state(
                    customer_id, result.at).consent is not Consent.OPTED_OUT:
                self.opt_out(customer_id, at=result.at, source=REPLY_KEYWORD, text=text.strip())
        return result

    # delivery: the one place a business message's status moves. An accepted message is
    # "sent" from its instant, "delivered" from `delivered_at` (sent + the delivery delay)
    # and "read" from `read_at`; a failed send stays failed, with its code. Statuses are
    # read against the clock, so they follow it back and forth.

    def mark_message_delivered(self, message_id: int) -> bool:
        """The customer's phone received the message now; False if it was there already."""
        message = self._business_message(message_id)
        now = to_second(self.now())
        if message.delivery_status(now) != "sent":
            return False
        with self.store.transaction():
            self.store.set_delivered([message_id], now)
        self._notify(Change(ChangeKind.MESSAGE, message.customer_id))
        return True

    def mark_message_read(self, message_id: int) -> bool:
        """The customer read the message now (blue ticks; the phone has it by then); False
        if it already was read, or failed."""
        message = self._business_message(message_id)
        now = to_second(self.now())
        if not message.accepted or message.delivery_status(now) == "read":
            return False
        with self.store.transaction():
            self.store.set_read([message_id], now)
        self._notify(Change(ChangeKind.MESSAGE, message.customer_id))
        return True

    def customer_reads(self, customer_id: int, at: datetime | None = None) -> int:
        """The customer opens the chat: every business message on their phone by now is
        read; how many changed."""
        at = to_second(at or self.now())
        ids = self.store.unread_business_messages(customer_id, at)
        if ids:
            with self.store.transaction():
                self.store.set_read(ids, at)
            self._notify(Change(ChangeKind.MESSAGE, customer_id))
        return len(ids)

    def deliver_due(self, now: datetime | None = None) -> list[MessageRecord]:
        """Tell listeners of the business messages that reached the phone since the last
        call (the clock passed their `delivered_at`); whoever drives the clock calls this
        (the app's timer, the API server). Returns them, oldest first."""
        now = to_second(now or self.now())
        since, self._delivered_until = self._delivered_until, now
        if now <= since:
            return []
        due = [m for m in self.store.deliveries_between(since, now) if m.delivered_at
               and m.delivered_at > since]
        for customer_id in dict.fromkeys(m.customer_id for m in due):
            self._notify(Change(ChangeKind.MESSAGE, customer_id))
        return due

    def _business_message(self, message_id: int) -> MessageRecord:
        message = self.store.message(message_id)
        if message is None or message.direction != "out":
            raise InputError.of("Service", QT_TRANSLATE_NOOP(
                "Service", "there is no business message #{id}"), id=message_id)
        return message

    def _label(self, what: str, customer_id: int) -> str:
        """An action's name in the Edit menu: "send to Ana López" (`what`: "send to
        {name}")."""
        return what.format(name=self.customer(customer_id).name)

    def send_text(self, customer_id: int, text: str, at: datetime | None = None, *,
                  origin: str = "", choices: Choices | None = None) -> StepResult:
        """`origin` names the front end a message came through when it is not the inbox
        ("api" for the local Cloud API); the chat marks it. `choices`: what an interactive
        message offers to tap."""
        return self._act(customer_id, SendText(inputs.clean_text(text)), at, origin=origin,
                         choices=choices)

    def send_template(
        self, customer_id: int, name: str, language: str, params: Iterable[str],
        at: datetime | None = None, *, origin: str = "",
        payloads: Mapping[int, str] | None = None,
    ) -> StepResult:
        """`payloads`: the quick-reply buttons' payloads by index, as the sender gave them
        (a tap on a button without one reports its text)."""
        action = self.template_action(name, language, params)
        choices = None
        if payloads and action.template is not None:
            choices = Choices("button", tuple((payloads.get(i, title), title) for i, title
                                              in enumerate(action.template.buttons)))
        return self._act(customer_id, action, at, origin=origin, choices=choices)

    def template_action(self, name: str, language: str, params: Iterable[str]) -> SendTemplate:
        values = tuple(params)
        if not all(isinstance(p, str) for p in values):
            raise InputError.of("Service", QT_TRANSLATE_NOOP(
                "Service", "template parameters must be text"))
        if any("\x00" in p for p in values):
            raise InputError.of("Service", QT_TRANSLATE_NOOP(
                "Service", "a template parameter contains a NUL character"))
        return SendTemplate(name, language, values, self.store.template(name, language))

    def opt_in(self, customer_id: int, at: datetime | None = None, source: str = "",
               text: str = "") -> StepResult:
        return self._act(customer_id, OptIn(), at, source=source, consent_text=text)

    def opt_out(self, customer_id: int, at: datetime | None = None, source: str = "",
                text: str = "") -> StepResult:
        return self._act(customer_id, OptOut(), at, source=source, consent_text=text)

    def wait(self, customer_id: int, at: datetime | None = None) -> StepResult:
        return self._act(customer_id, Wait(), at)

    def stop_marketing(self, customer_id: int, at: datetime | None = None) -> StepResult:
        """The customer stops this business's marketing messages in WhatsApp itself (not
        the business's consent ledger): marketing templates are refused with 131050."""
        return self._act(customer_id, StopMarketing(), at)

    def resume_marketing(self, customer_id: int, at: datetime | None = None) -> StepResult:
        """The customer resumes this business's marketing messages in WhatsApp."""
        return self._act(customer_id, ResumeMarketing(), at)

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
        card = self.rate_card_at(at)
        market = card.for_region(customer.region)
        settings = self.account
        outcome = decide(state, action, at, self.pricing, market.rates,
                         self._counters(at, settings, card), settings, tiers=market.tiers,
                         market=market.market, region=customer.region)
        return state, outcome, market

    def _counters(self, at: datetime, settings: AccountSettings, card: RateCard) -> Account:
        """The business's counters of the month of `at` in the account's time zone: those
        the last action left (see `_act`), else counted from the store once."""
        month = month_key(at, settings.timezone)
        if self._month_counters is not None and self._month_counters.month == month:
            return self._month_counters
        service, texts, charged = self.store.counters_between(
            *month_bounds(month, settings.timezone))
        by_market: dict[tuple[str, Category], int] = {}
        for (region, category), count in charged.items():
            kind = Category(category)
            if kind is Category.AUTHENTICATION_INTERNATIONAL:
                kind = Category.AUTHENTICATION
            key = (card.for_region(region).market, kind)
            by_market[key] = by_market.get(key, 0) + count
        self._month_counters = Account(month, service, texts, by_market)
        return self._month_counters

    def _act(self, customer_id: int, action: Action, at: datetime | None, *,
             source: str = "", consent_text: str = "", origin: str = "",
             choices: Choices | None = None, tap: Tap | None = None) -> StepResult:
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
                                           source, consent_text, origin, choices, tap)
                if at > self.clock.now():  # else the stored clock setting still holds
                    self.clock.jump_to(at)
                    self._save_clock()
        except BaseException:
            vars(self.clock).update(clock_state)
            self._month_counters = None
            raise
        if outcome.account.month:
            self._month_counters = outcome.account  # the counters with this action in them
        self._notify(Change(ChangeKind.MESSAGE, customer_id))
        return StepResult(customer_id, at, outcome, market, message_id)

    def _persist(self, customer: CustomerRecord, before: CustomerState, action: Action,
                 at: datetime, outcome: Outcome, source: str, consent_text: str,
                 origin: str, choices: Choices | None, tap: Tap | None) -> int | None:
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
            store.add_consent_event(customer_id, at, EVENT_KINDS[type(action)], source,
                                    consent_text)
        record = _message_record(customer_id, action, at, outcome)
        if record is None:
            return None
        if record.direction == "out":
            delivered = at + timedelta(seconds=self.delivery_delay) if record.accepted \
                else None
            record = replace(record, origin=origin, choices=choices, delivered_at=delivered)
        elif tap is not None:
            record = replace(record, kind=tap.kind, reply_to=tap.reply_to, reply_key=tap.key)
        return store.add_message(record)

    # clock

    def now(self) -> datetime:
        """The simulated now. A wall clock that went back pauses Real time here: the pause
        is saved with a clock event and `clock_note` says why."""
        at = self.clock.now()
        note = self.clock.take_step_back()
        if note is not None:
            self.clock_note = note
            self._commit_clock(self.clock.setting, ("pause", note))
        return at

    def play(self) -> None:
        self._clock_change(self.clock.play, labels.PLAY)

    def pause(self) -> None:
        self._clock_change(self.clock.pause, labels.PAUSE)

    def set_speed(self, speed: int) -> None:
        self._clock_change(lambda: self.clock.set_speed(speed), labels.SPEED.format(speed=speed))

    def jump(self, span: timedelta) -> None:
        self._clock_change(lambda: self.clock.jump(span), labels.JUMP.format(span=span_label(span)))

    def set_real_time(self, on: bool) -> None:
        self._clock_change(lambda: self.clock.set_real_time(on),
                           labels.REAL_TIME_ON if on else labels.REAL_TIME_OFF)

    def next_expiry(self) -> datetime | None:
        """The next instant a customer service window or a conversation ends."""
        return self.store.next_expiry(self.now())

    def jump_to_next_expiry(self) -> datetime | None:
        target = self.next_expiry()
        if target is not None:
            self._clock_change(lambda: self.clock.jump_to(target), labels.JUMP_TO_EXPIRY)
        return target

    def _clock_change(self, change: Callable[[], None], label: str = labels.CLOCK_CHANGE) -> None:
        self.clock_note = ""
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
        self._commit_clock(before, None,
                           labels.CLOCK_SET.format(instant=format_instant(setting.at)))

    def _commit_clock(self, before: ClockSetting, event: tuple[str, str] | None,
                      label: str = labels.CLOCK_CHANGE) -> None:
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
        self.deliver_due()

    def _save_clock(self) -> None:
        CLOCK.write(self.store, self.clock.setting)

    def save(self) -> None:
        """Persist the clock where it stands (on quit)."""
        self._save_clock()


EPOCH = datetime(1970, 1, 1, tzinfo=UTC)
EVENT_KINDS: dict[type, str] = {
    OptIn: "opt_in", OptOut: "opt_out", StopMarketing: "stop_marketing",
    ResumeMarketing: "resume_marketing"}
"""The stored kind of each customer event."""


def reply_choices(message: MessageRecord) -> Choices | None:
    """What the customer can tap on a business message: what its sender said (an
    interactive message's options, a template's payloads), else a template's quick-reply
    buttons, each reporting its own text as payload."""
    if message.choices is not None:
        return message.choices
    if message.kind == "template" and message.buttons:
        return Choices("button", tuple((title, title) for title in message.buttons))
    return None


def _own_card(card: RateCard, bundled: DatedRateCard) -> DatedRateCard:
    """A user's wide card as dated rows: the regions it names, the bundled market map into
    the markets it has rows for (a regional group, say), and its Other for the rest."""
    rows, moves = rows_of_card(card)
    named = {row.market for row in rows}
    return DatedRateCard(rows, tuple(m for m in bundled.moves if m.market in named) + moves,
                         service_stops=False)


def _parse_overrides(overrides: RateOverrides) -> tuple[
        dict[str, dict[Category, Decimal]], dict[str, dict[Category, Bands]]] | None:
    """A scenario's rates (region -> category -> decimal string, and `tiers`: category ->
    [[first message, rate], ...]) as amounts; None for none."""
    if not overrides:
        return None
    rates: dict[str, dict[Category, Decimal]] = {}
    tiers: dict[str, dict[Category, Bands]] = {}
    for region, row in overrides.items():
        rates[region] = {Category(c): parse_amount(v, f"rates.{region}.{c}")
                         for c, v in row.items() if c != "tiers"}
        tiers[region] = {
            Category(c): tuple((int(first), parse_amount(rate, f"rates.{region}.tiers.{c}"))
                               for first, rate in bands)
            for c, bands in (row.get("tiers") or {}).items()}
    return rates, tiers


def _message_record(
    customer_id: int, action: Action, at: datetime, outcome: Outcome
) -> MessageRecord | None:
    if isinstance(action, CustomerMessage):
        return MessageRecord(None, customer_id, at, "in", "text", text=action.text,
                             referral=action.referral.value if action.referral else None,
                             status="received")
    if isinstance(action, OptIn | OptOut | StopMarketing | ResumeMarketing):
        return MessageRecord(None, customer_id, at, "event", EVENT_KINDS[type(action)])
    if isinstance(action, Wait):
        return None
    refusal, use = outcome.refusal, outcome.conversation
    decided = {
        "accepted": outcome.accepted,
        "status": "sent" if outcome.accepted else "failed",
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
