"""Faults while the app runs: the file deleted, read-only or locked, the disk full, and a second
waboard on the same file. Each is a StoreError that says what is wrong; nothing confirmed is
lost, and nothing in memory (the clock, the listeners) runs ahead of the file."""

from __future__ import annotations

import json
import os
import signal
import sqlite3
import subprocess
import sys
from datetime import timedelta
from pathlib import Path

import pytest
from PySide6.QtWidgets import QMessageBox

from tests.conftest import START
from waboard import cli
from waboard.rules.model import Category, Regime, Template
from waboard.service import InputError, Workspace
from waboard.settings import SETTINGS
from waboard.store import Store, StoreError
from waboard.store.lock import LOCK_SUFFIX, lock_path
from waboard.ui.common import errors

HOLD = """
import sys
from waboard.store import Store
store = Store.open(sys.argv[1])
print("ready", flush=True)
sys.stdin.read()
store.close()
"""

SQLITE_WRITER = """
import sqlite3, sys
connection = sqlite3.connect(sys.argv[1], isolation_level=None)
connection.execute("BEGIN IMMEDIATE")
print("ready", flush=True)
sys.stdin.read()
connection.execute("ROLLBACK")
"""


def snapshot(workspace: Workspace) -> tuple:
    store = workspace.store
    return (store.customers(), list(store.all_messages()), store.conversations(),
            store.templates(), [setting.read(store) for setting in SETTINGS])


def spawn(script: str, path: Path) -> subprocess.Popen:
    """A separate process running `script` on `path`, once it says it is ready."""
    process = subprocess.Popen([sys.executable, "-c", script, str(path)], text=True,
                               stdin=subprocess.PIPE, stdout=subprocess.PIPE)
    assert process.stdout is not None
    assert process.stdout.readline().strip() == "ready"
    return process


def finish(process: subprocess.Popen) -> None:
    assert process.stdin is not None
    process.stdin.close()
    process.wait(timeout=20)


@pytest.fixture
def held(tmp_path):
    """A workspace file held open by another waboard process: (path, process)."""
    path = tmp_path / "held.waboard"
    Store.open(path).close()
    process = spawn(HOLD, path)
    yield path, process
    if process.poll() is None:
        finish(process)


# A second waboard on the same file


def test_a_second_waboard_is_refused_naming_the_one_that_has_the_file(held):
    path, process = held
    before = path.read_bytes()
    with pytest.raises(StoreError) as refusal:
        Store.open(path)
    assert f"{path} is open in another waboard (pid {process.pid})" in str(refusal.value)
    assert path.read_bytes() == before
    finish(process)
    with Store.open(path) as store:
        assert store.integrity_ok()
    assert not lock_path(path).exists()


def test_the_cli_says_so_on_stderr_with_exit_2(held, tmp_path, capsys):
    path, process = held
    scenario = tmp_path / "s.json"
    scenario.write_text(json.dumps({
        "customers": [{"id": "ana", "phone": "+52 55 4123 8876"}],
        "steps": [{"after": "0s", "customer": "ana", "action": "wait"}]}), encoding="utf-8")
    assert cli.main(["run", str(scenario), "--db", str(path)]) == 2
    out, err = capsys.readouterr()
    assert out == ""
    assert f"is open in another waboard (pid {process.pid})" in err
    assert cli.main(["report", "--db", str(path), "--period", "2023-06", "--format",
                     "csv"]) == 2
    assert f"(pid {process.pid})" in capsys.readouterr().err


@pytest.mark.qt_no_exception_capture
def test_the_gui_says_so_in_a_dialog_and_does_not_start(qtbot, held, monkeypatch):
    from waboard.ui.app import launch

    path, process = held
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)  # launch() installs its own
    shown = []
    monkeypatch.setattr(QMessageBox, "exec", lambda box: shown.append(box.text()))
    assert launch(path) == 1
    [text] = shown
    assert f"is open in another waboard (pid {process.pid})" in text


def test_the_same_file_twice_in_one_waboard_is_refused_until_closed(tmp_path):
    path = tmp_path / "w.waboard"
    first = Store.open(path)
    assert lock_path(path).read_text().strip() == str(os.getpid())
    with pytest.raises(StoreError, match="is already open in this waboard"):
        Store.open(path)
    first.close()
    assert not lock_path(path).exists()
    Store.open(path).close()


def test_a_lock_left_by_a_dead_process_does_not_block(tmp_path):
    path = tmp_path / "w.waboard"
    Store.open(path).close()
    dead = subprocess.run([sys.executable, "-c", "import os; print(os.getpid())"],
                          capture_output=True, text=True, check=True)
    Path(f"{path}{LOCK_SUFFIX}").write_text(dead.stdout)
    with Store.open(path) as store:
        assert store.integrity_ok()
        assert lock_path(path).read_text().strip() == str(os.getpid())


def test_a_waboard_killed_with_the_file_open_does_not_block(held):
    path, process = held
    process.send_signal(signal.SIGKILL)
    process.wait(timeout=10)
    assert lock_path(path).exists()  # left behind, but nobody holds it
    with Store.open(path) as store:
        assert store.integrity_ok()


# The file deleted or replaced while open


def test_a_deleted_file_refuses_changes_and_a_copy_rescues_everything(workspace, ana,
                                                                      tmp_path):
    workspace.customer_message(ana, "Hola")
    workspace.send_text(ana, "¡Hola Ana!")
    path = workspace.store.path
    path.unlink()
    before, heard = snapshot(workspace), []
    workspace.subscribe(heard.append)
    with pytest.raises(StoreError, match="was deleted or replaced while waboard had it open"):
        workspace.send_text(ana, "¿Sigues ahí?", at=START + timedelta(hours=1))
    assert (snapshot(workspace), workspace.now(), heard) == (before, START, [])
    with pytest.raises(StoreError, match="deleted or replaced"):
        workspace.set_regime(Regime.PMP_2025_07)
    rescued = tmp_path / "rescued.waboard"
    workspace.store.copy_to(rescued)
    with Store.open(rescued) as copy:
        assert copy.integrity_ok()
        assert [m.text for m in copy.messages(None)] == ["Hola", "¡Hola Ana!"]


def test_a_file_replaced_under_waboard_is_not_written(workspace, ana, tmp_path):
    path = workspace.store.path
    other = tmp_path / "other.waboard"
    Store.open(other).close()
    os.replace(other, path)
    with pytest.raises(StoreError, match="deleted or replaced"):
        workspace.customer_message(ana, "Hola")
    with Store.open(tmp_path / "check.waboard") as check:  # a fresh file opens fine
        assert check.customer_count() == 0


# Read-only


def test_a_file_made_read_only_while_open_loses_nothing(workspace, ana):
    path = workspace.store.path
    workspace.customer_message(ana, "Hola")
    path.chmod(0o444)
    try:
        result = workspace.send_text(ana, "¡Hola!")  # the open handle still writes
        workspace.store.close()
        if os.geteuid() != 0:
            with pytest.raises(StoreError, match="read-only"):
                Store.open(path)
    finally:
        path.chmod(0o644)
    with Store.open(path) as store:
        assert store.integrity_ok()
        assert [m.id for m in store.messages(ana)][-1] == result.message_id


def read_only(workspace: Workspace, on: bool = True) -> None:
    """What a disk remounted read-only does to SQLite: every write refused."""
    workspace.store._conn.execute(f"PRAGMA query_only = {'ON' if on else 'OFF'}")


ACTIONS = {
    "customer_message": lambda w, c: w.customer_message(c, "Hola", at=START + timedelta(hours=2)),
    "send_text": lambda w, c: w.send_text(c, "¡Hola!"),
    "send_template": lambda w, c: w.send_template(c, "order_update", "es_MX", ["Ana", "A-1"],
                                                  at=START + timedelta(hours=3)),
    "refused_send": lambda w, c: w.send_template(c, "nope", "es_MX", []),
    "opt_out": lambda w, c: w.opt_out(c, source="test"),
    "opt_in": lambda w, c: w.opt_in(c, source="test"),
    "wait": lambda w, c: w.wait(c, at=START + timedelta(days=1)),
    "add_customer": lambda w, c: w.add_customer("Bo", "+44 7911 123456"),
    "edit_customer": lambda w, c: w.edit_customer(c, "Ana María", "+52 55 1234 5678", True),
    "add_template": lambda w, c: w.add_template(Template("hi", "en_US", Category.UTILITY,
                                                         "Hi {{1}}")),
    "edit_template": lambda w, c: w.set_template_status(("spring_sale", "es_MX"), "paused"),
    "set_regime": lambda w, c: w.set_regime(Regime.PMP_2025_07),
    "mark_read": lambda w, c: w.mark_read(c),
}


@pytest.mark.parametrize("action", ACTIONS.values(), ids=ACTIONS.keys())
def test_every_action_on_a_read_only_disk_is_refused_and_changes_nothing(workspace, ana,
                                                                         action):
    workspace.customer_message(ana, "unread")
    read_only(workspace)
    before, heard = snapshot(workspace), []
    clock = workspace.clock.setting
    workspace.subscribe(heard.append)
    with pytest.raises((StoreError, InputError)) as refusal:
        action(workspace, ana)
    assert "has become read-only" in str(refusal.value)
    read_only(workspace, False)
    assert (snapshot(workspace), workspace.clock.setting, heard) == (before, clock, [])
    action(workspace, ana)  # writable again: the same action goes through
    assert workspace.store.integrity_ok()


# Locked by another program


def test_a_file_locked_by_another_program_is_a_clear_refusal(workspace, ana):
    workspace.store._conn.execute("PRAGMA busy_timeout = 50")
    writer = spawn(SQLITE_WRITER, workspace.store.path)
    try:
        before = snapshot(workspace)
        with pytest.raises(StoreError, match="is locked by another program"):
            workspace.send_template(ana, "order_update", "es_MX", ["Ana", "A-1"],
                                    at=START + timedelta(hours=5))
        assert workspace.now() == START
    finally:
        finish(writer)
    assert snapshot(workspace) == before
    result = workspace.send_template(ana, "order_update", "es_MX", ["Ana", "A-1"])
    assert workspace.store.messages(ana)[-1].id == result.message_id


# The disk full


def test_filling_the_disk_keeps_every_confirmed_action_and_nothing_half_done(workspace, ana):
    store = workspace.store
    pages = store._conn.execute("PRAGMA page_count").fetchone()[0]
    store._conn.execute(f"PRAGMA max_page_count = {pages + 8}")
    workspace.customer_message(ana, "Hola")
    confirmed = []
    with pytest.raises(StoreError, match="is full") as refusal:
        for n in range(100):
            at = START + timedelta(minutes=n + 1)
            confirmed.append(workspace.send_text(ana, f"{n} " + "x" * 3000, at=at).message_id)
    assert "everything confirmed before is kept" in str(refusal.value)
    assert 0 < len(confirmed) < 100
    assert workspace.now() == START + timedelta(minutes=len(confirmed))
    assert [m.id for m in store.messages(ana)][1:] == confirmed
    store._conn.execute("PRAGMA max_page_count = 1000000")  # space freed
    workspace.set_regime(Regime.CBP_2024_11)  # a setting upsert works again at once
    store.set_setting("new_key", "stored")
    assert store.get_setting("new_key") == "stored"
    path = store.path
    store.close()
    with Store.open(path) as reopened:
        assert reopened.integrity_ok()
        assert [m.id for m in reopened.messages(ana)][1:] == confirmed


def test_an_upsert_probe_failing_on_a_full_disk_does_not_lose_later_settings(tmp_path):
    with Store.open(tmp_path / "w.waboard") as store:
        pages = store._conn.execute("PRAGMA page_count").fetchone()[0]
        store._conn.execute(f"PRAGMA max_page_count = {pages}")
        with pytest.raises(StoreError, match="is full"):
            store.set_setting("big", "x" * 100_000)
        store._conn.execute("PRAGMA max_page_count = 1000000")
        store.set_setting("fresh", 1)
        assert store.get_setting("fresh") == 1


def test_sqlite_failures_inside_a_transaction_become_store_errors(tmp_path):
    with Store.open(tmp_path / "w.waboard") as store:
        with pytest.raises(StoreError, match="nothing was saved"), store.transaction():
            store.set_setting("a", 1)
            store._conn.execute("INSERT INTO no_such_table VALUES (1)")
        assert store.get_setting("a") is None
        error = pytest.raises(sqlite3.OperationalError, store._conn.execute, "SELEC 1")
        assert isinstance(error.value, StoreError)  # still an sqlite3 error to sqlite_utils


# In the GUI: a refusal is a plain warning, a bug a report; the app carries on


@pytest.fixture
def boxes(monkeypatch):
    """Message boxes shown through the error hook: (icon, text, detailed text)."""
    shown = []
    monkeypatch.setattr(QMessageBox, "exec", lambda box: shown.append(
        (box.icon(), box.text(), box.detailedText())))
    return shown


def raised(error: BaseException) -> tuple:
    try:
        raise error
    except BaseException as caught:  # noqa: BLE001
        return type(caught), caught, caught.__traceback__


def test_a_refusal_reaching_the_event_loop_is_a_plain_warning(qtbot, boxes, capsys):
    errors.show_unexpected_error(*raised(StoreError("the disk holding w.waboard is full")))
    errors.show_unexpected_error(*raised(InputError("Enter the customer's name")))
    assert boxes == [
        (QMessageBox.Icon.Warning, "The disk holding w.waboard is full.\n\nNothing was "
         "changed by this; everything confirmed before is saved.", ""),
        (QMessageBox.Icon.Warning, "Enter the customer's name.\n\nNothing was changed by "
         "this; everything confirmed before is saved.", ""),
    ]
    assert "Traceback" not in capsys.readouterr().err


def test_an_unexpected_error_shows_a_report_and_the_app_keeps_running(qtbot, boxes, demo):
    from waboard.ui.main_window import MainWindow

    window = MainWindow(demo)
    qtbot.addWidget(window)
    errors.show_unexpected_error(*raised(ZeroDivisionError("division by zero")))
    [(icon, text, report)] = boxes
    assert icon is QMessageBox.Icon.Critical
    assert "unexpected error and carried on: division by zero" in text
    assert "Traceback" in report and "ZeroDivisionError" in report
    customer = window.current_customer_id
    window.chat.composer.customer_edit.setText("¿Siguen ahí?")
    window.chat.composer.customer_sends()
    assert demo.store.last_message(customer).text == "¿Siguen ahí?"


def test_errors_while_a_dialog_is_open_do_not_stack_dialogs(qtbot, monkeypatch):
    shown = []

    def exec_(box):
        shown.append(box.text())
        errors.show_unexpected_error(*raised(RuntimeError("second")))

    monkeypatch.setattr(QMessageBox, "exec", exec_)
    errors.show_unexpected_error(*raised(RuntimeError("first")))
    errors.show_unexpected_error(*raised(StoreError("third")))
    assert [text.split("\n")[0] for text in shown] == [
        "waboard hit an unexpected error and carried on: first", "Third."]


@pytest.mark.qt_no_exception_capture
def test_a_store_error_in_a_clicked_slot_is_a_dialog_and_the_text_is_kept(qtbot, demo,
                                                                          boxes, monkeypatch):
    from PySide6.QtCore import Qt

    from waboard.ui.main_window import MainWindow

    monkeypatch.setattr(sys, "excepthook", errors.show_unexpected_error)
    window = MainWindow(demo)
    qtbot.addWidget(window)
    window.show()
    composer = window.chat.composer
    customer = window.current_customer_id
    count = demo.store.message_count()
    read_only(demo)
    composer.customer_edit.setText("Hola")
    qtbot.mouseClick(composer.customer_button, Qt.MouseButton.LeftButton)
    [(icon, text, report)] = boxes
    assert icon is QMessageBox.Icon.Warning and "has become read-only" in text
    assert report == ""
    assert composer.customer_edit.text() == "Hola"  # nothing typed is lost
    assert demo.store.message_count() == count
    read_only(demo, False)
    qtbot.mouseClick(composer.customer_button, Qt.MouseButton.LeftButton)
    assert demo.store.last_message(customer).text == "Hola"
    assert composer.customer_edit.text() == ""


def test_a_clock_change_that_cannot_be_saved_leaves_the_clock_where_it_was(workspace, monkeypatch):
    """The clock on screen and the clock in the file never disagree."""
    from datetime import timedelta

    from waboard.store import StoreError

    before = workspace.now()

    def fail(*args, **kwargs):
        raise StoreError("disk full")

    monkeypatch.setattr(workspace.store, "add_clock_event", fail)
    with pytest.raises(StoreError):
        workspace.jump(timedelta(hours=3))
    assert workspace.now() == before
