"""The rules engine, rule by rule and boundary by boundary, against docs/rules.md."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime, timedelta
from decimal import Decimal

import pytest

from waboard.rules.engine import decide, refusal_for
from waboard.rules.model import (
    DAY,
    FREE_ENTRY_POINT_SPAN,
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

T0 = datetime(2023, 6, 5, 9, 0, tzinfo=UTC)
RATES = {
    Category.MARKETING: Decimal("0.0436"),
    Category.UTILITY: Decimal("0.0100"),
    Category.AUTHENTICATION: Decimal("0.0239"),
    Category.SERVICE: Decimal("0.0088"),
}
ALL_REGIMES = list(Regime)
CBP = [Regime.CBP_2023_06, Regime.CBP_2024_11]
TEMPLATE_CATEGORIES = [Category.MARKETING, Category.UTILITY, Category.AUTHENTICATION]
REFERRALS = [Referral.CTWA_AD, Referral.PAGE_CTA]
# An account that has used up the free tier in T0's month: service conversations are charged.
TIER_USED = Account("2023-06", 1000)


def h(hours: float = 0, minutes: int = 0, seconds: int = 0) -> datetime:
    """The instant `hours` (plus minutes and seconds) after T0."""
    return T0 + timedelta(hours=hours, minutes=minutes, seconds=seconds)


def template(
    category: Category = Category.MARKETING,
    status: TemplateStatus = TemplateStatus.APPROVED,
    body: str = "Hello {{1}}",
    name: str | None = None,
) -> Template:
    return Template(name or f"{category.value}_note", "en_US", category, body, status)


def send(
    tpl: Template | None, params: tuple[str, ...] = ("Ana",), name: str = "missing"
) -> SendTemplate:
    if tpl is None:
        return SendTemplate(name, "en_US", params, None)
    return SendTemplate(tpl.name, tpl.language, params, tpl)


MARKETING = send(template(Category.MARKETING))
UTILITY = send(template(Category.UTILITY))
AUTH = send(template(Category.AUTHENTICATION))
BY_CATEGORY = {
    Category.MARKETING: MARKETING,
    Category.UTILITY: UTILITY,
    Category.AUTHENTICATION: AUTH,
}
TEXT = SendText("Thanks, on it")
HELLO = CustomerMessage("Hi")


class Sim:
    """One customer driven through `decide`, keeping the state and the account."""

    def __init__(
        self,
        regime: Regime = Regime.CBP_2023_06,
        *,
        consent: Consent = Consent.NONE,
        reachable: bool = True,
        account: Account = TIER_USED,
        state: CustomerState | None = None,
    ) -> None:
        self.regime = regime
        self.state = state or CustomerState(consent=consent, reachable=reachable)
        self.account = account
        self.total = ZERO

    def __call__(self, action: Action, at: datetime) -> Outcome:
        outcome = decide(self.state, action, at, self.regime, RATES, self.account)
        self.state, self.account = outcome.state, outcome.account
        self.total += outcome.charge
        return outcome


def assert_refused(outcome: Outcome, reason: Reason, code: int | None) -> None:
    assert not outcome.accepted
    assert outcome.refusal is not None
    assert outcome.refusal.reason is reason
    assert outcome.refusal.code == code
    assert outcome.refusal.message
    assert outcome.conversation is None
    assert outcome.charge == ZERO


def assert_opened(outcome: Outcome, category: Category, expires: datetime, charge: Decimal) -> None:
    assert outcome.accepted and outcome.refusal is None
    use = outcome.conversation
    assert use is not None
    assert (use.category, use.opened, use.expires) == (category, True, expires)
    assert outcome.charge == charge
    assert use.free is (charge == ZERO)


def assert_joined(outcome: Outcome, category: Category, expires: datetime) -> None:
    assert outcome.accepted and outcome.refusal is None
    use = outcome.conversation
    assert use is not None
    assert (use.category, use.opened, use.expires) == (category, False, expires)
    assert outcome.charge == ZERO
    # `free` tells whether the conversation joined was free, not this (uncharged) message.
    joined = next(
        c for c in outcome.state.conversations if c.category is category and c.expires_at == expires
    )
    assert use.free is joined.free


def assert_per_message(outcome: Outcome, category: Category, charge: Decimal) -> None:
    assert outcome.accepted and outcome.refusal is None
    use = outcome.conversation
    assert use is not None
    assert (use.category, use.opened, use.expires) == (category, None, None)
    assert outcome.charge == charge
    assert use.free is (charge == ZERO)


# Customer service window


@pytest.mark.parametrize("regime", ALL_REGIMES)
class TestCustomerServiceWindow:
    def test_free_form_accepted_at_the_customer_message_instant(self, regime: Regime) -> None:
        sim = Sim(regime)
        sim(HELLO, h(0))
        assert sim(TEXT, h(0)).accepted

    def test_free_form_accepted_until_the_last_second(self, regime: Regime) -> None:
        sim = Sim(regime)
        sim(HELLO, h(0))
        assert sim(TEXT, h(23, 59, 59)).accepted

    def test_free_form_refused_at_exactly_24h(self, regime: Regime) -> None:
        sim = Sim(regime)
        sim(HELLO, h(0))
        before = sim.state
        outcome = sim(TEXT, h(24))
        assert_refused(outcome, Reason.WINDOW_CLOSED, 131047)
        assert outcome.state == before
        assert sim.total == ZERO

    def test_free_form_refused_when_the_customer_never_wrote(self, regime: Regime) -> None:
        outcome = Sim(regime)(TEXT, h(0))
        assert_refused(outcome, Reason.WINDOW_CLOSED, 131047)
        assert outcome.state == CustomerState()

    def test_window_restarts_from_the_later_message(self, regime: Regime) -> None:
        sim = Sim(regime)
        sim(HELLO, h(0))
        sim(CustomerMessage("one more thing"), h(10))
        assert sim.state.window_expires() == h(34)
        assert sim(TEXT, h(24)).accepted
        assert sim(TEXT, h(33, 59, 59)).accepted
        assert_refused(sim(TEXT, h(34)), Reason.WINDOW_CLOSED, 131047)

    def test_a_message_after_the_window_closed_opens_a_new_one(self, regime: Regime) -> None:
        sim = Sim(regime)
        sim(HELLO, h(0))
        assert_refused(sim(TEXT, h(30)), Reason.WINDOW_CLOSED, 131047)
        sim(HELLO, h(31))
        assert sim(TEXT, h(31)).accepted

    def test_templates_need_no_window(self, regime: Regime) -> None:
        sim = Sim(regime, consent=Consent.OPTED_IN)
        assert sim(MARKETING, h(0)).accepted


def test_window_boundaries_of_the_state() -> None:
    state = CustomerState(last_inbound_at=h(0))
    assert not state.window_open(h(0) - timedelta(microseconds=1))
    assert state.window_open(h(0))
    assert state.window_open(h(24) - timedelta(microseconds=1))
    assert not state.window_open(h(24))
    assert state.window_expires() == h(24)
    assert CustomerState().window_expires() is None
    assert not CustomerState().window_open(h(0))


# The worked example of rules.md


def test_worked_example_cbp_2023_06() -> None:
    sim = Sim(Regime.CBP_2023_06, consent=Consent.OPTED_IN)
    # h0: marketing template -> marketing conversation until h24, charged.
    assert_opened(sim(MARKETING, h(0)), Category.MARKETING, h(24), RATES[Category.MARKETING])
    # h4: customer writes -> CSW open until h28.
    outcome = sim(HELLO, h(4))
    assert outcome.accepted and outcome.charge == ZERO and outcome.conversation is None
    assert sim.state.window_expires() == h(28)
    # h5: free-form joins the open marketing conversation, no charge.
    assert_joined(sim(TEXT, h(5)), Category.MARKETING, h(24))
    # h6: utility template -> utility conversation until h30, charged.
    assert_opened(sim(UTILITY, h(6)), Category.UTILITY, h(30), RATES[Category.UTILITY])
    assert [c.category for c in sim.state.open_conversations(h(6))] == [
        Category.MARKETING,
        Category.UTILITY,
    ]
    # h24: the marketing conversation ends.
    sim(Wait(), h(24))
    assert [c.category for c in sim.state.open_conversations(h(24))] == [Category.UTILITY]
    # h25: free-form joins the utility conversation, still open.
    assert_joined(sim(TEXT, h(25)), Category.UTILITY, h(30))
    # h29: the CSW closed at h28.
    assert_refused(sim(TEXT, h(29)), Reason.WINDOW_CLOSED, 131047)
    assert sim.total == RATES[Category.MARKETING] + RATES[Category.UTILITY]


def test_worked_example_cbp_2024_11_is_the_same() -> None:
    sim = Sim(Regime.CBP_2024_11, consent=Consent.OPTED_IN)
    assert_opened(sim(MARKETING, h(0)), Category.MARKETING, h(24), RATES[Category.MARKETING])
    sim(HELLO, h(4))
    assert_joined(sim(TEXT, h(5)), Category.MARKETING, h(24))
    assert_opened(sim(UTILITY, h(6)), Category.UTILITY, h(30), RATES[Category.UTILITY])
    assert_joined(sim(TEXT, h(25)), Category.UTILITY, h(30))
    assert_refused(sim(TEXT, h(29)), Reason.WINDOW_CLOSED, 131047)
    assert sim.total == RATES[Category.MARKETING] + RATES[Category.UTILITY]


def test_worked_example_per_message() -> None:
    sim = Sim(Regime.PMP_2025_07, consent=Consent.OPTED_IN)
    assert_per_message(sim(MARKETING, h(0)), Category.MARKETING, RATES[Category.MARKETING])
    sim(HELLO, h(4))
    assert_per_message(sim(TEXT, h(5)), Category.SERVICE, ZERO)
    # Utility inside the CSW (open until h28) is free under per-message pricing.
    assert_per_message(sim(UTILITY, h(6)), Category.UTILITY, ZERO)
    assert_per_message(sim(TEXT, h(25)), Category.SERVICE, ZERO)
    assert_refused(sim(TEXT, h(29)), Reason.WINDOW_CLOSED, 131047)
    assert sim.state.conversations == ()
    assert sim.total == RATES[Category.MARKETING]


# Templates: joining and opening conversations


@pytest.mark.parametrize("regime", CBP)
@pytest.mark.parametrize("category", TEMPLATE_CATEGORIES)
class TestTemplateConversations:
    def test_opens_a_charged_conversation_of_its_category(
        self, regime: Regime, category: Category
    ) -> None:
        sim = Sim(regime, consent=Consent.OPTED_IN)
        outcome = sim(BY_CATEGORY[category], h(0))
        assert_opened(outcome, category, h(24), RATES[category])
        assert outcome.state.conversations == (
            Conversation(category, h(0), h(24), RATES[category]),
        )

    def test_joins_an_open_conversation_of_its_category(
        self, regime: Regime, category: Category
    ) -> None:
        sim = Sim(regime, consent=Consent.OPTED_IN)
        sim(BY_CATEGORY[category], h(0))
        assert_joined(sim(BY_CATEGORY[category], h(3)), category, h(24))
        assert len(sim.state.conversations) == 1
        assert sim.total == RATES[category]

    def test_lasts_exactly_24h(self, regime: Regime, category: Category) -> None:
        sim = Sim(regime, consent=Consent.OPTED_IN)
        sim(BY_CATEGORY[category], h(0))
        assert_joined(sim(BY_CATEGORY[category], h(23, 59, 59)), category, h(24))
        assert_opened(sim(BY_CATEGORY[category], h(24)), category, h(48), RATES[category])
        assert sim.total == 2 * RATES[category]

    def test_opens_its_own_while_a_service_conversation_is_open(
        self, regime: Regime, category: Category
    ) -> None:
        sim = Sim(regime, account=TIER_USED)
        sim(HELLO, h(0))
        sim(TEXT, h(1))
        assert_opened(sim(BY_CATEGORY[category], h(2)), category, h(26), RATES[category])
        assert {c.category for c in sim.state.open_conversations(h(2))} == {
            Category.SERVICE,
            category,
        }


@pytest.mark.parametrize("regime", CBP)
def test_categories_are_independent(regime: Regime) -> None:
    sim = Sim(regime, consent=Consent.OPTED_IN)
    assert_opened(sim(MARKETING, h(0)), Category.MARKETING, h(24), RATES[Category.MARKETING])
    assert_opened(sim(UTILITY, h(1)), Category.UTILITY, h(25), RATES[Category.UTILITY])
    assert_opened(sim(AUTH, h(2)), Category.AUTHENTICATION, h(26), RATES[Category.AUTHENTICATION])
    assert_joined(sim(MARKETING, h(3)), Category.MARKETING, h(24))
    assert len(sim.state.open_conversations(h(3))) == 3
    assert sim.total == (
        RATES[Category.MARKETING] + RATES[Category.UTILITY] + RATES[Category.AUTHENTICATION]
    )


def test_a_missing_rate_charges_zero() -> None:
    outcome = decide(
        CustomerState(consent=Consent.OPTED_IN), MARKETING, h(0), Regime.CBP_2023_06, {}, Account()
    )
    assert_opened(outcome, Category.MARKETING, h(24), ZERO)


# Free-form messages: joining and opening conversations


@pytest.mark.parametrize("regime", CBP)
def test_free_form_opens_a_service_conversation(regime: Regime) -> None:
    sim = Sim(regime, account=TIER_USED)
    sim(HELLO, h(0))
    expected = RATES[Category.SERVICE] if regime is Regime.CBP_2023_06 else ZERO
    assert_opened(sim(TEXT, h(1)), Category.SERVICE, h(25), expected)
    assert_joined(sim(TEXT, h(2)), Category.SERVICE, h(25))


@pytest.mark.parametrize("regime", CBP)
def test_free_form_joins_the_earliest_opened_conversation(regime: Regime) -> None:
    sim = Sim(regime, consent=Consent.OPTED_IN)
    sim(AUTH, h(0))
    sim(MARKETING, h(1))
    sim(UTILITY, h(2))
    sim(HELLO, h(3))
    assert_joined(sim(TEXT, h(4)), Category.AUTHENTICATION, h(24))
    assert_joined(sim(TEXT, h(24)), Category.MARKETING, h(25))
    assert_joined(sim(TEXT, h(25)), Category.UTILITY, h(26))
    opened = sim(TEXT, h(26))
    assert opened.conversation is not None
    assert (opened.conversation.category, opened.conversation.opened) == (Category.SERVICE, True)


@pytest.mark.parametrize("regime", CBP)
def test_service_conversation_lasts_exactly_24h(regime: Regime) -> None:
    sim = Sim(regime, account=TIER_USED)
    sim(HELLO, h(0))
    sim(TEXT, h(0))
    sim(CustomerMessage("still there?"), h(20))
    assert_joined(sim(TEXT, h(23, 59, 59)), Category.SERVICE, h(24))
    expected = RATES[Category.SERVICE] if regime is Regime.CBP_2023_06 else ZERO
    assert_opened(sim(TEXT, h(24)), Category.SERVICE, h(48), expected)


@pytest.mark.parametrize("regime", CBP)
def test_a_template_after_a_free_form_joins_nothing_of_another_category(
    regime: Regime,
) -> None:
    """A service conversation is not joined by a template (categories are independent)."""
    sim = Sim(regime)
    sim(HELLO, h(0))
    sim(TEXT, h(0))
    outcome = sim(UTILITY, h(1))
    assert_opened(outcome, Category.UTILITY, h(25), RATES[Category.UTILITY])


# Free entry points


@pytest.mark.parametrize("referral", REFERRALS)
@pytest.mark.parametrize("regime", CBP)
class TestFreeEntryPoint:
    def test_first_free_form_opens_a_72h_free_conversation(
        self, regime: Regime, referral: Referral
    ) -> None:
        sim = Sim(regime)
        outcome = sim(CustomerMessage("I saw your ad", referral), h(0))
        assert outcome.charge == ZERO and outcome.conversation is None
        assert outcome.state.entry_point_pending
        assert_opened(sim(TEXT, h(1)), Category.FREE_ENTRY_POINT, h(73), ZERO)
        assert sim.state.conversations == (
            Conversation(Category.FREE_ENTRY_POINT, h(1), h(1) + FREE_ENTRY_POINT_SPAN, ZERO),
        )
        assert not sim.state.entry_point_pending

    @pytest.mark.parametrize("category", TEMPLATE_CATEGORIES)
    def test_first_template_opens_it_too(
        self, regime: Regime, referral: Referral, category: Category
    ) -> None:
        sim = Sim(regime)
        sim(CustomerMessage("I saw your ad", referral), h(0))
        assert_opened(sim(BY_CATEGORY[category], h(2)), Category.FREE_ENTRY_POINT, h(74), ZERO)

    def test_every_message_joins_it_free(self, regime: Regime, referral: Referral) -> None:
        sim = Sim(regime, consent=Consent.OPTED_IN)
        sim(CustomerMessage("hi", referral), h(0))
        sim(TEXT, h(1))
        for at, action in [(h(2), MARKETING), (h(3), UTILITY), (h(4), AUTH), (h(5), TEXT)]:
            assert_joined(sim(action, at), Category.FREE_ENTRY_POINT, h(73))
        assert len(sim.state.conversations) == 1
        assert sim.total == ZERO

    def test_opening_closes_every_other_open_conversation(
        self, regime: Regime, referral: Referral
    ) -> None:
        sim = Sim(regime, consent=Consent.OPTED_IN)
        sim(MARKETING, h(0))
        sim(UTILITY, h(1))
        sim(CustomerMessage("hi", referral), h(2))
        assert_opened(sim(TEXT, h(3)), Category.FREE_ENTRY_POINT, h(75), ZERO)
        assert [c.category for c in sim.state.open_conversations(h(3))] == [
            Category.FREE_ENTRY_POINT
        ]
        # No marketing conversation opens while the free entry point lasts.
        assert_joined(sim(MARKETING, h(4)), Category.FREE_ENTRY_POINT, h(75))
        assert sim.total == RATES[Category.MARKETING] + RATES[Category.UTILITY]

    def test_a_template_after_the_window_closed_still_joins_it(
        self, regime: Regime, referral: Referral
    ) -> None:
        sim = Sim(regime, consent=Consent.OPTED_IN)
        sim(CustomerMessage("hi", referral), h(0))
        sim(TEXT, h(1))
        # The CSW closed at h24; the free entry point lasts until h73.
        assert_refused(sim(TEXT, h(30)), Reason.WINDOW_CLOSED, 131047)
        assert_joined(sim(MARKETING, h(30)), Category.FREE_ENTRY_POINT, h(73))
        assert_joined(sim(UTILITY, h(72, 59, 59)), Category.FREE_ENTRY_POINT, h(73))
        assert_opened(sim(UTILITY, h(73)), Category.UTILITY, h(97), RATES[Category.UTILITY])

    def test_a_template_after_the_window_closed_still_needs_opt_in(
        self, regime: Regime, referral: Referral
    ) -> None:
        sim = Sim(regime)
        sim(CustomerMessage("hi", referral), h(0))
        sim(TEXT, h(1))
        assert_refused(sim(UTILITY, h(30)), Reason.NO_OPT_IN, None)

    def test_a_reply_after_the_ad_window_closed_opens_none(
        self, regime: Regime, referral: Referral
    ) -> None:
        sim = Sim(regime, consent=Consent.OPTED_IN, account=TIER_USED)
        sim(CustomerMessage("hi", referral), h(0))
        assert_opened(sim(MARKETING, h(24)), Category.MARKETING, h(48), RATES[Category.MARKETING])
        assert not sim.state.entry_point_pending
        # A later ordinary message starts an ordinary window.
        sim(CustomerMessage("hello again"), h(30))
        assert_joined(sim(TEXT, h(31)), Category.MARKETING, h(48))
        assert_opened(sim(UTILITY, h(32)), Category.UTILITY, h(56), RATES[Category.UTILITY])

    def test_a_refused_first_message_does_not_use_it_up(
        self, regime: Regime, referral: Referral
    ) -> None:
        sim = Sim(regime, consent=Consent.OPTED_OUT)
        sim(CustomerMessage("hi", referral), h(0))
        assert_refused(sim(MARKETING, h(1)), Reason.OPTED_OUT, 131050)
        assert sim.state.entry_point_pending
        assert_opened(sim(TEXT, h(2)), Category.FREE_ENTRY_POINT, h(74), ZERO)

    def test_after_it_expires_conversations_open_again(
        self, regime: Regime, referral: Referral
    ) -> None:
        sim = Sim(regime, account=TIER_USED)
        sim(CustomerMessage("hi", referral), h(0))
        sim(TEXT, h(0))
        sim(CustomerMessage("back"), h(71))
        assert_joined(sim(TEXT, h(71, 59, 59)), Category.FREE_ENTRY_POINT, h(72))
        expected = RATES[Category.SERVICE] if regime is Regime.CBP_2023_06 else ZERO
        assert_opened(sim(TEXT, h(72)), Category.SERVICE, h(96), expected)


@pytest.mark.parametrize("referral", REFERRALS)
def test_free_entry_point_under_per_message_pricing(referral: Referral) -> None:
    sim = Sim(Regime.PMP_2025_07, consent=Consent.OPTED_IN)
    sim(CustomerMessage("I saw your ad", referral), h(0))
    outcome = sim(TEXT, h(1))
    assert_per_message(outcome, Category.FREE_ENTRY_POINT, ZERO)
    for at in (h(2), h(30), h(72, 59, 59)):
        assert_per_message(sim(MARKETING, at), Category.FREE_ENTRY_POINT, ZERO)
        assert_per_message(sim(AUTH, at), Category.FREE_ENTRY_POINT, ZERO)
        assert_per_message(sim(UTILITY, at), Category.FREE_ENTRY_POINT, ZERO)
    # 72 hours after the business's reply, messages are charged again.
    assert_per_message(sim(MARKETING, h(73)), Category.MARKETING, RATES[Category.MARKETING])
    assert_per_message(sim(UTILITY, h(73)), Category.UTILITY, RATES[Category.UTILITY])
    assert sim.total == RATES[Category.MARKETING] + RATES[Category.UTILITY]


def test_per_message_reply_after_the_ad_window_closed_is_not_free() -> None:
    sim = Sim(Regime.PMP_2025_07, consent=Consent.OPTED_IN)
    sim(CustomerMessage("hi", Referral.CTWA_AD), h(0))
    assert_per_message(sim(MARKETING, h(24)), Category.MARKETING, RATES[Category.MARKETING])


# Free tier (cbp-2023-06) and free service (cbp-2024-11, pmp-2025-07)


def _service_for_new_customer(regime: Regime, account: Account, at: datetime) -> Outcome:
    state = decide(CustomerState(), HELLO, at, regime, RATES, account).state
    return decide(state, TEXT, at, regime, RATES, account)


def test_the_1000th_service_conversation_is_free_the_1001st_charged() -> None:
    account = Account()
    charges = []
    for _ in range(1001):
        outcome = _service_for_new_customer(Regime.CBP_2023_06, account, h(1))
        account = outcome.account
        charges.append(outcome.charge)
    assert charges[:1000] == [ZERO] * 1000
    assert charges[1000] == RATES[Category.SERVICE]
    assert account == Account("2023-06", 1001, non_template=1001)


@pytest.mark.parametrize(
    ("used", "charged"), [(0, False), (999, False), (1000, True), (1500, True)]
)
def test_free_tier_boundary(used: int, charged: bool) -> None:
    outcome = _service_for_new_customer(Regime.CBP_2023_06, Account("2023-06", used), h(1))
    assert_opened(outcome, Category.SERVICE, h(25), RATES[Category.SERVICE] if charged else ZERO)
    assert (outcome.account.month, outcome.account.service_conversations) == ("2023-06", used + 1)


def test_free_tier_resets_with_the_utc_month() -> None:
    june_end = datetime(2023, 6, 30, 23, 59, 59, tzinfo=UTC)
    july = datetime(2023, 7, 1, tzinfo=UTC)
    last_june = _service_for_new_customer(Regime.CBP_2023_06, Account("2023-06", 1000), june_end)
    assert last_june.charge == RATES[Category.SERVICE]
    assert (last_june.account.month, last_june.account.service_conversations) == ("2023-06", 1001)
    first_july = _service_for_new_customer(Regime.CBP_2023_06, last_june.account, july)
    assert first_july.charge == ZERO
    assert (first_july.account.month, first_july.account.service_conversations) == ("2023-07", 1)


def test_joining_or_other_categories_do_not_count_against_the_tier() -> None:
    sim = Sim(Regime.CBP_2023_06, consent=Consent.OPTED_IN, account=Account("2023-06", 7))
    sim(MARKETING, h(0))
    sim(HELLO, h(1))
    sim(TEXT, h(2))  # joins the marketing conversation
    assert (sim.account.month, sim.account.service_conversations) == ("2023-06", 7)
    sim(TEXT, h(24))  # opens a service conversation
    assert (sim.account.month, sim.account.service_conversations) == ("2023-06", 8)
    sim(TEXT, h(25))  # joins it
    assert (sim.account.month, sim.account.service_conversations) == ("2023-06", 8)


@pytest.mark.parametrize("regime", [Regime.CBP_2024_11, Regime.PMP_2025_07])
def test_service_is_free_without_a_tier(regime: Regime) -> None:
    account = Account("2023-06", 5000)
    outcome = _service_for_new_customer(regime, account, h(1))
    assert outcome.accepted
    assert outcome.charge == ZERO
    assert outcome.conversation is not None and outcome.conversation.free
    # still counted where one opens, as the store counts every service conversation opened
    opened = 0 if regime.per_message else 1
    assert outcome.account.service_conversations == account.service_conversations + opened


# Per-message pricing (pmp-2025-07)


@pytest.mark.parametrize("category", [Category.MARKETING, Category.AUTHENTICATION])
def test_per_message_marketing_and_authentication_always_charged(category: Category) -> None:
    sim = Sim(Regime.PMP_2025_07, consent=Consent.OPTED_IN)
    assert_per_message(sim(BY_CATEGORY[category], h(0)), category, RATES[category])
    assert_per_message(sim(BY_CATEGORY[category], h(1)), category, RATES[category])
    sim(HELLO, h(2))
    assert_per_message(sim(BY_CATEGORY[category], h(3)), category, RATES[category])
    assert sim.total == 3 * RATES[category]
    assert sim.state.conversations == ()


def test_per_message_utility_free_inside_the_window_charged_outside() -> None:
    sim = Sim(Regime.PMP_2025_07, consent=Consent.OPTED_IN)
    assert_per_message(sim(UTILITY, h(0)), Category.UTILITY, RATES[Category.UTILITY])
    sim(HELLO, h(1))
    assert_per_message(sim(UTILITY, h(1)), Category.UTILITY, ZERO)
    assert_per_message(sim(UTILITY, h(24, 59, 59)), Category.UTILITY, ZERO)
    assert_per_message(sim(UTILITY, h(25)), Category.UTILITY, RATES[Category.UTILITY])


def test_per_message_utility_inside_the_window_needs_no_opt_in() -> None:
    sim = Sim(Regime.PMP_2025_07)
    sim(HELLO, h(0))
    assert_per_message(sim(UTILITY, h(1)), Category.UTILITY, ZERO)


def test_per_message_free_form_is_free() -> None:
    sim = Sim(Regime.PMP_2025_07, account=TIER_USED)
    sim(HELLO, h(0))
    for at in (h(0), h(1), h(23, 59, 59)):
        assert_per_message(sim(TEXT, at), Category.SERVICE, ZERO)
    assert sim.state.conversations == ()
    assert sim.account.service_conversations == TIER_USED.service_conversations


# Consent


@pytest.mark.parametrize("regime", ALL_REGIMES)
class TestConsent:
    def test_opted_out_gets_no_marketing_even_inside_the_window(self, regime: Regime) -> None:
        sim = Sim(regime, consent=Consent.OPTED_OUT)
        sim(HELLO, h(0))
        before = sim.state
        outcome = sim(MARKETING, h(1))
        assert_refused(outcome, Reason.OPTED_OUT, 131050)
        assert outcome.state == before

    def test_opted_out_marketing_outside_the_window_is_131050(self, regime: Regime) -> None:
        assert_refused(
            Sim(regime, consent=Consent.OPTED_OUT)(MARKETING, h(0)), Reason.OPTED_OUT, 131050
        )

    @pytest.mark.parametrize("action", [UTILITY, AUTH])
    def test_opted_out_other_template_outside_the_window_is_no_opt_in(
        self, regime: Regime, action: SendTemplate
    ) -> None:
        assert_refused(Sim(regime, consent=Consent.OPTED_OUT)(action, h(0)), Reason.NO_OPT_IN, None)

    @pytest.mark.parametrize("action", [MARKETING, UTILITY, AUTH])
    def test_no_consent_template_outside_the_window_is_no_opt_in(
        self, regime: Regime, action: SendTemplate
    ) -> None:
        sim = Sim(regime)
        sim(HELLO, h(0))
        assert_refused(sim(action, h(24)), Reason.NO_OPT_IN, None)

    @pytest.mark.parametrize("action", [MARKETING, UTILITY, AUTH])
    def test_templates_inside_the_window_need_no_opt_in(
        self, regime: Regime, action: SendTemplate
    ) -> None:
        sim = Sim(regime)
        sim(HELLO, h(0))
        assert sim(action, h(23, 59, 59)).accepted

    @pytest.mark.parametrize("action", [UTILITY, AUTH])
    def test_opted_out_other_templates_inside_the_window_accepted(
        self, regime: Regime, action: SendTemplate
    ) -> None:
        sim = Sim(regime, consent=Consent.OPTED_OUT)
        sim(HELLO, h(0))
        assert sim(action, h(1)).accepted

    def test_opted_out_free_form_inside_the_window_accepted(self, regime: Regime) -> None:
        sim = Sim(regime, consent=Consent.OPTED_OUT)
        sim(HELLO, h(0))
        assert sim(TEXT, h(1)).accepted

    def test_opt_in_and_opt_out_change_consent(self, regime: Regime) -> None:
        sim = Sim(regime, consent=Consent.OPTED_OUT)
        sim(OptIn(), h(0))
        assert sim.state.consent is Consent.OPTED_IN
        assert sim(MARKETING, h(1)).accepted
        sim(OptOut(), h(2))
        assert sim.state.consent is Consent.OPTED_OUT
        assert_refused(sim(MARKETING, h(3)), Reason.OPTED_OUT, 131050)


# Template statuses and parameters


@pytest.mark.parametrize("regime", ALL_REGIMES)
class TestTemplateChecks:
    @pytest.mark.parametrize(
        ("status", "reason", "code"),
        [
            (TemplateStatus.PENDING, Reason.TEMPLATE_NOT_APPROVED, 132001),
            (TemplateStatus.REJECTED, Reason.TEMPLATE_NOT_APPROVED, 132001),
            (TemplateStatus.PAUSED, Reason.TEMPLATE_PAUSED, 132015),
            (TemplateStatus.DISABLED, Reason.TEMPLATE_DISABLED, 132016),
        ],
    )
    def test_only_approved_templates_are_sent(
        self, regime: Regime, status: TemplateStatus, reason: Reason, code: int
    ) -> None:
        sim = Sim(regime, consent=Consent.OPTED_IN)
        sim(HELLO, h(0))
        before = sim.state
        outcome = sim(send(template(Category.UTILITY, status)), h(1))
        assert_refused(outcome, reason, code)
        assert outcome.state == before

    def test_unknown_template_is_132001_not_found(self, regime: Regime) -> None:
        sim = Sim(regime, consent=Consent.OPTED_IN)
        sim(HELLO, h(0))
        assert_refused(sim(send(None), h(1)), Reason.TEMPLATE_NOT_FOUND, 132001)

    @pytest.mark.parametrize("params", [(), ("a", "b"), ("a", "b", "c")])
    def test_parameter_count_must_match(self, regime: Regime, params: tuple[str, ...]) -> None:
        sim = Sim(regime, consent=Consent.OPTED_IN)
        assert_refused(sim(send(template(), params), h(0)), Reason.PARAM_MISMATCH, 132000)

    def test_count_is_of_distinct_placeholders(self, regime: Regime) -> None:
        tpl = template(body="Hi {{1}}, your code {{2}}. Again {{1}}.")
        sim = Sim(regime, consent=Consent.OPTED_IN)
        assert sim(send(tpl, ("Ana", "123")), h(0)).accepted
        assert_refused(sim(send(tpl, ("Ana", "123", "Ana")), h(1)), Reason.PARAM_MISMATCH, 132000)

    def test_no_parameter_template(self, regime: Regime) -> None:
        tpl = template(body="Your order shipped.")
        sim = Sim(regime, consent=Consent.OPTED_IN)
        assert sim(send(tpl, ()), h(0)).accepted
        assert_refused(sim(send(tpl, ("x",)), h(1)), Reason.PARAM_MISMATCH, 132000)

    @pytest.mark.parametrize("bad", ["two\nlines", "a\ttab", "five     spaces", "   "])
    def test_parameters_are_plain_text(self, regime: Regime, bad: str) -> None:
        sim = Sim(regime, consent=Consent.OPTED_IN)
        assert_refused(sim(send(template(), (bad,)), h(0)), Reason.PARAM_MISMATCH, 132000)

    def test_rendered_body_at_most_1024_characters(self, regime: Regime) -> None:
        tpl = template(body="Hello {{1}}")  # 6 characters besides the parameter
        sim = Sim(regime, consent=Consent.OPTED_IN)
        assert sim(send(tpl, ("x" * 1018,)), h(0)).accepted
        outcome = sim(send(tpl, ("x" * 1019,)), h(1))
        assert not outcome.accepted and outcome.refusal is not None
        assert outcome.refusal.reason is Reason.PARAM_MISMATCH
        # Cloud API's "template hydrated text too long".
        assert outcome.refusal.code == 132005
        assert outcome.charge == ZERO and outcome.conversation is None


# Unreachable customers and the order of checks


@pytest.mark.parametrize("regime", ALL_REGIMES)
class TestOrderOfChecks:
    @pytest.mark.parametrize(
        "action",
        [
            TEXT,
            MARKETING,
            UTILITY,
            send(None),
            send(template(status=TemplateStatus.PAUSED)),
            send(template(status=TemplateStatus.DISABLED)),
            send(template(status=TemplateStatus.PENDING)),
            send(template(), ()),
        ],
    )
    def test_unreachable_is_checked_first(self, regime: Regime, action: Action) -> None:
        for consent in Consent:
            sim = Sim(regime, consent=consent, reachable=False)
            # Inside the window...
            sim(HELLO, h(0))
            assert_refused(sim(action, h(1)), Reason.UNDELIVERABLE, 131026)
            # ...and outside it.
            assert_refused(sim(action, h(30)), Reason.UNDELIVERABLE, 131026)
            assert sim.state.conversations == ()
            assert sim.total == ZERO

    def test_template_checks_before_the_window_and_consent(self, regime: Regime) -> None:
        for consent in Consent:
            sim = Sim(regime, consent=consent)
            # Window closed (never opened), any consent.
            assert_refused(
                sim(send(template(status=TemplateStatus.PAUSED)), h(0)),
                Reason.TEMPLATE_PAUSED,
                132015,
            )
            assert_refused(
                sim(send(template(status=TemplateStatus.DISABLED)), h(0)),
                Reason.TEMPLATE_DISABLED,
                132016,
            )
            assert_refused(
                sim(send(template(status=TemplateStatus.REJECTED)), h(0)),
                Reason.TEMPLATE_NOT_APPROVED,
                132001,
            )
            assert_refused(sim(send(None), h(0)), Reason.TEMPLATE_NOT_FOUND, 132001)
            assert_refused(sim(send(template(), ()), h(0)), Reason.PARAM_MISMATCH, 132000)

    def test_status_checked_before_parameters(self, regime: Regime) -> None:
        sim = Sim(regime, consent=Consent.OPTED_IN)
        assert_refused(
            sim(send(template(status=TemplateStatus.PAUSED), ()), h(0)),
            Reason.TEMPLATE_PAUSED,
            132015,
        )
        assert_refused(
            sim(send(template(status=TemplateStatus.PENDING), ()), h(0)),
            Reason.TEMPLATE_NOT_APPROVED,
            132001,
        )

    def test_window_checked_before_consent(self, regime: Regime) -> None:
        sim = Sim(regime, consent=Consent.OPTED_OUT)
        assert_refused(sim(TEXT, h(0)), Reason.WINDOW_CLOSED, 131047)

    def test_refusal_for_matches_decide(self, regime: Regime) -> None:
        state = CustomerState(consent=Consent.OPTED_OUT, last_inbound_at=h(0))
        refusal = refusal_for(state, MARKETING, h(1))
        assert refusal is not None and refusal.reason is Reason.OPTED_OUT
        assert refusal_for(state, TEXT, h(1)) is None
        assert decide(state, MARKETING, h(1), regime, RATES).refusal == refusal


# Actions that never charge


NON_BUSINESS: list[Action] = [
    HELLO,
    CustomerMessage("from an ad", Referral.CTWA_AD),
    CustomerMessage("from a page", Referral.PAGE_CTA),
    OptIn(),
    OptOut(),
    Wait(),
]


@pytest.mark.parametrize("regime", ALL_REGIMES)
@pytest.mark.parametrize("action", NON_BUSINESS)
def test_customer_actions_never_charge(regime: Regime, action: Action) -> None:
    sim = Sim(regime, consent=Consent.OPTED_IN, account=Account("2023-06", 3))
    sim(MARKETING, h(0))
    sim(HELLO, h(1))
    sim(TEXT, h(2))
    before_state, before_account = sim.state, sim.account
    outcome = sim(action, h(3))
    assert outcome.accepted and outcome.refusal is None
    assert outcome.conversation is None
    assert outcome.charge == ZERO
    assert outcome.account == before_account
    assert outcome.state.conversations == before_state.conversations


def test_customer_message_starts_the_window_without_opening_anything() -> None:
    outcome = decide(CustomerState(), HELLO, h(5), Regime.CBP_2023_06, RATES)
    assert outcome.state == CustomerState(last_inbound_at=h(5))


def test_wait_drops_conversations_that_ended() -> None:
    sim = Sim(Regime.CBP_2023_06, consent=Consent.OPTED_IN)
    sim(MARKETING, h(0))
    assert sim(Wait(), h(23, 59, 59)).state.conversations != ()
    assert sim(Wait(), h(24)).state.conversations == ()


def test_decide_rejects_what_is_not_an_action() -> None:
    with pytest.raises(TypeError):
        decide(CustomerState(), "hello", h(0), Regime.CBP_2023_06, RATES)  # type: ignore[arg-type]


def test_charges_are_exact_decimals() -> None:
    rates = {**RATES, Category.MARKETING: Decimal("0.1")}
    state = CustomerState(consent=Consent.OPTED_IN)
    total = ZERO
    for day in range(3):
        outcome = decide(state, MARKETING, h(24 * day), Regime.CBP_2023_06, rates)
        state = outcome.state
        assert isinstance(outcome.charge, Decimal)
        total += outcome.charge
    assert total == Decimal("0.3")


def test_conversation_model() -> None:
    conversation = Conversation(Category.UTILITY, h(0), h(0) + DAY, ZERO)
    assert conversation.free
    assert conversation.is_open(h(0)) and conversation.is_open(h(23, 59, 59))
    assert not conversation.is_open(h(24))
    assert not replace(conversation, charge=Decimal("0.01")).free
    state = CustomerState(conversations=(conversation,))
    assert state.open_conversations(h(1)) == (conversation,)
    assert state.open_conversations(h(24)) == ()


def test_reason_codes() -> None:
    assert {reason: reason.code for reason in Reason} == {
        Reason.UNDELIVERABLE: 131026,
        Reason.TEMPLATE_NOT_FOUND: 132001,
        Reason.TEMPLATE_NOT_APPROVED: 132001,
        Reason.TEMPLATE_PAUSED: 132015,
        Reason.TEMPLATE_DISABLED: 132016,
        Reason.PARAM_MISMATCH: 132000,
        Reason.WINDOW_CLOSED: 131047,
        Reason.OPTED_OUT: 131050,
        Reason.NO_OPT_IN: None,
        Reason.US_MARKETING_PAUSED: 131049,
        Reason.MARKETING_LIMIT: 131049,
        Reason.MARKETING_STOPPED: 131050,
    }
