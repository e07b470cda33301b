"""Solve history in the progress database: kept as left, upgraded from older files, and
read back safely; read-only, index-damaged and empty files do not stop the app."""

from __future__ import annotations

import json
import os
import sqlite3
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from tests.read_only import as_ordinary_user, read_only_progress
from tutor.problems.session import SolveSession
from tutor.problems.step import THINKING, Step
from tutor.storage import history
from tutor.storage.progress import SCHEMA_VERSION, ProgressStore
from tutor.verify.verdict import ClaimResult, StepVerdict, Verdict

ROOT = Path(__file__).resolve().parents[2]

# The layout of version 1 (before history), as an older Proof Tutor wrote it.
_VERSION_1 = """
CREATE TABLE progress (
    set_id TEXT NOT NULL, problem_id TEXT NOT NULL, status TEXT NOT NULL DEFAULT 'new',
    answer TEXT NOT NULL DEFAULT '', attempts INTEGER NOT NULL DEFAULT 0,
    updated REAL NOT NULL, PRIMARY KEY (set_id, problem_id));
INSERT INTO progress VALUES ('bundled/algebra', 'p1', 'solved', 'x = 4', 2, 1.0);
PRAGMA user_version=1;
"""


@pytest.fixture
def db(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("PROOF_TUTOR_HOME", str(tmp_path))
    return tmp_path / "data" / "progress.sqlite3"


def worked_session() -> SolveSession:
    session = SolveSession(problem="Solve $2x + 3 = 11$.")
    verified = StepVerdict(Verdict.VERIFIED, (
        ClaimResult("11 - 3 = 8", Verdict.VERIFIED, "", "arithmetic"),
        ClaimResult("x = 4", Verdict.UNCHECKED, "not read", "solution", checkable=False),
    ))
    session.add_step(Step(index=0, text="Subtract 3: $2x = 8$.", hint="Undo the +3.",
                                 rule="subtract from both sides", latex="2x = 8",
                                 plot={"kind": "function", "expr": "2*x"}, verdict=verified))
    session.add_step(Step(index=1, text="Divide by 2: $x = 4$.", verdict=None))
    session.finish("4")
    session.reveal_next()
    student = session.add_student_step("$2x = 8$")
    student.verdict = StepVerdict(Verdict.REFUTED, (ClaimResult("2x = 9", Verdict.REFUTED,
                                                                "2x = 8, not 9"),))
    return session


def test_a_solve_is_kept_as_it_was_left(db: Path) -> None:
    store = ProgressStore()
    session = worked_session()
    solve_id = store.save_solve(session, set_id="s", problem_id="p1", backend="symbolic",
                                title="Linear")
    session.reveal_next()  # the student goes on: the same solve is updated, not duplicated
    assert store.save_solve(session, set_id="s", problem_id="p1", backend="symbolic",
                            title="Linear", solve_id=solve_id) == solve_id
    store.close()

    store = ProgressStore()  # a new run of the app
    try:
        record = store.last_solve("s", "p1")
        assert record is not None and record.solve_id == solve_id
        assert (record.title, record.backend, record.problem) == (
            "Linear", "symbolic", "Solve $2x + 3 = 11$.")
        back = record.session()
        assert back.revealed == 2 and back.answer == "4" and back.presentable_answer == "4"
        first = back.steps[0]
        assert (first.text, first.hint, first.rule, first.latex) == (
            "Subtract 3: $2x = 8$.", "Undo the +3.", "subtract from both sides", "2x = 8")
        assert first.plot == {"kind": "function", "expr": "2*x"}
        assert first.verdict == session.steps[0].verdict  # claims and their verdicts too
        # A step still being checked when saved comes back unchecked, never "checking".
        assert back.steps[1].verdict == StepVerdict(Verdict.UNCHECKED)
        assert not back.checking
        assert [s.text for s in back.student_steps] == ["$2x = 8$"]
        assert back.student_steps[0].verdict.verdict is Verdict.REFUTED
        assert back.student_steps[0].verdict.reason == "2x = 8, not 9"
        assert store.last_solve("s", "p2") is None and store.last_solve("other", "p1") is None
    finally:
        store.close()


def test_what_the_session_says_of_its_answer_is_kept(db: Path) -> None:
    """An answer refuted by an independent solve never comes back as the answer; a
    model's thinking and a declined problem come back too."""
    session = worked_session()
    session.answer_check = ClaimResult("x = 5", Verdict.REFUTED, "x = 4, not 5", "answer")
    session.thinking.append(Step("Maybe $x = 4$?", index=0, part=THINKING,
                                 verdict=StepVerdict(Verdict.UNCHECKED)))
    declined = SolveSession(problem="Prove that there are infinitely many primes.")
    declined.declined = "The built-in engine does not write proofs."
    declined.add_student_step("Suppose there are finitely many.")
    declined.finish(None)
    store = ProgressStore()
    try:
        assert session.presentable_answer is None
        store.save_solve(session, set_id="s", problem_id="p1", backend="local")
        store.save_solve(declined, set_id="s", problem_id="p2", backend="symbolic")
        back = store.last_solve("s", "p1").session()
        assert back.answer == "4" and back.presentable_answer is None
        assert back.answer_check == session.answer_check
        assert [(t.text, t.part) for t in back.thinking] == [("Maybe $x = 4$?", THINKING)]
        other = store.last_solve("s", "p2").session()
        assert other.declined == declined.declined and not other.truncated
    finally:
        store.close()


def test_every_solve_is_kept_and_the_latest_is_shown(db: Path) -> None:
    store = ProgressStore()
    try:
        first = store.save_solve(worked_session(), set_id="s", problem_id="p1",
                                 backend="symbolic")
        again = SolveSession(problem="Solve $2x + 3 = 11$.")
        again.fail("The model stopped.")
        second = store.save_solve(again, set_id="s", problem_id="p1", backend="local")
        store.save_solve(worked_session(), set_id="s", problem_id="p2", backend="symbolic")
        assert second != first
        assert history.count(store._conn, "s", "p1") == 2
        latest = store.last_solve("s", "p1")
        assert latest is not None and latest.backend == "local"
        assert latest.session().error == "The model stopped."
        assert set(store.solves_for_set("s")) == {"p1", "p2"}
        assert store.solves_for_set("s")["p1"].solve_id == second
    finally:
        store.close()


def test_a_solve_left_running_comes_back_stopped(db: Path) -> None:
    store = ProgressStore()
    try:
        running = SolveSession(problem="Compute $1 + 1$.")
        running.add_step(Step(index=0, text="$1 + 1 = 2$"))
        store.save_solve(running, set_id="", problem_id="q", backend="symbolic")
        back = store.last_solve("", "q")
        assert back is not None
        session = back.session()
        assert session.finished and session.cancelled and session.presentable_answer is None
    finally:
        store.close()


def test_version_1_file_is_upgraded_and_keeps_its_progress(db: Path) -> None:
    db.parent.mkdir(parents=True, exist_ok=True)
    conn = sqlite3.connect(db)
    conn.executescript(_VERSION_1)
    conn.close()
    store = ProgressStore()
    try:
        assert store.problem is None and not store.read_only
        kept = store.get("bundled/algebra", "p1")
        assert (kept.status, kept.answer, kept.attempts) == ("solved", "x = 4", 2)
        store.save_solve(worked_session(), set_id="bundled/algebra", problem_id="p1",
                         backend="symbolic")
        assert store.last_solve("bundled/algebra", "p1") is not None
    finally:
        store.close()
    conn = sqlite3.connect(db)
    assert conn.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION == 2
    names = {row[0] for row in conn.execute("SELECT name FROM sqlite_master")}
    assert {"progress", "solves", "solves_by_problem"} <= names
    conn.close()


@pytest.mark.parametrize("record", [
    "not json", "[1, 2]", '{"format": 99}', "[" * 100_000 + "]" * 100_000,
    json.dumps({"format": 1, "problem": "p", "steps": [{"text": 5}]}),
    json.dumps({"format": 1, "problem": "p", "steps": [{"text": "a", "verdict": {
        "verdict": "certainly", "claims": []}}]}),
    json.dumps({"format": 1, "problem": "p", "revealed": "all"}),
])
def test_an_unreadable_record_is_skipped_not_raised(db: Path, record: str) -> None:
    store = ProgressStore()
    try:
        good = store.save_solve(worked_session(), set_id="s", problem_id="p1",
                                backend="symbolic")
        with store._conn:
            store._conn.execute(
                "INSERT INTO solves (set_id, problem_id, problem, title, backend, record,"
                " created, updated) VALUES ('s', 'p1', 'p', NULL, 'x', ?, 0, 0)", (record,))
        latest = store.last_solve("s", "p1")
        assert latest is not None and latest.solve_id == good  # the newer row is unreadable
        assert store.solves_for_set("s")["p1"].solve_id == good
    finally:
        store.close()


def test_a_damaged_primary_key_index_is_repaired_and_kept(db: Path) -> None:
    store = ProgressStore()
    for i in range(20):
        store.record("s", f"p{i:02}", "solved", f"answer {i}")
    store.close()  # the WAL is checkpointed into the file
    conn = sqlite3.connect(db)
    root = conn.execute("SELECT rootpage FROM sqlite_master "
                        "WHERE name='sqlite_autoindex_progress_1'").fetchone()[0]
    page = conn.execute("PRAGMA page_size").fetchone()[0]
    conn.close()
    data = bytearray(db.read_bytes())
    start = (root - 1) * page
    index_page = data[start:start + page]
    at = index_page.find(b"p07")
    assert at > 0, "the index page holds the keys"
    data[start + at: start + at + 3] = b"q07"  # one key in the index now names no row
    db.write_bytes(bytes(data))
    check = sqlite3.connect(db)
    assert check.execute("PRAGMA integrity_check").fetchall() != [("ok",)]
    check.close()

    store = ProgressStore()
    try:
        assert store.problem and "repaired" in store.problem and "kept" in store.problem
        assert store.backup_path is not None and store.backup_path.read_bytes() == bytes(data)
        assert len(store.for_set("s")) == 20  # no record lost
        assert store.get("s", "p07").answer == "answer 7"
        assert store._conn.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
    finally:
        store.close()


def test_a_zero_byte_file_opens_empty_and_says_so(db: Path) -> None:
    db.parent.mkdir(parents=True, exist_ok=True)
    db.write_bytes(b"")
    store = ProgressStore()
    try:
        assert store.problem and "empty (0 bytes)" in store.problem and str(db) in store.problem
        assert not store.read_only
        store.record("s", "p1", "attempted", "1")
    finally:
        store.close()
    again = ProgressStore()
    try:
        assert again.problem is None and again.get("s", "p1").answer == "1"
    finally:
        again.close()


_READ_ONLY_CHILD = """
import json, os, sys
sys.path.insert(0, {root!r})
os.environ["PROOF_TUTOR_HOME"] = {home!r}
from tutor.storage.progress import ProgressStore
store = ProgressStore()
earlier = store.get("s", "p1").answer
store.record("s", "p2", "solved", "in memory")  # works for this session
print(json.dumps({{"problem": store.problem, "read_only": store.read_only,
                  "earlier": earlier, "now": store.get("s", "p2").answer}}))
"""


def test_a_read_only_file_starts_with_progress_not_saved(tmp_path: Path) -> None:
    home = tmp_path / "home"
    db, original = read_only_progress(home)
    code = textwrap.dedent(_READ_ONLY_CHILD.format(root=str(ROOT), home=str(home)))
    try:
        proc = subprocess.run([*as_ordinary_user(), sys.executable, "-c", code],
                              capture_output=True, text=True, timeout=120,
                              env={**os.environ, "PROOF_TUTOR_HOME": str(home)})
    finally:
        os.chmod(home / "data", 0o755)
    assert proc.returncode == 0, proc.stderr
    result = json.loads(proc.stdout)
    assert result["read_only"] is True
    assert "cannot be written" in result["problem"] and "not be saved" in result["problem"]
    assert result["earlier"] == "before" and result["now"] == "in memory"
    assert db.read_bytes() == original
