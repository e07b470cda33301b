"""Paraphrase robustness of the built-in symbolic engine: one question, many wordings.

`bench/data/paraphrases.jsonl` is our own text, not a benchmark: for each capability the
engine solves in at least one wording (fractions, percents, roots, divisors, remainders,
bases, counting, probability, sequences, vectors, polar points, variation, polygons, ...)
five problems written for this file, each with its own numbers and an answer worked out
by hand:

    a  a standard textbook wording
    b  a terse imperative ("Find ...", "Compute ...")
    c  the clauses reordered ("When ..., what is ...?", "Of ..., which ...?")
    d  a wordier or story wording
    e  the maths in another form: word numbers, decimals, an equation written the other
       way round, plain text without dollar signs, or LaTeX display \\[...\\]

It measures whether many phrasings of one question reach one solver (issue 13 item 1):
per capability k/5 solved and the forms declined, the solved rate per form, and overall
solved / WRONG / declined. A WRONG answer (given, not equivalent to ours) is a bug: each
is printed with the problem, our answer and the engine's.

    .venv/bin/python bench/paraphrases.py --jobs 2
    .venv/bin/python bench/paraphrases.py --capability remainder --declined
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from collections import defaultdict
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
DATA = ROOT / "bench" / "data" / "paraphrases.jsonl"
FORMS = {"own": "own wording", "a": "textbook", "b": "imperative", "c": "reordered", "d": "story",
         "e": "other notation"}

from tutor.reasoning.symbolic import solve_problem  # noqa: E402
from tutor.reasoning.symbolic.runner import warm_up  # noqa: E402
from tutor.verify.answers import equivalent  # noqa: E402


@dataclass
class Outcome:
    capability: str
    form: str
    problem: str
    gold: str
    answer: str | None
    declined: str
    seconds: float

    @property
    def verdict(self) -> str:
        if self.answer is None:
            return "declined"
        return "solved" if equivalent(self.gold, self.answer) else "WRONG"


def load(capability: str, path: Path = DATA) -> list[dict]:
    rows = [json.loads(line) for line in path.read_text().splitlines() if line.strip()]
    return [r for r in rows if capability.lower() in r["capability"].lower()]


def run(rows: list[dict], jobs: int, time_limit: float) -> list[Outcome]:
    warm_up()  # as the app does: the solver process is running before the first solve

    def one(rec: dict) -> Outcome:
        sol = solve_problem(rec["problem"], time_limit=time_limit)
        return Outcome(rec["capability"], rec["form"], rec["problem"], rec["answer"],
                       sol.answer, sol.declined or "", sol.seconds)

    with ThreadPoolExecutor(max_workers=jobs) as pool:
        return list(pool.map(one, rows))


def report(outcomes: list[Outcome], show_declined: bool) -> None:
    by_cap: dict[str, list[Outcome]] = defaultdict(list)
    by_form: dict[str, list[Outcome]] = defaultdict(list)
    for out in outcomes:
        by_cap[out.capability].append(out)
        by_form[out.form].append(out)
    print("per capability (solved/n, forms not solved: d = declined, W = wrong):")
    for cap, outs in sorted(by_cap.items(), key=lambda kv: (
            sum(o.verdict == "solved" for o in kv[1]), kv[0])):
        solved = sum(o.verdict == "solved" for o in outs)
        missed = " ".join(f"{o.form}{'W' if o.verdict == 'WRONG' else 'd'}"
                          for o in outs if o.verdict != "solved")
        print(f"  {cap:36s} {solved}/{len(outs)}  {missed}")
    print("per form:")
    for form, outs in sorted(by_form.items()):
        solved = sum(o.verdict == "solved" for o in outs)
        print(f"  {form} {FORMS.get(form, '?'):15s} {solved:3d}/{len(outs):3d} "
              f"({solved / max(len(outs), 1):5.1%})")
    verdicts = [o.verdict for o in outcomes]
    n = max(len(outcomes), 1)
    secs = sorted(o.seconds for o in outcomes) or [0.0]
    print(f"overall: {len(outcomes)} problems in {len(by_cap)} capabilities; "
          f"solved {verdicts.count('solved')} ({verdicts.count('solved') / n:.1%}), "
          f"WRONG {verdicts.count('WRONG')}, declined {verdicts.count('declined')} "
          f"({verdicts.count('declined') / n:.1%}); "
          f"capabilities solved in all 5 forms: "
          f"{sum(all(o.verdict == 'solved' for o in v) for v in by_cap.values())}; "
          f"s p50 {secs[len(secs) // 2]:.2f} max {secs[-1]:.2f}")
    for out in outcomes:
        if out.verdict == "WRONG":
            print(f"  WRONG [{out.capability} {out.form}] {out.problem!r}\n"
                  f"        expected {out.gold!r}, engine {out.answer!r}")
        elif show_declined and out.verdict == "declined":
            print(f"  declined [{out.capability} {out.form}] {out.problem!r}\n"
                  f"        -> {out.declined[:140]!r}")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--jobs", type=int, default=2)
    ap.add_argument("--time-limit", type=float, default=20.0)
    ap.add_argument("--capability", default="", help="only capabilities whose name has this")
    ap.add_argument("--declined", action="store_true", help="print each declined problem")
    ap.add_argument("--file", type=Path, default=DATA,
                    help="another file of our own problems in the same format, e.g. "
                         "bench/data/own_problems_stop17.jsonl")
    args = ap.parse_args()
    start = time.perf_counter()
    report(run(load(args.capability, args.file), args.jobs, args.time_limit), args.declined)
    print(f"total {time.perf_counter() - start:.1f}s")


if __name__ == "__main__":
    main()
