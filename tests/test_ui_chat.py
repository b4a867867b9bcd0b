"""The chat pane: bubbles, system notes, plain text, templates and lazy pages."""

from __future__ import annotations

import inspect
from datetime import timedelta

import pytest
from PySide6.QtCore import QModelIndex, QPoint, Qt

from tests.conftest import START
from waboard.rules.model import Category, Template
from waboard.store import MessageRecord
from waboard.ui.common.bus import WorkspaceBus
from waboard.ui.inbox import bubble_delegate
from waboard.ui.inbox.bubble_delegate import TextBlock
from waboard.ui.inbox.chat_model import ChatModel, NoteKind, Roles, RowKind
from waboard.ui.inbox.chat_panel import EMPTY_TEXT, ChatPanel


@pytest.fixture
def panel(qtbot, workspace, bus) -> ChatPanel:
    panel = ChatPanel(workspace, bus)
    qtbot.addWidget(panel)
    panel.resize(700, 800)
    with qtbot.waitExposed(panel):
        panel.show()
    return panel


def rows(panel: ChatPanel) -> list[tuple[RowKind, str]]:
    model = panel.chat_model
    return [(model.row(i).kind, model.data(model.index(i), Qt.ItemDataRole.DisplayRole))
            for i in range(model.rowCount())]


def notes(panel: ChatPanel) -> list[str]:
    return [text for kind, text in rows(panel) if kind is RowKind.NOTE]


def message_rows(panel: ChatPanel) -> list[int]:
    model = panel.chat_model
    return [i for i in range(model.rowCount()) if model.row(i).kind is RowKind.MESSAGE]


def data(panel: ChatPanel, row: int, role: int):
    model = panel.chat_model
    return model.data(model.index(row), role)


def test_empty_state_until_a_customer_is_chosen(panel, ana):
    assert panel.stack.currentWidget() is panel.empty_label
    assert panel.empty_label.text() == EMPTY_TEXT
    panel.show_customer(ana)
    assert panel.stack.currentIndex() == 1
    assert panel.header.text() == "Ana López  ·  +52 55 1234 5678"
    assert panel.header.textFormat() == Qt.TextFormat.PlainText
    panel.show_customer(None)
    assert panel.stack.currentWidget() is panel.empty_label
    assert panel.chat_model.rowCount() == 0


def test_sending_inside_the_window_adds_an_outbound_bubble(qtbot, panel, workspace, ana):
    workspace.customer_message(ana, "Hola, ¿tienen macetas?")
    panel.show_customer(ana)
    before = len(message_rows(panel))
    qtbot.keyClicks(panel.composer.text_edit, "Si, tenemos tres tamanos.")
    qtbot.mouseClick(panel.composer.send_button, Qt.MouseButton.LeftButton)
    assert len(message_rows(panel)) == before + 1
    last = message_rows(panel)[-1]
    record = data(panel, last, Roles.RECORD)
    assert record.direction == "out" and record.text == "Si, tenemos tres tamanos."
    assert data(panel, last, Roles.DIRECTION) == "out"
    assert data(panel, last, Roles.TICKS) == "✓✓"
    assert data(panel, last, Roles.TIME) == "08:00"
    assert data(panel, last, Roles.FAILURE) == ""
    assert panel.composer.text_edit.toPlainText() == ""
    # how the reply was counted follows it
    assert rows(panel)[last + 1] == (RowKind.NOTE,
                                     "Service conversation opened, free (monthly free tier)")


def test_a_refused_send_is_a_failed_bubble_with_code_and_reason(panel, workspace, ana):
    panel.show_customer(ana)
    workspace.send_text(ana, "¿Sigues ahí?")  # Ana never wrote: the service refuses it
    last = message_rows(panel)[-1]
    failure = data(panel, last, Roles.FAILURE)
    assert failure.startswith("Not sent · 131047 · Re-engagement message: more than 24 hours")
    assert data(panel, last, Roles.TICKS) == ""
    assert panel.chat_view.delegate.bubble(data(panel, last, Roles.RECORD), 700).fill \
        == bubble_delegate.FAILED_BUBBLE
    # a refused message opens nothing, so no note follows it
    assert last == panel.chat_model.rowCount() - 1


def test_customer_text_is_plain_text(panel, workspace, ana):
    raw = ["<b>x</b>", "<img src=x>", "&amp; <i>not italic</i>\nsecond line"]
    for text in raw:
        workspace.customer_message(ana, text)
    panel.show_customer(ana)
    shown = [data(panel, i, Qt.ItemDataRole.DisplayRole) for i in message_rows(panel)]
    assert shown == raw
    delegate = panel.chat_view.delegate
    for i in message_rows(panel):
        shape = delegate.bubble(data(panel, i, Roles.RECORD), 700)
        body = shape.parts[-1].block
        assert "\n".join(layout.text() for layout in body.layouts) == body.text
    assert len(body.layouts) == 2  # one per line of the message
    source = inspect.getsource(bubble_delegate)
    for rich in ("setHtml", "RichText", "QTextDocument", "QLabel"):
        assert rich not in source
    panel.grab()  # paints without trouble


def test_template_bubble_has_header_footer_and_buttons(panel, workspace, ana):
    workspace.add_template(Template(
        "delivery", "es_MX", Category.UTILITY, "Hola {{1}}, tu pedido llega hoy.",
        header="Pedido en camino", footer="Casa Verde", buttons=("Ver pedido", "Ayuda")))
    workspace.customer_message(ana, "¿Cuándo llega?")
    workspace.send_template(ana, "delivery", "es_MX", ["Ana"])
    panel.show_customer(ana)
    row = message_rows(panel)[-1]
    assert data(panel, row, Qt.ItemDataRole.DisplayRole) == "Hola Ana, tu pedido llega hoy."
    assert data(panel, row, Roles.HEADER) == "Pedido en camino"
    assert data(panel, row, Roles.FOOTER) == "Casa Verde"
    assert data(panel, row, Roles.BUTTONS) == ["Ver pedido", "Ayuda"]
    shape = panel.chat_view.delegate.bubble(data(panel, row, Roles.RECORD), 700)
    header, body, footer = (part.block for part in shape.parts)
    assert header.text == "Pedido en camino" and header.font.bold()
    assert footer.text == "Casa Verde" and footer.font.pointSizeF() < body.font.pointSizeF()
    assert shape.buttons == ("Ver pedido", "Ayuda")
    assert shape.total_height > shape.height + 2 * shape.button_height
    assert notes(panel)[-1] == "Utility conversation opened, charged $0.0266 (Mexico)"


def test_window_note_counts_down_and_closes(panel, workspace, bus, ana):
    workspace.customer_message(ana, "Hola")
    panel.show_customer(ana)
    workspace.jump(timedelta(seconds=61))
    bus.tick()
    assert "Customer service window opened · closes in 23h 58m" in notes(panel)
    workspace.jump(timedelta(hours=23, minutes=58, seconds=59))
    bus.tick()
    assert notes(panel)[-2:] == ["Customer service window opened · closed",
                                 "Customer service window closed"]


def test_conversation_end_and_consent_notes_fall_in_place(panel, workspace, bus, ana):
    workspace.send_template(ana, "spring_sale", "es_MX", ["Ana"])
    workspace.jump(timedelta(hours=30))
    workspace.opt_out(ana)
    panel.show_customer(ana)
    assert rows(panel) == [
        (RowKind.DAY, "Monday, 3 March 2025"),
        (RowKind.NOTE, "Ana opted in (import)"),
        (RowKind.MESSAGE, "¡Ana, 20% de descuento!"),
        (RowKind.NOTE, "Marketing conversation opened, charged $0.0436 (Mexico)"),
        (RowKind.DAY, "Tuesday, 4 March 2025"),
        (RowKind.NOTE, "Marketing conversation ended"),
        (RowKind.NOTE, "Ana opted out"),
    ]
    workspace.opt_in(ana)
    assert notes(panel)[-1] == "Ana opted in"


def test_an_expiry_while_watching_adds_its_note(panel, workspace, bus, ana):
    workspace.send_template(ana, "order_update", "es_MX", ["Ana", "MX-1"])
    panel.show_customer(ana)
    assert "Utility conversation ended" not in notes(panel)
    workspace.jump(timedelta(hours=24))
    bus.tick()
    assert notes(panel)[-1] == "Utility conversation ended"


def test_model_passes_the_model_tester(qtmodeltester, workspace, ana):
    workspace.customer_message(ana, "Hola")
    workspace.send_text(ana, "Hola Ana")
    workspace.opt_out(ana)
    model = ChatModel(workspace)
    model.set_customer(ana)
    qtmodeltester.check(model)
    assert model.roleNames()[int(Roles.RECORD)] == b"record"


def add_history(workspace, customer_id: int, count: int) -> None:
    workspace.store.add_messages(
        MessageRecord(None, customer_id, START - timedelta(minutes=count - i), "in", "text",
                      text=f"message {i}", status="received")
        for i in range(count))


def test_older_pages_load_on_fetch_more(qtmodeltester, workspace, ana):
    add_history(workspace, ana, 1000)
    model = ChatModel(workspace, page_size=200)
    model.set_customer(ana)
    assert model.loaded_messages == 200
    assert model.canFetchMore(QModelIndex())
    counts = [model.rowCount()]
    while model.canFetchMore(QModelIndex()):
        model.fetchMore(QModelIndex())
        counts.append(model.rowCount())
        if len(counts) == 2:
            qtmodeltester.check(model)
    assert counts == sorted(counts) and len(set(counts)) == len(counts)
    assert model.loaded_messages == 1000
    texts = [model.row(i).record.text for i in range(model.rowCount())
             if model.row(i).kind is RowKind.MESSAGE]
    assert texts == [f"message {i}" for i in range(1000)]


def test_opening_a_long_chat_reads_one_page(panel, workspace, ana):
    add_history(workspace, ana, 1000)
    panel.show_customer(ana)
    assert panel.chat_model.loaded_messages == 200
    panel.chat_view.scroll_to_newest()
    bar = panel.chat_view.verticalScrollBar()
    assert bar.value() == bar.maximum() > 0


def test_scrolling_to_the_top_loads_older_messages_in_place(qtbot, panel, workspace, ana):
    add_history(workspace, ana, 1000)
    panel.show_customer(ana)
    view = panel.chat_view
    view.scroll_to_newest()
    bar = view.verticalScrollBar()
    bar.setValue(0)  # the older page loads on the next turn of the event loop
    first = message_rows(panel)[0]
    assert view.indexAt(QPoint(20, 5)).row() <= first
    record = panel.chat_model.row(first).record
    top = view.visualRect(view.model().index(first, 0)).top()
    qtbot.waitUntil(lambda: panel.chat_model.loaded_messages == 400)
    view.executeDelayedItemsLayout()
    moved = [i for i in range(panel.chat_model.rowCount())
             if panel.chat_model.row(i).record == record][0]
    assert moved > first
    # the message that was at the top is still on screen, where it was
    assert abs(view.visualRect(view.model().index(moved, 0)).top() - top) < 40
    assert bar.value() > 0


def test_new_messages_keep_the_view_at_the_bottom(qtbot, panel, workspace, ana):
    add_history(workspace, ana, 300)
    panel.show_customer(ana)
    bar = panel.chat_view.verticalScrollBar()
    qtbot.waitUntil(lambda: bar.value() == bar.maximum() > 0)
    workspace.customer_message(ana, "¿Hola?")
    qtbot.waitUntil(lambda: bar.value() == bar.maximum())
    assert panel.chat_model.row(message_rows(panel)[-1]).record.text == "¿Hola?"


def test_heights_follow_the_width(panel, workspace, ana):
    workspace.customer_message(ana, "palabra " * 120)
    panel.show_customer(ana)
    record = data(panel, message_rows(panel)[-1], Roles.RECORD)
    delegate = panel.chat_view.delegate
    wide, narrow = delegate.bubble(record, 900), delegate.bubble(record, 400)
    assert narrow.height > wide.height and narrow.width < wide.width
    panel.resize(400, 800)
    view = panel.chat_view
    view.executeDelayedItemsLayout()
    index = view.model().index(message_rows(panel)[-1], 0)
    assert view.visualRect(index).height() == delegate.bubble(
        record, delegate.width()).total_height


def test_note_heights_follow_the_width(panel, workspace, ana):
    workspace.customer_message(ana, "Hola")
    workspace.stop_marketing(ana)
    panel.show_customer(ana)
    view = panel.chat_view
    row = next(i for i in range(panel.chat_model.rowCount())
               if "stopped promotions" in panel.chat_model.row(i).display(panel.chat_model.now))
    index = view.model().index(row, 0)
    heights = []
    for width in (700, 260, 700):
        panel.resize(width, 800)
        view.executeDelayedItemsLayout()
        heights.append(view.visualRect(index).height())
    assert heights[1] > heights[0] == heights[2]


def test_long_words_emoji_and_right_to_left_text_wrap(qapp):
    font = qapp.font()
    long_word = TextBlock("x" * 400, font, 200)
    assert long_word.width <= 200 and long_word.layouts[0].lineCount() > 3
    emoji = TextBlock("🌱🌸 Die Monstera ist angekommen 😍 " * 6, font, 200)
    assert emoji.layouts[0].lineCount() > 1 and emoji.width <= 200
    arabic = TextBlock("مرحبا، هل لديكم أصص كبيرة؟", font, 300)
    assert arabic.rtl and arabic.last_rtl
    mixed = TextBlock("Hello\nمرحبا", font, 300)
    assert mixed.rtl and mixed.last_rtl and len(mixed.layouts) == 2
    numbered = TextBlock("12: مرحبا", font, 300)  # digits are not strong: Arabic leads
    assert numbered.rtl
    assert not TextBlock("12 <b>x</b> ...", font, 300).rtl


def test_free_entry_point_note(panel, workspace, ana):
    workspace.customer_message(ana, "Vi su anuncio", "ctwa_ad")
    workspace.send_text(ana, "¡Hola Ana!")
    panel.show_customer(ana)
    first = message_rows(panel)[0]
    assert data(panel, first, Roles.REFERRAL) == "Came from a click-to-WhatsApp ad"
    assert "Free entry point conversation opened (72 h), free" in notes(panel)
    kinds = [panel.chat_model.row(i).note for i in range(panel.chat_model.rowCount())]
    assert NoteKind.OUTCOME in kinds and NoteKind.WINDOW in kinds


def test_demo_chats_render(qtbot, tmp_path):
    from waboard.workspaces import open_workspace

    demo = open_workspace(tmp_path / "demo.waboard", seed_demo=True)
    demo.pause()
    bus = WorkspaceBus(demo)
    panel = ChatPanel(demo, bus)
    qtbot.addWidget(panel)
    panel.resize(640, 800)
    panel.show()
    for customer in demo.customers():
        panel.show_customer(customer.id)
        assert not panel.grab().isNull()
    oliver = demo.store.customer_by_key("oliver").id
    panel.show_customer(oliver)
    assert any("<b>bold?</b>" in text for _, text in rows(panel))
    bus.stop()
    demo.store.close()


def test_a_business_bubble_shows_what_the_platform_reports(panel, workspace, ana):
    workspace.send_template(ana, "order_update", "es_MX", ["Ana", "A-1"])
    workspace.customer_message(ana, "Gracias", at=START + timedelta(minutes=5))
    workspace.send_text(ana, "De nada", at=START + timedelta(minutes=6))
    panel.show_customer(ana)
    template_row, _, reply_row = message_rows(panel)
    report = data(panel, template_row, Roles.PLATFORM_REPORT)
    assert report.pricing == {"billable": True, "pricing_model": "CBP", "type": "regular",
                              "category": "utility"}
    assert report.conversation["origin"] == {"type": "utility"}
    # the reply is counted in the same conversation, and says so with the same id
    assert data(panel, reply_row, Roles.PLATFORM_REPORT).conversation == report.conversation
    tooltip = data(panel, template_row, Qt.ItemDataRole.ToolTipRole)
    assert "What the platform reports:" in tooltip
    assert '"pricing_model": "CBP"' in tooltip and '"conversation"' in tooltip
    assert data(panel, message_rows(panel)[1], Roles.PLATFORM_REPORT) is None  # the customer


def test_per_message_pricing_reports_no_conversation(panel, workspace, ana):
    workspace.set_regime("pmp-2025-07")
    workspace.customer_message(ana, "Hola")
    workspace.send_text(ana, "Hola Ana", at=START + timedelta(minutes=1))
    panel.show_customer(ana)
    report = data(panel, message_rows(panel)[-1], Roles.PLATFORM_REPORT)
    assert report.pricing == {"billable": False, "pricing_model": "PMP",
                              "type": "free_customer_service", "category": "service"}
    assert report.conversation is None
    assert '"conversation"' not in data(panel, message_rows(panel)[-1],
                                        Qt.ItemDataRole.ToolTipRole)


def test_a_chat_notes_the_rule_changes_its_clock_crosses(panel, workspace, bus, ana):
    from datetime import UTC, datetime

    from waboard.clock import ClockSetting

    workspace.set_regime("auto")
    workspace.customer_message(ana, "Hola")
    panel.show_customer(ana)
    assert not [n for n in notes(panel) if n.startswith("From ")]
    workspace.set_clock(ClockSetting(datetime(2026, 10, 1, 0, 0, 5, tzinfo=UTC)))
    bus.tick()
    crossed = [n for n in notes(panel) if n.startswith("From ")]
    assert crossed[0].startswith("From 1 Jul 2025: Each delivered template is charged")
    assert crossed[-1].startswith("From 1 Oct 2026 free-form replies cost $")
    assert crossed[-1].endswith("in Mexico after 1,000 a month, and utility templates inside "
                                "the window are charged too [reported]")
    note_rows = [i for i, (kind, text) in enumerate(rows(panel)) if text == crossed[-1]]
    assert data(panel, note_rows[0], Roles.NOTE_KIND) == NoteKind.RULES.value


def test_an_older_page_brings_the_notes_of_its_conversations(workspace, ana):
    """The chat reads only the conversations its messages reach; each older page brings
    those of its own stretch (here a utility conversation that ended before the newest
    page)."""
    workspace.send_template(ana, "order_update", "es_MX", ["Ana", "A-1"])
    workspace.jump(timedelta(days=2))
    for n in range(30):
        workspace.customer_message(ana, f"later {n}")
    model = ChatModel(workspace, page_size=10)
    model.set_customer(ana)

    def ended() -> list[str]:
        return [model.row(i).text for i in range(model.rowCount())
                if model.row(i).kind is RowKind.NOTE and model.row(i).text.endswith("ended")]

    assert ended() == []
    while model.canFetchMore(QModelIndex()):
        model.fetchMore(QModelIndex())
    assert ended() == ["Utility conversation ended"]


def test_ticks_go_grey_one_two_then_blue_as_the_clock_delivers_and_the_customer_reads(
        qtbot, panel, workspace, bus, ana):
    workspace.set_delivery_delay(30)
    workspace.customer_message(ana, "Hola")
    panel.show_customer(ana)
    workspace.send_text(ana, "¡Hola Ana!")
    delegate = panel.chat_view.delegate

    def shown() -> tuple[str, bool, str, bool]:
        """The last bubble's ticks and blueness, from the model and as painted."""
        last = message_rows(panel)[-1]
        shape = delegate.bubble(data(panel, last, Roles.RECORD), delegate.width())
        return (data(panel, last, Roles.TICKS), data(panel, last, Roles.READ),
                shape.meta.rpartition("  ")[2], shape.read)

    assert shown() == ("✓", False, "✓", False)
    workspace.clock.jump(timedelta(seconds=30))  # the clock playing: the timer delivers
    bus.tick()
    qtbot.waitUntil(lambda: shown() == ("✓✓", False, "✓✓", False))
    workspace.customer_reads(ana)
    qtbot.waitUntil(lambda: shown() == ("✓✓", True, "✓✓", True))
    workspace.rewind(START + timedelta(seconds=10))  # before the delivery: one tick again
    qtbot.waitUntil(lambda: shown() == ("✓", False, "✓", False))


def test_a_button_reply_quotes_the_message_it_answers(qtbot, panel, workspace, ana):
    workspace.add_template(Template("slot", "es_MX", Category.UTILITY,
                                    "¿Entregamos hoy?\nResponde abajo", buttons=("Sí", "No")))
    sent = workspace.send_template(ana, "slot", "es_MX", []).message_id
    workspace.customer_reply(ana, sent, "No")
    panel.show_customer(ana)
    reply = data(panel, message_rows(panel)[-1], Roles.RECORD)
    assert (reply.kind, reply.text) == ("button", "No")
    shape = panel.chat_view.delegate.bubble(reply, panel.chat_view.delegate.width())
    [quote] = [p for p in shape.parts if p.quote]
    assert quote.block.text == "¿Entregamos hoy?"  # its first line
    assert shape.parts.index(quote) == 0  # above the reply's own text
