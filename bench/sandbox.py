"""The bounded child-process sandbox (tutor.workers) as its users meet it.

    .venv/bin/python bench/sandbox.py [--repeat 10]

Printed:
- the built-in engine's start-up: `warm_up()` seconds, then the first solve after it;
- cancel latency of a symbolic solve: from `should_stop()` turning True (set from another
  thread while a long solve runs) to `solve_problem` returning, median and max;
- the solve right after a cancel (a replaced worker must not make the user wait);
- the checker pool: seconds per one-claim step right after its warm-up, median over
  `--repeat` x 20 steps.
Targets: cancel <= 0.05 s; the first solve after warm-up and after a cancel well under 1 s.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import threading
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from tutor.reasoning.symbolic import solve_problem  # noqa: E402
from tutor.reasoning.symbolic.runner import warm_up  # noqa: E402

LONG = "Expand $(x+y)^{10000}$."  # runs for seconds inside SymPy
QUICK = "Solve $3x - 7 = 11$."


def cancel_latency() -> tuple[float, float]:
    """Seconds from should_stop turning True to solve_problem returning; the next solve's."""
    stop = threading.Event()
    stopped_at: list[float] = []

    def press_stop() -> None:
        time.sleep(0.5)
        stopped_at.append(time.perf_counter())
        stop.set()

    threading.Thread(target=press_stop, daemon=True).start()
    sol = solve_problem(LONG, time_limit=30.0, should_stop=stop.is_set)
    latency = time.perf_counter() - stopped_at[0]
    assert sol.kind == "cancelled", sol
    start = time.perf_counter()
    after = solve_problem(QUICK, time_limit=30.0)
    assert after.answer == "6", after
    return latency, time.perf_counter() - start


def checker_step_seconds(repeat: int) -> float:
    from tutor.verify.check import Context
    from tutor.verify.claims import RawClaim
    from tutor.verify.pool import CheckerPool

    pool = CheckerPool(processes=1)
    try:
        pool.warm_up()
        times = []
        for i in range(repeat * 20):
            k = i % 7 + 2
            claim = RawClaim(rf"\frac{{d}}{{dx}} x^{{{k}}}", "=", f"{k}x^{{{k - 1}}}",
                             f"d/dx x^{k} = {k}x^{k - 1}", True, True, False, True)
            start = time.perf_counter()
            pool.check_claims([claim], Context(), 5.0)
            times.append(time.perf_counter() - start)
        return statistics.median(times)
    finally:
        pool.close()


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--repeat", type=int, default=10)
    args = ap.parse_args()
    print(f"checker pool, one-claim step right after warm_up: median "
          f"{1000 * checker_step_seconds(args.repeat):.1f} ms")
    start = time.perf_counter()
    warm_up()
    print(f"solver warm_up: {time.perf_counter() - start:.2f} s")
    start = time.perf_counter()
    first = solve_problem(QUICK, time_limit=30.0)
    print(f"first solve after warm_up: {time.perf_counter() - start:.3f} s ({first.answer})")
    latencies, nexts = [], []
    for _ in range(args.repeat):
        latency, after = cancel_latency()
        latencies.append(latency)
        nexts.append(after)
    print(f"cancel latency: median {statistics.median(latencies):.3f} s, "
          f"max {max(latencies):.3f} s ({args.repeat} cancels)")
    print(f"solve right after a cancel: median {statistics.median(nexts):.3f} s, "
          f"max {max(nexts):.3f} s")


if __name__ == "__main__":
    main()
