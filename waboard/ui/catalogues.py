"""The translation catalogues, kept up to date with one command:

    python -m waboard.ui.catalogues update

runs `pyside6-lupdate` over waboard/ into resources/i18n/waboard_<language>.ts (obsolete
entries dropped, no source lines, messages sorted: the files merge cleanly), fills the
entries still unfinished from the translations engineers hand in as
resources/i18n/pending/<branch>.json (`{"Context": {"Source": {"es": ..., "pt_BR": ...}}}`;
a pending file is deleted once every entry of it has found its place; an entry already
translated keeps its translation, and a different one offered is listed), and compiles each .ts
to the .qm the app loads with `pyside6-lrelease`. The .qm files are committed, so a checkout
speaks every language without a build step; tests/test_catalogues.py fails when they are
behind the .ts or a .ts has an unfinished entry. `update --check` changes nothing and
exits 1 when the catalogues are not up to date.
"""

from __future__ import annotations

import argparse
import json
import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path

from ..i18n import ENGLISH, LANGUAGES
from ..resources import resource
from .language import CATALOGUES

TRANSLATED = tuple(code for code in LANGUAGES if code != ENGLISH)
_SOURCE_ROOT = Path(__file__).resolve().parents[1]
Pending = dict[str, dict[str, dict[str, str]]]


@dataclass(frozen=True, slots=True)
class Entry:
    """One message of a .ts file: its context, source text, translation and state."""

    context: str
    source: str
    translation: str
    state: str  # "" (finished), "unfinished", "obsolete" or "vanished"


def catalogue(code: str) -> Path:
    return resource(CATALOGUES) / f"waboard_{code}.ts"


def compiled(code: str) -> Path:
    return catalogue(code).with_suffix(".qm")


def pending_files() -> list[Path]:
    return sorted((resource(CATALOGUES) / "pending").glob("*.json"))


def entries(ts_file: Path) -> Iterator[Entry]:
    """Every message of a .ts file."""
    for context in ET.parse(ts_file).getroot().iter("context"):
        name = context.findtext("name", "")
        for message in context.iter("message"):
            translation = message.find("translation")
            yield Entry(name, message.findtext("source", ""),
                        "" if translation is None else translation.text or "",
                        "" if translation is None else translation.get("type", ""))


def _tool(name: str) -> str:
    beside = Path(sys.executable).parent / name
    found = str(beside) if beside.exists() else shutil.which(name)
    if found is None:
        raise SystemExit(f"catalogues: {name} not found (pip install PySide6-Essentials)")
    return found


def lupdate(targets: Sequence[Path]) -> None:
    subprocess.run([_tool("pyside6-lupdate"), "-silent", "-extensions", "py", "-no-obsolete",
                    "-locations", "none", "-sort-messages", str(_SOURCE_ROOT),
                    "-ts", *map(str, targets)], check=True)


def lrelease(ts_file: Path, qm_file: Path) -> None:
    subprocess.run([_tool("pyside6-lrelease"), "-silent", str(ts_file), "-qm", str(qm_file)],
                   check=True)


def fill(ts_file: Path, code: str, pending: Pending) -> set[tuple[str, str]]:
    """Put `pending`'s `code` translations into the unfinished entries of `ts_file`; the
    (context, source) pairs the file holds, filled or not."""
    tree = ET.parse(ts_file)
    held: set[tuple[str, str]] = set()
    for context in tree.getroot().iter("context"):
        name = context.findtext("name", "")
        for message in context.iter("message"):
            source = message.findtext("source", "")
            held.add((name, source))
            translation = message.find("translation")
            offered = pending.get(name, {}).get(source, {}).get(code)
            if translation is not None and translation.get("type") == "unfinished" \
                    and offered:
                translation.text = offered
                del translation.attrib["type"]
    with ts_file.open("wb") as out:
        out.write(b'<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n')
        tree.write(out, encoding="utf-8", xml_declaration=False)
    return held


def read_pending(path: Path) -> Pending:
    return json.loads(path.read_text(encoding="utf-8"))


def update() -> list[str]:
    """Bring every catalogue up to date; what is left for a translator, one line each."""
    targets = [catalogue(code) for code in TRANSLATED]
    lupdate(targets)
    handed_in = {path: read_pending(path) for path in pending_files()}
    merged: Pending = {}
    for pending in handed_in.values():
        for context, texts in pending.items():
            merged.setdefault(context, {}).update(texts)
    held: set[tuple[str, str]] = set()
    notes = []
    for code, target in zip(TRANSLATED, targets, strict=True):
        notes += [f"{target.name}: kept {e.translation!r} for {e.context!r} {e.source!r}, "
                  f"not the pending {offered!r}" for e in entries(target)
                  if not e.state and (offered := merged.get(e.context, {}).get(e.source, {})
                                      .get(code)) and offered != e.translation]
        held |= fill(target, code, merged)
    if handed_in:
        lupdate(targets)  # lupdate's own layout again after the fill
    for path, pending in handed_in.items():
        stray = [(c, s) for c, texts in pending.items() for s in texts if (c, s) not in held]
        if stray:
            notes += [f"{path.name}: {c!r} {s!r} is not in the source" for c, s in stray]
        else:
            path.unlink()
    for code, target in zip(TRANSLATED, targets, strict=True):
        lrelease(target, compiled(code))
        notes += [f"{target.name}: unfinished {e.context!r} {e.source!r}"
                  for e in entries(target) if e.state]
    return notes


def behind() -> list[str]:
    """What is out of date, without changing anything: entries lupdate would add or drop,
    unfinished entries, .qm files that are not the .ts compiled."""
    problems = []
    with tempfile.TemporaryDirectory() as folder:
        copies = []
        for code in TRANSLATED:
            copy = Path(folder) / catalogue(code).name
            shutil.copyfile(catalogue(code), copy)
            copies.append(copy)
        lupdate(copies)
        for code, copy in zip(TRANSLATED, copies, strict=True):
            name = catalogue(code).name
            if list(entries(copy)) != list(entries(catalogue(code))):
                problems.append(f"{name} is not what lupdate makes of the source (run "
                                "python -m waboard.ui.catalogues update)")
            problems += [f"{name}: {e.state} {e.context!r} {e.source!r}"
                         for e in entries(catalogue(code)) if e.state]
            qm = Path(folder) / f"{code}.qm"
            lrelease(catalogue(code), qm)
            if not compiled(code).exists() or qm.read_bytes() != compiled(code).read_bytes():
                problems.append(f"{compiled(code).name} is not {name} compiled")
    return problems


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m waboard.ui.catalogues",
        description="Keep resources/i18n/waboard_<language>.ts and .qm up to date.")
    parser.add_argument("command", choices=("update",))
    parser.add_argument("--check", action="store_true",
                        help="change nothing; exit 1 and say what is out of date")
    options = parser.parse_args(argv)
    lines = behind() if options.check else update()
    for line in lines:
        print(line)
    return 1 if lines and options.check else 0


if __name__ == "__main__":
    raise SystemExit(main())
