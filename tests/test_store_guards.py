"""The guards around a workspace file, on real files and real processes: one waboard per
file whatever name it is opened by; links never followed; damaged, crafted and non-regular
files refused with one line before anything writes; a hot rollback journal recovered."""

from __future__ import annotations

import os
import shutil
import sqlite3
from contextlib import closing
from pathlib import Path

import pytest

from tests.test_faults import HOLD, finish, spawn
from tests.test_store_migrations import v1_file
from waboard import cli
from waboard.store import SCHEMA_VERSION, Store, StoreError
from waboard.store.lock import lock_path
from waboard.workspaces import open_workspace


@pytest.fixture
def held(tmp_path):
    path = tmp_path / "real" / "held.waboard"
    path.parent.mkdir()
    Store.open(path).close()
    process = spawn(HOLD, path)
    yield path, process
    finish(process)


def names_for(path: Path, tmp_path: Path) -> list[Path]:
    link = tmp_path / "link.waboard"
    link.symlink_to(path)
    hard = tmp_path / "hard.waboard"
    os.link(path, hard)
    folder = tmp_path / "folder"
    folder.symlink_to(path.parent, target_is_directory=True)
    return [link, hard, folder / path.name]


def test_no_other_name_for_a_held_file_lets_a_second_waboard_in(held, tmp_path):
    path, process = held
    for name in names_for(path, tmp_path):
        with pytest.raises(StoreError, match="is open in another waboard"):
            Store.open(name)


def test_deleting_the_lock_note_does_not_let_a_second_waboard_in(held):
    path, process = held
    lock_path(path).unlink()
    with pytest.raises(StoreError, match="is open in another waboard"):
        Store.open(path)


def test_a_symlink_planted_at_the_lock_note_is_not_followed(tmp_path):
    path = tmp_path / "w.waboard"
    Store.open(path).close()
    victim = tmp_path / "victim.txt"
    victim.write_text("precious")
    lock_path(path).symlink_to(victim)
    with Store.open(path):
        assert victim.read_text() == "precious"
        assert not lock_path(path).is_symlink()
    assert victim.read_text() == "precious"


# Damaged, crafted and non-regular files


def a_workspace(tmp_path: Path) -> Path:
    path = tmp_path / "w.waboard"
    open_workspace(path, seed_demo=True).store.close()
    return path


def refused_everywhere(path: Path, capsys, match: str) -> None:
    """`report`, `export` and GUI start all refuse with one line; the file is unchanged."""
    before = path.read_bytes()
    # (a report reads the per-day aggregates, not message texts)
    for command in (["export"],):
        assert cli.main([*command, "--db", str(path)]) == 2
        out, err = capsys.readouterr()
        assert out == "" and err.count("\n") == 1 and match in err, err
    with pytest.raises(StoreError, match=match):
        open_workspace(path, seed_demo=False)
    assert path.read_bytes() == before


def test_a_file_one_byte_short_is_damaged(tmp_path, capsys):
    path = a_workspace(tmp_path)
    path.write_bytes(path.read_bytes()[:-1])
    refused_everywhere(path, capsys, "is damaged: the file is cut short")


def test_flipped_bytes_in_a_page_are_damage(tmp_path, capsys):
    path = a_workspace(tmp_path)
    data = bytearray(path.read_bytes())
    page = int.from_bytes(data[16:18], "big")
    for offset in range(2 * page + 8, 2 * page + 40):  # the btree header of page 3
        data[offset] ^= 0x5A
    path.write_bytes(bytes(data))
    refused_everywhere(path, capsys, "is damaged:")


@pytest.mark.parametrize(("sql", "column"), [
    ("UPDATE messages SET text = X'00ff00ff' WHERE id = 1", "messages.text"),
    ("UPDATE settings SET value = '{}' WHERE key = 'clock'", None),
    ("UPDATE messages SET at = '0001-01-01T00:00:00Z' WHERE id = 1", "messages.at"),
    ("UPDATE customers SET name = printf('%.*c', 20000000, 'x') WHERE id = 1",
     "customers.name"),
    ("UPDATE messages SET charge = 'lots' WHERE id = 1", "messages.charge"),
    ("UPDATE customers SET unread = X'01' WHERE id = 1", "customers.unread"),
])
def test_rows_waboard_never_stores_are_damage(tmp_path, capsys, sql, column):
    path = a_workspace(tmp_path)
    with closing(sqlite3.connect(path)) as connection:
        connection.execute(sql)
        connection.commit()
    if column is None:
        return  # a clock without an instant: covered by the saved-clock test below
    refused_everywhere(path, capsys, f"is damaged: a value in {column} is not one waboard")


def test_a_saved_clock_in_year_one_is_damage(tmp_path, capsys):
    path = a_workspace(tmp_path)
    with closing(sqlite3.connect(path)) as connection:
        connection.execute("UPDATE settings SET value = json_set(value, '$.at', "
                           "'0001-01-01T00:00:00Z') WHERE key = 'clock'")
        connection.commit()
    with pytest.raises(StoreError, match="is damaged: its saved clock"):
        open_workspace(path, seed_demo=False)


def test_a_crafted_file_with_waboards_application_id_is_not_migrated(tmp_path, capsys):
    path = tmp_path / "crafted.waboard"
    with closing(sqlite3.connect(path)) as connection:
        connection.execute("CREATE TABLE other (x)")
        connection.execute("PRAGMA application_id = 1463894596")
        connection.commit()
    before = path.read_bytes()
    # (a report reads the per-day aggregates, not message texts)
    for command in (["export"],):
        assert cli.main([*command, "--db", str(path)]) == 2
        assert "is not a waboard database" in capsys.readouterr().err
    with pytest.raises(StoreError, match="is not a waboard database"):
        Store.open(path)
    assert path.read_bytes() == before


def test_a_fifo_is_refused_without_hanging(tmp_path, capsys):
    fifo = tmp_path / "pipe.waboard"
    os.mkfifo(fifo)
    for command in (["report", "--period", "2025-03"], ["export"]):
        assert cli.main([*command, "--db", str(fifo)]) == 2
        assert "is not a regular file" in capsys.readouterr().err
    with pytest.raises(StoreError, match="is not a regular file"):
        Store.open(fifo)


def wal_copy(tmp_path: Path) -> Path:
    """A copy of a workspace taken while open: its -wal holds the newest transactions."""
    source = tmp_path / "live.waboard"
    workspace = open_workspace(source, seed_demo=True)
    workspace.store._conn.execute("PRAGMA wal_autocheckpoint = 0")
    for text in ("uno", "dos", "tres", "cuatro"):
        workspace.customer_message(workspace.customers()[0].id, text)
    copy = tmp_path / "copy.waboard"
    shutil.copy(source, copy)
    shutil.copy(f"{source}-wal", f"{copy}-wal")
    workspace.store.close()
    return copy


def test_a_wal_intact_opens_with_every_transaction(tmp_path):
    copy = wal_copy(tmp_path)
    with Store.open(copy) as store:
        assert [m.text for m in store.all_messages()][-4:] == ["uno", "dos", "tres", "cuatro"]


def test_a_corrupted_wal_that_would_drop_committed_frames_is_reported(tmp_path):
    copy = wal_copy(tmp_path)
    wal = Path(f"{copy}-wal")
    data = bytearray(wal.read_bytes())
    page = int.from_bytes(data[8:12], "big")
    data[32 + 24 + page // 2] ^= 0xFF  # inside the first frame's page
    wal.write_bytes(bytes(data))
    with pytest.raises(StoreError, match="copy.waboard-wal has a corrupted frame before "
                       "committed ones \\(nothing was changed\\)"):
        Store.open(copy)


def test_a_v1_file_with_a_hot_rollback_journal_is_recovered(tmp_path):
    path = tmp_path / "old.waboard"
    v1_file(path)
    before = path.read_bytes()
    # A killed migration: the journal holds the original pages, the file is half-changed.
    with closing(sqlite3.connect(path, isolation_level=None)) as connection:
        connection.execute("PRAGMA cache_size = 1")
        connection.execute("BEGIN IMMEDIATE")
        connection.execute("CREATE TABLE half (x)")
        connection.execute("INSERT INTO half SELECT randomblob(9000) FROM messages")
        connection.execute("UPDATE messages SET text = 'half-written'")
        shutil.copy(path, tmp_path / "half.waboard")
        shutil.copy(f"{path}-journal", tmp_path / "half.waboard-journal")
        connection.execute("ROLLBACK")
    assert path.read_bytes() == before
    half = tmp_path / "half.waboard"
    assert Path(f"{half}-journal").stat().st_size > 0
    with Store.open(half) as store:
        assert store.integrity_ok()
        assert [m.text for m in store.all_messages()] == ["Hola", "Sí, acepto", "¡Hola Ana!"]
        assert store._conn.execute("PRAGMA user_version").fetchone() == (SCHEMA_VERSION,)


def test_text_that_is_not_utf8_is_damage_not_a_traceback(tmp_path, capsys):
    path = a_workspace(tmp_path)
    with closing(sqlite3.connect(path)) as connection:
        connection.execute("UPDATE messages SET text = CAST(X'48c3' AS TEXT) WHERE id = 1")
        connection.commit()
    # (a report reads the per-day aggregates, not message texts)
    for command in (["export"],):
        assert cli.main([*command, "--db", str(path)]) == 2
        err = capsys.readouterr().err
        assert err.count("\n") == 1 and "is damaged" in err, err


@pytest.mark.qt_no_exception_capture
def test_the_gui_refuses_a_damaged_file_at_start_in_one_line(qtbot, tmp_path, monkeypatch):
    import sys

    from PySide6.QtWidgets import QMessageBox

    from waboard.ui.app import launch

    path = a_workspace(tmp_path)
    path.write_bytes(path.read_bytes()[:-1])
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)  # launch() installs its own
    shown = []
    monkeypatch.setattr(QMessageBox, "exec", lambda box: shown.append(box.text()))
    assert launch(path) == 1
    [text] = shown
    assert "is damaged: the file is cut short" in text and "\n" not in text


def test_drafts_of_the_lock_note_a_killed_holder_left_are_removed(tmp_path):
    path = tmp_path / "w.waboard"
    Store.open(path).close()
    stale = tmp_path / f".{lock_path(path).name}.dead.tmp"
    stale.write_text("123\n")
    with Store.open(path):
        assert not stale.exists()
