"""Issue 15 item 4 for bench/reliability.py: damaged or read-only progress databases.

Each case builds a progress file in a throwaway profile and opens it in a child
process, as the app does at start-up. Held: the child exits 0 with no traceback, says
what happened (`store.problem`), and no earlier record is lost.
"""

from __future__ import annotations

import json
import os
import shutil
import sqlite3
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import NamedTuple

ROOT = Path(__file__).resolve().parents[1]

OPEN_CHILD = """
import json, os, sys
from tutor.storage.progress import ProgressStore
store = ProgressStore()
kept = [store.get("s", f"p{i:02}") for i in range(20)]
print(json.dumps({"problem": store.problem, "read_only": store.read_only,
                  "kept": sum(1 for r in kept if r is not None)}))
store.close()
"""


class Result(NamedTuple):
    name: str
    held: bool
    seconds: float
    note: str


def _fill(db: Path, n: int = 20) -> None:
    env = {**os.environ, "PROOF_TUTOR_HOME": str(db.parents[1])}
    code = ("from tutor.storage.progress import ProgressStore\ns = ProgressStore()\n"
            f"[s.record('s', f'p{{i:02}}', 'solved', str(i)) for i in range({n})]\ns.close()\n")
    subprocess.run([sys.executable, "-c", code], cwd=ROOT, env=env, check=True, timeout=120)


def _damage_index(db: Path) -> None:
    """One key in the primary-key index names no row (the rows stay intact)."""
    conn = sqlite3.connect(db)
    root = conn.execute("SELECT rootpage FROM sqlite_master "
                        "WHERE name='sqlite_autoindex_progress_1'").fetchone()[0]
    page = conn.execute("PRAGMA page_size").fetchone()[0]
    conn.close()
    data = bytearray(db.read_bytes())
    at = data.find(b"p07", (root - 1) * page, root * page)
    data[at:at + 3] = b"q07"
    db.write_bytes(bytes(data))


def _ordinary_user() -> list[str]:
    if os.geteuid() != 0:
        return []
    setpriv = shutil.which("setpriv")
    return [setpriv, "--bounding-set=-dac_override,-dac_read_search,-fowner", "--"] \
        if setpriv else []


def _open(home: Path, prefix: list[str] | None = None) -> tuple[dict, float, str]:
    env = {**os.environ, "PROOF_TUTOR_HOME": str(home)}
    start = time.monotonic()
    proc = subprocess.run([*(prefix or []), sys.executable, "-c", OPEN_CHILD], cwd=ROOT,
                          env=env, capture_output=True, text=True, timeout=120)
    seconds = time.monotonic() - start
    if proc.returncode != 0 or "Traceback" in proc.stderr:
        return {}, seconds, f"exit {proc.returncode}: {proc.stderr.strip()[-200:]}"
    return json.loads(proc.stdout.strip().splitlines()[-1]), seconds, ""


def run(work: Path, progress: Callable[[str], None] | None = None) -> list[Result]:
    results: list[Result] = []

    def case(name: str, home: Path, check: Callable[[dict], str],
             prefix: list[str] | None = None) -> None:
        seen, seconds, failure = _open(home, prefix)
        note = failure or check(seen)
        results.append(Result(name, not note, seconds, note))
        if progress:
            progress(f"  progress database: {name}: {'held' if not note else 'BROKE'}, "
                     f"{seconds:.2f} s {note}")

    home = work / "progress-index"
    db = home / "data" / "progress.sqlite3"
    _fill(db)
    _damage_index(db)
    case("index-only damage is repaired", home,
         lambda s: "" if s.get("kept") == 20 and "repaired" in (s.get("problem") or "")
         else f"saw {s}")

    home = work / "progress-empty"
    (home / "data").mkdir(parents=True)
    (home / "data" / "progress.sqlite3").write_bytes(b"")
    case("0-byte file is said", home,
         lambda s: "" if "empty" in (s.get("problem") or "") else f"saw {s}")

    prefix = _ordinary_user()
    home = work / "progress-readonly"
    db = home / "data" / "progress.sqlite3"
    _fill(db)
    db.chmod(0o444)
    db.parent.chmod(0o555)
    try:
        case("read-only file starts, progress not saved", home,
             lambda s: "" if s.get("read_only") and s.get("kept") == 20 else f"saw {s}",
             prefix)
    finally:
        db.parent.chmod(0o755)
    return results


if __name__ == "__main__":
    import tempfile

    run(Path(tempfile.mkdtemp(prefix="bench-progress-")), print)
