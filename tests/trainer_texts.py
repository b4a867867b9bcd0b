"""The texts the trainer marks for translation, read from its source, and a translation
backend built from this branch's pending translations (resources/i18n/pending/)."""

from __future__ import annotations

import ast
from collections.abc import Iterator
from pathlib import Path

from tests.catalogue_texts import handed_in
from waboard import i18n

ROOT = Path(__file__).resolve().parent.parent
FOLDERS = (ROOT / "waboard" / "trainer", ROOT / "waboard" / "ui" / "trainer")
PENDING = ROOT / "resources" / "i18n" / "pending" / "pt-lessons.json"
MARKERS = {"translate", "QT_TRANSLATE_NOOP"}


def marked_texts() -> Iterator[tuple[Path, int, str, str | None]]:
    """(file, line, context, text) of every marked text; the context or the text is None when
    it is not a literal (pyside6-lupdate reads literals only)."""
    for folder in FOLDERS:
        for path in sorted(folder.glob("*.py")):
            tree = ast.parse(path.read_text(encoding="utf-8"))
            for node in ast.walk(tree):
                if not (isinstance(node, ast.Call) and isinstance(node.func, ast.Name)
                        and node.func.id in MARKERS and len(node.args) == 2):
                    continue
                context, text = node.args
                name = context.value if isinstance(context, ast.Constant) else None
                literal = text.value if isinstance(text, ast.Constant) else None
                if literal is None and node.func.id == "translate":
                    continue  # a constant marked where it is defined, translated where shown
                yield path, node.lineno, name, literal


def pending() -> dict[str, dict[str, dict[str, str]]]:
    return handed_in(PENDING, ((context, text) for _, _, context, text in marked_texts()))


def install(language: str) -> None:
    """Translate through the pending file into `language` (English for what it lacks), and
    make it the language in force (`uninstall` goes back to English)."""
    table = pending()

    def backend(context: str, text: str) -> str:
        return table.get(context, {}).get(text, {}).get(language) or text

    i18n.install(backend)
    i18n.set_language(language)


def uninstall() -> None:
    i18n.install(None)
    i18n.set_language(None)
