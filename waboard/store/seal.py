"""The clean-close seal: how a workspace that waboard itself closed opens without reading
every page and every row again.

Opening checks a file fully (`integrity.validate`: quick_check and a scan of every stored
value), which grows with the history. Waboard only ever writes values it can read back, so a
file it checked at open and then closed cleanly is still sound, as long as nothing else has
touched it since. At a clean close, under the file lock and after SQLite has moved the
write-ahead log into the file, waboard writes a seal beside it (`FILE-sealed`): the file's
fingerprint (size, modification and status-change times in nanoseconds, device and inode,
and a digest of SQLite's 100-byte header with its change counter and schema cookie). At the
next open, only when it matches the file exactly, with no `-wal` or `-journal` holding
pages, is the full check skipped; the seal is taken away once the file is found sound,
before anything writes.

What this guarantees: a file written by anything else after waboard closed it (the sqlite3
shell, another program, a copy, a restore, a byte editor, a killed waboard that never
closed) fails the match and gets the full check, because every write changes the
modification time and every way of setting that time back (`touch -r`, `os.utime`) changes
the status-change time, which no program can set (on POSIX systems; Windows reports the
creation time there); a copy or a hard link is another inode or
a changed link count. What it does not: a seal forged on purpose (its format is plain
JSON), or two writes within one tick of the file system's clock that leave the size and the
header unchanged.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
from pathlib import Path

SEAL_SUFFIX = "-sealed"
_HEADER_SIZE = 100


def seal_path(database: Path) -> Path:
    return Path(f"{database}{SEAL_SUFFIX}")


def fingerprint(database: Path) -> dict[str, object] | None:
    """What changes whenever `database` is written; None if pages wait in a journal or log
    (then the file alone is not the whole workspace) or it cannot be read."""
    for journal in ("-wal", "-journal"):
        with contextlib.suppress(FileNotFoundError):
            if os.stat(f"{database}{journal}").st_size:
                return None
    try:
        with database.open("rb") as file:
            status = os.fstat(file.fileno())
            header = file.read(_HEADER_SIZE)
    except OSError:
        return None
    return {"size": status.st_size, "mtime_ns": status.st_mtime_ns,
            "ctime_ns": status.st_ctime_ns, "device": status.st_dev, "inode": status.st_ino,
            "header": hashlib.sha256(header).hexdigest()}


def write_seal(database: Path) -> None:
    """Seal `database` as closed cleanly by waboard (nothing if it cannot be fingerprinted
    or the seal cannot be written: the next open then checks the file fully)."""
    prints = fingerprint(database)
    if prints is None:
        return
    with contextlib.suppress(OSError):
        seal_path(database).write_text(json.dumps(prints), encoding="ascii")


def seal_matches(database: Path) -> bool:
    """Whether `database` carries a seal that matches the file as it is now."""
    try:
        sealed = json.loads(seal_path(database).read_text(encoding="ascii"))
    except (OSError, ValueError):  # no seal, or not one waboard wrote
        return False
    now = fingerprint(database)
    return now is not None and sealed == now


def remove_seal(database: Path) -> None:
    """Take the seal away before anything writes (a seal left by a failure to remove it
    no longer matches once the file is written)."""
    with contextlib.suppress(OSError):
        seal_path(database).unlink()
