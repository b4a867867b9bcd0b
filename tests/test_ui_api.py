"""Tools > Cloud API server and the API traffic dock, driven as a user would."""

from __future__ import annotations

import socket
import threading

import httpx
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDockWidget, QLabel, QLineEdit, QPlainTextEdit, QTableView

from waboard.api.server import DEFAULT_TOKEN
from waboard.ui.api.server_dialog import ApiServerDialog


def tools_action(window, text: str):
    menu = window.findChild(type(window.menuBar().actions()[0].menu()), "toolsMenu")
    return next(a for a in menu.actions() if a.text() == text)


def open_dialog(qtbot, window) -> ApiServerDialog:
    tools_action(window, "Cloud &API server…").trigger()
    dialog = window.findChild(ApiServerDialog)
    qtbot.waitExposed(dialog)
    return dialog


def in_thread(call) -> list:
    """Run `call` off the Qt thread (the API hands its work to the Qt thread)."""
    result: list = []
    threading.Thread(target=lambda: result.append(call()), daemon=True).start()
    return result


def test_start_send_see_traffic_and_stop(qtbot, demo_window) -> None:
    window = demo_window
    dialog = open_dialog(qtbot, window)
    dialog.port.setValue(0)
    qtbot.mouseClick(dialog.toggle, Qt.MouseButton.LeftButton)
    base = dialog.findChild(QLabel, "apiBaseUrl").text()
    assert base.startswith("http://127.0.0.1:") and dialog.toggle.text() == "Stop server"
    customer = window.workspace.customers()[0]
    body = {"messaging_product": "whatsapp", "to": customer.phone, "type": "text",
            "text": {"body": "Sent through the API"}}
    answer = in_thread(lambda: httpx.post(
        base + "v23.0/100000000000001/messages", json=body, timeout=10,
        headers={"Authorization": f"Bearer {DEFAULT_TOKEN}"}))
    qtbot.waitUntil(lambda: bool(answer), timeout=10000)
    assert answer[0].status_code == 200
    last = window.workspace.store.last_message(customer.id)
    assert (last.text, last.origin) == ("Sent through the API", "api")
    window.select_customer(customer.id)
    delegate = window.chat.chat_view.delegate
    assert delegate.bubble(last, 600).meta.startswith("API · ")  # the chat marks it

    tools_action(window, "API &traffic").trigger()
    dock = window.findChild(QDockWidget, "apiTrafficDock")
    assert dock.isVisible()
    table = dock.findChild(QTableView, "apiTrafficTable")
    qtbot.waitUntil(lambda: table.model().rowCount() == 1)
    table.selectRow(0)
    shown = dock.findChild(QPlainTextEdit, "apiTrafficJson").toPlainText()
    assert "Sent through the API" in shown and "wamid." in shown
    qtbot.keyClicks(dock.findChild(QLineEdit, "apiTrafficFilter"), "webhook")
    assert table.model().rowCount() == 0

    qtbot.mouseClick(dialog.toggle, Qt.MouseButton.LeftButton)
    assert dialog.toggle.text() == "Start server"
    assert dialog.findChild(QLabel, "apiState").text() == "Stopped"


def test_a_port_in_use_is_said_inline(qtbot, demo_window) -> None:
    taken = socket.socket()
    taken.bind(("127.0.0.1", 0))
    taken.listen()
    try:
        dialog = open_dialog(qtbot, demo_window)
        dialog.port.setValue(taken.getsockname()[1])
        qtbot.mouseClick(dialog.toggle, Qt.MouseButton.LeftButton)
        error = dialog.findChild(QLabel, "inlineError")
        assert error.isVisible() and "is in use" in error.text()
        assert dialog.toggle.text() == "Start server"
        dialog.webhook.setText("not a url")
        qtbot.mouseClick(dialog.toggle, Qt.MouseButton.LeftButton)
        assert error.text().startswith("Webhook URL 'not a url'")
    finally:
        taken.close()
