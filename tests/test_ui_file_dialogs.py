"""File choosers start in Documents and remember the last folder of each kind of file."""

from __future__ import annotations

from PySide6.QtWidgets import QFileDialog

from tests.conftest import on_box
from waboard.ui.common.file_dialogs import (
    EXPORTS,
    SCENARIOS,
    WORKSPACES,
    documents_folder,
    last_folder,
)


def offered(monkeypatch, answer: str = ""):
    """Every folder a file chooser opened in; each chooser answers `answer`."""
    seen: list[str] = []

    def choose(parent, title, where, filters, *args, **kwargs):
        seen.append(where)
        return answer, ""

    monkeypatch.setattr(QFileDialog, "getOpenFileName", choose)
    monkeypatch.setattr(QFileDialog, "getSaveFileName", choose)
    return seen


def test_the_first_chooser_of_a_kind_opens_in_documents(monkeypatch, demo_window):
    seen = offered(monkeypatch)
    demo_window.load_scenario_dialog()
    demo_window.save_copy()
    assert seen == [str(documents_folder()), str(documents_folder() / "demo.waboard")]
    assert ".local/share" not in seen[0]


def test_each_kind_remembers_its_own_folder(monkeypatch, demo_window, tmp_path):
    scenarios = tmp_path / "scenarios"
    scenarios.mkdir()
    warned = []
    on_box(monkeypatch, lambda parent, title, text, kind: warned.append(text))
    offered(monkeypatch, str(scenarios / "missing.json"))
    demo_window.load_scenario_dialog()  # the file cannot be loaded: the folder is kept
    assert "cannot be read" in warned[0]
    assert last_folder(SCENARIOS) == scenarios
    assert last_folder(WORKSPACES) == documents_folder()
    seen = offered(monkeypatch)
    demo_window.load_scenario_dialog()
    demo_window.open_dialog()
    assert seen == [str(scenarios), str(documents_folder())]
    assert last_folder(EXPORTS) == documents_folder()


def test_a_folder_that_is_gone_falls_back_to_documents(monkeypatch, tmp_path):
    from waboard.ui.common.file_dialogs import remember_folder

    gone = tmp_path / "gone"
    gone.mkdir()
    remember_folder(EXPORTS, gone / "bill.csv")
    assert last_folder(EXPORTS) == gone
    gone.rmdir()
    assert last_folder(EXPORTS) == documents_folder()
