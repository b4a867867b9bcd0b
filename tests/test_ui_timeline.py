"""The timeline strip: windows and conversations around now, drawn with QPainter."""

from __future__ import annotations

from datetime import timedelta

import pytest
from PySide6.QtCore import QPointF

from tests.conftest import START
from waboard.history.windows import service_windows
from waboard.rules.model import Category
from waboard.ui.common import palette
from waboard.ui.common.bus import WorkspaceBus
from waboard.ui.inbox.details import DetailsPanel
from waboard.ui.inbox.timeline import AFTER, BEFORE, TimelineStrip

H = timedelta(hours=1)


@pytest.fixture
def strip(qtbot, workspace) -> TimelineStrip:
    strip = TimelineStrip(workspace)
    qtbot.addWidget(strip)
    strip.resize(480, strip.sizeHint().height())
    with qtbot.waitExposed(strip):
        strip.show()
    return strip


@pytest.fixture
def busy(workspace, ana) -> int:
    """Ana over three days: two windows, three conversations (two at once), clock after."""
    workspace.customer_message(ana, "Hola", at=START)
    workspace.send_text(ana, "¡Hola Ana!", at=START + H)  # service
    workspace.send_template(ana, "order_update", "es_MX", ["Ana", "A-1"],
                            at=START + 2 * H)  # utility, beside the service one
    workspace.customer_message(ana, "¿Y ahora?", at=START + 5 * H)  # restart
    workspace.customer_message(ana, "¿Hola?", at=START + 40 * H)  # a new window
    workspace.send_text(ana, "Perdón, aquí estamos.", at=START + 41 * H)  # service again
    workspace.jump(timedelta(hours=8))
    return ana


def test_items_are_every_window_and_conversation(strip, workspace, busy):
    strip.show_customer(busy)
    inbound = [m.at for m in workspace.store.messages(busy) if m.direction == "in"]
    windows = service_windows(inbound)
    conversations = workspace.store.conversations(busy)
    items = strip.items()
    assert len(windows) == 2 and len(conversations) == 3
    assert len(items) == len(windows) + len(conversations)
    assert [(i.start, i.end) for i in items if i.is_window] == [
        (w.opened_at, w.closes_at) for w in windows]
    assert [(i.lane, i.category) for i in items if not i.is_window] == [
        (1, Category.SERVICE), (2, Category.UTILITY), (1, Category.SERVICE)]
    assert strip.summary() == ("2 customer service windows and 3 conversations in the last "
                               "three days and the next one")


def test_it_draws_the_bars_in_their_colours(strip, busy):
    strip.show_customer(busy)
    image = strip.grab().toImage()
    assert not image.isNull() and image.width() == strip.width()
    items = strip.items()
    plot = strip._plot()
    for item in items:
        bar = strip._bar(item, plot)
        centre = bar.center()
        if centre.x() >= strip._x(strip._now, plot) - 2:
            continue  # the paler part still to come
        colour = palette.WINDOW_OPEN if item.is_window else palette.CATEGORY_COLOURS[
            item.category]
        assert image.pixelColor(int(centre.x()), int(centre.y())) == colour
    background = image.pixelColor(image.width() - 2, image.height() - 2)
    distinct = {image.pixelColor(x, y).rgb() for x in range(0, image.width(), 4)
                for y in range(0, image.height(), 2)}
    assert len(distinct) > 5 and background.isValid()


def test_the_axis_covers_three_days_back_and_one_ahead(strip, workspace, busy):
    strip.show_customer(busy)
    start, end = strip.span()
    assert (start, end) == (workspace.now() - BEFORE, workspace.now() + AFTER)
    now_x = strip._x(workspace.now(), strip._plot())
    plot = strip._plot()
    assert now_x == pytest.approx(plot.left() + plot.width() * 0.75)


def test_what_ended_before_the_strip_is_left_out(strip, workspace, busy):
    workspace.jump(timedelta(days=4))
    strip.show_customer(busy)
    assert strip.items() == []
    assert strip.summary().startswith("0 customer service windows and 0 conversations")
    assert not strip.grab().toImage().isNull()


def test_hovering_a_bar_says_what_it_is(strip, busy):
    strip.show_customer(busy)
    plot = strip._plot()
    window = strip.items()[0]
    found = strip.item_at(strip._bar(window, plot).center())
    assert found is window
    assert found.tooltip == ("Customer service window: Mon 03 Mar 08:00 UTC to "
                             "Tue 04 Mar 13:00 UTC (1 restart)")
    utility = next(i for i in strip.items() if i.category is Category.UTILITY)
    assert strip.item_at(strip._bar(utility, plot).center()).tooltip == (
        "Utility conversation: Mon 03 Mar 10:00 UTC to Tue 04 Mar 10:00 UTC, $0.0266")
    assert strip.item_at(QPointF(1, 1)) is None


def test_the_now_line_repaints_only_when_it_moves_a_pixel(strip, workspace, busy):
    strip.show_customer(busy)
    strip.grab()
    painted = strip._painted_now
    assert painted == workspace.now()
    strip.set_now(workspace.now() + timedelta(seconds=1))
    strip.grab()
    assert strip._painted_now == workspace.now() + timedelta(seconds=1)


def test_the_details_panel_shows_the_timeline_and_follows_changes(qtbot, workspace, ana):
    bus = WorkspaceBus(workspace)
    panel = DetailsPanel(workspace, bus)
    qtbot.addWidget(panel)
    panel.resize(360, 900)
    with qtbot.waitExposed(panel):
        panel.show()
    panel.show_customer(ana)
    assert panel.timeline.isVisible() and panel.timeline.items() == []
    workspace.customer_message(ana, "Hola")
    qtbot.waitUntil(lambda: len(panel.timeline.items()) == 1)
    workspace.send_text(ana, "¡Hola!")
    qtbot.waitUntil(lambda: len(panel.timeline.items()) == 2)
    workspace.jump(timedelta(hours=2))
    qtbot.waitUntil(lambda: panel.timeline._now == workspace.now())
    bus.stop()
