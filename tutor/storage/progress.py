"""Per-problem progress in SQLite (WAL, one transaction per change).

Status only moves up: new < attempted < solved < verified. "solved" means the
student's final answer matched the set's answer; "verified" means it matched and
the student's own steps were all verified by the checker.
"""

from __future__ import annotations

import sqlite3
import time
from dataclasses import dataclass
from pathlib import Path

from tutor.storage.paths import data_dir

STATUSES = ("new", "attempted", "solved", "verified")
_RANK = {s: i for i, s in enumerate(STATUSES)}
DB_FILE = "progress.sqlite3"

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


class ProgressStore:
    def __init__(self, path: Path | None = None) -> None:
        self.path = path or data_dir() / DB_FILE
        # check_same_thread=False: the store may be used from a worker; each call is
        # a short transaction and sqlite serialises writers.
        self._conn = sqlite3.connect(self.path, timeout=5.0, check_same_thread=False)
        self._conn.execute("PRAGMA journal_mode=WAL")
        self._conn.execute("PRAGMA synchronous=NORMAL")
        with self._conn:
            self._conn.executescript(_SCHEMA)

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
