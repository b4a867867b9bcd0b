"""The customer list opens at its top on the newest customer, and keeps the selected one in
view when a send moves it."""

from __future__ import annotations

from waboard.ui.main_window import MainWindow


def visible(panel, customer_id: int) -> bool:
    view = panel.view
    rect = view.visualRect(panel.proxy.index(panel.proxy.row_of(customer_id), 0))
    return rect.top() >= 0 and rect.bottom() <= view.viewport().rect().bottom()


def small_window(qtbot, demo) -> MainWindow:
    window = MainWindow(demo)
    window.resize(1024, 640)
    with qtbot.waitExposed(window):
        window.show()
    return window


def test_the_list_opens_at_its_top_with_the_newest_selected(qtbot, demo, open_windows):
    window = small_window(qtbot, demo)
    panel = window.customer_list
    assert panel.view.verticalScrollBar().value() == 0
    assert panel.view.currentIndex().row() == 0
    assert window.current_customer_id == panel.visible_customer_ids()[0]
    assert window.chat.customer_id == window.current_customer_id


def test_the_selected_customer_stays_in_view_after_a_send(qtbot, demo, open_windows):
    window = small_window(qtbot, demo)
    panel = window.customer_list
    last = panel.visible_customer_ids()[-1]
    window.select_customer(last)
    qtbot.waitUntil(lambda: visible(panel, last))
    demo.customer_message(last, "¿Hay novedades?")  # it moves to the top of the list
    assert panel.proxy.row_of(last) == 0
    assert panel.view.currentIndex().row() == 0
    qtbot.waitUntil(lambda: visible(panel, last), timeout=2000)
