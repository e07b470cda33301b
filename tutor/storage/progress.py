"""Per-problem progress in SQLite (WAL, one transaction per change).

Status only moves up: new < attempted < solved < verified. "solved" means the
student's final answer matched the set's answer; "verified" means it matched and
the student's own steps were all verified by the checker.

Opening is careful, because the file holds the student's history: a file that is
not a database or fails `PRAGMA integrity_check`, or one written by a newer
Proof Tutor (`PRAGMA user_version` above `SCHEMA_VERSION`), is first copied (with
its -wal and -shm) to a timestamped backup beside it. A damaged file is then
replaced by a fresh database; a newer one is left untouched and this session's
progress is kept in memory only. Either way the store opens and `problem` holds a
message for the UI: nothing is ever wiped silently.
"""

from __future__ import annotations

import shutil
import sqlite3
import time
from dataclasses import dataclass
from pathlib import Path

from tutor.storage.paths import data_dir

STATUSES = ("new", "attempted", "solved", "verified")
_RANK = {s: i for i, s in enumerate(STATUSES)}
DB_FILE = "progress.sqlite3"
# PRAGMA user_version of the layout below; 0 is a file from before versioning.
SCHEMA_VERSION = 1

_SCHEMA = """
CREATE TABLE IF NOT EXISTS progress (
    set_id TEXT NOT NULL,
    problem_id TEXT NOT NULL,
    status TEXT NOT NULL DEFAULT 'new',
    answer TEXT NOT NULL DEFAULT '',
    attempts INTEGER NOT NULL DEFAULT 0,
    updated REAL NOT NULL,
    PRIMARY KEY (set_id, problem_id)
);
"""


@dataclass(frozen=True)
class ProblemProgress:
    status: str = "new"
    answer: str = ""
    attempts: int = 0


def _companions(path: Path) -> list[Path]:
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
    for source, target in zip(_companions(path), _companions(backup), strict=True):
        if source.exists():
            shutil.copy2(source, target)
    return backup


# SQLite's primary result codes that mean the bytes themselves are bad.
_DAMAGE_CODES = {11, 26}  # SQLITE_CORRUPT, SQLITE_NOTADB


def _inspect(conn: sqlite3.Connection) -> tuple[str | None, int]:
    """(what is wrong or None, schema version) of an open connection; reads only.

    Errors that say nothing about the bytes (locked, permission denied) are raised,
    so a busy or unreadable file is never mistaken for a damaged one.
    """
    try:
        version = int(conn.execute("PRAGMA user_version").fetchone()[0])
        if version > SCHEMA_VERSION:
            return None, version
        result = [row[0] for row in conn.execute("PRAGMA integrity_check")]
    except sqlite3.DatabaseError as exc:
        if (getattr(exc, "sqlite_errorcode", 0) & 0xFF) not in _DAMAGE_CODES:
            raise
        return f"it is not a readable database ({exc})", 0
    if result != ["ok"]:
        return f"it failed the integrity check ({'; '.join(result[:3])})", version
    return None, version


class ProgressStore:
    """The progress database. After opening, `problem` is None or a message to show.

    `backup_path` is the copy made when the file could not be used as it was, and
    `read_only` is True when changes go to memory only (a newer schema version).
    """

    def __init__(self, path: Path | None = None) -> None:
        self.path = path or data_dir() / DB_FILE
        self.problem: str | None = None
        self.backup_path: Path | None = None
        self.read_only = False
        self._conn = self._open()

    def _connect(self, target: Path | str) -> sqlite3.Connection:
        # check_same_thread=False: the store may be used from a worker; each call is
        # a short transaction and sqlite serialises writers.
        return sqlite3.connect(target, timeout=5.0, check_same_thread=False)

    def _open(self) -> sqlite3.Connection:
        conn: sqlite3.Connection | None = None
        try:
            conn = self._connect(self.path)
            damage, version = _inspect(conn)
        except sqlite3.Error as exc:
            if conn is not None:
                conn.close()
            return self._memory_only(
                f"Your progress file {self.path} could not be opened ({exc}). It was left "
                "as it is and progress this session will not be saved."
            )
        if version > SCHEMA_VERSION:
            return self._refuse_newer(conn, version)
        if damage:
            # Copy while the connection is still open: closing it could checkpoint
            # the WAL into the damaged file and change what we meant to keep.
            try:
                self.backup_path = backup_files(self.path, "corrupt")
            except OSError as exc:
                conn.close()
                return self._memory_only(
                    f"Your progress file {self.path} is damaged: {damage}. It could not "
                    f"be backed up ({exc}), so it was left as it is and progress this "
                    "session will not be saved."
                )
            conn.close()
            for file in _companions(self.path):
                file.unlink(missing_ok=True)
            self.problem = (
                f"Your progress file was damaged ({damage}). A copy was kept at "
                f"{self.backup_path} and a new, empty progress file was started."
            )
            conn = self._connect(self.path)
        conn.execute("PRAGMA journal_mode=WAL")
        conn.execute("PRAGMA synchronous=NORMAL")  # WAL: a commit survives a process kill
        with conn:
            conn.executescript(_SCHEMA)
            conn.execute(f"PRAGMA user_version={SCHEMA_VERSION}")
        return conn

    def _refuse_newer(self, conn: sqlite3.Connection, version: int) -> sqlite3.Connection:
        try:
            self.backup_path = backup_files(self.path, "newer")
            kept = f" A copy was kept at {self.backup_path}."
        except OSError:
            kept = ""
        conn.close()
        return self._memory_only(
            f"Your progress file {self.path} was written by a newer version of Proof "
            f"Tutor (format {version}; this version reads up to {SCHEMA_VERSION}). It was "
            f"left untouched and progress this session will not be saved.{kept} "
            "Update Proof Tutor to keep using it."
        )

    def _memory_only(self, message: str) -> sqlite3.Connection:
        self.problem = message
        self.read_only = True
        conn = self._connect(":memory:")
        with conn:
            conn.executescript(_SCHEMA)
        return conn

    def close(self) -> None:
        self._conn.close()

    def get(self, set_id: str, problem_id: str) -> ProblemProgress:
        row = self._conn.execute(
            "SELECT status, answer, attempts FROM progress WHERE set_id=? AND problem_id=?",
            (set_id, problem_id),
        ).fetchone()
        return ProblemProgress(*row) if row else ProblemProgress()

    def for_set(self, set_id: str) -> dict[str, ProblemProgress]:
        rows = self._conn.execute(
            "SELECT problem_id, status, answer, attempts FROM progress WHERE set_id=?",
            (set_id,),
        )
        return {pid: ProblemProgress(status, answer, n) for pid, status, answer, n in rows}

    def record(
        self, set_id: str, problem_id: str, status: str, answer: str | None = None
    ) -> ProblemProgress:
        """Raise the status (never lower it), store the answer, count an attempt."""
        if status not in _RANK:
            raise ValueError(f"unknown status {status!r}; expected one of {STATUSES}")
        with self._conn:  # one transaction: read, merge, write
            current = self.get(set_id, problem_id)
            new_status = status if _RANK[status] > _RANK[current.status] else current.status
            new_answer = current.answer if answer is None else answer
            attempts = current.attempts + (1 if answer is not None else 0)
            self._conn.execute(
                "INSERT INTO progress (set_id, problem_id, status, answer, attempts, updated)"
                " VALUES (?, ?, ?, ?, ?, ?)"
                " ON CONFLICT(set_id, problem_id) DO UPDATE SET status=excluded.status,"
                " answer=excluded.answer, attempts=excluded.attempts, updated=excluded.updated",
                (set_id, problem_id, new_status, new_answer, attempts, time.time()),
            )
        return ProblemProgress(new_status, new_answer, attempts)
