from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from tutor.storage.progress import ProgressStore


@pytest.fixture
def store(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> ProgressStore:
    monkeypatch.setenv("PROOF_TUTOR_HOME", str(tmp_path))
    s = ProgressStore()
    yield s
    s.close()


def test_new_by_default_and_wal(store: ProgressStore, tmp_path: Path) -> None:
    assert store.get("set", "p1").status == "new"
    assert store.path == tmp_path / "data" / "progress.sqlite3"
    mode = sqlite3.connect(store.path).execute("PRAGMA journal_mode").fetchone()[0]
    assert mode == "wal"


def test_status_only_rises_and_attempts_count(store: ProgressStore) -> None:
    store.record("set", "p1", "attempted", "x = 3")
    store.record("set", "p1", "solved", "x = 4")
    after = store.record("set", "p1", "attempted", "x = 5")
    assert after.status == "solved"
    assert after.answer == "x = 5" and after.attempts == 3
    store.record("set", "p2", "verified")
    assert {k: v.status for k, v in store.for_set("set").items()} == {
        "p1": "solved", "p2": "verified",
    }
    assert store.for_set("other") == {}
    with pytest.raises(ValueError, match="unknown status"):
        store.record("set", "p1", "great")


def test_survives_a_kill(tmp_path: Path) -> None:
    """A process killed with SIGKILL right after recording loses nothing."""
    script = textwrap.dedent(f"""
        import os, signal, sys
        sys.path.insert(0, {str(Path(__file__).resolve().parents[2])!r})
        os.environ["PROOF_TUTOR_HOME"] = {str(tmp_path)!r}
        from tutor.storage.progress import ProgressStore
        store = ProgressStore()
        store.record("bundled/x", "p1", "solved", "42")
        print("recorded", flush=True)
        os.kill(os.getpid(), signal.SIGKILL)
    """)
    proc = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True,
                          timeout=60, env={**os.environ, "PROOF_TUTOR_HOME": str(tmp_path)})
    assert proc.stdout.strip() == "recorded"
    assert proc.returncode == -signal.SIGKILL
    reopened = ProgressStore(tmp_path / "data" / "progress.sqlite3")
    try:
        got = reopened.get("bundled/x", "p1")
        assert (got.status, got.answer) == ("solved", "42")
    finally:
        reopened.close()
