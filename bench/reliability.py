"""Reliability figures of issues 7 and 15: hostile input, kill-during-write, bounded work.

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
4. The command line (bench/reliability_cli.py, issue 15): deep or huge JSON, endless
   files, bad option values, damaged model lists and settings, equiv on a matrix too big
   to build, a million-problem set, a read-only destination, a 249-character PDF name,
   --quiet; and one step of "7 ÷ 2 = 3 R 1, " repeated to a few MB through the checker.
5. Models (bench/reliability_models.py, when it exists): malformed GGUF files, OpenAI
   server bounds, key leaks; its `run(report)` returns one Figure a category
   (category, tried, held, worst_seconds, worst_rss_mb).
6. Progress database (bench/reliability_progress.py, issue 15 item 4): an index-only
   damage repaired, a 0-byte file said, a read-only file opened with progress not saved.

Ends with one table, per category: cases tried, cases held, worst time, worst RSS (of the
process under test; "-" where that process is this one or not measured), and the
headline counts: crashes of the app process on malformed models, tracebacks, unbounded
runs (longer than their limit + 1 s) and key leaks, all of which must be 0.

Everything runs under a throw-away PROOF_TUTOR_HOME; the real profile is never touched.
Usage: python bench/reliability.py [--examples N] [--seconds S] [--trials N] [--formulas N]
                                   [--step-mb MB] [--seed N]
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
import reliability_cli  # noqa: E402
import reliability_progress  # noqa: E402

try:  # written by the backends work; optional until it lands
    import reliability_models  # type: ignore[import-not-found]  # noqa: E402
except ImportError:
    reliability_models = None


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


def kill_during_write(trials: int, rng: random.Random) -> tuple[int, int, int, int, int]:
    """(trials, commits reported in all, records lost, integrity failures, trials held)."""
    env = dict(os.environ)
    reported = lost = bad = held = 0
    for trial in range(trials):
        n, missing, ok = kill_trial(trial, rng, env)
        reported += n
        lost += missing
        bad += not ok
        held += ok and not missing
        print(f"  kill trial {trial + 1}: killed after {n} commits, {missing} lost,"
              f" integrity {'ok' if ok else 'FAILED'}", file=sys.stderr, flush=True)
    return trials, reported, lost, bad, held


def _known_bugs() -> str:
    return ", ".join(f"{entry} {exc.__name__}" for entry, exc in fz.KNOWN_BUGS)


Row = tuple[str, int, int, float | None, float | None]  # category, tried, held, s, MB


def _rss_mb() -> float:
    import resource

    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def outcome_rows(outcomes: list) -> list[Row]:  # type: ignore[type-arg]
    """One row per category of reliability_cli.Outcome-like results."""
    rows: dict[str, list] = {}  # type: ignore[type-arg]
    for o in outcomes:
        rows.setdefault(o.case.category, []).append(o)
    return [(cat, len(items), sum(o.held for o in items), max(o.seconds for o in items),
             max(o.rss_mb for o in items) or None) for cat, items in rows.items()]


def run_models() -> list[Row]:
    """bench/reliability_models.py's categories as rows; [] when it is not there."""
    if reliability_models is None or not hasattr(reliability_models, "run"):
        print("  models: bench/reliability_models.py not present; skipped", file=sys.stderr)
        return []
    figures = reliability_models.run(lambda line: print(line, file=sys.stderr, flush=True))
    return [(f.category, f.tried, f.held, f.worst_seconds, f.worst_rss_mb) for f in figures]


def _not_held(rows: list[Row], category: str) -> int | None:
    found = [tried - held for cat, tried, held, _, _ in rows if cat == category]
    return found[0] if found else None


def print_table(rows: list[Row]) -> None:
    print(f"{'category':<28} {'tried':>6} {'held':>6} {'worst s':>8} {'worst RSS MB':>13}")
    for cat, tried, held, worst, rss in rows:
        w = f"{worst:.2f}" if worst is not None else "-"
        r = f"{rss:.0f}" if rss else "-"
        print(f"{cat:<28} {tried:>6} {held:>6} {w:>8} {r:>13}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--examples", type=int, default=200, help="fuzz examples per entry")
    parser.add_argument("--seconds", type=float, default=45.0, help="fuzz time budget")
    parser.add_argument("--solve-examples", type=int, default=5)
    parser.add_argument("--trials", type=int, default=3, help="kill-during-write trials")
    parser.add_argument("--formulas", type=int, default=4, help="pathological formulas")
    parser.add_argument("--step-mb", type=float, default=3.0, help="size of the long step")
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
        fuzz_rss = _rss_mb()
        trials, reported, lost, bad, kills_held = kill_during_write(args.trials, rng)
        render = bounds.render_bounds(args.formulas, args.trials, rng)
        export = bounds.export_bounds(args.trials, rng)
        work = Path(tmp) / "cli"
        work.mkdir()
        cli = reliability_cli.run_all(
            work, lambda line: print(line, file=sys.stderr, flush=True), args.step_mb)
        models = run_models()
        databases = reliability_progress.run(
            Path(tmp), lambda line: print(line, file=sys.stderr, flush=True))

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
    for o in cli:
        if not o.held:
            print(f"  ! {o.case.category}: {o.case.name}: {o.note or 'traceback'}")
    print()
    fuzz_held = tried - failures - known - executions - hangs
    rows: list[Row] = [
        ("hostile text (fuzz)", tried, fuzz_held,
         max((s.slowest for s in results.values()), default=0.0), None),
        ("kill during write", trials, kills_held, None, None),
        ("pathological formulas", render.formulas + render.kills,
         render.formulas - len(render.past_bound) - render.not_recovered
         + render.kills_recovered, render.slowest, None),
        ("exports over a limit", export.trials, export.clean, None, None),
        *outcome_rows(cli), *models,
        ("progress database", len(databases), sum(r.held for r in databases),
         max(r.seconds for r in databases), None),
    ]
    print_table(rows)
    print(f"(fuzzing ran in this process: its peak RSS was {fuzz_rss:.0f} MB)")
    tracebacks = sum(o.traceback for o in cli)
    unbounded = hangs + len(render.past_bound) + sum(
        o.seconds > o.case.limit + reliability_cli.MARGIN for o in cli)
    crashes = _not_held(models, "malformed model files")
    leaks = _not_held(models, "key leaks")
    servers = _not_held(models, "server bounds")
    missing = " (bench/reliability_models.py not run)"
    print("app crashes on malformed models: "
          + (f"{crashes} (malformed-model cases not held)" if crashes is not None else missing))
    print(f"tracebacks:                      {tracebacks} (command-line cases; the model "
          "cases count one as not held)")
    print(f"unbounded runs (limit + 1 s):    {unbounded}"
          + (f" (+{servers} server-bound cases not held)" if servers else ""))
    print("key leaks:                       "
          + (f"{leaks} (key-leak cases not held)" if leaks is not None else missing))
    held = (all(o.held for o in cli) and all(tried == ok for _, tried, ok, _, _ in models)
            and all(r.held for r in databases))
    return 0 if clean and lost == 0 and bad == 0 and bounded and held else 1


if __name__ == "__main__":
    sys.exit(main())
