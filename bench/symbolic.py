"""Benchmark the built-in symbolic engine: how much it answers, how much of that is wrong.

MATH-500 is split in two: "dev" (unique_id digits ending 3-9), which the engine may be
developed against, and "held-out" (ending 0-2), which is only measured: its problems are
never printed. For each split: attempted, right, wrong, declined, gave up, seconds
(p50/p95/max) and how many answers were confirmed by an independent method, then the
same per subject and per level. GSM8K is a development set too, and so is
`processbench_math`: the MATH test problems outside MATH-500 that ProcessBench's math
split holds (the closest public sample of the held-out twin), split the same way by id;
`math_train` is the MATH training split (7,495 problems with a boxed answer,
`bench/data/math_train.jsonl`, see its README): the same population as the held-out twin
but never a test problem, split the same way by id, so the engine is built on the dev part
and its generalisation is read off the rest. `--heldout` adds OlympiadBench / AMC23 /
AIME24 (measure only, never tune on them: wrong must be 0).

    .venv/bin/python bench/symbolic.py --limit 100 --jobs 2
    .venv/bin/python bench/symbolic.py --sets math500 --heldout
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import time
from collections import defaultdict
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
EVAL = ROOT.parent / "shared" / "eval" / "answers"

from tutor.reasoning.symbolic import solve_problem  # noqa: E402
from tutor.reasoning.symbolic.runner import warm_up  # noqa: E402

try:
    from tutor.verify.answers import equivalent
except ImportError:  # the project's checker is not there yet: use math-verify directly
    from math_verify import parse, verify

    def equivalent(gold: str, pred: str, *, timeout: float = 2.0,  # noqa: ARG001
                   approximate: bool = False) -> bool:  # noqa: ARG001
        return bool(verify(parse(f"${gold}$"), parse(f"${pred}$")))


@dataclass
class Row:
    rid: str
    problem: str
    gold: str
    subject: str = ""
    level: str = ""


@dataclass
class Tally:
    n: int = 0
    right: int = 0
    wrong: int = 0
    declined: int = 0
    gave_up: int = 0
    confirmed: int = 0
    seconds: list[float] = field(default_factory=list)

    def line(self) -> str:
        att = self.right + self.wrong
        secs = sorted(self.seconds) or [0.0]

        def pct(q: float) -> float:
            return secs[min(len(secs) - 1, int(q * len(secs)))]
        return (f"{self.n:4d} problems, attempted {att:3d} ({att / max(self.n, 1):5.1%}), "
                f"right {self.right:3d}, wrong {self.wrong} ({self.wrong / max(att, 1):.1%}), "
                f"declined {self.declined}, gave up {self.gave_up}, confirmed {self.confirmed}; "
                f"s p50 {pct(0.5):.2f} p95 {pct(0.95):.2f} max {secs[-1]:.2f}")


def _gold(name: str, rec: dict) -> str:
    if name == "gsm8k_test_openai":
        return rec["answer"].split("####")[-1].strip().replace(",", "")
    if name == "olympiadbench_qwen":
        return ", ".join(rec["final_answer"])
    return str(rec["answer"])


DATA = ROOT / "bench" / "data"
SPLIT_SETS = ("math500", "processbench_math", "math_train")
STEPS = ROOT.parent / "shared" / "eval" / "steps" / "math.json"


def load_processbench_math(limit: int | None) -> list[Row]:
    """MATH test problems outside MATH-500, from ProcessBench's math split (a development
    set): the gold answer is the last \\boxed{} of a solution ProcessBench marks correct.
    This is the closest public sample to the held-out twin (MATH test outside MATH-500)."""
    from tutor.verify.answers import last_boxed

    in_500 = {json.loads(line)["problem"]
              for line in (EVAL / "math500.jsonl").read_text().splitlines()}
    rows: dict[str, Row] = {}
    for rec in json.loads(STEPS.read_text()):
        if rec["problem"] in in_500 or rec["problem"] in rows or not rec["final_answer_correct"]:
            continue
        gold = last_boxed("\\n".join(rec["steps"]))
        if gold and "=" in gold and "," not in gold:  # "\\frac{3}{16} = 0.0011_2": the value
            gold = gold.rsplit("=", 1)[1].strip()
        if gold:
            rows[rec["problem"]] = Row(rec["id"], rec["problem"], gold)
    out = list(rows.values())
    return out[:limit] if limit else out


def load(name: str, limit: int | None) -> list[Row]:
    if name == "processbench_math":
        return load_processbench_math(limit)
    rows = []
    path = DATA / f"{name}.jsonl" if (DATA / f"{name}.jsonl").exists() else EVAL / f"{name}.jsonl"
    for i, line in enumerate(path.read_text().splitlines()):
        rec = json.loads(line)
        rows.append(Row(str(rec.get("unique_id", rec.get("id", i))),
                        rec.get("problem") or rec.get("question"), _gold(name, rec),
                        str(rec.get("subject", "")), str(rec.get("level", ""))))
    return rows[:limit] if limit else rows


def held_out(rid: str) -> bool:
    """Problems (MATH-500, ProcessBench math, MATH train) whose id's digits end in 0-2."""
    digits = re.sub(r"\D", "", rid)
    return bool(digits) and digits[-1] in "012"


def check_part(rid: str) -> bool:
    """Dev problems whose id's digits end in 7-9: built on by nobody from now on, so the
    dev part's own generalisation check (readers are built from the declines of ids
    ending 3-6; `--declined` prints only those)."""
    digits = re.sub(r"\D", "", rid)
    return bool(digits) and digits[-1] in "789"


def run_set(name: str, limit: int | None, jobs: int, time_limit: float, show: bool,
            show_declined: bool = False, subject: str = "") -> None:
    exact = subject.startswith("=")  # "=Algebra": that subject only, not Prealgebra
    rows = [r for r in load(name, None) if (subject[1:].lower() == r.subject.lower() if exact
                                            else subject.lower() in r.subject.lower())]
    rows = rows[:limit] if limit else rows
    warm_up()  # as the app does at start-up: the solver process is running before any solve
    with ThreadPoolExecutor(max_workers=jobs) as pool:
        sols = list(pool.map(lambda r: solve_problem(r.problem, time_limit=time_limit), rows))
    split = name in SPLIT_SETS
    tallies: dict[str, Tally] = defaultdict(Tally)
    for row, sol in zip(rows, sols, strict=True):
        hidden = split and held_out(row.rid)
        keys = ["held-out" if hidden else "all"]
        if split and not hidden:
            keys.append("dev check (7-9)" if check_part(row.rid) else "dev build (3-6)")
        if split and not hidden and row.subject:
            keys += [f"subject {row.subject}", f"level {row.level}"]
        ok = sol.answer is not None and equivalent(row.gold, sol.answer, timeout=10.0)
        for key in keys:
            t = tallies[key]
            t.n += 1
            t.seconds.append(sol.seconds)
            if sol.answer is None:
                t.declined += sol.kind == "unsupported"
                t.gave_up += sol.kind == "timeout"
                continue
            t.right += ok
            t.wrong += not ok
            t.confirmed += bool(getattr(sol, "confirmed", None))
        if sol.answer is None and not hidden and show_declined and not check_part(row.rid):
            print(f"  DECLINED {row.rid}: {row.problem[:300]!r} -> {sol.declined[:120]!r}")
        if sol.answer is not None and not hidden and (show or not ok):
            print(f"  {'OK ' if ok else 'BAD'} {row.rid}: gold={row.gold!r} "
                  f"ours={sol.answer!r} ({sol.seconds:.2f}s)")
        elif hidden and sol.answer is not None and not ok:
            print(f"  BAD (held out) {row.rid}")
    print(f"{name}{' dev' if split else ''}: {tallies['all'].line()}")
    if split:
        print(f"{name} held-out (ids ending 0-2): {tallies['held-out'].line()}")
        for key in ("dev build (3-6)", "dev check (7-9)"):
            print(f"  {key:32s} {tallies[key].line()}")
        for key in sorted(k for k in tallies if k.startswith(("subject", "level"))):
            print(f"  {key:32s} {tallies[key].line()}")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--limit", type=int, default=None)
    ap.add_argument("--jobs", type=int, default=2)
    ap.add_argument("--time-limit", type=float, default=20.0)
    ap.add_argument("--heldout", action="store_true", help="also the held-out sets")
    ap.add_argument("--show", action="store_true", help="print every attempted dev problem")
    ap.add_argument("--declined", action="store_true",
                    help="print every declined dev problem of the build part (ids ending 3-6)"
                         " with the reason")
    ap.add_argument("--sets", default="math500,gsm8k_test_openai",
                    help="comma-separated development sets to run (empty for none)")
    ap.add_argument("--subject", default="",
                    help="only problems whose subject contains this ('=Algebra': is exactly this)")
    args = ap.parse_args()
    sets = [name for name in args.sets.split(",") if name]
    if args.heldout:
        sets += ["olympiadbench_qwen", "amc23", "aime24"]
    start = time.perf_counter()
    for name in sets:
        run_set(name, args.limit, args.jobs, args.time_limit, args.show, args.declined,
                args.subject)
    print(f"total {time.perf_counter() - start:.1f}s")


if __name__ == "__main__":
    main()
