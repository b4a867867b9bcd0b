"""Is this waboard file sound? Checked when it is opened, under its lock, before anything
(a migration, a write) touches it.

In order: a hot rollback journal left by a killed waboard is rolled back (SQLite does it on
the first read-write open, which is all recovery needs); a `-wal` whose damaged frame would
make SQLite silently drop committed transactions after it is refused; then, read-only, the
file's size against its header, `PRAGMA quick_check`, the schema against the one the
migrations build for its version (a file carrying waboard's application_id but other
tables is not a waboard file), and every stored value's type, length and instant format,
so nothing read later can crash or hang a view. The pages and the rows, which grow with the
history, are not read again for a file waboard itself closed cleanly and nothing touched
since (`seal`). A refusal is one line:
"FILE is damaged: ... (nothing was changed)".
"""

from __future__ import annotations

import sqlite3
import struct
from contextlib import closing
from functools import cache
from pathlib import Path

from sqlite_utils import Database

from ..formats import count
from ..i18n import QT_TRANSLATE_NOOP, translate
from .errors import CANNOT_READ, StoreError
from .schema import APPLICATION_ID, SCHEMA_VERSION, migrate

MAX_TEXT_CELL = 65_536
"""The longest text any column may hold (names, texts, params...): far over every input
limit, far under what slows a view down."""
MAX_SETTING_CELL = 16 * 1024 * 1024
"""A setting (a whole rate card, an exercise record) may be longer."""
_INSTANT_GLOB = "[12][0-9][0-9][0-9]-[01][0-9]-[0-3][0-9]T[0-2][0-9]:[0-5][0-9]:[0-5][0-9]Z"
EARLIEST_YEAR, LATEST_YEAR = 1970, 9000
"""Instants waboard stores fall in [EARLIEST_YEAR, LATEST_YEAR): far from both ends of what
dates, Qt and the views can count with."""
_NOT_OURS = QT_TRANSLATE_NOOP("Store", "{file} is not a waboard database")
_WAL_MAGIC = (0x377F0682, 0x377F0683)
_WAL_HEADER, _FRAME_HEADER = 32, 24


def damaged(path: Path, what: str) -> StoreError:
    return StoreError(translate("Store", "{file} is damaged: {problem} (nothing was changed)")
                      .format(file=path, problem=what))


def recover_hot_journal(path: Path) -> None:
    """Roll back a transaction a killed waboard left half-written in `FILE-journal`."""
    journal = Path(f"{path}-journal")
    if not journal.is_file() or journal.stat().st_size == 0:
        return
    try:
        with closing(sqlite3.connect(path, isolation_level=None)) as connection:
            connection.execute("SELECT count(*) FROM sqlite_master").fetchone()
    except sqlite3.Error as error:
        raise damaged(path, translate("Store", "its rollback journal cannot be replayed "
                                      "({problem})").format(problem=error)) from None


def check_wal(path: Path) -> None:
    """Refuse a `-wal` in which a damaged frame comes before a later committed one."""
    wal = Path(f"{path}-wal")
    try:
        data = wal.read_bytes()
    except FileNotFoundError:
        return
    except OSError as error:
        raise StoreError(translate("Store", CANNOT_READ).format(
            file=wal, problem=error.strerror or error)) from None
    if len(data) < _WAL_HEADER:
        return
    magic, _, page_size, _, salt1, salt2, sum1, sum2 = struct.unpack(">8I", data[:32])
    if magic not in _WAL_MAGIC:
        raise damaged(path, translate("Store", "{file} is not a write-ahead log").format(
            file=wal.name))
    order = ">" if magic & 1 else "<"
    sums = _checksum(data[:24], order, (0, 0))
    if sums != (sum1, sum2):
        return  # an unused log: SQLite ignores it, and it holds nothing committed
    frame_size = _FRAME_HEADER + page_size
    offset, broken = _WAL_HEADER, False
    while offset + frame_size <= len(data):
        header = data[offset:offset + _FRAME_HEADER]
        _, commit_size, f_salt1, f_salt2, f_sum1, f_sum2 = struct.unpack(">6I", header)
        if (f_salt1, f_salt2) == (salt1, salt2):
            if broken and commit_size:
                raise damaged(path, translate(
                    "Store", "{file} has a corrupted frame before committed ones").format(
                        file=wal.name))
            if not broken:
                sums = _checksum(header[:8] + data[offset + _FRAME_HEADER:offset + frame_size],
                                 order, sums)
                broken = sums != (f_sum1, f_sum2)
        offset += frame_size


def _checksum(data: bytes, order: str, sums: tuple[int, int]) -> tuple[int, int]:
    """SQLite's WAL checksum of `data`, continuing from `sums`."""
    s0, s1 = sums
    words = struct.unpack(f"{order}{len(data) // 4}I", data)
    for x0, x1 in zip(words[0::2], words[1::2], strict=True):
        s0 = (s0 + x0 + s1) & 0xFFFFFFFF
        s1 = (s1 + x1 + s0) & 0xFFFFFFFF
    return s0, s1


def validate(path: Path, uri: str, full: bool = True) -> None:
    """Refuse, without writing, a file that is not a sound waboard database of a schema this
    version reads. `uri` opens it read-only. Without `full` (a file sealed at a clean close,
    see `seal`) its pages and rows are not read: only its identity, size and schema."""
    try:
        with closing(sqlite3.connect(uri, uri=True)) as connection:
            application_id = connection.execute("PRAGMA application_id").fetchone()[0]
            version = connection.execute("PRAGMA user_version").fetchone()[0]
            if application_id != APPLICATION_ID:
                raise StoreError(translate("Store", _NOT_OURS).format(file=path))
            if version > SCHEMA_VERSION:
                raise StoreError(translate(
                    "Store", "{file} was made by a newer waboard (schema {version}); this "
                    "version reads up to schema {readable}").format(
                        file=path, version=version, readable=SCHEMA_VERSION))
            _check_size(path, connection)
            if full:
                problems = [row[0] for row in connection.execute("PRAGMA quick_check(3)")]
                if problems != ["ok"]:
                    raise damaged(path, "; ".join(map(str, problems))[:200])
            tables = _check_schema(path, connection, version)
            for table, columns in tables.items() if full else ():
                _check_rows(path, connection, table, columns)
    except sqlite3.OperationalError as error:
        raise StoreError(translate("Store", CANNOT_READ).format(file=path, problem=error)
                         ) from None
    except sqlite3.DatabaseError as error:
        raise damaged(path, str(error)) from None


def _check_size(path: Path, connection: sqlite3.Connection) -> None:
    page_size = connection.execute("PRAGMA page_size").fetchone()[0]
    size = path.stat().st_size
    with path.open("rb") as file:
        header = file.read(100)
    counted = int.from_bytes(header[28:32], "big")
    valid = header[92:96] == header[24:28]
    # A checkpoint killed half-way leaves the header's count ahead of the file: the pages
    # missing are still in the -wal, which SQLite reads them from.
    wal = path.with_name(path.name + "-wal")
    pending = wal.exists() and wal.stat().st_size > 0
    if size % page_size or (valid and not pending and size < counted * page_size):
        raise damaged(path, translate("Store", "the file is cut short ({size} bytes)").format(
            size=count(size)))


def _schema(connection: sqlite3.Connection) -> set[tuple[str, str, str, str]]:
    rows = connection.execute(
        "SELECT type, name, tbl_name, coalesce(sql, '') FROM sqlite_master"
        " WHERE name NOT LIKE 'sqlite_%'")
    return {tuple(row) for row in rows}


@cache
def expected_schema(version: int) -> frozenset[tuple[str, str, str, str]]:
    """What migrations 1..version build."""
    with closing(sqlite3.connect(":memory:", isolation_level=None)) as expected:
        migrate(Database(expected), version)
        return frozenset(_schema(expected))


def _check_schema(path: Path, connection: sqlite3.Connection, version: int
                  ) -> dict[str, list[tuple[str, str]]]:
    """The file's tables must be exactly those migrations 1..version build; returns each
    table's (column, declared type)."""
    wanted = expected_schema(version)
    if _schema(connection) != wanted:
        if version == 0:
            raise StoreError(translate("Store", _NOT_OURS).format(file=path))
        raise damaged(path, translate("Store", "its tables are not those of a waboard schema "
                                      "{version} file").format(version=version))
    return {name: [(row[1], row[2].upper()) for row in
                   connection.execute(f'PRAGMA table_info("{name}")')]
            for kind, name, _, _ in sorted(wanted) if kind == "table"}


def _check_rows(path: Path, connection: sqlite3.Connection, table: str,
                columns: list[tuple[str, str]]) -> None:
    """One scan of `table` for a value of the wrong type, too long, or a bad instant."""
    checks = [(column, condition) for column, declared in columns
              for condition in _conditions(table, column, declared)]
    select = ", ".join(f"max(CASE WHEN {condition} THEN 1 END)" for _, condition in checks)
    found = connection.execute(f'SELECT {select} FROM "{table}"').fetchone()
    for (column, _), bad in zip(checks, found, strict=True):
        if bad:
            raise damaged(path, translate("Store", "a value in {column} is not one waboard "
                                          "stores").format(column=f"{table}.{column}"))


def _conditions(table: str, column: str, declared: str) -> list[str]:
    """SQL conditions true for a value of `column` that waboard never stores."""
    name = f'"{column}"'
    if declared == "INTEGER":
        return [f"typeof({name}) NOT IN ('integer', 'null')"]
    limit = MAX_SETTING_CELL if table == "settings" else MAX_TEXT_CELL
    conditions = [f"typeof({name}) NOT IN ('text', 'null') OR length({name}) > {limit}"]
    if column in ("at", "expires") or column.endswith("_at"):
        conditions.append(f"{name} NOT GLOB '{_INSTANT_GLOB}' OR {name} < '{EARLIEST_YEAR}'"
                          f" OR {name} >= '{LATEST_YEAR}'")
    if column == "charge":
        conditions.append(f"{name} = '' OR {name} GLOB '*[^0-9.]*'")
    return conditions
