"""Deciding, without writing a byte, whether a file may be opened as a waboard store."""

from __future__ import annotations

import os
import sqlite3
from pathlib import Path

from .errors import StoreError
from .schema import APPLICATION_ID, SCHEMA_VERSION

_MAGIC = b"SQLite format 3\x00"
_HEADER_SIZE = 100
_WAL_FORMAT = 2  # header byte 18: the file is in WAL journal mode


def check_file(path: Path) -> None:
    """Raise StoreError unless `path` may be opened (or created) as a waboard database.

    A missing or empty file may be created. Anything else must be a waboard database of a
    schema this version can read. Nothing here writes: the header is read as bytes, and
    SQLite only ever sees the file read-only.
    """
    try:
        with path.open("rb") as file:
            header = file.read(_HEADER_SIZE)
    except FileNotFoundError:
        if not path.parent.is_dir():
            raise StoreError(f"cannot create {path}: folder {path.parent} does not exist") from None
        return
    except IsADirectoryError:
        raise StoreError(f"{path} is a folder, not a waboard database") from None
    except PermissionError:
        raise StoreError(f"cannot read {path}: permission denied") from None
    except OSError as error:
        raise StoreError(f"cannot read {path}: {error.strerror or error}") from None
    if not header:
        return
    # Refusing on the header alone keeps SQLite away from other applications' files,
    # whatever state they are in.
    if (
        len(header) < _HEADER_SIZE
        or not header.startswith(_MAGIC)
        or int.from_bytes(header[68:72], "big") != APPLICATION_ID
    ):
        raise StoreError(f"{path} is not a waboard database")
    application_id, version = _read_pragmas(path, wal=header[18] == _WAL_FORMAT)
    if application_id != APPLICATION_ID:
        raise StoreError(f"{path} is not a waboard database")
    if version > SCHEMA_VERSION:
        raise StoreError(
            f"{path} was made by a newer waboard (schema {version}); "
            f"this version reads up to schema {SCHEMA_VERSION}"
        )
    if not os.access(path, os.W_OK):
        raise StoreError(f"cannot open {path}: the file is read-only")


def _read_pragmas(path: Path, wal: bool) -> tuple[int, int]:
    """`application_id` and `user_version` of the database, read through a read-only handle.

    A WAL database without a -wal file was closed cleanly, so the file alone is complete:
    opening it immutable keeps SQLite from creating -wal/-shm files. Otherwise those files
    exist already and may hold the newest pages.
    """
    immutable = wal and not Path(f"{path}-wal").exists()
    uri = path.resolve().as_uri() + ("?mode=ro&immutable=1" if immutable else "?mode=ro")
    try:
        connection = sqlite3.connect(uri, uri=True)
        try:
            application_id = connection.execute("PRAGMA application_id").fetchone()[0]
            version = connection.execute("PRAGMA user_version").fetchone()[0]
        finally:
            connection.close()
    except sqlite3.DatabaseError as error:
        if isinstance(error, sqlite3.OperationalError):
            raise StoreError(f"cannot read {path}: {error}") from None
        raise StoreError(f"{path} is not a waboard database") from None
    return application_id, version
