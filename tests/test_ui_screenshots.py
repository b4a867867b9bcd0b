"""The screenshots script: every screen the README shows, drawn offscreen to PNG files."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtGui import QImage

from waboard.ui import screenshots
from waboard.ui.main_window import MainWindow
from waboard.ui.screenshots import (
    demo_window,
    render_billing,
    render_inbox,
    render_lesson,
    render_sizes,
    render_time_travel,
    render_trainer,
)


def images(paths: list[Path]) -> list[QImage]:
    return [QImage(str(path)) for path in paths]


@pytest.fixture
def window(qtbot):
    with demo_window() as window:
        qtbot.waitUntil(lambda: window.windowHandle().isExposed())
        yield window


def test_inbox_screens_show_the_chosen_customers(window, tmp_path):
    paths = render_inbox(window, tmp_path)
    assert [p.name for p in paths] == ["main-window.png", "closed-window-banner.png",
                                       "template-picker.png", "presenter-mode.png"]
    assert all(image.width() >= 900 for image in images(paths))
    assert window.chat.header.text().startswith("Ana")


def test_the_inbox_at_every_screen_size_and_in_presenter_mode(window, tmp_path):
    paths = render_sizes(window, tmp_path)
    assert [p.name for p in paths] == ["inbox-1024x640.png", "inbox-1366x768.png",
                                       "inbox-1920x1080.png", "presenter-1366x768.png",
                                       "customer-phone.png", "welcome.png"]
    sizes = [(image.width(), image.height()) for image in images(paths[:4])]
    assert sizes == [(1024, 640), (1366, 768), (1920, 1080), (1366, 768)]
    assert window.details.isVisible() and window.activity_log.isVisible()  # presenter undone


def test_billing_screens(window, tmp_path):
    paths = render_billing(window, tmp_path)
    assert [p.name for p in paths] == ["billing-bill.png", "billing-compare.png",
                                       "rate-card.png", "forecast.png"]
    assert all(p.stat().st_size > 10_000 for p in paths)


def test_trainer_screens(window, tmp_path):
    paths = render_trainer(window, tmp_path / "shots")
    assert [p.name for p in paths] == ["grading-report.png", "details-timeline.png"]
    for image in images(paths):
        assert not image.isNull() and image.width() > 300 and image.height() > 300


def test_time_travel_screens_go_back_and_leave_a_bookmark(window, tmp_path):
    paths = render_time_travel(window, tmp_path)
    assert [p.name for p in paths] == ["go-back.png", "bookmarks.png"]
    assert all(image.width() >= 600 for image in images(paths))
    assert [b.name.split(" to ")[0] for b in window.workspace.bookmarks()] == [
        "Before the promo", "Before rewind"]


def test_lesson_screens_and_every_window_closed_afterwards(qtbot, tmp_path):
    before = list(MainWindow.open_windows)
    with demo_window() as window:
        paths = render_lesson(window, tmp_path / "shots")
    assert [p.name for p in paths] == ["lesson-checkpoint.png", "lesson-answered.png",
                                       "lesson-spanish.png", "lesson-portuguese.png"]
    assert all(image.width() >= 1400 for image in images(paths))
    assert MainWindow.open_windows == before


@pytest.mark.parametrize("args", [[], ["--lang", "fr", "out"]])
def test_main_needs_one_folder_and_a_known_language(capsys, args):
    with pytest.raises(SystemExit) as exit_:
        screenshots.main(args)
    assert exit_.value.code == 2
    assert "usage: python -m waboard.ui.screenshots" in capsys.readouterr().err


def test_cloud_api_screens(window, tmp_path):
    paths = screenshots.render_cloud_api(window, tmp_path, (1024, 640))
    assert [p.name for p in paths] == ["cloud-api-server.png", "api-traffic.png"]
    assert images(paths)[1].width() == 1024
    table = window.findChild(screenshots.QTableView, "apiTrafficTable")
    assert table.model().rowCount() == 4


def test_delivery_screens(window, tmp_path):
    paths = screenshots.render_delivery(window, tmp_path)
    assert [p.name for p in paths] == [
        "delivery-ticks-1024x640.png", "delivery-ticks-1366x768.png",
        "delivery-ticks-1920x1080.png", "phone-button-reply.png", "delivery-delay.png"]
    sizes = [(image.width(), image.height()) for image in images(paths[:3])]
    assert sizes == [(1024, 640), (1366, 768), (1920, 1080)]
    assert window.workspace.delivery_delay == 60
