"""Files a user asks waboard to write (reports, exports, rate cards): each is written whole
or not at all, never over a workspace, and every CSV text cell is safe to open in a
spreadsheet."""

from __future__ import annotations

import codecs
from collections.abc import Iterable
from pathlib import Path

from .store.files import write_atomically

_FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def write_output(target: str | Path, text: str | Iterable[str], *, encoding: str = "utf-8",
                 workspaces: tuple[Path, ...] = ()) -> None:
    """Write `text` (or its pieces, one after the other) to `target` atomically;
    StoreError when `target` is a workspace file (open in this process, or one of
    `workspaces`) or one of its companions."""
    if isinstance(text, str):
        write_atomically(target, text.encode(encoding), workspaces)
        return
    encoder = codecs.getincrementalencoder(encoding)()  # one byte order mark, at the start
    write_atomically(target, (encoder.encode(piece) for piece in text), workspaces)


def spreadsheet_cell(text: str) -> str:
    """Text a spreadsheet will not take for a formula: an apostrophe before a leading
    =, +, -, @, tab or carriage return."""
    return "'" + text if text[:1] in _FORMULA_STARTS else text
