"""Reliability figures of issue 7: hostile input and kill-during-write.

1. Hostile input: the fuzz properties of bench/fuzz.py at every entry point that takes
   untrusted text. Figures: inputs tried, code executions (must be 0), hangs past the
   bound (0), unhandled exceptions (0; known loader bugs are counted and named).
2. Kill-during-write: a child (bench/_writer.py) commits progress records in a loop
   through tutor.storage.progress.ProgressStore, printing its commit count after each
   commit; it is SIGKILLed at a random moment, then the database is reopened with the
   product's API and every record the child reported as committed must be there, with
   its answer, and `PRAGMA integrity_check` must say ok. Figures: trials, records lost.
3. Bounded work (bench/bounds.py): pathological formulas through the render worker,
   render-worker kills, and exports over their time or memory limit. Figures: formulas
   past the limit + margin (must be 0), worker restarts, exports stopped cleanly.

Everything runs under a throw-away PROOF_TUTOR_HOME; the real profile is never touched.
Usage: python bench/reliability.py [--examples N] [--seconds S] [--trials N] [--formulas N]
                                   [--seed N]
"""

from __future__ import annotations

import argparse
import os
import random
import signal
import sqlite3
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

BENCH = Path(__file__).resolve().parent
ROOT = BENCH.parent
sys.path[:0] = [str(BENCH), str(ROOT)]

import bounds  # noqa: E402
import fuzz  # noqa: E402
import fuzz_strategies as fz  # noqa: E402


def _read_counts(stream: object, counts: list[int]) -> None:
    for line in stream:  # type: ignore[attr-defined]
        text = line.strip()
        if text.isdigit():
            counts.append(int(text))


def kill_trial(trial: int, rng: random.Random, env: dict[str, str]) -> tuple[int, int, bool]:
    """One writer killed at a random moment: (reported commits, records lost, db ok)."""
    from tutor.storage.progress import ProgressStore

    set_id = f"trial-{trial}"
    child = subprocess.Popen(
        [sys.executable, str(BENCH / "_writer.py"), set_id],
        stdout=subprocess.PIPE,
        text=True,
        env=env,
        cwd=ROOT,
    )
    counts: list[int] = []
    reader = threading.Thread(target=_read_counts, args=(child.stdout, counts), daemon=True)
    reader.start()
    started = time.monotonic()
    while not counts and child.poll() is None and time.monotonic() - started < 60:
        time.sleep(0.005)  # the child is importing; kill once it is writing
    time.sleep(rng.uniform(0.0, 0.5))
    os.kill(child.pid, signal.SIGKILL)
    child.wait()
    reader.join(10)
    reported = counts[-1] if counts else 0

    store = ProgressStore()
    try:
        found = store.for_set(set_id)
    finally:
        store.close()
    lost = sum(
        1
        for i in range(reported)
        if f"p{i}" not in found or found[f"p{i}"].answer != str(i)
    )
    with sqlite3.connect(store.path) as conn:
        ok = conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    conn.close()
    return reported, lost, ok


def kill_during_write(trials: int, rng: random.Random) -> tuple[int, int, int, int]:
    """(trials, commits reported in all, records lost, integrity failures)."""
    env = dict(os.environ)
    reported = lost = bad = 0
    for trial in range(trials):
        n, missing, ok = kill_trial(trial, rng, env)
        reported += n
        lost += missing
        bad += not ok
        print(f"  kill trial {trial + 1}: killed after {n} commits, {missing} lost,"
              f" integrity {'ok' if ok else 'FAILED'}", file=sys.stderr, flush=True)
    return trials, reported, lost, bad


def _known_bugs() -> str:
    return ", ".join(f"{entry} {exc.__name__}" for entry, exc in fz.KNOWN_BUGS)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--examples", type=int, default=300, help="fuzz examples per entry")
    parser.add_argument("--seconds", type=float, default=240.0, help="fuzz time budget")
    parser.add_argument("--solve-examples", type=int, default=15)
    parser.add_argument("--trials", type=int, default=20, help="kill-during-write trials")
    parser.add_argument("--formulas", type=int, default=12, help="pathological formulas")
    parser.add_argument("--seed", type=int, default=None)
    args = parser.parse_args(argv)
    run_seed = args.seed if args.seed is not None else random.randrange(2**32)
    rng = random.Random(run_seed)
    with tempfile.TemporaryDirectory(prefix="proof-tutor-reliability-") as tmp:
        os.environ["PROOF_TUTOR_HOME"] = tmp
        print(f"seed {run_seed}", flush=True)
        results = fuzz.fuzz_all(args.examples, args.seconds, args.solve_examples, run_seed,
                                Path(tmp))
        clean = fuzz.report(results)
        trials, reported, lost, bad = kill_during_write(args.trials, rng)
        render = bounds.render_bounds(args.formulas, args.trials, rng)
        export = bounds.export_bounds(args.trials, rng)

    tried = sum(s.tried for s in results.values())
    executions = sum(len(s.executions) for s in results.values())
    hangs = sum(len(s.hangs) for s in results.values())
    failures = sum(len(s.failures) for s in results.values())
    known = sum(s.known for s in results.values())
    print()
    print(f"hostile inputs tried:        {tried} at {len(results)} entry points")
    print(f"code executions:             {executions}")
    print(f"hangs past the limit:        {hangs}")
    print(f"unhandled exceptions:        {failures + known}"
          + (f" ({known} from known bugs: {_known_bugs()})" if known else ""))
    print(f"kill-during-write trials:    {trials} ({reported} commits reported)")
    print(f"records lost:                {lost}")
    print(f"databases failing integrity: {bad}")
    bounded = bounds.print_figures(render, export)
    return 0 if clean and lost == 0 and bad == 0 and bounded else 1


if __name__ == "__main__":
    sys.exit(main())
