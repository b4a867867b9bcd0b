"""A branch's translations in the shape of its pending file
(`{"Context": {"Source": {"es": ..., "pt_BR": ...}}}`): the file while the branch has one,
else, once `python -m waboard.ui.catalogues update` has merged it into the catalogues and
removed it, the catalogues' finished entries for the texts the branch marks; and what the
source marks, and a translator of the handed-in files."""

from __future__ import annotations

import ast
import json
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from collections.abc import Iterable, Iterator
from pathlib import Path
from string import Formatter

from PySide6.QtCore import QObject, QTranslator

from waboard import i18n
from waboard.ui.catalogues import TRANSLATED, catalogue, entries, pending_files, read_pending

Table = dict[str, dict[str, dict[str, str]]]


def handed_in(pending: Path, marked: Iterable[tuple[str | None, str | None]]) -> Table:
    if pending.exists():
        return json.loads(pending.read_text(encoding="utf-8"))
    wanted = set(marked)
    table: Table = {}
    for code in TRANSLATED:
        for entry in entries(catalogue(code)):
            if (entry.context, entry.source) in wanted and not entry.state:
                table.setdefault(entry.context, {}).setdefault(entry.source, {})[code] = \
                    entry.translation
    return table


def marked_in(paths: Iterable[Path]) -> set[tuple[str, str]]:
    """(context, text) of every literal `paths` mark with `translate`/`QT_TRANSLATE_NOOP`."""
    marked = set()
    for path in paths:
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Call) and len(node.args) == 2 \
                    and getattr(node.func, "id", None) in ("translate", "QT_TRANSLATE_NOOP") \
                    and all(isinstance(a, ast.Constant) for a in node.args):
                marked.add((node.args[0].value, node.args[1].value))
    return marked


class PendingTranslator(QTranslator):
    """The translations handed in (resources/i18n/pending/*.json) into `code`, consulted
    before the compiled catalogue: a branch's screens read translated before the integrator's
    `update` takes its file in (none once every file is merged)."""

    def __init__(self, code: str, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._table: dict[tuple[str, str], str] = {}
        for path in pending_files():
            for context, sources in read_pending(path).items():
                for source, translations in sources.items():
                    if translations.get(code):
                        self._table[(context, source)] = translations[code]

    def isEmpty(self) -> bool:  # noqa: N802 (Qt's name)
        return not self._table

    def translate(self, context: str, source: str, disambiguation: str | None = None,
                  n: int = -1) -> str | None:
        return self._table.get((context, source))


def lupdate() -> str | None:
    """The pyside6-lupdate beside this Python, or on PATH (None: not installed)."""
    beside = Path(sys.executable).parent / "pyside6-lupdate"
    return str(beside) if beside.exists() else shutil.which("pyside6-lupdate")


def lupdate_finds(paths: Iterable[Path], folder: Path) -> set[tuple[str, str]]:
    """(context, source) of every text pyside6-lupdate extracts from `paths`."""
    ts = folder / "found.ts"
    subprocess.run([lupdate(), *map(str, paths), "-ts", str(ts)], check=True,
                   capture_output=True)
    return {(context.findtext("name"), message.findtext("source"))
            for context in ET.parse(ts).getroot().iter("context")
            for message in context.iter("message")}


def listed(table: Table) -> set[tuple[str, str]]:
    """(context, source) of every text of `table`."""
    return {(context, source) for context, sources in table.items() for source in sources}


def installed(table: Table, code: str) -> Iterator[str]:
    """`table`'s `code` installed as the translation backend and language while the
    generator is suspended (a fixture's body), English again after."""
    i18n.install(lambda context, text: table.get(context, {}).get(text, {}).get(code, text))
    i18n.set_language(code)
    yield code
    i18n.install(None)
    i18n.set_language(None)


def placeholders(text: str) -> set[str]:
    """The names of the `{placeholders}` of `text`."""
    return {name for _, name, _, _ in Formatter().parse(text) if name}


def check_handed_in(table: Table, pending: Path, languages: Iterable[str]) -> None:
    """The pending file (while it exists) is sorted UTF-8 JSON; every text has each language,
    with the source's placeholders and its final stop, question mark, colon or ellipsis."""
    if pending.exists():  # until the catalogues take it in
        assert pending.read_text(encoding="utf-8") == json.dumps(
            table, ensure_ascii=False, indent=2, sort_keys=True) + "\n"
    languages = set(languages)
    for context, sources in table.items():
        for source, translations in sources.items():
            assert set(translations) == languages, (context, source)
            for code in languages:
                text = translations[code]
                assert text.strip(), (context, source, code)
                assert placeholders(text) == placeholders(source), (context, source, text)
                if source[-1] in ".?:…":
                    assert text[-1] == source[-1], (context, source, text)
                text.format(**dict.fromkeys(placeholders(source), "x"))  # formats as the code does
