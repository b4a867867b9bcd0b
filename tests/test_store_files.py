"""Opening store files: creating, reopening, and refusing what is not ours, untouched."""

from __future__ import annotations

import os
import sqlite3
from contextlib import closing
from pathlib import Path

import pytest

from waboard.store import SCHEMA_VERSION, Store, StoreError
from waboard.store.schema import APPLICATION_ID

SIDE_FILES = ("-wal", "-shm", "-journal")


def pragmas(path: Path) -> tuple[int, int, str]:
    """application_id, user_version and journal_mode, read with plain sqlite3."""
    with closing(sqlite3.connect(path)) as conn:
        return tuple(conn.execute(f"PRAGMA {name}").fetchone()[0] for name in
                     ("application_id", "user_version", "journal_mode"))  # fmt: skip


def snapshot(path: Path) -> tuple[bytes, int, list[str]]:
    """The file's bytes, its modification time and the names in its folder."""
    return path.read_bytes(), path.stat().st_mtime_ns, sorted(os.listdir(path.parent))


def assert_refused_untouched(path: Path, message: str) -> None:
    before = snapshot(path)
    with pytest.raises(StoreError) as refusal:
        Store.open(path)
    assert str(refusal.value) == message
    assert snapshot(path) == before
    for suffix in SIDE_FILES:
        assert not Path(f"{path}{suffix}").exists()


def test_missing_file_is_created_with_the_latest_schema_in_wal_mode(tmp_path: Path) -> None:
    path = tmp_path / "inbox.waboard"
    with Store.open(path) as store:
        assert store.path == path
        assert store.customer_count() == 0
        assert store.integrity_ok()
        assert pragmas(path) == (APPLICATION_ID, SCHEMA_VERSION, "wal")
    assert pragmas(path) == (APPLICATION_ID, SCHEMA_VERSION, "wal")


def test_empty_file_is_created_and_a_string_path_works(tmp_path: Path) -> None:
    path = tmp_path / "empty.db"
    path.touch()
    Store.open(str(path)).close()
    assert pragmas(path) == (APPLICATION_ID, SCHEMA_VERSION, "wal")


def test_a_waboard_file_reopens_with_its_data(tmp_path: Path) -> None:
    path = tmp_path / "inbox.db"
    with Store.open(path) as store:
        store.set_setting("regime", "cbp-2023-06")
    with Store.open(path) as store:
        assert store.get_setting("regime") == "cbp-2023-06"


@pytest.mark.parametrize("target", [None, ":memory:"])
def test_memory_store(target: str | None) -> None:
    with Store.open(target) as store:
        assert store.path is None
        store.set_setting("a", 1)
        assert store.get_setting("a") == 1
        assert store.integrity_ok()


def foreign_database(path: Path, journal_mode: str = "delete", application_id: int = 0) -> None:
    with closing(sqlite3.connect(path)) as conn:
        conn.execute(f"PRAGMA journal_mode = {journal_mode}")
        conn.execute(f"PRAGMA application_id = {application_id}")
        conn.execute("CREATE TABLE notes (id INTEGER PRIMARY KEY, body TEXT)")
        conn.executemany("INSERT INTO notes (body) VALUES (?)", [("milk",), ("eggs",)])
        conn.commit()


@pytest.mark.parametrize(
    ("journal_mode", "application_id"),
    [("delete", 0), ("wal", 0), ("delete", 0x0F055112), ("wal", APPLICATION_ID + 1)],
)
def test_another_applications_database_is_refused_untouched(
    tmp_path: Path, journal_mode: str, application_id: int
) -> None:
    path = tmp_path / "notes.db"
    foreign_database(path, journal_mode, application_id)
    assert_refused_untouched(path, f"{path} is not a waboard database")


@pytest.mark.parametrize(
    "content",
    [
        os.urandom(8192),
        "name,phone\nAna López,+52 55 1234 5678\n".encode(),
        b"SQLite format 3\x00 but then nothing",
        b"SQLite format 3\x00" + bytes(4080),
    ],
    ids=["random", "text", "short-header", "zeroed"],
)
def test_a_file_that_is_not_sqlite_is_refused_untouched(tmp_path: Path, content: bytes) -> None:
    path = tmp_path / "inbox.db"
    path.write_bytes(content)
    assert_refused_untouched(path, f"{path} is not a waboard database")


def test_a_newer_schema_is_refused_untouched(tmp_path: Path) -> None:
    path = tmp_path / "future.db"
    Store.open(path).close()
    with closing(sqlite3.connect(path)) as conn:
        conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
    assert_refused_untouched(
        path,
        f"{path} was made by a newer waboard (schema {SCHEMA_VERSION + 1}); "
        f"this version reads up to schema {SCHEMA_VERSION}",
    )


def test_a_newer_schema_still_in_the_wal_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "future.db"
    Store.open(path).close()
    writer = sqlite3.connect(path)  # kept open, so the change stays in the -wal file
    writer.execute("PRAGMA wal_autocheckpoint = 0")
    writer.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 5}")
    try:
        with pytest.raises(StoreError, match=f"newer waboard \\(schema {SCHEMA_VERSION + 5}\\)"):
            Store.open(path)
    finally:
        writer.close()


def test_a_folder_is_refused(tmp_path: Path) -> None:
    with pytest.raises(StoreError, match="is a folder, not a waboard database"):
        Store.open(tmp_path)


def test_a_missing_folder_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "nowhere" / "inbox.db"
    with pytest.raises(StoreError, match="folder .* does not exist"):
        Store.open(path)
    assert not path.parent.exists()


@pytest.mark.skipif(os.geteuid() == 0, reason="root reads and writes any file")
def test_unreadable_and_read_only_files_are_refused(tmp_path: Path) -> None:
    path = tmp_path / "inbox.db"
    Store.open(path).close()
    path.chmod(0o444)
    with pytest.raises(StoreError, match="read-only"):
        Store.open(path)
    path.chmod(0o000)
    try:
        with pytest.raises(StoreError, match="permission denied"):
            Store.open(path)
    finally:
        path.chmod(0o644)
