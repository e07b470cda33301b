"""ProcessBench: how well the step checker finds the first wrong step.

    python bench/processbench.py [--splits gsm8k math ...] [--limit N] [--jobs 2]

Prints per split: false-alarm rate (first refuted step before the labelled
first error, or any refuted step in a correct solution: the tutor would have
marked a correct step wrong), exact catch (first refuted == label, over
erroneous solutions), late catch, step coverage (share of steps verified or
refuted), steps per second, and p50/p95 per-step latency.

gsm8k and math are development splits; olympiadbench and omnimath are held
out (measured, never tuned on): see ../shared/eval/README.md.
"""

from __future__ import annotations

import argparse
import json
import statistics
import sys
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from tutor.verify.api import iter_check_steps  # noqa: E402
from tutor.verify.pool import CheckerPool  # noqa: E402
from tutor.verify.verdict import Verdict  # noqa: E402

EVAL = ROOT.parent / "shared" / "eval" / "steps"
SPLITS = ("gsm8k", "math", "olympiadbench", "omnimath")


def check_record(rec: dict, pool: CheckerPool) -> tuple[list[str], list[float]]:
    verdicts, latencies = [], []
    start = time.perf_counter()
    for v in iter_check_steps(rec["problem"], rec["steps"], pool=pool):
        now = time.perf_counter()
        latencies.append(now - start)
        start = now
        verdicts.append(v.verdict.value)
    return verdicts, latencies


def run_split(name: str, limit: int | None, pool: CheckerPool, show: int) -> None:
    records = json.loads((EVAL / f"{name}.json").read_text())[:limit]
    t0 = time.perf_counter()
    with ThreadPoolExecutor(max_workers=pool.size) as ex:
        results = list(ex.map(lambda r: check_record(r, pool), records))
    wall = time.perf_counter() - t0
    false_alarm = exact = late = erroneous = steps = covered = 0
    latencies: list[float] = []
    alarms = []
    for rec, (verdicts, lat) in zip(records, results, strict=True):
        label = rec["label"]
        first = next((i for i, v in enumerate(verdicts) if v == Verdict.REFUTED.value), -1)
        steps += len(verdicts)
        covered += sum(v != Verdict.UNCHECKED.value for v in verdicts)
        latencies.extend(lat)
        if label >= 0:
            erroneous += 1
        if first >= 0 and (label < 0 or first < label):
            false_alarm += 1
            alarms.append((rec["id"], first, label))
        elif first >= 0 and first == label:
            exact += 1
        elif first >= 0 and first > label >= 0:
            late += 1
    n = len(records)
    lat_sorted = sorted(latencies) or [0.0]
    p95 = lat_sorted[min(len(lat_sorted) - 1, int(0.95 * len(lat_sorted)))]
    print(
        f"{name:14s} n={n:5d} false_alarm={100 * false_alarm / max(n, 1):5.2f}% ({false_alarm})"
        f"  exact_catch={100 * exact / max(erroneous, 1):5.1f}% ({exact}/{erroneous})"
        f"  late_catch={100 * late / max(erroneous, 1):5.1f}%"
        f"  coverage={100 * covered / max(steps, 1):5.1f}%"
        f"  steps/s={steps / wall:6.1f}  p50={1000 * statistics.median(lat_sorted):.0f}ms"
        f"  p95={1000 * p95:.0f}ms  max={1000 * lat_sorted[-1]:.0f}ms  wall={wall:.0f}s",
        flush=True,
    )
    for rid, first, label in alarms[:show]:
        print(f"    false alarm: {rid} first_refuted={first} label={label}")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--splits", nargs="*", default=list(SPLITS))
    ap.add_argument("--limit", type=int, default=None)
    ap.add_argument("--jobs", type=int, default=2)
    ap.add_argument("--show", type=int, default=0, help="list the first N false alarms")
    args = ap.parse_args()
    if not EVAL.is_dir():
        sys.exit(f"benchmark data not found at {EVAL}")
    pool = CheckerPool(processes=args.jobs)
    pool.warm_up()  # worker start-up is not a step's latency
    try:
        for name in args.splits:
            run_split(name, args.limit, pool, args.show)
        print(f"worker restarts (timeouts or crashes): {pool.restarts}")
    finally:
        pool.close()


if __name__ == "__main__":
    main()
