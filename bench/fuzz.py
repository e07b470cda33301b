"""Long fuzz run: hostile and generated text at every entry point that takes untrusted input.

The same properties as tests/reliability/test_fuzz.py, for longer and with a fresh
seed each run: nothing executes (a canary file stays absent), nothing raises outside
the entry point's contract, and every call returns within its bound.

Prints, per entry point, the examples tried, failures (with the failing input), code
executions (canary hits), hangs past the bound and known bugs (bench/fuzz_strategies
KNOWN_BUGS). Exit status 1 when anything other than a known bug was found.
Usage: python bench/fuzz.py [--examples N] [--seconds S] [--solve-examples N] [--seed N]
"""

from __future__ import annotations

import argparse
import os
import random
import sys
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path

BENCH = Path(__file__).resolve().parent
sys.path[:0] = [str(BENCH), str(BENCH.parent)]

import fuzz_strategies as fz  # noqa: E402
from hypothesis import HealthCheck, Phase, given, seed, settings  # noqa: E402
from hypothesis import strategies as st  # noqa: E402

IN_PROCESS_BOUND = 5.0
STEP_LIMIT = 1.0
SOLVE_LIMIT = 2.0
POOL_STEPS = {"check_steps": 2, "check_step": 1}


@dataclass
class EntryStats:
    tried: int = 0
    failures: list[str] = field(default_factory=list)
    executions: list[str] = field(default_factory=list)
    hangs: list[str] = field(default_factory=list)
    known: int = 0
    slowest: float = 0.0


def bound_for(name: str) -> float:
    if name in POOL_STEPS:
        return POOL_STEPS[name] * (STEP_LIMIT + 1.0) + 1.0  # as in the test
    if name == "solve_problem":
        return SOLVE_LIMIT + 1.5
    return IN_PROCESS_BOUND


def fuzz_entry(
    name: str, target: fz.Target, canary: Path, examples: int, seconds: float, run_seed: int
) -> EntryStats:
    """Run one entry point on up to `examples` texts or for `seconds`, whichever ends first."""
    stats = EntryStats()
    stop_at = time.monotonic() + seconds
    bound = bound_for(name)

    @seed(run_seed)
    @settings(
        max_examples=examples,
        deadline=None,
        database=None,
        phases=[Phase.generate],
        suppress_health_check=list(HealthCheck),
    )
    @given(st.data())
    def run(data: st.DataObject) -> None:
        text = data.draw(fz.strategy_for(name, canary))  # drawn even when skipped
        if time.monotonic() > stop_at:
            return
        stats.tried += 1
        start = time.perf_counter()
        try:
            target(text)
        except Exception as exc:  # noqa: BLE001 - every escape is a finding
            if fz.known_bug(name, exc):
                stats.known += 1
            else:
                stats.failures.append(f"{type(exc).__name__}: {exc!s:.150} <- {text!r:.300}")
        elapsed = time.perf_counter() - start
        stats.slowest = max(stats.slowest, elapsed)
        if canary.exists():
            stats.executions.append(repr(text)[:300])
            canary.unlink()
        if elapsed > bound:
            stats.hangs.append(f"{elapsed:.1f} s > {bound} s <- {text!r:.300}")

    try:
        run()
    except Exception as exc:  # noqa: BLE001 - a fuzzer error is reported, not fatal
        stats.failures.append(f"fuzzer error {type(exc).__name__}: {exc!s:.300}")
    return stats


def fuzz_all(
    examples: int, seconds: float, solve_examples: int, run_seed: int, workdir: Path
) -> dict[str, EntryStats]:
    """Every entry point, the time budget shared equally; the solver gets fewer examples."""
    from tutor.verify.pool import CheckerPool

    canary = workdir / "CANARY"
    files = workdir / "files"
    files.mkdir(exist_ok=True)
    pool = CheckerPool(processes=1)
    try:
        pool.warm_up()
        entries = fz.targets(pool, files, step_limit=STEP_LIMIT)
        entries["solve_problem"] = fz.solve_target(SOLVE_LIMIT)
        fz.solve_target(30.0)("Solve 2x + 3 = 11")  # start the solver's server untimed
        share = seconds / len(entries)
        results = {}
        for name, target in entries.items():
            n = solve_examples if name == "solve_problem" else examples
            results[name] = fuzz_entry(name, target, canary, n, share, run_seed)
            print(f"  {name}: {results[name].tried} tried", file=sys.stderr, flush=True)
        return results
    finally:
        pool.close()


def report(results: dict[str, EntryStats]) -> bool:
    """Print the table and the findings; True when nothing (beyond known bugs) was found."""
    print(f"{'entry point':<20} {'tried':>7} {'failures':>9} {'executions':>11} "
          f"{'hangs':>6} {'known':>6} {'slowest s':>10}")
    for name, s in results.items():
        print(f"{name:<20} {s.tried:>7} {len(s.failures):>9} {len(s.executions):>11} "
              f"{len(s.hangs):>6} {s.known:>6} {s.slowest:>10.2f}")
    clean = True
    for name, s in results.items():
        for kind, items in (("FAILURE", s.failures), ("EXECUTED", s.executions),
                            ("HANG", s.hangs)):
            for item in items[:10]:
                clean = False
                print(f"{kind} {name}: {item}")
    return clean


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--examples", type=int, default=1000, help="per entry point")
    parser.add_argument("--seconds", type=float, default=600.0, help="whole run, shared")
    parser.add_argument("--solve-examples", type=int, default=30)
    parser.add_argument("--seed", type=int, default=None)
    args = parser.parse_args(argv)
    run_seed = args.seed if args.seed is not None else random.randrange(2**32)
    with tempfile.TemporaryDirectory(prefix="proof-tutor-fuzz-") as tmp:
        os.environ["PROOF_TUTOR_HOME"] = tmp
        print(f"seed {run_seed}, up to {args.examples} examples per entry point, "
              f"{args.seconds:.0f} s", flush=True)
        start = time.perf_counter()
        results = fuzz_all(args.examples, args.seconds, args.solve_examples, run_seed,
                           Path(tmp))
        clean = report(results)
        print(f"total {sum(s.tried for s in results.values())} inputs in "
              f"{time.perf_counter() - start:.0f} s")
    return 0 if clean else 1


if __name__ == "__main__":
    sys.exit(main())
