"""Per-problem progress in SQLite (WAL, one transaction per change).

Status only moves up: new < attempted < solved < verified. "solved" means the
student's final answer matched the set's answer; "verified" means it matched and
the student's own steps were all verified by the checker.

Opening is careful, because the file holds the student's history: a file that is
not a database or fails `PRAGMA integrity_check`, or one written by a newer
Proof Tutor (`PRAGMA user_version` above `SCHEMA_VERSION`), is first copied (with
its -wal and -shm) to a timestamped backup beside it. A damaged file whose table rows
are intact (only an index is wrong) is repaired with REINDEX and kept; any other
damaged file is replaced by a fresh database. A newer file, or one that cannot be
written (read-only), is left untouched and this session's progress is kept in memory
only (a read-only file's earlier progress is still shown). A 0-byte file opens as
empty, and that is said too. Either way the store opens and `problem` holds a message
for the UI: nothing is ever wiped silently.

Schema versions: 1 is the `progress` table (status per problem); 2 adds `solves`, the
history of every solve (tutor.storage.history). An older file is upgraded in place, in
one transaction per version.
"""

from __future__ import annotations

import sqlite3
import time
from dataclasses import dataclass
from pathlib import Path

from tutor.problems.session import SolveSession
from tutor.storage import history
from tutor.storage.history import SolveRecord
from tutor.storage.paths import data_dir
from tutor.storage.sqlite_file import (
    READ_ONLY_CODES,
    backup_files,
    companions,
    copy_into,
    error_code,
    inspect,
    is_empty,
    reindexed,
)

STATUSES = ("new", "attempted", "solved", "verified")
_RANK = {s: i for i, s in enumerate(STATUSES)}
DB_FILE = "progress.sqlite3"
# PRAGMA user_version of the layout below; 0 is a file from before versioning.
SCHEMA_VERSION = 2

_PROGRESS_TABLE = """
CREATE TABLE IF NOT EXISTS progress (
    set_id TEXT NOT NULL,
    problem_id TEXT NOT NULL,
    status TEXT NOT NULL DEFAULT 'new',
    answer TEXT NOT NULL DEFAULT '',
    attempts INTEGER NOT NULL DEFAULT 0,
    updated REAL NOT NULL,
    PRIMARY KEY (set_id, problem_id)
)"""
# The statements that bring a file from version n - 1 to version n (0: before versioning,
# when the progress table already existed: hence IF NOT EXISTS).
MIGRATIONS: dict[int, tuple[str, ...]] = {
    1: (_PROGRESS_TABLE,),
    2: (history.SOLVES_TABLE, history.SOLVES_INDEX),
}


@dataclass(frozen=True)
class ProblemProgress:
    status: str = "new"
    answer: str = ""
    attempts: int = 0


def _migrate(conn: sqlite3.Connection, version: int) -> None:
    """Bring the file from `version` to SCHEMA_VERSION, one transaction per step.

    A file already at the current version gets one write that changes nothing, so a
    file that cannot be written is found now, not at the student's first answer.
    """
    for target in range(min(version + 1, SCHEMA_VERSION), SCHEMA_VERSION + 1):
        conn.execute("BEGIN IMMEDIATE")
        try:
            for statement in MIGRATIONS[target] if target > version else ():
                conn.execute(statement)
            conn.execute(f"PRAGMA user_version={target}")
        except BaseException:
            conn.rollback()
            raise
        conn.commit()


class ProgressStore:
    """The progress database. After opening, `problem` is None or a message to show.

    `backup_path` is the copy made when the file could not be used as it was, and
    `read_only` is True when changes go to memory only (a newer schema version, or a
    file that cannot be written).
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
        empty = is_empty(self.path)
        try:
            conn = self._connect(self.path)
            health = inspect(conn, SCHEMA_VERSION)
        except sqlite3.Error as exc:
            if conn is not None:
                conn.close()
            if error_code(exc) in READ_ONLY_CODES and self.path.exists():
                return self._read_only_copy(exc)
            return self._memory_only(
                f"Your progress file {self.path} could not be opened ({exc}). It was left "
                "as it is and progress this session will not be saved."
            )
        if health.version > SCHEMA_VERSION:
            return self._refuse_newer(conn, health.version)
        version = health.version
        if health.damage:
            # Copy while the connection is still open: closing it could checkpoint
            # the WAL into the damaged file and change what we meant to keep.
            try:
                self.backup_path = backup_files(self.path, "corrupt")
            except OSError as exc:
                conn.close()
                return self._memory_only(
                    f"Your progress file {self.path} is damaged: {health.damage}. It could "
                    f"not be backed up ({exc}), so it was left as it is and progress this "
                    "session will not be saved."
                )
            if health.readable and reindexed(conn):
                self.problem = (
                    f"Your progress file was damaged ({health.damage}). It was repaired and "
                    f"your progress is kept; a copy of the damaged file is at "
                    f"{self.backup_path}."
                )
            else:
                conn.close()
                for file in companions(self.path):
                    file.unlink(missing_ok=True)
                self.problem = (
                    f"Your progress file was damaged ({health.damage}). A copy was kept at "
                    f"{self.backup_path} and a new, empty progress file was started."
                )
                conn, version = self._connect(self.path), 0
        try:
            conn.execute("PRAGMA journal_mode=WAL")
            conn.execute("PRAGMA synchronous=NORMAL")  # WAL: a commit survives a process kill
            _migrate(conn, version)
        except sqlite3.OperationalError as exc:
            conn.close()
            if error_code(exc) not in READ_ONLY_CODES:
                raise
            return self._read_only_copy(exc)
        if empty and self.problem is None:
            self.problem = (
                f"Your progress file {self.path} was empty (0 bytes), so there was no "
                "earlier progress to show. Progress from now on is saved in it."
            )
        return conn

    def _read_only_copy(self, exc: sqlite3.Error) -> sqlite3.Connection:
        """This session works in memory on a copy of a file that cannot be written."""
        memory = self._connect(":memory:")
        shown = copy_into(self.path, memory, SCHEMA_VERSION, self._connect)
        if not shown:  # nothing half-copied stays
            memory.close()
            memory = self._connect(":memory:")
        version = int(memory.execute("PRAGMA user_version").fetchone()[0])
        _migrate(memory, min(version, SCHEMA_VERSION))
        self.read_only = True
        self.problem = (
            f"Your progress file {self.path} cannot be written ({exc}), so progress this "
            "session will not be saved." + (" Your earlier progress is shown." if shown else "")
            + " Check the file's permissions to save again."
        )
        return memory

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
        _migrate(conn, 0)
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

    # --- history: every solve, as it was left (tutor.storage.history) -------------------
    def save_solve(self, session: SolveSession, *, set_id: str, problem_id: str,
                   backend: str, title: str | None = None, solve_id: int | None = None) -> int:
        """Keep a solve: a new row when `solve_id` is None, else update that row.

        `set_id` is "" for a problem typed in rather than opened from a set. Returns the
        solve's id, to pass back on the next change of the same solve.
        """
        return history.save(self._conn, solve_id, set_id=set_id, problem_id=problem_id,
                            title=title, backend=backend, session=session)

    def last_solve(self, set_id: str, problem_id: str) -> SolveRecord | None:
        """The latest readable solve of a problem, or None."""
        return history.latest(self._conn, set_id, problem_id)

    def solves_for_set(self, set_id: str) -> dict[str, SolveRecord]:
        """The latest readable solve of each problem of a set, by problem id."""
        return history.latest_for_set(self._conn, set_id)
