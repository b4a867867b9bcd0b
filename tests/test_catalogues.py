"""The translation catalogues: complete, in step with the source, compiled, and loaded."""

from __future__ import annotations

import json
import re
import shutil
from collections.abc import Iterator

import pytest
from PySide6.QtWidgets import QApplication, QDialogButtonBox

from waboard import i18n
from waboard.ui import catalogues
from waboard.ui.catalogues import TRANSLATED, behind, catalogue, entries, fill
from waboard.ui.language import chosen_language, install_language, save_preference

PLACEHOLDER = re.compile(r"\{\{?\w*\}?\}")
ENDING = re.compile(r"[.…:?!]+$")


def test_the_catalogues_are_complete_in_step_and_compiled() -> None:
    """No unfinished or obsolete entry, nothing lupdate would add or drop, each .qm the
    compiled .ts (python -m waboard.ui.catalogues update brings them in step)."""
    assert behind() == []


@pytest.mark.parametrize("code", TRANSLATED)
def test_each_translation_keeps_placeholders_accelerators_and_endings(code: str) -> None:
    wrong = []
    for entry in entries(catalogue(code)):
        source, text = entry.source, entry.translation
        if sorted(PLACEHOLDER.findall(source)) != sorted(PLACEHOLDER.findall(text)):
            wrong.append(f"placeholders: {source!r} -> {text!r}")
        if ("&" in source.replace("&&", "")) != ("&" in text.replace("&&", "")):
            wrong.append(f"accelerator: {source!r} -> {text!r}")
        ending = ENDING.search(source)
        if ending and not text.endswith(ending.group()):
            wrong.append(f"ending: {source!r} -> {text!r}")
    assert not wrong, "\n".join(wrong)


def test_pending_translations_fill_unfinished_entries_only(tmp_path) -> None:
    ts = tmp_path / "waboard_es.ts"
    ts.write_text('<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n'
                  '<TS version="2.1" language="es"><context><name>Composer</name>'
                  '<message><source>Send</source><translation type="unfinished"/></message>'
                  '<message><source>Cancel</source><translation>Cancelar</translation>'
                  '</message></context></TS>', encoding="utf-8")
    pending = {"Composer": {"Send": {"es": "Enviar", "pt_BR": "Enviar"},
                            "Cancel": {"es": "Anular", "pt_BR": "Cancelar"}}}
    held = fill(ts, "es", pending)
    assert held == {("Composer", "Send"), ("Composer", "Cancel")}
    assert [(e.source, e.translation, e.state) for e in entries(ts)] == [
        ("Send", "Enviar", ""), ("Cancel", "Cancelar", "")]


def test_update_merges_a_pending_file_and_deletes_it(tmp_path, monkeypatch) -> None:
    """The integrator's step: a branch's pending JSON goes into the .ts and .qm, then goes."""
    folder = tmp_path / "i18n"
    shutil.copytree(catalogue("es").parent, folder)
    monkeypatch.setattr(catalogues, "resource", lambda _name: folder)
    texts = {"Menus": {"&File": {"es": "&Archivo", "pt_BR": "&Arquivo"},
                       "&Help": {"es": "A&yuda", "pt_BR": "&Socorro"}},
             "Nowhere": {"Gone": {"es": "Ido", "pt_BR": "Ido"}}}
    for ts in folder.glob("*.ts"):  # the entry as a new branch leaves it: unfinished
        ts.write_text(ts.read_text(encoding="utf-8").replace(
            "<translation>&amp;Archivo</translation>",
            '<translation type="unfinished"></translation>').replace(
            "<translation>&amp;Arquivo</translation>",
            '<translation type="unfinished"></translation>'), encoding="utf-8")
    (folder / "pending").mkdir(exist_ok=True)
    handed_in = folder / "pending" / "some-branch.json"
    handed_in.write_text(json.dumps(texts), encoding="utf-8")
    notes = catalogues.update()
    assert notes == ["waboard_pt_BR.ts: kept 'A&juda' for 'Menus' '&Help', not the pending "
                     "'&Socorro'", "some-branch.json: 'Nowhere' 'Gone' is not in the source"]
    assert handed_in.exists()  # kept: one entry found no place
    found = {(e.context, e.source): e for e in entries(folder / "waboard_pt_BR.ts")}
    assert found["Menus", "&File"].translation == "&Arquivo"
    assert not found["Menus", "&File"].state


@pytest.fixture
def speaking(qapp) -> Iterator:
    yield install_language
    install_language(i18n.ENGLISH)


def test_spanish_loads_waboards_and_qts_translations(speaking) -> None:
    speaking("es")
    assert i18n.language() == "es"
    assert i18n.translate("Menus", "&File") == "&Archivo"
    box = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
    assert box.button(QDialogButtonBox.StandardButton.Cancel).text() == "Cancelar"
    speaking(i18n.ENGLISH)
    assert i18n.translate("Menus", "&File") == "&File"
    assert QApplication.translate("QPlatformTheme", "Cancel") == "Cancel"


@pytest.mark.parametrize(("override", "env", "saved", "lang", "expected"), [
    ("pt_BR", "es", "en", "en_US.UTF-8", "pt_BR"),
    (None, "es", "pt_BR", "en_US.UTF-8", "es"),
    (None, None, "pt_BR", "es_MX.UTF-8", "pt_BR"),
    (None, None, "", "es_MX.UTF-8", "es"),
    (None, None, "", "pt_BR.UTF-8", "pt_BR"),
    (None, None, "", "de_DE.UTF-8", "en"),
])
def test_the_language_chosen_at_start(monkeypatch, qapp, override, env, saved, lang,
                                      expected) -> None:
    for variable in ("LC_ALL", "LC_MESSAGES", "WABOARD_LANG"):
        monkeypatch.delenv(variable, raising=False)
    monkeypatch.setenv("LANG", lang)
    if env:
        monkeypatch.setenv("WABOARD_LANG", env)
    save_preference(saved)
    assert chosen_language(override) == expected
