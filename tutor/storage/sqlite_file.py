"""Health of a SQLite file: damage, repair, backups, a 0-byte file, a read-only copy.

Used by tutor.storage.progress when it opens the student's progress file. Nothing here
deletes anything: callers decide, after a backup.
"""

from __future__ import annotations

import shutil
import sqlite3
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path


def is_empty(path: Path) -> bool:
    """A 0-byte file with no WAL data beside it: SQLite would open it as a new database."""
    try:
        wal = path.with_name(path.name + "-wal")
        return path.stat().st_size == 0 and (not wal.exists() or wal.stat().st_size == 0)
    except OSError:
        return False


def companions(path: Path) -> list[Path]:
    """The database file and SQLite's WAL and shared-memory files beside it."""
    return [path, path.with_name(path.name + "-wal"), path.with_name(path.name + "-shm")]


def backup_files(path: Path, reason: str) -> Path:
    """Copy the database (and its -wal/-shm) to `<name>.<reason>-<UTC time>` beside it.

    The -wal copy is named after the backup so SQLite pairs them when the backup is
    opened. Returns the backup of the main file.
    """
    stamp = time.strftime("%Y%m%dT%H%M%SZ", time.gmtime())
    backup = path.with_name(f"{path.stem}.{reason}-{stamp}{path.suffix}")
    n = 1
    while backup.exists():
        n += 1
        backup = path.with_name(f"{path.stem}.{reason}-{stamp}-{n}{path.suffix}")
    for source, target in zip(companions(path), companions(backup), strict=True):
        if source.exists():
            shutil.copy2(source, target)
    return backup


# SQLite's primary result codes that mean the bytes themselves are bad.
DAMAGE_CODES = {11, 26}  # SQLITE_CORRUPT, SQLITE_NOTADB
# ... and those that mean the file (or its folder) cannot be written.
READ_ONLY_CODES = {8, 14}  # SQLITE_READONLY, SQLITE_CANTOPEN (no -wal beside it)


def error_code(exc: sqlite3.Error) -> int:
    return int(getattr(exc, "sqlite_errorcode", 0) or 0) & 0xFF


@dataclass(frozen=True)
class Health:
    version: int = 0
    damage: str | None = None  # what is wrong, or None
    readable: bool = True  # the integrity check ran (rows may be intact: try REINDEX)


def inspect(conn: sqlite3.Connection, newest: int) -> Health:
    """What is wrong with an open connection's file, and its schema version; reads only.

    A version above `newest` is not checked further (a newer program's file).

    Errors that say nothing about the bytes (locked, permission denied) are raised,
    so a busy or unreadable file is never mistaken for a damaged one.
    """
    try:
        version = int(conn.execute("PRAGMA user_version").fetchone()[0])
        if version > newest:
            return Health(version)
        result = [row[0] for row in conn.execute("PRAGMA integrity_check")]
    except sqlite3.DatabaseError as exc:
        if error_code(exc) not in DAMAGE_CODES:
            raise
        return Health(0, f"it is not a readable database ({exc})", readable=False)
    if result != ["ok"]:
        return Health(version, f"it failed the integrity check ({'; '.join(result[:3])})")
    return Health(version)


def reindexed(conn: sqlite3.Connection) -> bool:
    """Rebuild every index from the table rows; True when the file is then sound."""
    try:
        conn.execute("REINDEX")
        conn.commit()
        return [row[0] for row in conn.execute("PRAGMA integrity_check")] == ["ok"]
    except sqlite3.Error:
        return False




def copy_into(path: Path, memory: sqlite3.Connection, newest: int,
              connect: Callable[[Path], sqlite3.Connection]) -> bool:
    """Copy a sound database at `path` (version <= `newest`) into `memory`; True if done.

    SQLite cannot read a WAL file in place without writing beside it, so the file and
    its -wal are copied to a temporary folder and read from there.
    """
    try:
        with tempfile.TemporaryDirectory(prefix="proof-tutor-") as folder:
            copy = Path(folder) / path.name
            for source, target in zip(companions(path), companions(copy), strict=True):
                if source.exists():
                    shutil.copyfile(source, target)
            conn = connect(copy)
            try:
                health = inspect(conn, newest)
                if health.damage is None and health.version <= newest:
                    conn.backup(memory)
                    return True
            finally:
                conn.close()
    except (OSError, sqlite3.Error):
        pass
    return False
