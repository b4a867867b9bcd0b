"""Nothing from a file or a customer is evaluated or rendered as markup; opening a scenario or
a rate card writes nowhere but the chosen database; and the app never touches the network but
through the local Cloud API (waboard/api/), which only runs when asked for."""

from __future__ import annotations

import html
import json
import os
import re
import socket
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QAbstractItemModel, QModelIndex, Qt, QTimer
from PySide6.QtGui import Qt as QtGui
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QFileDialog,
    QInputDialog,
    QLabel,
    QMenu,
    QMessageBox,
    QWidget,
)
from shiboken6 import isValid

from tests.conftest import on_box
from waboard import cli
from waboard.resources import resource
from waboard.rules.model import Category, Template
from waboard.scenario.loader import load_scenario
from waboard.service import Workspace
from waboard.store import Store
from waboard.store.seal import SEAL_SUFFIX
from waboard.ui.main_window import MainWindow
from waboard.workspaces import create_from_scenario

PACKAGE = Path(__file__).resolve().parent.parent / "waboard"
HOSTILE_NAME = "<img src=x>"
HOSTILE_TEXT = "<b>x</b>"
HOSTILE = [HOSTILE_NAME, HOSTILE_TEXT, "<i>body</i>", "<h1>H</h1>", "<u>f</u>", "<a href=x>b</a>",
           "<script>p</script>", "&lt;q&gt;"]


def sources() -> list[Path]:
    return sorted(PACKAGE.rglob("*.py"))


# Nothing is evaluated, nothing is rendered as HTML


def test_no_code_is_evaluated_from_data():
    pattern = re.compile(r"(?<![.\w])(eval|exec|compile)\(|\bpickle\b|\bmarshal\b|\byaml\b"
                         r"|__import__|os\.system|\bsubprocess\b|shelve")
    runs_tools = {"ui/catalogues.py"}  # the maintainers' lupdate/lrelease, fixed arguments
    found = [f"{path.relative_to(PACKAGE)}:{n}: {line.strip()}"
             for path in sources() if path.relative_to(PACKAGE).as_posix() not in runs_tools
             for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1)
             if pattern.search(line)]
    assert found == []


def test_the_ui_never_sets_html_or_rich_text():
    pattern = re.compile(r"setHtml|insertHtml|toHtml|fromHtml|RichText|QTextBrowser|QWebEngine"
                         r"|openUrl|QDesktopServices|setOpenExternalLinks")
    found = [f"{path.relative_to(PACKAGE)}:{n}: {line.strip()}"
             for path in sorted((PACKAGE / "ui").rglob("*.py"))
             for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1)
             if pattern.search(line)]
    assert found == []


def test_only_the_cloud_api_has_network_code():
    pattern = re.compile(r"^\s*(import|from)\s+(socket|urllib|http|requests|httpx|aiohttp|ftplib"
                         r"|smtplib|PySide6\.QtNetwork|PySide6\.QtWebEngine)\b")
    found = [f"{path.relative_to(PACKAGE)}:{n}: {line.strip()}"
             for path in sources() if path.parent.name != "api" or path.parent.parent != PACKAGE
             for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1)
             if pattern.search(line)]
    assert found == []


@pytest.fixture
def hostile(demo: Workspace) -> int:
    """The demo with a customer and a template made of markup, and a thread of it."""
    demo.add_template(Template("markup", "en_US", Category.UTILITY, "<i>body</i> {{1}}",
                               header="<h1>H</h1>", footer="<u>f</u>",
                               buttons=("<a href=x>b</a>",)))
    customer = demo.add_customer(HOSTILE_NAME, "+52 55 8765 4321", opt_in=True)
    demo.customer_message(customer, HOSTILE_TEXT)
    demo.send_text(customer, "&lt;q&gt; <script>p</script>")
    demo.send_template(customer, "markup", "en_US", ["<script>p</script>"])
    demo.send_template(customer, "markup", "en_US", [])  # refused: a failed bubble too
    demo.opt_out(customer, source="<b>src</b>", text=HOSTILE_TEXT)
    return customer


def model_texts(model: QAbstractItemModel, parent: QModelIndex = QModelIndex(),  # noqa: B008
                depth: int = 0) -> list[tuple[str, str]]:
    """(display, tooltip) of every cell of a model, children included."""
    found = []
    for row in range(min(model.rowCount(parent), 2000)):
        for column in range(model.columnCount(parent)):
            index = model.index(row, column, parent)
            display = model.data(index, Qt.ItemDataRole.DisplayRole)
            tip = model.data(index, Qt.ItemDataRole.ToolTipRole)
            found.append((str(display or ""), str(tip or "")))
            if depth < 2 and column == 0 and model.rowCount(index) > 0:
                found += model_texts(model, index, depth + 1)
    return found


def assert_shown_as_plain_text(widgets: list[QWidget]) -> int:
    """Every label showing hostile text is PlainText; no tooltip shows it as markup."""
    checked = 0
    for widget in widgets:
        if isinstance(widget, QLabel) and any(h in widget.text() for h in HOSTILE):
            assert widget.textFormat() == Qt.TextFormat.PlainText, (
                f"{widget.objectName() or type(widget.parent()).__name__}: {widget.text()!r}")
            checked += 1
        texts = [(widget.toolTip(), widget.toolTip())]
        if isinstance(widget, QAbstractItemView) and widget.model() is not None:
            texts += model_texts(widget.model())
        for _display, tip in texts:
            for value in HOSTILE:
                if value in tip and QtGui.mightBeRichText(tip):
                    pytest.fail(f"tooltip shows {value!r} as markup: {tip!r}")
                if html.escape(value) in tip:
                    checked += 1
    return checked


def test_customer_and_template_text_is_never_rendered_as_markup(qtbot, demo, hostile):
    from waboard.ui.inbox.customer_dialog import CustomerDialog
    from waboard.ui.inbox.template_manager import TemplateManagerDialog
    from waboard.ui.inbox.template_picker import TemplatePickerDialog

    window = MainWindow(demo)
    qtbot.addWidget(window)
    window.show()
    window.customer_list.select_customer(hostile)
    window.customer_list.search.setText("img")  # the list filtered down to the customer
    picker = TemplatePickerDialog(demo, hostile, window, bus=window.bus)
    picker.select_template("markup", "en_US")
    manager = TemplateManagerDialog(demo, window, bus=window.bus)
    manager.select_template("markup", "en_US")
    editing = CustomerDialog(demo, hostile, window)
    for dialog in (picker, manager, editing):
        dialog.show()
    qtbot.waitUntil(lambda: all(w.windowHandle().isExposed()
                                for w in (window, picker, manager, editing)))
    shown = [w for w in QApplication.allWidgets() if isValid(w) and w.isVisible()]
    labels = [w.text() for w in shown if isinstance(w, QLabel)]
    assert any(HOSTILE_NAME in text for text in labels)  # the name is on screen, as typed
    assert any("<i>body</i>" in text for text in labels)  # and the template body
    assert assert_shown_as_plain_text(shown) > 3
    for dialog in (picker, manager, editing):
        dialog.close()


def test_an_error_quoting_markup_is_shown_as_plain_text(qtbot, monkeypatch):
    from waboard.store import StoreError
    from waboard.ui.common import errors

    formats = []
    monkeypatch.setattr(QMessageBox, "exec", lambda box: formats.append(
        (box.textFormat(), box.text())))
    try:
        raise StoreError(f"a customer with id {HOSTILE_NAME!r} already exists")
    except StoreError as error:
        errors.show_unexpected_error(StoreError, error, error.__traceback__)
    [(text_format, text)] = formats
    assert text_format == Qt.TextFormat.PlainText and HOSTILE_NAME in text


# Opening files writes nowhere but the chosen database


def listing(*folders: Path) -> dict[str, tuple[int, int]]:
    """Every file under the folders, with its size and modification time."""
    return {str(path): (path.stat().st_size, path.stat().st_mtime_ns)
            for folder in folders for path in sorted(folder.rglob("*")) if path.is_file()}


@pytest.fixture
def folders(tmp_path, monkeypatch):
    """A source folder with the files to open, a target folder, and a working folder."""
    source, target, cwd = (tmp_path / name for name in ("source", "target", "cwd"))
    for folder in (source, target, cwd):
        folder.mkdir()
    (source / "lesson.json").write_bytes(
        resource("scenarios/02-worked-example.json").read_bytes())
    (source / "card.csv").write_text(
        "market,regions,marketing,utility,authentication,service,currency,effective,source\n"
        "Other,,0.06,0.01,0.03,0.02,USD,2023-06-01,test\n", encoding="utf-8")
    monkeypatch.chdir(cwd)
    return source, target, cwd


def test_opening_a_scenario_writes_only_the_chosen_database(qtbot, folders, demo, capsys):
    source, target, cwd = folders
    before = listing(source, cwd)
    window = MainWindow(demo)
    qtbot.addWidget(window)
    assert window.load_scenario(load_scenario(source / "lesson.json"), target / "gui.waboard")
    assert cli.main(["run", str(source / "lesson.json"), "--db", str(target / "cli.waboard")]) \
        == 0
    workspace = create_from_scenario(load_scenario(source / "lesson.json"),
                                     target / "direct.waboard")
    workspace.store.close()
    qtbot.wait(10)  # let the windows settle before closing them
    for open_window in list(MainWindow.open_windows):
        open_window.close()
    assert listing(source, cwd) == before
    databases = ["cli.waboard", "direct.waboard", "gui.waboard"]
    written = sorted(p.name for p in target.iterdir())
    assert [name for name in written if not name.endswith(SEAL_SUFFIX)] == databases
    assert {name.removesuffix(SEAL_SUFFIX) for name in written} == set(databases)


def test_importing_a_rate_card_writes_only_the_open_database(qtbot, folders, workspace,
                                                             monkeypatch):
    from waboard.ui.billing.rate_card_dialog import RateCardDialog

    source, target, cwd = folders
    on_box(monkeypatch, lambda *a: pytest.fail(str(a)))
    before = listing(source, cwd)
    folder = workspace.store.path.parent
    others = {p.name for p in folder.iterdir()}
    dialog = RateCardDialog(workspace)
    qtbot.addWidget(dialog)
    assert dialog.import_csv(source / "card.csv")
    assert listing(source, cwd) == before
    assert {p.name for p in folder.iterdir()} == others  # the database and its companions
    assert workspace.rate_card.rows[0].market == "Other"


def test_opening_a_workspace_leaves_only_the_file_and_its_seal_behind(tmp_path):
    path = tmp_path / "w.waboard"
    with Store.open(path) as store:
        Workspace(store).set_regime("pmp-2025-07")
        assert sorted(p.name for p in tmp_path.iterdir()) == [
            "w.waboard", "w.waboard-lock", "w.waboard-shm", "w.waboard-wal"]
    assert sorted(p.name for p in tmp_path.iterdir()) == ["w.waboard", "w.waboard-sealed"]


# No network


@pytest.fixture
def no_network(monkeypatch):
    """Every way Python code could open a connection fails loudly, and is recorded."""
    attempts: list[str] = []

    def refuse(*args, **kwargs):
        attempts.append(repr(args)[:200])
        raise AssertionError(f"network connection attempted: {args!r}")

    for name in ("connect", "connect_ex", "sendto", "bind"):
        monkeypatch.setattr(socket.socket, name, refuse)
    for name in ("create_connection", "getaddrinfo", "gethostbyname"):
        monkeypatch.setattr(socket, name, refuse)
    return attempts


@pytest.fixture
def quiet_dialogs(monkeypatch):
    """File choosers pick nothing, questions are answered No, messages are noted."""
    noted: list[str] = []
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: ("", ""))
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: ("", ""))
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", lambda *a, **k: "")
    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: ("", False))
    monkeypatch.setattr(QInputDialog, "getItem", lambda *a, **k: ("", False))
    monkeypatch.setattr(QMessageBox, "question",
                        lambda *a, **k: QMessageBox.StandardButton.No)
    monkeypatch.setattr(QMessageBox, "about", lambda *a, **k: noted.append("about"))
    on_box(monkeypatch, lambda parent, title, text, kind: noted.append(kind))
    yield noted
    from waboard.ui.common.presenter import set_presenter_mode

    set_presenter_mode(False)  # the View menu turns it on: fonts are application-wide


def menu_actions(menu: QMenu) -> list:
    found = []
    for action in menu.actions():
        if action.menu() is not None:
            found += menu_actions(action.menu())
        elif not action.isSeparator() and action.isEnabled():
            found.append(action)
    return found


def test_a_full_session_on_the_demo_makes_no_network_connection(qtbot, demo, tmp_path,
                                                                 no_network, quiet_dialogs):
    from waboard.ui.inbox.template_picker import TemplatePickerDialog

    closer = QTimer()
    closer.setInterval(20)
    closer.timeout.connect(lambda: (w := QApplication.activeModalWidget()) and w.close())
    closer.start()
    window = MainWindow(demo)
    with qtbot.waitExposed(window):
        window.show()
    # load a scenario into a new workspace, then go on in its window
    assert window.load_scenario(load_scenario(resource("scenarios/04-free-entry-point.json")),
                                tmp_path / "played.waboard")
    window = MainWindow.open_windows[-1]
    customer = window.workspace.customers()[0].id
    window.customer_list.select_customer(customer)
    composer = window.chat.composer
    composer.customer_edit.setText("Hola, vi el anuncio")
    qtbot.mouseClick(composer.customer_button, Qt.MouseButton.LeftButton)
    composer.text_edit.setPlainText("¡Hola! ¿En qué te ayudo?")
    qtbot.mouseClick(composer.send_button, Qt.MouseButton.LeftButton)
    picker = TemplatePickerDialog(window.workspace, customer, window, bus=window.bus)
    picker.show()
    picker.close()
    # the clock: play, jump an hour, a day, to the next expiry
    for jump in (window.clock_bar.toggle_play, window.clock_bar.jump_hour,
                 window.clock_bar.jump_day, window.clock_bar.jump_next_expiry,
                 window.clock_bar.toggle_play):
        jump()
        window.bus.tick()
    # every menu command, every dialog
    skip = {"&Quit", "Reset to &demo…"}
    for action in menu_actions_of(window):
        if action.text() not in skip:
            action.trigger()
            QApplication.processEvents()
    qtbot.waitUntil(lambda: QApplication.activeModalWidget() is None)
    closer.stop()
    assert no_network == []
    assert "PySide6.QtNetwork" not in sys.modules
    assert window.workspace.store.integrity_ok()
    for widget in QApplication.topLevelWidgets():
        if isValid(widget) and widget.isVisible():
            widget.close()


def menu_actions_of(window: MainWindow) -> list:
    actions = []
    for action in window.menuBar().actions():
        if action.menu() is not None:
            actions += menu_actions(action.menu())
    return actions


def test_the_cli_makes_no_network_connection(no_network, tmp_path, capsys):
    scenario = resource("scenarios/02-worked-example.json")
    assert cli.main(["run", str(scenario), "--db", str(tmp_path / "w.waboard"), "--json"]) == 0
    assert cli.main(["report", "--db", str(tmp_path / "w.waboard"), "--period",
                     json.loads(capsys.readouterr().out.splitlines()[0])["time"][:7],
                     "--format", "csv"]) == 0
    assert no_network == []
    assert os.path.exists(tmp_path / "w.waboard")
