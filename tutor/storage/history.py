"""Solve history: every solve, kept as it was left, in the progress database.

A record is one solve of one problem: the problem, the backend, every step with its
verdict and per-claim results, the answer, how many steps the student revealed, and the
student's own steps with their verdicts. It is stored as JSON in the `solves` table
(schema version 2 of tutor.storage.progress) and updated as the student works, so going
back to a problem shows it as it was left.

The file is the student's, so a record is read as untrusted data: only the fields
below are taken, each checked for its type; anything else makes the record unreadable
(`None`), never an exception.
"""

from __future__ import annotations

import json
import sqlite3
import time
from dataclasses import dataclass, field, fields
from typing import Any

from tutor.problems.session import SolveSession
from tutor.problems.step import STUDENT, THINKING, Step
from tutor.verify.verdict import ClaimResult, StepVerdict, Verdict

RECORD_FORMAT = 1  # the JSON layout below; a newer one is not read
MAX_RECORD_CHARS = 8_000_000  # a record longer than this is not read back

SOLVES_TABLE = """
CREATE TABLE IF NOT EXISTS solves (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    set_id TEXT NOT NULL,
    problem_id TEXT NOT NULL,
    problem TEXT NOT NULL,
    title TEXT,
    backend TEXT NOT NULL,
    record TEXT NOT NULL,
    created REAL NOT NULL,
    updated REAL NOT NULL
)"""
SOLVES_INDEX = "CREATE INDEX IF NOT EXISTS solves_by_problem ON solves (set_id, problem_id, id)"

_STEP_FIELDS = ("text", "hint", "rule", "latex", "part")
# The session's own flags and notes kept as they are (where this version has them).
_FLAGS = {"declined": str, "truncated": bool, "stopped_in_thinking": bool, "worked": bool}
_SESSION_FIELDS = {f.name for f in fields(SolveSession)}
_CLAIM_FIELDS = tuple(f.name for f in fields(ClaimResult))


@dataclass(frozen=True)
class SolveRecord:
    """One stored solve, as read: `session()` is the SolveSession built from it (each
    read of the database builds new ones, so a caller may change it freely)."""

    solve_id: int
    set_id: str
    problem_id: str
    problem: str
    title: str | None
    backend: str
    updated: float
    built: SolveSession = field(repr=False, compare=False)

    def session(self) -> SolveSession:
        return self.built


# --- to JSON ------------------------------------------------------------------------
def _verdict_data(verdict: StepVerdict | None) -> dict[str, Any] | None:
    if verdict is None:
        return None
    return {"verdict": verdict.verdict.value, "claims": [_claim_data(c) for c in verdict.claims]}


def _claim_data(claim: ClaimResult) -> dict[str, Any]:
    return {name: _plain(getattr(claim, name)) for name in _CLAIM_FIELDS}


def _plain(value: Any) -> Any:
    return value if isinstance(value, str | bool | int | float) else str(value)


def _step_data(step: Step) -> dict[str, Any]:
    item: dict[str, Any] = {name: getattr(step, name, None) for name in _STEP_FIELDS}
    item["plot"] = step.plot if isinstance(step.plot, dict) else None
    item["verdict"] = _verdict_data(step.verdict)
    return item


def session_data(session: SolveSession) -> dict[str, Any]:
    """What is kept of a session (plain JSON types)."""
    return {
        "format": RECORD_FORMAT,
        "problem": session.problem,
        "steps": [_step_data(step) for step in session.steps],
        "revealed": session.revealed,
        "hint_shown": session.hint_shown,
        "answer": session.answer,
        "finished": session.finished,
        "cancelled": session.cancelled,
        "error": session.error,
        "note": session.note,
        "student_steps": [_step_data(step) for step in session.student_steps],
        # What else the session says about its answer: an answer refuted by an
        # independent solve must not come back as the answer.
        "thinking": [_step_data(step) for step in getattr(session, "thinking", ())],
        "answer_check": _claim_data(check) if (
            check := getattr(session, "answer_check", None)) is not None else None,
        **{name: getattr(session, name) for name in _FLAGS if hasattr(session, name)},
    }


# --- from JSON (untrusted) ----------------------------------------------------------
class _Unreadable(ValueError):
    pass


def _text(value: Any, *, optional: bool = True) -> str | None:
    if value is None and optional:
        return None
    if not isinstance(value, str):
        raise _Unreadable("expected text")
    return value


def _verdict(value: Any) -> StepVerdict | None:
    if value is None:
        return None
    if not isinstance(value, dict) or not isinstance(value.get("claims", []), list):
        raise _Unreadable("expected a verdict")
    claims = tuple(_claim(claim) for claim in value.get("claims", []))
    return StepVerdict(Verdict(str(value.get("verdict"))), claims)


def _claim(value: Any) -> ClaimResult:
    if not isinstance(value, dict):
        raise _Unreadable("expected a claim")
    # Each field only with the type of its default (text for those without one).
    kept = {name: value[name] for name in _CLAIM_FIELDS
            if name in value and type(value[name]) is _FIELD_TYPES.get(name, str)}
    kept["verdict"] = Verdict(kept.get("verdict", "unchecked"))
    return ClaimResult(**{"claim": "", **kept})


_FIELD_TYPES = {
    f.name: type(f.default) for f in fields(ClaimResult) if isinstance(f.default, bool | int)
}


def _step(index: int, value: Any, part: str | None = None) -> Step:
    if not isinstance(value, dict):
        raise _Unreadable("expected a step")
    kwargs: dict[str, Any] = {
        name: _text(value.get(name), optional=name != "text") for name in _STEP_FIELDS
    }
    kwargs["part"] = part or kwargs["part"] or Step("").part
    plot = value.get("plot")
    kwargs["plot"] = plot if isinstance(plot, dict) else None
    # A step still being checked when it was saved is shown as unchecked.
    kwargs["verdict"] = _verdict(value.get("verdict")) or StepVerdict(Verdict.UNCHECKED)
    return Step(index=index, **kwargs)


def session_from_data(data: dict[str, Any]) -> SolveSession:
    """A SolveSession from `session_data`'s output; raises ValueError when unreadable."""
    try:
        if data.get("format") != RECORD_FORMAT:
            raise _Unreadable(f"record format {data.get('format')!r}")
        steps = [_step(i, s) for i, s in enumerate(_list(data.get("steps")))]
        revealed = data.get("revealed", 0)
        if not isinstance(revealed, int) or isinstance(revealed, bool):
            raise _Unreadable("expected a count")
        student = [_step(i, s, STUDENT) for i, s in enumerate(_list(data.get("student_steps")))]
        finished = bool(data.get("finished"))
        extra: dict[str, Any] = {
            name: value for name, kind in _FLAGS.items()
            if name in _SESSION_FIELDS and type(value := data.get(name)) is kind
        }
        if "thinking" in _SESSION_FIELDS:
            extra["thinking"] = [_step(i, s, THINKING)
                                 for i, s in enumerate(_list(data.get("thinking")))]
        if "answer_check" in _SESSION_FIELDS and data.get("answer_check") is not None:
            extra["answer_check"] = _claim(data["answer_check"])
        session = SolveSession(**extra,
            problem=str(_text(data.get("problem"), optional=False)), steps=steps,
            revealed=max(0, min(revealed, len(steps))), hint_shown=bool(data.get("hint_shown")),
            answer=_text(data.get("answer")), finished=True,
            # A solve that was still running when the app closed is shown as stopped.
            cancelled=bool(data.get("cancelled")) or not finished,
            error=_text(data.get("error")), note=_text(data.get("note")),
            student_steps=student,
        )
    except (TypeError, AttributeError, KeyError) as exc:  # ValueError passes as it is
        raise _Unreadable(str(exc)) from exc
    return session


def _list(value: Any) -> list[Any]:
    if value is None:
        return []
    if not isinstance(value, list):
        raise _Unreadable("expected a list")
    return value


# --- the table ----------------------------------------------------------------------
def save(conn: sqlite3.Connection, solve_id: int | None, *, set_id: str, problem_id: str,
         title: str | None, backend: str, session: SolveSession) -> int:
    """Insert a new solve (`solve_id` None) or update solve `solve_id`; return its id."""
    record = json.dumps(session_data(session), ensure_ascii=False, allow_nan=False)
    now = time.time()
    with conn:
        if solve_id is not None:
            updated = conn.execute(
                "UPDATE solves SET record=?, title=?, backend=?, updated=? WHERE id=?",
                (record, title, backend, now, solve_id),
            )
            if updated.rowcount:
                return solve_id
        cursor = conn.execute(
            "INSERT INTO solves (set_id, problem_id, problem, title, backend, record, created,"
            " updated) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
            (set_id, problem_id, session.problem, title, backend, record, now, now),
        )
        return int(cursor.lastrowid or 0)


_COLUMNS = "id, set_id, problem_id, problem, title, backend, updated, record"


def _record(row: tuple[Any, ...]) -> SolveRecord | None:
    solve_id, set_id, problem_id, problem, title, backend, updated, text = row
    if not isinstance(text, str) or len(text) > MAX_RECORD_CHARS:
        return None
    try:
        data = json.loads(text)
        if not isinstance(data, dict):
            return None
        session = session_from_data(data)
    except (ValueError, RecursionError):
        return None
    return SolveRecord(int(solve_id), str(set_id), str(problem_id), str(problem),
                       title if isinstance(title, str) else None, str(backend),
                       float(updated), session)


def latest(conn: sqlite3.Connection, set_id: str, problem_id: str) -> SolveRecord | None:
    """The most recent readable solve of a problem, or None."""
    rows = conn.execute(
        f"SELECT {_COLUMNS} FROM solves WHERE set_id=? AND problem_id=? ORDER BY id DESC",
        (set_id, problem_id),
    )
    for row in rows:
        record = _record(row)
        if record is not None:
            return record
    return None


def latest_for_set(conn: sqlite3.Connection, set_id: str) -> dict[str, SolveRecord]:
    """The most recent readable solve of each problem of a set, by problem id."""
    found: dict[str, SolveRecord] = {}
    rows = conn.execute(
        f"SELECT {_COLUMNS} FROM solves WHERE set_id=? ORDER BY id DESC", (set_id,)
    )
    for row in rows:
        if row[2] not in found:
            record = _record(row)
            if record is not None:
                found[record.problem_id] = record
    return found


def count(conn: sqlite3.Connection, set_id: str, problem_id: str) -> int:
    row = conn.execute("SELECT COUNT(*) FROM solves WHERE set_id=? AND problem_id=?",
                       (set_id, problem_id)).fetchone()
    return int(row[0])
