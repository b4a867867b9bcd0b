"""Guarding a workspace file while it is open: one waboard at a time, and clear failures.

`FileLock` keeps a second waboard (or a second `Store.open` in this one) off a file that is
already open: it holds an exclusive OS lock on the database file itself, and writes the
holder's pid in a `-lock` note next to it. The operating system drops the lock when its
process ends, however it ends, so a note left by a crashed or killed waboard never blocks
anyone.

`GuardedConnection` is the SQLite connection of a store file. Before a write it checks that
the file on disk is still the one it opened (a deleted or replaced file would swallow every
later change without a word), and it turns SQLite's failures (locked, read-only, disk full,
I/O error, damaged file) into `DatabaseFailure`, a StoreError whose message says what is
wrong with which file in words a user can act on.
"""

from __future__ import annotations

import contextlib
import errno
import os
import sqlite3
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

from ..i18n import translate
from .errors import CANNOT_OPEN, StoreError

try:
    import fcntl
except ImportError:  # Windows
    fcntl = None  # type: ignore[assignment]
    import msvcrt

LOCK_SUFFIX = "-lock"
_FAR_BYTE = 1 << 62  # the byte locked where flock is not used: far beyond any page SQLite reads
_WRITES = ("INSERT", "UPDATE", "DELETE", "REPLACE", "CREATE", "DROP", "ALTER", "BEGIN",
           "SAVEPOINT")
_NOFOLLOW = getattr(os, "O_NOFOLLOW", 0)


def lock_path(database: Path) -> Path:
    """The note next to a database saying which waboard (pid) has it open."""
    return Path(f"{database}{LOCK_SUFFIX}")


class FileLock:
    """An exclusive OS lock on the database file itself for as long as this object holds it.

    The lock is on the file (its inode), so a symbolic link, a hard link, a linked folder or
    a deleted `-lock` note never lets a second waboard in. On Linux it is `flock` on the
    database (independent of SQLite's own byte-range locks); on other POSIX systems a
    byte-range lock on a byte SQLite never uses; on Windows `msvcrt.locking` on that byte.
    The `-lock` note beside the file only names the holder's pid, for the refusal message.
    """

    def __init__(self, database: Path) -> None:
        self.database = database
        self.path = lock_path(database)
        self._fd: int | None = None

    def acquire(self, create: bool = True) -> FileLock:
        """Take the lock (creating an empty database file if missing and `create`) or raise
        StoreError naming the waboard that holds it."""
        for _ in range(5):
            flags = os.O_RDWR | _NOFOLLOW | (os.O_CREAT if create else 0)
            try:
                fd = os.open(self.database, flags, 0o644)
            except OSError as error:
                raise StoreError(translate("Store", CANNOT_OPEN).format(
                    file=self.database, problem=error.strerror or error)) from None
            try:
                held = _try_lock(fd, self.database)
            except BaseException:
                os.close(fd)
                raise
            if not held:
                os.close(fd)
                raise StoreError(_held_message(self.database, _read_pid(self.path)))
            if _same_file(fd, self.database):
                self._fd = fd
                self._write_pid()
                return self
            os.close(fd)  # the file was replaced as we locked it: lock the new one
        raise StoreError(translate("Store", "cannot open {file}: the file keeps changing")
                         .format(file=self.database))

    def take_over(self, other: FileLock) -> None:
        """Hold `other`'s lock from now on (its file was renamed to this one's name)."""
        self.release()
        self._fd, other._fd = other._fd, None
        self._write_pid()

    def reassert(self) -> None:
        """Take the lock again where a short-lived SQLite connection closing the same file
        may have dropped it (POSIX byte-range locks); a no-op with flock."""
        if self._fd is not None and not _try_lock(self._fd, self.database):
            raise StoreError(_held_message(self.database, _read_pid(self.path)))

    def release(self) -> None:
        """Let the file go: the pid note is removed, then the lock dropped."""
        fd, self._fd = self._fd, None
        if fd is None:
            return
        try:
            if _read_pid(self.path) == os.getpid():
                with contextlib.suppress(OSError):
                    self.path.unlink()
        finally:
            os.close(fd)

    @property
    def held(self) -> bool:
        return self._fd is not None

    def _write_pid(self) -> None:
        """Replace the pid note atomically: a link planted at its name is replaced, never
        followed. Drafts of the note a killed holder left are removed (only the holder of
        the lock writes them)."""
        from .files import temporary_sibling

        for stale in self.path.parent.glob(f".{self.path.name}.*.tmp"):
            with contextlib.suppress(OSError):
                stale.unlink()
        with contextlib.suppress(OSError, StoreError):
            temp, fd = temporary_sibling(self.path)
            try:
                os.write(fd, f"{os.getpid()}\n".encode())
            finally:
                os.close(fd)
            try:
                os.replace(temp, self.path)
            except OSError:
                temp.unlink(missing_ok=True)

    def __del__(self) -> None:
        with contextlib.suppress(Exception):
            self.release()


def _try_lock(fd: int, path: Path) -> bool:
    """Lock `fd` without waiting: True when taken, False when another holder has it."""
    try:
        if fcntl is None:
            os.lseek(fd, _FAR_BYTE, os.SEEK_SET)
            msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)
        elif sys.platform.startswith("linux"):
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        else:
            fcntl.lockf(fd, fcntl.LOCK_EX | fcntl.LOCK_NB, 1, _FAR_BYTE)
    except OSError as error:
        if error.errno in (errno.EWOULDBLOCK, errno.EAGAIN, errno.EACCES, errno.EDEADLK):
            return False
        if error.errno in (errno.ENOLCK, errno.EOPNOTSUPP, errno.ENOSYS):
            return True  # a file system without locks: open unguarded rather than not at all
        raise StoreError(translate("Store", "cannot lock {file}: {problem}").format(
            file=path, problem=error.strerror or error)) from None
    return True


def _read_pid(path: Path) -> int | None:
    try:
        fd = os.open(path, os.O_RDONLY | _NOFOLLOW | getattr(os, "O_NONBLOCK", 0))
    except OSError:
        return None
    try:
        text = os.read(fd, 32).decode("ascii", "replace").strip()
    except OSError:
        return None
    finally:
        os.close(fd)
    return int(text) if text.isdigit() else None


def _held_message(database: Path, pid: int | None) -> str:
    if pid == os.getpid():
        return translate("Store", "{file} is already open in this waboard (pid {pid})").format(
            file=database, pid=pid)
    holder = f"pid {pid}" if pid is not None else translate("Store", "pid unknown")
    return translate("Store", "{file} is open in another waboard ({holder}): close it there, "
                     "or open a copy of the file").format(file=database, holder=holder)


def _same_file(fd: int, path: Path) -> bool:
    try:
        on_disk = os.stat(path)
    except OSError:
        return False
    held = os.fstat(fd)
    return (on_disk.st_dev, on_disk.st_ino) == (held.st_dev, held.st_ino)


class DatabaseFailure(StoreError, sqlite3.OperationalError):
    """SQLite failed on the file (locked, read-only, full, damaged...). A StoreError with a
    plain message, and still an sqlite3 error to code that expects one."""


class GuardedCursor(sqlite3.Cursor):
    """Rows read back as waboard wrote them, or DatabaseFailure saying the file is damaged
    (text that is not UTF-8 is damage: waboard only ever stores UTF-8)."""

    def __next__(self) -> Any:
        try:
            return super().__next__()
        except sqlite3.OperationalError as error:
            raise self._damaged(error) from None

    def fetchone(self) -> Any:
        try:
            return super().fetchone()
        except sqlite3.OperationalError as error:
            raise self._damaged(error) from None

    def fetchall(self) -> list[Any]:
        try:
            return super().fetchall()
        except sqlite3.OperationalError as error:
            raise self._damaged(error) from None

    def _damaged(self, error: sqlite3.Error) -> DatabaseFailure:
        database = getattr(self.connection, "database", None)
        return DatabaseFailure(failure_message(error, database))


class GuardedConnection(sqlite3.Connection):
    """A connection that refuses to write to a file that is gone, and explains failures.

    `watch()` names the file (none for an in-memory database) and remembers which file it is.
    """

    database: Path | None = None
    lock: FileLock | None = None
    on_closed: Callable[[], None] | None = None
    """Called once SQLite has closed the file, before its lock is let go."""
    _identity: tuple[int, int] | None = None

    def watch(self, database: Path, lock: FileLock | None) -> None:
        self.database, self.lock = database, lock
        stat = os.stat(database)
        self._identity = (stat.st_dev, stat.st_ino)

    def execute(self, sql: str, parameters: Any = (), /) -> sqlite3.Cursor:
        if self._identity is not None and not self.in_transaction and _is_write(sql):
            self._check_file()
        try:
            return self.cursor(GuardedCursor).execute(sql, parameters)
        except (sqlite3.IntegrityError, DatabaseFailure):
            raise  # constraints are turned into their own messages by the store
        except sqlite3.Error as error:
            raise DatabaseFailure(failure_message(error, self.database)) from error
        except UnicodeEncodeError:
            raise StoreError(translate(
                "Store", "the text contains a character that cannot be stored (an unpaired "
                "UTF-16 surrogate); remove it and try again")) from None

    def executemany(self, sql: str, parameters: Any, /) -> sqlite3.Cursor:
        if self._identity is not None and not self.in_transaction:
            self._check_file()
        try:
            return super().executemany(sql, parameters)
        except (sqlite3.IntegrityError, DatabaseFailure):
            raise
        except sqlite3.Error as error:
            raise DatabaseFailure(failure_message(error, self.database)) from error

    def close(self) -> None:
        try:
            super().close()
            if self.on_closed is not None:
                self.on_closed()
        finally:
            if self.lock is not None:
                self.lock.release()

    def is_same_file(self) -> bool:
        """Whether the file at the database's path is still the one this connection opened."""
        assert self.database is not None
        try:
            stat = os.stat(self.database)
        except OSError:
            return False
        return (stat.st_dev, stat.st_ino) == self._identity

    def _check_file(self) -> None:
        if not self.is_same_file():
            raise DatabaseFailure(translate(
                "Store", "{file} was deleted or replaced while waboard had it open, so "
                "nothing more can be saved to it. Use File > Save a copy… to keep this "
                "workspace in a new file; everything confirmed so far is in the copy"
            ).format(file=self.database))


def _is_write(sql: str) -> bool:
    return sql.lstrip()[:9].upper().startswith(_WRITES)


def failure_message(error: sqlite3.Error, database: Path | None) -> str:
    """One sentence on what went wrong with the file, and what to do."""
    name = str(database) if database is not None else translate(
        "Store", "the in-memory workspace")
    code = (getattr(error, "sqlite_errorcode", 0) or 0) & 0xFF
    if code in (sqlite3.SQLITE_BUSY, sqlite3.SQLITE_LOCKED):
        text = translate("Store", "{name} is locked by another program, so waboard cannot "
                         "save to it now. Close the program using the file (or wait for it) "
                         "and try again")
    elif code == sqlite3.SQLITE_READONLY:
        text = translate("Store", "{name} has become read-only (the file, its folder or its "
                         "disk), so waboard cannot save to it. Make it writable again, or use "
                         "File > Save a copy… to keep this workspace elsewhere")
    elif code == sqlite3.SQLITE_FULL:
        text = translate("Store", "the disk holding {name} is full, so waboard cannot save to "
                         "it. Free some space and try again; everything confirmed before is "
                         "kept")
    elif code == sqlite3.SQLITE_IOERR:
        text = translate("Store", "the disk failed while waboard was using {name} ({error}). "
                         "Check the disk, then try again; everything confirmed before is kept")
    elif code in (sqlite3.SQLITE_CORRUPT, sqlite3.SQLITE_NOTADB) or "decode" in str(error):
        text = translate("Store", "{name} is damaged: {error} (nothing was changed); open a "
                         "copy or a backup of the workspace")
        return text.format(name=name, error=str(error)[:80])
    elif code in (sqlite3.SQLITE_CANTOPEN, sqlite3.SQLITE_PERM, sqlite3.SQLITE_AUTH):
        text = translate("Store", "waboard cannot use {name} ({error}): check the file and its "
                         "folder")
    else:
        text = translate("Store", "the database refused the change to {name} ({error}); "
                         "nothing was saved")
    return text.format(name=name, error=error)
