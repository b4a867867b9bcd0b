"""The details panel: window, conversations, market, consent, reach and cost, live."""

from __future__ import annotations

from datetime import timedelta
from decimal import Decimal

import pytest
from PySide6.QtCore import Qt

from tests.conftest import START
from waboard.money import money
from waboard.rules.model import Category, Conversation
from waboard.store import MessageRecord
from waboard.ui.common import palette
from waboard.ui.common.bus import WorkspaceBus
from waboard.ui.inbox.details import (
    CONVERSATIONS_PAGE,
    EMPTY_TEXT,
    ConsentModel,
    ConversationsModel,
    DetailsPanel,
)


@pytest.fixture
def details(qtbot, workspace, bus) -> DetailsPanel:
    panel = DetailsPanel(workspace, bus)
    qtbot.addWidget(panel)
    panel.resize(360, 900)
    with qtbot.waitExposed(panel):
        panel.show()
    return panel


def conversation_rows(details: DetailsPanel) -> list[tuple[str, ...]]:
    model = details.conversations_model
    return [tuple(model.data(model.index(row, column)) for column in range(5))
            for row in range(model.rowCount())]


def test_empty_until_a_customer_is_chosen(details, ana):
    assert details.empty_label.isVisible() and details.empty_label.text() == EMPTY_TEXT
    assert not details.content.isVisible()
    details.show_customer(ana)
    assert details.content.isVisible() and not details.empty_label.isVisible()
    assert details.name_label.text() == "Ana López"
    assert details.phone_label.text() == "+52 55 1234 5678 · Mexico"


def test_window_countdown_follows_the_clock(details, workspace, bus, ana):
    details.show_customer(ana)
    assert details.window_label.text() == "Never opened: the customer has not written"
    workspace.customer_message(ana, "Hola")
    assert details.window_label.text() == "Open · closes in 1d 0h"
    assert details.window_opened.text() == "Mon 3 Mar 08:00"
    assert details.window_closes.text() == "Tue 4 Mar 08:00"
    workspace.jump(timedelta(hours=1))
    bus.tick()
    assert details.window_label.text() == "Open · closes in 23h 00m"
    assert palette.WINDOW_OPEN.name() in details.window_label.styleSheet()
    workspace.jump(timedelta(hours=22, minutes=30))
    bus.tick()
    assert details.window_label.text() == "Open · closes in 30m 00s"
    assert palette.WINDOW_CLOSING.name() in details.window_label.styleSheet()
    workspace.jump(timedelta(minutes=30))
    bus.tick()
    assert details.window_label.text() == "Closed 0s ago"
    assert palette.WINDOW_CLOSED.name() in details.window_label.styleSheet()


def test_conversations_most_recent_first_with_live_countdown(details, workspace, bus, ana):
    workspace.send_template(ana, "order_update", "es_MX", ["Ana", "MX-1"])
    workspace.jump(timedelta(hours=2))
    workspace.send_template(ana, "spring_sale", "es_MX", ["Ana"])
    details.show_customer(ana)
    assert conversation_rows(details) == [
        ("Marketing", "3 Mar 10:00", "4 Mar 10:00", "ends in 1d 0h", "$0.0436"),
        ("Utility", "3 Mar 08:00", "4 Mar 08:00", "ends in 22h 00m", "$0.0266"),
    ]
    model = details.conversations_model
    resets, changes = [], []
    model.modelReset.connect(lambda: resets.append(1))
    model.dataChanged.connect(lambda top, bottom, roles: changes.append(top.column()))
    workspace.jump(timedelta(hours=22))
    bus.tick()
    assert [row[3] for row in conversation_rows(details)] == ["ends in 2h 00m", "ended"]
    assert not resets and set(changes) == {ConversationsModel.LEFT}
    colour = model.data(model.index(0, 0), Qt.ItemDataRole.ForegroundRole)
    assert colour == palette.CATEGORY_COLOURS["marketing"]
    assert details.conversations_list.isVisible()


def test_no_conversation_says_so(details, ana):
    details.show_customer(ana)
    assert details.conversations_empty.isVisible()
    assert not details.conversations_list.isVisible()


def test_market_rates_and_regime(details, ana):
    details.show_customer(ana)
    assert details.market_label.text().startswith("Mexico (USD")
    rates = {category.value: label.text() for category, label in details.rate_labels.items()}
    assert rates == {"marketing": "$0.0436", "utility": "$0.0266",
                     "authentication": "$0.0239", "service": "$0.0105"}
    assert details.regime_label.text() == "Pricing: Conversation pricing (June 2023)"


def test_consent_state_and_ledger(details, workspace, ana):
    details.show_customer(ana)
    assert details.consent_label.text() == "Opted in"
    workspace.opt_out(ana, source="reply STOP", text="STOP")
    assert details.consent_label.text() == "Opted out"
    model = details.consent_model
    assert [[model.data(model.index(row, column)) for column in range(4)]
            for row in range(model.rowCount())] == [
        ["3 Mar 08:00", "Opted out", "reply STOP", "STOP"],
        ["3 Mar 08:00", "Opted in", "import", ""],
    ]


def test_a_marketing_stop_in_whatsapp_shows_beside_the_consent(details, workspace, ana):
    details.show_customer(ana)
    assert details.promotions_label.text().startswith("Promotions: Ana receives")
    workspace.stop_marketing(ana)
    assert details.promotions_label.text().startswith("Ana stopped promotions in WhatsApp")
    assert "131050" in details.promotions_label.text()
    assert details.consent_label.text() == "Opted in"  # the ledger is the business's
    workspace.resume_marketing(ana)
    assert details.promotions_label.text().startswith("Promotions:")


def test_reachability(details, workspace, ana):
    details.show_customer(ana)
    assert details.reach_label.text() == "Ana has WhatsApp: messages are delivered"
    carlos = workspace.add_customer("Carlos Méndez", "+52 33 1987 6543", reachable=False)
    details.show_customer(carlos)
    assert "131026" in details.reach_label.text()


def test_running_cost_sums_the_charges(details, workspace, ana):
    details.show_customer(ana)
    assert details.cost_label.text() == "$0.00 · 0 charged messages"
    workspace.send_template(ana, "order_update", "es_MX", ["Ana", "MX-1"])
    workspace.send_template(ana, "spring_sale", "es_MX", ["Ana"])
    workspace.send_template(ana, "spring_sale", "es_MX", ["Ana"])  # joins: free
    assert details.cost_label.text() == "$0.07 · 2 charged messages"


def test_long_histories_are_counted_in_full(qtbot, details, workspace, ana):
    count = 1507
    workspace.store.add_messages(
        MessageRecord(None, ana, START - timedelta(minutes=count - i), "out", "template",
                      text="x", status="delivered", category="marketing", opened=True,
                      expires=START, free=False, charge=Decimal("0.0100"))
        for i in range(count))
    details.show_customer(ana)
    total = Decimal("0.0100") * count
    assert details.cost_label.text() == f"{money(total)} · {count} charged messages" == (
        "$15.07 · 1507 charged messages")
    workspace.send_template(ana, "order_update", "es_MX", ["Ana", "MX-1"])
    assert details.cost_label.text() == f"{money(total + Decimal('0.0266'))} · 1508 charged " \
        "messages"


def test_a_long_history_of_conversations_is_read_a_page_at_a_time(qtbot, details, workspace,
                                                                   ana):
    opened = [START - timedelta(days=n) for n in range(1, 2 * CONVERSATIONS_PAGE + 31)]
    with workspace.store.transaction():
        for at in opened:
            workspace.store.add_conversation(
                ana, Conversation(Category.UTILITY, at, at + timedelta(days=1), Decimal("0.01")))
    details.show_customer(ana)
    model = details.conversations_model
    assert model.rowCount() == CONVERSATIONS_PAGE
    view = details.conversations_list

    def scrolled_to_the_end() -> bool:
        view.scrollToBottom()
        return model.rowCount() == len(opened)

    qtbot.waitUntil(scrolled_to_the_end)
    assert [model.conversation(row).opened_at for row in range(model.rowCount())] == opened
    assert conversation_rows(details)[-1][3] == "ended"
    assert not model.canFetchMore()


def test_models_pass_the_model_tester(qtmodeltester, workspace, ana):
    workspace.send_template(ana, "order_update", "es_MX", ["Ana", "MX-1"])
    workspace.opt_out(ana)
    conversations = ConversationsModel()
    conversations.set_conversations([c for _, c in workspace.store.conversations(ana)],
                                    workspace.now())
    qtmodeltester.check(conversations)
    consent = ConsentModel()
    consent.set_events(workspace.store.consent_events(ana))
    qtmodeltester.check(consent)


def test_demo_customers_render(qtbot, tmp_path):
    from waboard.workspaces import open_workspace

    demo = open_workspace(tmp_path / "demo.waboard", seed_demo=True)
    demo.pause()
    bus = WorkspaceBus(demo)
    panel = DetailsPanel(demo, bus)
    qtbot.addWidget(panel)
    panel.resize(360, 900)
    panel.show()
    for customer in demo.customers():
        panel.show_customer(customer.id)
        assert not panel.grab().isNull()
    valentina = demo.store.customer_by_key("valentina").id
    panel.show_customer(valentina)
    model = panel.conversations_model
    assert model.data(model.index(0, 0)) == "Free entry point"
    assert model.data(model.index(0, 4)) == "free"
    bus.stop()
    demo.store.close()


def test_the_countdown_follows_the_clock_both_ways(workspace, ana):
    """Going forward only live conversations are looked at; going back (a rewind) all are."""
    workspace.send_template(ana, "order_update", "es_MX", ["Ana", "MX-1"])
    conversations = ConversationsModel()
    [conversation] = [c for _, c in workspace.store.conversations(ana)]
    later = conversation.expires_at + timedelta(hours=1)
    conversations.set_conversations([conversation], later)

    def left() -> str:
        return conversations.index(0, ConversationsModel.LEFT).data()

    assert left() == "ended"
    conversations.set_now(later + timedelta(days=1))
    assert left() == "ended"
    conversations.set_now(conversation.expires_at - timedelta(hours=2))
    assert left() == "ends in 2h 00m"
    conversations.set_now(conversation.expires_at - timedelta(hours=1))
    assert left() == "ends in 1h 00m"
    conversations.set_now(later)
    assert left() == "ended"
