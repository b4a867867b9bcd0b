"""The clean-close seal, on real files: a workspace waboard closed cleanly opens without the
full check; one written by anything else since (the sqlite3 module, a byte editor, a
process killed while it had the file open, a writer beside waboard, a copy, a time set back)
gets the full check, so damage is still refused in one line."""

from __future__ import annotations

import os
import shutil
import sqlite3
from contextlib import closing
from pathlib import Path

import pytest

from tests.test_faults import HOLD, spawn
from waboard.store import Store, StoreError
from waboard.store.seal import seal_path
from waboard.workspaces import open_workspace

BAD_NAME = "UPDATE customers SET name = X'01' WHERE id = 1"


def closed_workspace(tmp_path: Path) -> Path:
    path = tmp_path / "w.waboard"
    open_workspace(path, seed_demo=True).store.close()
    return path


def opens_fully(path: Path) -> bool:
    with Store.open(path) as store:
        return store.checked_fully


def edit_outside(path: Path, sql: str) -> None:
    with closing(sqlite3.connect(path)) as connection:
        connection.execute(sql)
        connection.commit()


def test_a_file_waboard_closed_cleanly_opens_without_the_full_check(tmp_path):
    path = closed_workspace(tmp_path)
    assert seal_path(path).exists()
    assert not opens_fully(path)
    assert not opens_fully(path)  # each clean close seals it again


def test_the_seal_is_taken_away_while_the_file_is_open(tmp_path):
    path = closed_workspace(tmp_path)
    with Store.open(path):
        assert not seal_path(path).exists()
    assert seal_path(path).exists()


def test_a_new_file_is_checked_fully_after_a_copy_or_without_a_seal(tmp_path):
    path = closed_workspace(tmp_path)
    copy = tmp_path / "copy.waboard"
    shutil.copy2(path, copy)
    shutil.copy2(seal_path(path), seal_path(copy))
    assert opens_fully(copy)
    seal_path(path).unlink()
    assert opens_fully(path)


@pytest.mark.parametrize("sql", [
    BAD_NAME,
    "UPDATE messages SET at = '0001-01-01T00:00:00Z' WHERE id = 1",
    "UPDATE customers SET unread = 'x' WHERE id = 1",  # the same size: a change in place
])
def test_an_edit_outside_waboard_after_a_clean_close_is_caught(tmp_path, sql):
    path = closed_workspace(tmp_path)
    edit_outside(path, sql)
    with pytest.raises(StoreError, match="is damaged: a value in"):
        Store.open(path)


def test_setting_the_modification_time_back_does_not_hide_an_edit(tmp_path):
    path = closed_workspace(tmp_path)
    before = os.stat(path)
    edit_outside(path, BAD_NAME)
    os.utime(path, ns=(before.st_atime_ns, before.st_mtime_ns))
    with pytest.raises(StoreError, match="is damaged: a value in customers.name"):
        Store.open(path)


def test_bytes_changed_in_place_after_a_clean_close_are_caught(tmp_path):
    path = closed_workspace(tmp_path)
    data = bytearray(path.read_bytes())
    page = int.from_bytes(data[16:18], "big")
    for offset in range(2 * page + 8, 2 * page + 40):  # the btree header of page 3
        data[offset] ^= 0x5A
    with path.open("r+b") as file:  # the same file and size, other bytes
        file.write(bytes(data))
    with pytest.raises(StoreError, match="is damaged:"):
        Store.open(path)


def test_a_writer_beside_waboard_leaves_the_file_unsealed(tmp_path):
    path = closed_workspace(tmp_path)
    store = Store.open(path)
    edit_outside(path, BAD_NAME)  # SQLite's own locks let it in beside waboard
    store.close()
    assert not seal_path(path).exists()
    with pytest.raises(StoreError, match="is damaged: a value in customers.name"):
        Store.open(path)


def test_a_waboard_killed_with_the_file_open_leaves_it_unsealed(tmp_path):
    path = closed_workspace(tmp_path)
    process = spawn(HOLD, path)
    process.kill()
    process.wait(timeout=20)
    assert not seal_path(path).exists()
    assert opens_fully(path)


def test_a_garbled_seal_means_the_full_check(tmp_path):
    path = closed_workspace(tmp_path)
    seal_path(path).write_bytes(b"\xff{not json")
    assert opens_fully(path)
    assert not opens_fully(path)  # that open closed cleanly and sealed it again
