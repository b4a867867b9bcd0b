"""The Cloud API's answers to bad input, its template endpoints and the control API, over
plain HTTP."""

from __future__ import annotations

import json
import socket
from collections.abc import Iterator

import httpx
import pytest

from waboard.api.cli import serve_command
from waboard.api.server import DEFAULT_TOKEN, ApiServer, ServeConfig, ServerError
from waboard.rules.model import TemplateStatus
from waboard.store import Store

from .api_support import ORDER_UPDATE, Receiver, served, workspace_file

MESSAGES = "v23.0/100000000000001/messages"
TEMPLATES = "v23.0/200000000000002/message_templates"
AUTH = {"Authorization": f"Bearer {DEFAULT_TOKEN}"}


@pytest.fixture
def api(tmp_path) -> Iterator[tuple[ApiServer, httpx.Client]]:
    server = served(workspace_file(tmp_path / "w.waboard", ORDER_UPDATE))
    with httpx.Client(base_url=server.base_url, headers=AUTH, timeout=10) as http:
        yield server, http
    server.stop()


def text(to: str = "+34612345678", body: str = "hi") -> dict:
    return {"messaging_product": "whatsapp", "to": to, "type": "text", "text": {"body": body}}


def error_of(response: httpx.Response) -> dict:
    error = response.json()["error"]
    assert {"message", "type", "code", "error_data", "fbtrace_id"} <= error.keys()
    assert "details" in error["error_data"]
    return error


@pytest.mark.parametrize(("body", "code", "words"), [
    (b"{not json", 100, "not valid JSON"),
    (json.dumps({"to": "+34612345678", "type": "text"}).encode(), 100, "messaging_product"),
    (json.dumps({**text(), "type": "sticker", "sticker": {}}).encode(), 131051, "sticker"),
    (json.dumps({"messaging_product": "whatsapp", "type": "text"}).encode(), 100, "to"),
    (json.dumps({**text(), "text": {}}).encode(), 100, "text['body']"),
    (json.dumps(text(to="12")).encode(), 100, "not a valid WhatsApp number"),
    (json.dumps(text(to="+34 abc")).encode(), 100, "not a valid WhatsApp number"),
    (json.dumps(text(body="x" * 5000)).encode(), 100, "4,096"),
    (json.dumps([1, 2]).encode(), 100, "JSON object"),
])
def test_malformed_requests_get_metas_error_shape(api, body, code, words) -> None:
    server, http = api
    response = http.post(MESSAGES, content=body)
    assert response.status_code == 400
    error = error_of(response)
    assert error["code"] == code and words in error["error_data"]["details"]
    assert http.get("v23.0/100000000000001").status_code == 200  # still serving


def test_a_body_over_one_megabyte_is_refused_and_the_server_goes_on(api) -> None:
    _, http = api
    response = http.post(MESSAGES, content=b"x" * (1024 * 1024 + 10))
    assert response.status_code == 413 and error_of(response)["code"] == 100
    assert http.post(MESSAGES, json=text()).status_code == 200


def test_token_version_and_ids_are_checked(api) -> None:
    server, http = api
    no_token = httpx.post(server.base_url + MESSAGES, json=text())
    assert no_token.status_code == 401 and error_of(no_token)["code"] == 190
    assert error_of(http.post("vX/100000000000001/messages", json=text()))["code"] == 100
    other = http.post("v23.0/999/messages", json=text())
    assert error_of(other)["error_subcode"] == 33
    assert http.post("v19.0/100000000000001/messages", json=text()).status_code == 200
    assert error_of(http.get("nowhere"))["code"] == 100


def test_templates_are_listed_filtered_and_created_pending(api) -> None:
    server, http = api
    listed = http.get(TEMPLATES).json()["data"]
    assert [(t["name"], t["status"], t["category"]) for t in listed] == [
        ("order_update", "APPROVED", "UTILITY")]
    new = {"name": "welcome", "language": "en_US", "category": "MARKETING", "components": [
        {"type": "HEADER", "format": "TEXT", "text": "Hello"},
        {"type": "BODY", "text": "Welcome, {{1}}!"},
        {"type": "BUTTONS", "buttons": [{"type": "QUICK_REPLY", "text": "Stop promotions"}]}]}
    created = http.post(TEMPLATES, json=new).json()
    assert created["status"] == "PENDING" and created["category"] == "MARKETING"
    assert error_of(http.post(TEMPLATES, json=new))["code"] == 100  # exists already
    pending = http.get(TEMPLATES, params={"status": "PENDING"}).json()["data"]
    assert [t["name"] for t in pending] == ["welcome"]
    assert http.get(TEMPLATES, params={"name": "order", "limit": 1}).json()["data"][0][
        "name"] == "order_update"
    assert error_of(http.get(TEMPLATES, params={"limit": "many"}))["code"] == 100
    send = {"messaging_product": "whatsapp", "to": "+34612345678", "type": "template",
            "template": {"name": "welcome", "language": {"code": "en_US"}, "components": [
                {"type": "body", "parameters": [{"type": "text", "text": "Ana"}]}]}}
    assert error_of(http.post(MESSAGES, json=send))["code"] == 132001  # still pending
    approve = http.post("_waboard/templates/welcome/en_US", json={"status": "approved"})
    assert approve.status_code == 200
    status = server.call(lambda w: w.store.template("welcome", "en_US").status)
    assert status is TemplateStatus.APPROVED


def test_the_control_api_writes_reads_and_moves_the_clock(api) -> None:
    server, http = api
    wrote = http.post("_waboard/customers/+34612345678/messages",
                      json={"text": "Hola", "referral": "ctwa_ad"}).json()
    assert wrote["wa_id"] == "34612345678" and wrote["id"].startswith("wamid.")
    sent = http.post(MESSAGES, json=text()).json()["messages"][0]["id"]
    assert http.post(f"_waboard/messages/{sent}/read").json() == {"success": True}
    assert http.post(MESSAGES, json={"messaging_product": "whatsapp", "status": "read",
                                     "message_id": wrote["id"]}).json() == {"success": True}
    decisions = http.get("_waboard/decisions").json()["data"]
    assert [(d["id"], d["category"], d["accepted"]) for d in decisions] == [
        (sent, "free_entry_point", True)]
    before = http.get("_waboard/clock").json()["now"]
    after = http.post("_waboard/clock", json={"advance": "25h"}).json()["now"]
    assert after > before
    assert error_of(http.post("_waboard/clock", json={"advance": "soon"}))["code"] == 100
    assert error_of(http.post("_waboard/customers/+34612345678/messages", json={}))[
        "code"] == 100


def test_a_webhook_url_that_never_answers_is_retried_visibly(tmp_path) -> None:
    silent = socket.socket()
    silent.bind(("127.0.0.1", 0))
    silent.listen()  # accepts connections, never answers
    url = f"http://127.0.0.1:{silent.getsockname()[1]}/hook"
    server = served(workspace_file(tmp_path / "w.waboard"), webhook=url,
                    webhook_backoff=(0.05,), webhook_timeout=0.2)
    try:
        with httpx.Client(base_url=server.base_url, headers=AUTH, timeout=10) as http:
            assert http.post(MESSAGES, json=text()).status_code == 200
            server.drain()
            hooks = http.get("_waboard/webhooks").json()
            assert hooks["given_up"] == 1 and hooks["pending"] == 0  # the failed status
            notes = [e.note for e in server.traffic.entries() if e.kind == "webhook"]
            assert "no answer (timed out); retry in 0.05 s" in notes
            assert http.get("v23.0/100000000000001").status_code == 200
    finally:
        server.stop()
        silent.close()


def test_a_port_in_use_is_one_clear_line(tmp_path, capsys) -> None:
    taken = socket.socket()
    taken.bind(("127.0.0.1", 0))
    taken.listen()
    port = taken.getsockname()[1]
    try:
        server = ApiServer.for_file(ServeConfig(port=port), tmp_path / "w.waboard")
        with pytest.raises(ServerError, match=f"port {port} is in use"):
            server.start()
        assert serve_command(["--port", str(port), "--db", str(tmp_path / "w.waboard")]) == 2
        assert capsys.readouterr().err == (
            f"waboard serve: port {port} is in use (127.0.0.1:{port}); choose another with "
            "--port\n")
    finally:
        taken.close()


def test_bad_options_are_one_clear_line(capsys) -> None:
    assert serve_command(["--webhook", "ftp://x"]) == 2
    assert capsys.readouterr().err.startswith("waboard serve: --webhook 'ftp://x'")


def test_webhooks_are_signed_and_verified(tmp_path) -> None:
    receiver = Receiver(verify_token="right")
    server = served(workspace_file(tmp_path / "w.waboard"), webhook=receiver.url,
                    verify_token="wrong", webhook_backoff=(0.05,))
    try:
        assert not server.context.webhooks.verified
        assert [e.decision for e in server.traffic.entries()] == ["verification failed"]
    finally:
        server.stop()
        receiver.close()


def test_a_file_open_elsewhere_is_one_clear_line(tmp_path, capsys) -> None:
    path = workspace_file(tmp_path / "w.waboard")
    holder = Store.open(path)
    try:
        assert serve_command(["--db", str(path), "--port", "0"]) == 2
        err = capsys.readouterr().err
        assert err.startswith("waboard serve: ") and err.count("\n") == 1
    finally:
        holder.close()


def test_a_webhook_that_cannot_be_built_never_undoes_the_action(tmp_path) -> None:
    server = served(workspace_file(tmp_path / "w.waboard"))
    try:
        events = server.context.events

        def broken(*_: object) -> None:
            raise ValueError("boom")

        events._message = broken  # as if a payload could not be made
        customer = server.call(lambda w: w.add_customer("Ana", "+34612345678"))
        result = server.call(lambda w: w.customer_message(customer, "Hola"))
        assert result.message_id is not None
        notes = [e.note for e in server.traffic.entries()]
        assert "no webhook for a message change: ValueError: boom" in notes
    finally:
        server.stop()


def test_waboard_serve_prints_its_line_serves_and_stops_on_sigterm(tmp_path) -> None:
    import signal
    import subprocess
    import sys

    path = workspace_file(tmp_path / "w.waboard", ORDER_UPDATE)
    serve = subprocess.Popen([sys.executable, "-m", "waboard", "serve", "--db", str(path),
                              "--port", "0"], stdout=subprocess.PIPE, text=True)
    try:
        line = serve.stdout.readline()
        assert line.startswith("Cloud API at http://127.0.0.1:")
        assert line.endswith("/ (phone_number_id 100000000000001)\n")
        base = line.split()[3]
        answer = httpx.get(base + TEMPLATES, headers=AUTH, timeout=10).json()
        assert [t["name"] for t in answer["data"]] == ["order_update"]
        serve.send_signal(signal.SIGTERM)
        assert serve.wait(30) == 0
    finally:
        if serve.poll() is None:
            serve.kill()
        serve.stdout.close()
    with Store.open(path) as store:  # the file was let go
        assert store.templates()[0].name == "order_update"


def test_numbers_follow_customers_added_and_edited_elsewhere(api) -> None:
    server, http = api
    assert http.post(MESSAGES, json=text(to="+34612345678")).status_code == 200
    ana = server.call(lambda w: w.customers()[0].id)
    server.call(lambda w: w.edit_customer(ana, "Ana", "+34 699 000 111", True))
    bea = server.call(lambda w: w.add_customer("Bea", "+34 611 222 333"))
    http.post(MESSAGES, json=text(to="34699000111"))
    http.post(MESSAGES, json=text(to="+34611222333"))
    owners = server.call(lambda w: [m.customer_id for m in w.store.messages(None)])
    assert owners == [ana, ana, bea]
    assert server.call(lambda w: len(w.customers())) == 2
