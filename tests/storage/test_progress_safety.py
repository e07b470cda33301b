"""The progress database never loses committed records and never wipes a file silently."""

from __future__ import annotations

import os
import random
import signal
import sqlite3
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest

from tutor.storage.progress import SCHEMA_VERSION, ProgressStore

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture
def home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("PROOF_TUTOR_HOME", str(tmp_path))
    return tmp_path


def db_path(home: Path) -> Path:
    return home / "data" / "progress.sqlite3"


def test_fresh_file_gets_the_schema_version_and_no_problem(home: Path) -> None:
    store = ProgressStore()
    try:
        assert store.problem is None and store.backup_path is None and not store.read_only
    finally:
        store.close()
    conn = sqlite3.connect(db_path(home))
    assert conn.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
    conn.close()


def test_unversioned_file_keeps_its_records(home: Path) -> None:
    """A file from before user_version existed (version 0) is upgraded in place."""
    store = ProgressStore()
    store.record("s", "p1", "solved", "7")
    store.close()
    conn = sqlite3.connect(db_path(home))
    conn.execute("PRAGMA user_version=0")
    conn.close()
    store = ProgressStore()
    try:
        assert store.problem is None
        assert store.get("s", "p1").answer == "7"
    finally:
        store.close()


@pytest.mark.parametrize("garbage", [
    b"this is not a database at all\n" * 200,
    bytes(random.Random(7).randrange(256) for _ in range(8192)),
])
def test_garbage_file_is_backed_up_and_replaced(home: Path, garbage: bytes) -> None:
    path = db_path(home)
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(garbage)
    store = ProgressStore()
    try:
        assert store.backup_path is not None and store.backup_path.parent == path.parent
        assert store.backup_path.name.startswith("progress.corrupt-")
        assert store.backup_path.read_bytes() == garbage
        assert store.problem and "damaged" in store.problem
        assert str(store.backup_path) in store.problem
        assert not store.read_only
        store.record("s", "p1", "attempted", "1")  # a working, fresh database
        assert store.get("s", "p1").status == "attempted"
    finally:
        store.close()
    again = ProgressStore()  # the fresh file is healthy: no new backup, no message
    try:
        assert again.problem is None and again.get("s", "p1").answer == "1"
    finally:
        again.close()
    assert len(list(path.parent.glob("progress.corrupt-*"))) == 1


def test_damaged_pages_fail_the_integrity_check(home: Path) -> None:
    """A valid header with overwritten table pages is caught by integrity_check."""
    store = ProgressStore()
    for i in range(300):
        store.record("s", f"p{i}", "solved", "x" * 50)
    store.close()  # last connection: the WAL is checkpointed into the file
    path = db_path(home)
    data = bytearray(path.read_bytes())
    page = int.from_bytes(data[16:18], "big")
    assert len(data) >= 4 * page
    data[2 * page: 3 * page] = b"\xff" * page  # a b-tree page: unreadable, header intact
    path.write_bytes(bytes(data))
    store = ProgressStore()
    try:
        assert store.problem and "damaged" in store.problem
        assert store.backup_path is not None
        assert store.backup_path.read_bytes() == bytes(data)
        assert store.for_set("s") == {}
    finally:
        store.close()


def test_newer_schema_is_left_untouched(home: Path) -> None:
    path = db_path(home)
    path.parent.mkdir(parents=True, exist_ok=True)
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE future (x)")
    conn.execute("INSERT INTO future VALUES ('keep me')")
    conn.execute(f"PRAGMA user_version={SCHEMA_VERSION + 1}")
    conn.commit()
    conn.close()
    original = path.read_bytes()
    store = ProgressStore()
    try:
        assert store.read_only
        assert store.problem and "newer version" in store.problem
        assert store.backup_path is not None and store.backup_path.read_bytes() == original
        assert store.backup_path.name.startswith("progress.newer-")
        store.record("s", "p1", "solved", "2")  # the session still works, in memory
        assert store.get("s", "p1").status == "solved"
    finally:
        store.close()
    assert path.read_bytes() == original
    conn = sqlite3.connect(path)
    assert conn.execute("SELECT x FROM future").fetchall() == [("keep me",)]
    assert conn.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION + 1
    conn.close()


_WRITER = """
import os, sys
sys.path.insert(0, {root!r})
from tutor.storage.progress import ProgressStore
store = ProgressStore()
assert store.problem is None, store.problem
i = 0
while True:
    store.record({set_id!r}, f"p{{i}}", "solved", f"answer {{i}} " + "y" * 200)
    i += 1
    print(i, flush=True)
"""


def test_killed_writers_lose_no_committed_record(home: Path) -> None:
    """SIGKILL a writer at a random moment, several times: every record it reported
    as committed is there afterwards and the file passes integrity_check."""
    rng = random.Random()
    committed: dict[str, int] = {}
    env = {**os.environ, "PROOF_TUTOR_HOME": str(home)}
    for run in range(4):
        set_id = f"run{run}"
        code = textwrap.dedent(_WRITER.format(root=str(ROOT), set_id=set_id))
        proc = subprocess.Popen([sys.executable, "-c", code], stdout=subprocess.PIPE,
                                stderr=subprocess.PIPE, text=True, env=env)
        assert proc.stdout is not None
        first = proc.stdout.readline()  # imports done, writing has started
        assert first.strip() == "1", proc.stderr.read() if proc.stderr else first
        time.sleep(rng.uniform(0.05, 0.4))
        os.kill(proc.pid, signal.SIGKILL)
        out, _err = proc.communicate(timeout=30)
        assert proc.returncode == -signal.SIGKILL
        counts = [int(line) for line in [first, *out.splitlines()] if line.strip().isdigit()]
        committed[set_id] = max(counts)
    store = ProgressStore()
    try:
        assert store.problem is None
        for set_id, n in committed.items():
            got = store.for_set(set_id)
            assert n > 0
            missing = [i for i in range(n) if f"p{i}" not in got]
            assert not missing, f"{set_id}: lost {missing[:5]} of {n}"
            assert got[f"p{n - 1}"].answer.startswith(f"answer {n - 1} ")
    finally:
        store.close()
    conn = sqlite3.connect(db_path(home))
    assert conn.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
    conn.close()
