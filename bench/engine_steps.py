"""The built-in engine's own steps, through the checker, as the app checks them.

The app checks every step it shows, the engine's too. A refuted engine step is a red mark on
a step the engine stands behind: a false alarm of the checker or a wrong step of the engine,
a bug either way; each one is printed, and so is a step whose text has a TeX command outside
`$...$` (the student would read the source). The rest says how much of what the engine shows the
checker confirms independently (verified), in part (partly checked) or not at all.

Usage:
  python bench/engine_steps.py --sets math_train --every 10 --jobs 1
  python bench/engine_steps.py --file bench/data/own_problems_stop50.jsonl --show-unchecked 20

`--sets` reads the development part only (ids ending 3-9, as `bench/symbolic.py` splits them);
`--file` reads our own sets ({"problem", "answer"} per line).
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import time
from collections import Counter
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from symbolic import held_out, load  # noqa: E402  (bench/ is on the path as the script's folder)

from tutor.problems.step import Step  # noqa: E402
from tutor.reasoning.symbolic import solve_problem  # noqa: E402
from tutor.reasoning.symbolic.runner import warm_up  # noqa: E402
from tutor.verify.api import check_steps  # noqa: E402
from tutor.verify.verdict import StepVerdict, Verdict  # noqa: E402


@dataclass
class Checked:
    problem: str
    steps: list[Step] = field(default_factory=list)
    verdicts: list[StepVerdict] = field(default_factory=list)


_MATHS = re.compile(r"\$\$.*?\$\$|\$[^$]*\$", re.S)
_TEX_COMMAND = re.compile(r"\\[a-zA-Z]+")


def raw_tex(text: str) -> bool:
    """A TeX command outside `$...$`: the student would read the source, not the maths."""
    return bool(_TEX_COMMAND.search(_MATHS.sub(" ", text)))


def kind(v: StepVerdict) -> str:
    if v.verdict is Verdict.UNCHECKED:
        return "partly checked" if v.partly else "unchecked"
    return v.verdict.value


def check_one(problem: str, time_limit: float) -> Checked:
    sol = solve_problem(problem, time_limit=time_limit)
    out = Checked(problem)
    if sol.answer is None:
        return out
    out.steps = [Step(s.text, latex=s.latex or None) for s in sol.steps]
    out.verdicts = check_steps(problem, [s.check_text for s in out.steps])
    return out


def problems(args: argparse.Namespace) -> list[str]:
    if args.file:
        rows = [json.loads(line) for line in Path(args.file).read_text().splitlines()
                if line.strip()]
        texts = [r["problem"] for r in rows]
    else:
        texts = [r.problem for name in args.sets.split(",") if name
                 for r in load(name, None) if not held_out(r.rid)]
    texts = texts[::args.every]
    return texts[:args.limit] if args.limit else texts


def report(results: list[Checked], show_unchecked: int) -> None:
    solved = [r for r in results if r.steps]
    counts = Counter(kind(v) for r in solved for v in r.verdicts)
    n = sum(counts.values())
    whole = sum(all(v.verdict is Verdict.VERIFIED for v in r.verdicts) for r in solved)
    print(f"{len(results)} problems, {len(solved)} solved, {n} steps shown")
    for name in ("verified", "partly checked", "unchecked", "refuted"):
        print(f"  {name:15s} {counts[name]:5d} ({counts[name] / max(n, 1):.1%})")
    print(f"  solutions with every step verified: {whole} of {len(solved)} "
          f"({whole / max(len(solved), 1):.1%})")
    for r in solved:
        for s, v in zip(r.steps, r.verdicts, strict=True):
            if v.verdict is Verdict.REFUTED:
                why = "; ".join(c.reason for c in v.claims if c.verdict is Verdict.REFUTED)
                print(f"  REFUTED in {r.problem[:90]!r}:\n    {s.check_text[:300]!r}\n    {why}")
    raw = [s.text for r in solved for s in r.steps if raw_tex(s.text)]
    print(f"  steps with TeX outside $...$: {len(raw)}")
    for text in raw:
        print(f"  RAW TEX: {text[:200]!r}")
    shown = 0
    for r in solved:
        for s, v in zip(r.steps, r.verdicts, strict=True):
            if shown < show_unchecked and kind(v) == "unchecked":
                print(f"  unchecked: {s.check_text[:200]!r}")
                shown += 1


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--sets", default="math_train")
    ap.add_argument("--file", default="")
    ap.add_argument("--every", type=int, default=1, help="take every Nth problem")
    ap.add_argument("--limit", type=int, default=None)
    ap.add_argument("--jobs", type=int, default=1)
    ap.add_argument("--time-limit", type=float, default=20.0)
    ap.add_argument("--show-unchecked", type=int, default=0,
                    help="print the first N steps left unchecked")
    args = ap.parse_args()
    start = time.perf_counter()
    warm_up()
    texts = problems(args)
    with ThreadPoolExecutor(max_workers=args.jobs) as pool:
        results = list(pool.map(lambda p: check_one(p, args.time_limit), texts))
    report(results, args.show_unchecked)
    print(f"total {time.perf_counter() - start:.1f}s")


if __name__ == "__main__":
    main()
