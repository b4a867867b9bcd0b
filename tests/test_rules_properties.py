"""Property tests of the rules engine over random sequences of actions.

Several customers of one business act at non-decreasing random instants (with a bias towards
the 24-hour and 72-hour boundaries), under every regime, with templates of every category and
status, referrals and consent changes. Each trace is checked against invariants of rules.md
and against a small reference model written from rules.md alone.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, fields
from datetime import UTC, datetime, timedelta
from decimal import Decimal

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from waboard.rules.engine import _account, _state, decide
from waboard.rules.model import (
    CONVERSATION_CATEGORIES,
    ZERO,
    Account,
    Action,
    Category,
    Consent,
    Conversation,
    CustomerMessage,
    CustomerState,
    OptIn,
    OptOut,
    Outcome,
    Reason,
    Referral,
    Regime,
    SendTemplate,
    SendText,
    Template,
    TemplateStatus,
    Wait,
)

DAY = timedelta(hours=24)
SPAN_72H = timedelta(hours=72)
RATES = {
    Category.MARKETING: Decimal("0.0625"),
    Category.UTILITY: Decimal("0.0080"),
    Category.AUTHENTICATION: Decimal("0.0315"),
    Category.SERVICE: Decimal("0.0300"),
}
CUSTOMERS = 3
BODIES = ("Your order shipped.", "Hi {{1}}, welcome.", "Hi {{1}}, your code is {{2}}. {{1}}")
TEMPLATES = [
    Template(f"{category.value}_{status.value}_{n}", "en_US", category, body, status)
    for category in (Category.MARKETING, Category.UTILITY, Category.AUTHENTICATION)
    for status in TemplateStatus
    for n, body in enumerate(BODIES)
]
APPROVED = [t for t in TEMPLATES if t.status is TemplateStatus.APPROVED]
GOOD_PARAMS = ("Ana", "4711", "x" * 600)
BAD_PARAMS = ("two\nlines", "a\ttab", "a    gap", "  ")
STARTS = (
    datetime(2023, 6, 1, tzinfo=UTC),
    datetime(2023, 6, 30, 12, tzinfo=UTC),  # crosses into July: the free tier resets
)
ACCOUNTS = (Account(), Account("2023-06", 995), Account("2023-06", 1000), Account("2023-05", 4000))
SETTINGS = settings(max_examples=250, deadline=None, suppress_health_check=[HealthCheck.too_slow])


@st.composite
def template_sends(draw: st.DrawFn) -> SendTemplate:
    kind = draw(st.integers(0, 9))
    if kind == 0:
        return SendTemplate("no_such_template", "en_US", (), None)
    tpl = draw(st.sampled_from(TEMPLATES if kind <= 3 else APPROVED))
    count = len(set(re.findall(r"\{\{(\d+)\}\}", tpl.body)))
    if draw(st.integers(0, 9)) < 8:
        params = tuple(draw(st.sampled_from(GOOD_PARAMS)) for _ in range(count))
    else:
        params = tuple(draw(st.lists(st.sampled_from(GOOD_PARAMS + BAD_PARAMS), max_size=3)))
    return SendTemplate(tpl.name, tpl.language, params, tpl)


actions = st.one_of(
    st.builds(
        CustomerMessage,
        st.just("hi"),
        st.sampled_from([None, None, None, Referral.CTWA_AD, Referral.PAGE_CTA]),
    ),
    st.just(SendText("sure")),
    st.just(SendText("sure")),
    template_sends(),
    template_sends(),
    st.sampled_from([OptIn(), OptOut(), Wait()]),
)
BOUNDARIES = (0, 0, 1, 3599, 86399, 86400, 86401, 72 * 3600 - 1, 72 * 3600)
delays = st.one_of(st.sampled_from(BOUNDARIES), st.integers(0, 30 * 3600))
steps = st.lists(st.tuples(st.integers(0, CUSTOMERS - 1), delays, actions), max_size=60)
customers = st.lists(
    st.builds(
        CustomerState,
        consent=st.sampled_from(list(Consent)),
        reachable=st.sampled_from([True, True, True, True, False]),
    ),
    min_size=CUSTOMERS,
    max_size=CUSTOMERS,
)


@dataclass(frozen=True)
class Scenario:
    regime: Regime
    start: datetime
    account: Account
    customers: tuple[CustomerState, ...]
    steps: tuple[tuple[int, int, Action], ...]


scenarios = st.builds(
    Scenario,
    st.sampled_from(list(Regime)),
    st.sampled_from(STARTS),
    st.sampled_from(ACCOUNTS),
    customers.map(tuple),
    steps.map(tuple),
)


@dataclass(frozen=True)
class Step:
    customer: int
    at: datetime
    action: Action
    before: CustomerState
    account: Account
    outcome: Outcome


def run(scenario: Scenario) -> list[Step]:
    states = list(scenario.customers)
    account = scenario.account
    at = scenario.start
    trace = []
    for customer, delay, action in scenario.steps:
        at += timedelta(seconds=delay)
        before = states[customer]
        outcome = decide(before, action, at, scenario.regime, RATES, account)
        trace.append(Step(customer, at, action, before, account, outcome))
        states[customer], account = outcome.state, outcome.account
    return trace


# Invariants


@SETTINGS
@given(scenarios)
def test_invariants(scenario: Scenario) -> None:
    regime = scenario.regime
    seen: list[dict[Conversation, None]] = [
        dict.fromkeys(state.conversations) for state in scenario.customers
    ]
    total = ZERO
    for step in run(scenario):
        outcome, before, at = step.outcome, step.before, step.at
        after = outcome.state
        business = isinstance(step.action, SendText | SendTemplate)

        # Charges are exact, never negative, and one of the card's rates.
        assert isinstance(outcome.charge, Decimal)
        assert outcome.charge >= 0
        assert outcome.charge == ZERO or outcome.charge in RATES.values()
        total += outcome.charge

        if not business:
            # Customer messages, consent changes and waiting never charge or open anything.
            assert outcome.accepted and outcome.refusal is None
            assert outcome.conversation is None and outcome.charge == ZERO
            assert outcome.account == step.account
        elif not outcome.accepted:
            # A refused message changes nothing but the passing of time.
            assert outcome.refusal is not None and outcome.conversation is None
            assert outcome.charge == ZERO and outcome.account == step.account
            idle = decide(before, Wait(), at, regime, RATES, step.account)
            assert after == idle.state
        else:
            assert outcome.refusal is None and outcome.conversation is not None
        # No free-form message outside a customer service window.
        if isinstance(step.action, SendText) and outcome.accepted:
            assert before.window_open(at)

        use = outcome.conversation
        if regime.per_message:
            # No conversations are reported under per-message pricing.
            if use is not None:
                assert use.opened is None and use.expires is None
            assert all(c.category is Category.FREE_ENTRY_POINT for c in after.conversations)
        elif use is not None:
            # Only an opened conversation is charged; what is charged is what it costs.
            assert (outcome.charge > 0) <= bool(use.opened)
            if use.opened:
                opened = next(
                    c
                    for c in after.conversations
                    if c.opened_at == at and c.category is use.category
                )
                assert opened.charge == outcome.charge
                assert opened.expires_at == use.expires
            if use.category is Category.SERVICE and regime is not Regime.CBP_2023_06:
                assert outcome.charge == ZERO

        # At most one open conversation per category; a free entry point is alone.
        open_now = after.open_conversations(at)
        categories = [c.category for c in open_now]
        assert len(categories) == len(set(categories))
        if Category.FREE_ENTRY_POINT in categories:
            assert len(categories) == 1
        # Every conversation lasts exactly 24 hours (72 for a free entry point)...
        for conversation in after.conversations:
            span = conversation.expires_at - conversation.opened_at
            fep = conversation.category is Category.FREE_ENTRY_POINT
            assert span == (SPAN_72H if fep else DAY)
            assert conversation.free == (conversation.charge == ZERO)
        # ...unless a free entry point opening ended it early.
        known = seen[step.customer]
        new = [c for c in after.conversations if c not in known]
        assert all(c.opened_at == at for c in new)
        assert len(new) <= 1
        fep_opened = any(c.category is Category.FREE_ENTRY_POINT for c in new)
        for conversation in known:
            if fep_opened:
                assert conversation not in after.conversations
            elif conversation in before.conversations and at < conversation.expires_at:
                assert conversation in after.conversations
        known.update(dict.fromkeys(new))

    if not regime.per_message:
        # The bill: what the steps charged is what the opened conversations cost.
        opened = ZERO
        for index, conversations in enumerate(seen):
            initial = set(scenario.customers[index].conversations)
            opened += sum((c.charge for c in conversations if c not in initial), ZERO)
        assert total == opened


@SETTINGS
@given(scenarios)
def test_replay_is_deterministic(scenario: Scenario) -> None:
    first = [step.outcome for step in run(scenario)]
    second = [step.outcome for step in run(scenario)]
    assert first == second


# A reference model written from rules.md, independent of the engine.


@dataclass
class RefConversation:
    category: Category
    opened: datetime
    end: datetime
    charge: Decimal

    def open_at(self, at: datetime) -> bool:
        return self.opened <= at < self.end


@dataclass
class RefCustomer:
    consent: Consent
    reachable: bool
    inbound: datetime | None = None
    ad_message: datetime | None = None  # an ad/page message whose CSW got no reply yet
    conversations: list[RefConversation] = field(default_factory=list)

    def window(self, at: datetime) -> bool:
        return self.inbound is not None and self.inbound <= at < self.inbound + DAY


@dataclass(frozen=True)
class Expected:
    reason: Reason | None
    charge: Decimal = ZERO
    category: Category | None = None
    opened: bool | None = None
    expires: datetime | None = None
    free: bool = True  # whether the conversation counted in (per message: the message) is free


def ref_refusal(
    customer: RefCustomer, action: SendText | SendTemplate, at: datetime
) -> Reason | None:
    if not customer.reachable:
        return Reason.UNDELIVERABLE
    window = customer.window(at)
    if isinstance(action, SendText):
        return None if window else Reason.WINDOW_CLOSED
    tpl = action.template
    if tpl is None:
        return Reason.TEMPLATE_NOT_FOUND
    if tpl.status is TemplateStatus.PAUSED:
        return Reason.TEMPLATE_PAUSED
    if tpl.status is TemplateStatus.DISABLED:
        return Reason.TEMPLATE_DISABLED
    if tpl.status is not TemplateStatus.APPROVED:
        return Reason.TEMPLATE_NOT_APPROVED
    numbers = sorted(set(re.findall(r"\{\{(\d+)\}\}", tpl.body)), key=int)
    if len(action.params) != len(numbers):
        return Reason.PARAM_MISMATCH
    for value in action.params:
        if not value.strip() or "\n" in value or "\t" in value or "     " in value:
            return Reason.PARAM_MISMATCH
    body = tpl.body
    for number in numbers:
        body = body.replace("{{" + number + "}}", action.params[int(number) - 1])
    if len(body) > 1024:
        return Reason.PARAM_MISMATCH
    if customer.consent is Consent.OPTED_OUT and tpl.category is Category.MARKETING:
        return Reason.OPTED_OUT
    if not window and customer.consent is not Consent.OPTED_IN:
        return Reason.NO_OPT_IN
    return None


class Reference:
    def __init__(self, scenario: Scenario) -> None:
        self.regime = scenario.regime
        self.customers = [RefCustomer(s.consent, s.reachable) for s in scenario.customers]
        self.service_by_month: dict[str, int] = {}
        self.texts_by_month: dict[str, int] = {}
        if scenario.account.month:
            self.service_by_month[scenario.account.month] = scenario.account.service_conversations

    def step(self, index: int, action: Action, at: datetime) -> Expected:
        customer = self.customers[index]
        if customer.ad_message is not None and not customer.window(at):
            customer.ad_message = None  # that CSW closed unanswered: the entry point is gone
        if isinstance(action, CustomerMessage):
            if action.referral is not None:
                customer.ad_message = at
            customer.inbound = at
        elif isinstance(action, OptIn):
            customer.consent = Consent.OPTED_IN
        elif isinstance(action, OptOut):
            customer.consent = Consent.OPTED_OUT
        if not isinstance(action, SendText | SendTemplate):
            return Expected(None)
        reason = ref_refusal(customer, action, at)
        if reason is not None:
            return Expected(reason)
        return self._deliver(customer, action, at)

    def _deliver(
        self, customer: RefCustomer, action: SendText | SendTemplate, at: datetime
    ) -> Expected:
        per_message = self.regime in (Regime.PMP_2025_07, Regime.PMP_2026_10)
        replies_charged = self.regime is Regime.PMP_2026_10
        window = customer.window(at)
        if isinstance(action, SendText):
            month = at.strftime("%Y-%m")
            self.texts_by_month[month] = self.texts_by_month.get(month, 0) + 1
        live = [c for c in customer.conversations if c.open_at(at)]
        entry_pending = customer.ad_message is not None and window
        customer.ad_message = None
        fep = next((c for c in live if c.category is Category.FREE_ENTRY_POINT), None)
        if fep is None and entry_pending:
            for conversation in live:
                conversation.end = at
            fep = RefConversation(Category.FREE_ENTRY_POINT, at, at + SPAN_72H, ZERO)
            customer.conversations.append(fep)
            if per_message:
                return Expected(None, ZERO, Category.FREE_ENTRY_POINT)
            return Expected(None, ZERO, Category.FREE_ENTRY_POINT, True, fep.end)
        if fep is not None:
            if per_message:
                return Expected(None, ZERO, Category.FREE_ENTRY_POINT)
            return Expected(None, ZERO, Category.FREE_ENTRY_POINT, False, fep.end)
        if isinstance(action, SendTemplate):
            assert action.template is not None
            category = action.template.category
        else:
            category = Category.SERVICE
        if per_message and replies_charged:
            over = self.texts_by_month.get(at.strftime("%Y-%m"), 0) > 1000
            if category is Category.SERVICE:
                charge = RATES[Category.UTILITY] if over else ZERO
            else:
                charge = RATES[category]
            return Expected(None, charge, category, free=charge == ZERO)
        if per_message:
            free = category is Category.SERVICE or (category is Category.UTILITY and window)
            charge = ZERO if free else RATES[category]
            return Expected(None, charge, category, free=charge == ZERO)
        if category is Category.SERVICE:
            joined = min(live, key=lambda c: c.opened, default=None)
        else:
            joined = next((c for c in live if c.category is category), None)
        if joined is not None:
            return Expected(None, ZERO, joined.category, False, joined.end, joined.charge == ZERO)
        charge = RATES[category]
        if category is Category.SERVICE:
            month = at.strftime("%Y-%m")
            used = self.service_by_month.get(month, 0)
            self.service_by_month[month] = used + 1
            if self.regime is Regime.CBP_2024_11 or used < 1000:
                charge = ZERO
        opened = RefConversation(category, at, at + DAY, charge)
        customer.conversations.append(opened)
        return Expected(None, charge, category, True, opened.end, charge == ZERO)


@SETTINGS
@given(scenarios)
def test_matches_the_reference_model(scenario: Scenario) -> None:
    reference = Reference(scenario)
    for step in run(scenario):
        expected = reference.step(step.customer, step.action, step.at)
        outcome = step.outcome
        refusal = outcome.refusal
        assert (refusal.reason if refusal else None) is expected.reason, step
        if refusal is not None:
            codes = (
                {132000, 132005}
                if refusal.reason is Reason.PARAM_MISMATCH
                else {refusal.reason.code}
            )
            assert refusal.code in codes
            continue
        assert outcome.charge == expected.charge, step
        use = outcome.conversation
        if expected.category is None:
            assert use is None
            continue
        assert use is not None
        assert (use.category, use.opened, use.expires) == (
            expected.category,
            expected.opened,
            expected.expires,
        ), step
        assert use.free is expected.free, step


instants = st.datetimes(datetime(2023, 1, 1), datetime(2027, 1, 1), timezones=st.just(UTC))
any_states = st.builds(
    CustomerState,
    consent=st.sampled_from(list(Consent)),
    reachable=st.booleans(),
    last_inbound_at=st.none() | instants,
    entry_point_pending=st.booleans(),
    conversations=st.lists(st.builds(
        Conversation, st.sampled_from(CONVERSATION_CATEGORIES), instants, instants,
        st.sampled_from([ZERO, RATES[Category.UTILITY]])), max_size=3).map(tuple),
    marketing_stopped=st.booleans(),
    marketing_sent=st.lists(instants, max_size=3).map(tuple),
)


any_accounts = st.builds(
    Account,
    st.sampled_from(["", "2023-06", "2025-07"]),
    st.integers(0, 5000),
    st.integers(0, 5000),
    st.dictionaries(st.tuples(st.sampled_from(["Mexico", "Other"]),
                              st.sampled_from(list(Category))), st.integers(1, 9999)),
)


@SETTINGS
@given(any_states, any_accounts)
def test_the_engines_builders_make_what_the_dataclasses_make(
    state: CustomerState, account: Account
) -> None:
    """The engine sets a new state's and account's slots directly (`_state`, `_account`, for
    speed): the same value of the same type as the dataclass's own constructor, every field
    included."""
    built = _state(*(getattr(state, f.name) for f in fields(CustomerState)))
    assert type(built) is CustomerState
    assert built == state
    assert hash(built) == hash(state)
    assert repr(built) == repr(state)
    counted = _account(*(getattr(account, f.name) for f in fields(Account)))
    assert type(counted) is Account
    assert counted == account
    assert repr(counted) == repr(account)
