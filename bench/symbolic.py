"""Benchmark the built-in symbolic engine on MATH-500 and GSM8K (development sets).

Prints, per set: attempted, right (equivalent to gold), wrong, declined, gave up,
time per problem (mean, p95), first-step latency, and the share of attempted
solutions whose every step the checker verifies. `--heldout` also measures
OlympiadBench / AMC23 / AIME24 (measure only, never tune on them).

    .venv/bin/python bench/symbolic.py --limit 100 --jobs 2
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
EVAL = ROOT.parent / "shared" / "eval" / "answers"

from tutor.reasoning.symbolic import solve_problem  # noqa: E402
from tutor.reasoning.symbolic.runner import warm_up  # noqa: E402
from tutor.verify.api import check_steps  # noqa: E402
from tutor.verify.verdict import Verdict  # noqa: E402

try:
    from tutor.verify.answers import equivalent
except ImportError:  # the project's checker is not there yet: use math-verify directly
    from math_verify import parse, verify

    def equivalent(gold: str, pred: str) -> bool:
        return bool(verify(parse(f"${gold}$"), parse(f"${pred}$")))


def _gold(name: str, rec: dict) -> str:
    if name == "gsm8k_test_openai":
        return rec["answer"].split("####")[-1].strip().replace(",", "")
    if name == "olympiadbench_qwen":
        return ", ".join(rec["final_answer"])
    return str(rec["answer"])


def load(name: str, limit: int | None) -> list[tuple[str, str, str]]:
    rows = []
    for i, line in enumerate((EVAL / f"{name}.jsonl").read_text().splitlines()):
        rec = json.loads(line)
        rows.append((str(rec.get("unique_id", rec.get("id", i))),
                     rec.get("problem") or rec.get("question"), _gold(name, rec)))
    return rows[:limit] if limit else rows


def run_set(name: str, limit: int | None, jobs: int, time_limit: float, show: bool) -> None:
    rows = load(name, limit)
    warm_up()  # as the app does at start-up: the solver process is running before any solve
    with ThreadPoolExecutor(max_workers=jobs) as pool:
        sols = list(pool.map(lambda r: solve_problem(r[1], time_limit=time_limit), rows))
    right = wrong = declined = gave_up = all_verified = right_verified = 0
    for (rid, text, gold), sol in zip(rows, sols, strict=True):
        if sol.answer is None:
            declined += sol.kind == "unsupported"
            gave_up += sol.kind == "timeout"
            continue
        ok = equivalent(gold, sol.answer)
        right += ok
        wrong += not ok
        verdicts = check_steps(text, [s.text for s in sol.steps])
        every = all(v.verdict is Verdict.VERIFIED for v in verdicts)
        all_verified += every
        right_verified += every and ok
        if show or not ok:
            print(f"  {'OK ' if ok else 'BAD'} {rid}: gold={gold!r} ours={sol.answer!r}")
    n, attempted = len(rows), right + wrong
    secs = sorted(s.seconds for s in sols)
    p95 = secs[min(len(secs) - 1, int(0.95 * len(secs)))] if secs else 0.0
    print(f"{name}: {n} problems, attempted {attempted} ({attempted / n:.1%}), "
          f"right {right} ({right / n:.1%}), wrong {wrong} "
          f"({wrong / max(attempted, 1):.1%} of attempted), declined {declined}, "
          f"gave up {gave_up}")
    solved = [s.seconds for s in sols if s.answer is not None]
    fast = sum(t < 1.0 for t in solved)
    print(f"  first step (= solve time) under 1 s: {fast}/{len(solved)} answered; "
          f"median {statistics.median(solved) if solved else 0:.2f}s")
    slow = [(sol.seconds, rid) for (rid, _, _), sol in zip(rows, sols, strict=True)
            if sol.answer is not None and sol.seconds >= 1.0]
    if slow:
        print("  1 s or more: " + ", ".join(f"{rid} {t:.2f}s" for t, rid in sorted(slow)[::-1]))
    print(f"  time/problem mean {statistics.mean(secs):.2f}s p95 {p95:.2f}s; "
          f"every step verified: {all_verified}/{attempted} attempted; "
          f"right with every step verified: {right_verified} ({right_verified / n:.1%})")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--limit", type=int, default=None)
    ap.add_argument("--jobs", type=int, default=2)
    ap.add_argument("--time-limit", type=float, default=20.0)
    ap.add_argument("--heldout", action="store_true", help="also the held-out sets")
    ap.add_argument("--show", action="store_true", help="print every attempted problem")
    ap.add_argument("--sets", default="math500,gsm8k_test_openai",
                    help="comma-separated development sets to run (empty for none)")
    args = ap.parse_args()
    sets = [name for name in args.sets.split(",") if name]
    if args.heldout:
        sets += ["olympiadbench_qwen", "amc23", "aime24"]
    start = time.perf_counter()
    for name in sets:
        run_set(name, args.limit, args.jobs, args.time_limit, args.show)
    print(f"total {time.perf_counter() - start:.1f}s")


if __name__ == "__main__":
    main()
