"""A branch's translations in the shape of its pending file
(`{"Context": {"Source": {"es": ..., "pt_BR": ...}}}`): the file while the branch has one,
else, once `python -m waboard.ui.catalogues update` has merged it into the catalogues and
removed it, the catalogues' finished entries for the texts the branch marks."""

from __future__ import annotations

import ast
import json
from collections.abc import Iterable
from pathlib import Path

from waboard.ui.catalogues import TRANSLATED, catalogue, entries

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
    """(context, text) of every literal `translate` or `QT_TRANSLATE_NOOP` marks in `paths`,
    read from the syntax tree."""
    marked = set()
    for path in paths:
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Call) and len(node.args) == 2 \
                    and getattr(node.func, "id", None) in ("translate", "QT_TRANSLATE_NOOP") \
                    and all(isinstance(a, ast.Constant) for a in node.args):
                marked.add((node.args[0].value, node.args[1].value))
    return marked
