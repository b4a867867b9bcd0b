"""Files around a store: whether a file may be opened as a waboard store (decided without
writing a byte), and writing other files atomically without ever replacing a workspace."""

from __future__ import annotations

import os
import secrets
import stat
from collections.abc import Iterable
from pathlib import Path

from ..i18n import translate
from .errors import CANNOT_READ, StoreError
from .schema import APPLICATION_ID

_MAGIC = b"SQLite format 3\x00"
_HEADER_SIZE = 100
_WAL_FORMAT = 2  # header byte 18: the file is in WAL journal mode
_NOFOLLOW = getattr(os, "O_NOFOLLOW", 0)  # Windows has no symbolic links to follow here


def check_file(path: Path) -> bool:
    """Raise StoreError unless `path` may be opened (or created) as a waboard database;
    True when it holds one (False: missing or empty, so it may be created).

    Decided on the header alone, read as bytes without following the file into SQLite:
    anything that is not a regular file (a folder, a FIFO, a device) is refused before it is
    opened, and other applications' files are never handed to SQLite, whatever their state.
    The rest is checked under the lock by `integrity`.
    """
    try:
        mode = os.stat(path).st_mode
    except FileNotFoundError:
        if not path.parent.is_dir():
            raise StoreError(translate("Store", "cannot create {file}: folder {folder} does "
                                       "not exist").format(file=path, folder=path.parent)
                             ) from None
        return False
    except OSError as error:
        raise StoreError(translate("Store", CANNOT_READ).format(
            file=path, problem=error.strerror or error)) from None
    if stat.S_ISDIR(mode):
        raise StoreError(translate("Store", "{file} is a folder, not a waboard database")
                         .format(file=path))
    if not stat.S_ISREG(mode):
        raise StoreError(translate("Store", "{file} is not a regular file (a pipe, socket or "
                                   "device), not a waboard database").format(file=path))
    try:
        with path.open("rb") as file:
            header = file.read(_HEADER_SIZE)
    except PermissionError:
        raise StoreError(translate("Store", "cannot read {file}: permission denied")
                         .format(file=path)) from None
    except OSError as error:
        raise StoreError(translate("Store", CANNOT_READ).format(
            file=path, problem=error.strerror or error)) from None
    if not header:
        return False
    if (
        len(header) < _HEADER_SIZE
        or not header.startswith(_MAGIC)
        or int.from_bytes(header[68:72], "big") != APPLICATION_ID
    ):
        raise StoreError(translate("Store", "{file} is not a waboard database")
                         .format(file=path))
    if not os.access(path, os.W_OK):
        raise StoreError(translate("Store", "cannot open {file}: the file is read-only")
                         .format(file=path))
    return True


def read_only_uri(path: Path) -> str:
    """A URI that opens the database read-only, creating nothing beside it.

    A WAL database without a -wal file was closed cleanly, so the file alone is complete:
    opening it immutable keeps SQLite from creating -wal/-shm files. Otherwise those files
    exist already and may hold the newest pages.
    """
    with path.open("rb") as file:
        wal = file.read(_HEADER_SIZE)[18:19] == bytes([_WAL_FORMAT])
    immutable = wal and not Path(f"{path}-wal").exists()
    return path.resolve().as_uri() + ("?mode=ro&immutable=1" if immutable else "?mode=ro")


# Writing files atomically, and never over an open workspace

COMPANION_SUFFIXES = ("", "-wal", "-shm", "-journal", "-lock", "-sealed")
"""The database file and the files SQLite and waboard keep next to it."""

_open_workspaces: set[str] = set()
"""Real paths of the workspace files open in this process (see `Store.open`)."""


def register_open(database: Path, is_open: bool) -> None:
    """Note that `database` is open (or closed) in this process, so no output replaces it."""
    real = os.path.realpath(database)
    if is_open:
        _open_workspaces.add(real)
    else:
        _open_workspaces.discard(real)


def is_open_here(database: Path) -> bool:
    return os.path.realpath(database) in _open_workspaces


def refuse_workspace_target(target: Path, workspaces: tuple[Path, ...] = ()) -> None:
    """Raise StoreError when writing `target` would replace a workspace file (one open in
    this process, or one of `workspaces`) or a companion of one, whatever the path says."""
    real = os.path.realpath(target)
    for database in {*map(os.path.realpath, workspaces), *_open_workspaces}:
        for suffix in COMPANION_SUFFIXES:
            companion = database + suffix
            if real == companion or _same_inode(real, companion):
                raise StoreError(translate(
                    "Store", "{target} is the workspace file {file}: choose another output "
                    "file (nothing was written)").format(target=target, file=database + suffix))


def _same_inode(a: str, b: str) -> bool:
    try:
        return os.path.samefile(a, b)
    except OSError:
        return False


def temporary_sibling(target: Path) -> tuple[Path, int]:
    """A new file next to `target`, created exclusively and never through a link: its path
    and an open descriptor for writing."""
    folder = target.parent
    for _ in range(100):
        temp = folder / f".{target.name}.{secrets.token_hex(4)}.tmp"
        try:
            fd = os.open(temp, os.O_WRONLY | os.O_CREAT | os.O_EXCL | _NOFOLLOW, 0o666)
        except FileExistsError:
            continue
        except OSError as error:  # said of the file asked for, not of its temporary name
            raise OSError(error.errno, error.strerror, str(target)) from None
        return temp, fd
    raise StoreError(f"cannot write {target}: no free temporary name in {folder}")


def replace_atomically(temp: Path, target: Path) -> None:
    """Move the finished `temp` over `target` and make the rename itself durable."""
    os.replace(temp, target)
    if hasattr(os, "O_DIRECTORY"):
        folder = os.open(target.parent, os.O_RDONLY | os.O_DIRECTORY)
        try:
            os.fsync(folder)
        finally:
            os.close(folder)


def flush_to_disk(path: Path) -> None:
    fd = os.open(path, os.O_RDONLY | _NOFOLLOW)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def write_atomically(target: str | Path, data: bytes | Iterable[bytes],
                     workspaces: tuple[Path, ...] = ()) -> None:
    """Write `data` (or its pieces, one after the other) to `target` whole or not at all:
    a temporary file in the same folder, flushed to disk, then renamed over `target`.
    Refuses to replace a workspace file."""
    path = Path(os.path.realpath(target))
    refuse_workspace_target(Path(target), workspaces)
    if path.is_dir():
        raise StoreError(translate("Store", "{file} is a folder: choose a file name")
                         .format(file=target))
    temp, fd = temporary_sibling(path)
    try:
        with os.fdopen(fd, "wb") as file:
            if isinstance(data, bytes):
                file.write(data)
            else:
                file.writelines(data)
            file.flush()
            os.fsync(file.fileno())
        replace_atomically(temp, path)
    except BaseException:
        temp.unlink(missing_ok=True)
        raise
