"""The workspace's own texts in the user's language: every text the service, time travel,
the clock, the store and the scenario loader mark has its Spanish and Portuguese translation
(resources/i18n/pending/wrap-service.json until the catalogues take it in); refusals and
action names come out translated when a translation is installed, English byte for byte when
none is; the Cloud API answers in English whatever the app's language."""

from __future__ import annotations

import json
from collections.abc import Iterator
from datetime import timedelta
from pathlib import Path

import httpx
import pytest

from tests.catalogue_texts import handed_in, marked_in, placeholders
from waboard import i18n
from waboard.action_labels import shown_label, span_label
from waboard.api.server import DEFAULT_TOKEN
from waboard.inputs import InputError
from waboard.rules.instants import format_instant
from waboard.store import Store, StoreError
from waboard.store.lock import failure_message
from waboard.ui.catalogues import TRANSLATED, catalogue, entries

from .api_support import ORDER_UPDATE, served, workspace_file
from .conftest import START

ROOT = Path(__file__).resolve().parent.parent
PENDING = ROOT / "resources" / "i18n" / "pending" / "wrap-service.json"
WRAPPED = [ROOT / "waboard" / name for name in (
    "service.py", "timetravel.py", "action_labels.py", "workspaces.py", "clock.py",
    "inputs.py")] + sorted((ROOT / "waboard" / "store").glob("*.py")) + [
    ROOT / "waboard" / "scenario" / "loader.py"]


def marked_texts() -> set[tuple[str, str]]:
    """(context, text) of every literal the wrapped files mark, read from the syntax tree."""
    return marked_in(WRAPPED)


def _catalogued() -> dict[tuple[str, str], dict[str, str]]:
    found: dict[tuple[str, str], dict[str, str]] = {}
    for code in TRANSLATED:
        for entry in entries(catalogue(code)):
            if not entry.state:
                found.setdefault((entry.context, entry.source), {})[code] = entry.translation
    return found


MARKED = marked_texts()
TABLE = handed_in(PENDING, MARKED)
TRANSLATIONS = {**_catalogued(), **{(context, source): languages
                                   for context, sources in TABLE.items()
                                   for source, languages in sources.items()}}


@pytest.fixture
def spanish() -> Iterator[None]:
    """Spanish installed as the translation backend and the language in force."""
    i18n.install(lambda context, text: TRANSLATIONS.get((context, text), {}).get("es", text))
    i18n.set_language("es")
    yield
    i18n.install(None)
    i18n.set_language(None)


def test_every_marked_text_has_both_translations() -> None:
    missing = [pair for pair in MARKED
               if set(TRANSLATIONS.get(pair, {})) != set(TRANSLATED)]
    assert missing == []


def test_the_pending_file_holds_only_marked_texts_sorted() -> None:
    listed = {(context, source) for context, sources in TABLE.items() for source in sources}
    assert listed <= MARKED
    if PENDING.exists():
        assert PENDING.read_text(encoding="utf-8") == json.dumps(
            TABLE, ensure_ascii=False, indent=2, sort_keys=True) + "\n"


@pytest.mark.parametrize("language", TRANSLATED)
def test_translations_keep_the_placeholders_and_the_end(language) -> None:
    for context, source in MARKED:
        text = TRANSLATIONS[context, source][language]
        assert text.strip() and placeholders(text) == placeholders(source), (context, source, text)
        assert text[-1] == source[-1] if source[-1] in ".?)" else True, (context, source)


def test_english_stays_byte_for_byte_without_a_translation(workspace) -> None:
    with pytest.raises(InputError, match=r"^There is nothing to undo$"):
        workspace.undo()
    customer = workspace.add_customer("Ana López", "+5215512345678")
    assert workspace.undo_label() == "new customer Ana López"
    with pytest.raises(InputError, match=r"^The delivery delay must be 0 to 86,400 seconds, "
                                         r"not -1$"):
        workspace.set_delivery_delay(-1)
    workspace.jump(timedelta(days=1))
    assert workspace.undo_label() == "jump +1 day"
    workspace.customer_message(customer, "Hola")
    rewound = workspace.rewind(START)
    assert rewound.summary() == rewound.shown_summary() == (
        f"Removed 2 actions after {format_instant(START)} (jump +1 day, message from Ana "
        "López)")
    assert [b.name for b in workspace.bookmarks()] == [
        f"Before rewind to {format_instant(START)}"]


def test_refusals_and_action_names_in_spanish(workspace, spanish) -> None:
    with pytest.raises(InputError, match=r"^No hay nada que deshacer$") as refused:
        workspace.undo()
    assert refused.value.english == "There is nothing to undo"
    workspace.add_customer("Ana López", "+5215512345678")
    assert workspace.undo_label() == "new customer Ana López"  # the journal keeps English
    assert shown_label(workspace.undo_label()) == "cliente nuevo Ana López"
    with pytest.raises(InputError) as refused:
        workspace.set_delivery_delay(-1)
    assert str(refused.value) == "La demora de entrega debe ser de 0 a 86,400 segundos, no -1"
    assert refused.value.english == "The delivery delay must be 0 to 86,400 seconds, not -1"
    assert shown_label(f"jump +{span_label(timedelta(days=3))}") == "salto +3 días"
    assert shown_label("My own bookmark") == "My own bookmark"
    with pytest.raises(InputError) as refused:
        workspace.add_customer("Otra", "+5215512345678")
    assert str(refused.value).endswith("dos clientes no pueden compartir un número de teléfono")
    workspace.jump(timedelta(days=2))
    rewound = workspace.rewind(START)
    assert rewound.shown_summary() == (
        f"Se quitó 1 acción después de {format_instant(START)} (salto +2 días)")


def test_store_errors_in_spanish_keep_their_english(tmp_path, spanish) -> None:
    store = Store.open(tmp_path / "w.waboard")
    with pytest.raises(StoreError) as refused:
        store.customer(999)
    assert (str(refused.value), refused.value.english) == (
        "no hay ningún cliente #999", "there is no customer #999")
    store.close()
    (tmp_path / "folder").mkdir()
    with pytest.raises(StoreError, match="es una carpeta, no una base de datos de waboard"):
        Store.open(tmp_path / "folder")


def test_a_full_disk_is_said_in_spanish(spanish) -> None:
    import sqlite3
    error = sqlite3.OperationalError("database or disk is full")
    error.sqlite_errorcode = sqlite3.SQLITE_FULL  # type: ignore[attr-defined]
    assert failure_message(error, Path("w.waboard")).startswith(
        "el disco que contiene w.waboard está lleno")


def test_the_cloud_api_answers_in_english_in_a_spanish_app(tmp_path, spanish) -> None:
    server = served(workspace_file(tmp_path / "w.waboard", ORDER_UPDATE))
    try:
        with httpx.Client(base_url=server.base_url, timeout=10,
                          headers={"Authorization": f"Bearer {DEFAULT_TOKEN}"}) as http:
            answer = http.post("v23.0/100000000000001/messages", json={
                "messaging_product": "whatsapp", "to": "+34612345678", "type": "text",
                "text": {"body": "x" * 5000}})
    finally:
        server.stop()
    assert answer.status_code == 400
    assert "The message is 5,000 characters; the limit is 4,096" in answer.json()["error"][
        "message"] + answer.json()["error"]["error_data"]["details"]
