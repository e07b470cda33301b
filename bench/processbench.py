"""ProcessBench: how well the step checker finds the first wrong step.

    python bench/processbench.py [--splits gsm8k math ...] [--limit N] [--jobs 2]

Prints per split: false-alarm rate (first refuted step before the labelled
first error, or any refuted step in a correct solution: the tutor would have
marked a correct step wrong), exact catch (first refuted == label, over
erroneous solutions), late catch, step coverage (share of steps verified or
refuted), the share of steps containing `=` that are verified (a step is verified
only when every checkable claim in it is), the share of solutions with a wrong
final answer that get flagged (a refuted step), steps per second, p50/p95 per-step
latency, and a cross-check against a deliberately over-eager arithmetic scan:
of the steps in which a plain `a op b = c` on whole numbers is false as written,
how many the checker refutes (the scan ignores every convention, so some of
its finds are not errors: remainders, running totals, units).

gsm8k and math are development splits; olympiadbench and omnimath are held
out (measured, never tuned on): see ../shared/eval/README.md.
"""

from __future__ import annotations

import argparse
import json
import random
import re
import statistics
import sys
import threading
import time
from collections import Counter
from concurrent.futures import ThreadPoolExecutor
from fractions import Fraction
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from tutor.cli.check_steps import reference_answer  # noqa: E402
from tutor.verify.answers import extract_final_answer  # noqa: E402
from tutor.verify.api import ChainChecker  # noqa: E402
from tutor.verify.chain_pipeline import check_in_pipeline  # noqa: E402
from tutor.verify.pool import CheckerPool  # noqa: E402
from tutor.verify.verdict import StepVerdict, Verdict  # noqa: E402

EVAL = ROOT.parent / "shared" / "eval" / "steps"
SPLITS = ("gsm8k", "math", "olympiadbench", "omnimath")


_OP = r"\s*(?:[-+*/×÷]|\\times|\\cdot|\\div)\s*"
_EAGER = re.compile(
    rf"(?<![\d.,^_{{}}])(\d{{1,9}}(?:{_OP}\d{{1,9}})+)\s*=\s*(\d{{1,12}})"
    r"(?![\d.,^_a-zA-Z])(?!\s*(?:[-+*/×÷^(]|\\times|\\cdot|\\div))"
)
_OPERATOR_BEFORE = re.compile(r"(?:[-+*/×÷^]|\\times|\\cdot|\\div)\s*$")
_SYMBOL = {"×": "*", "\\times": "*", "\\cdot": "*", "÷": "/", "\\div": "/"}


def _value(expression: str) -> Fraction | None:
    """`a op b op c` on whole numbers, with the usual precedence."""
    numbers = [Fraction(n) for n in re.findall(r"\d+", expression)]
    ops = [_SYMBOL.get(o.strip(), o.strip()) for o in re.findall(_OP, expression)]
    terms, signs = [numbers[0]], []
    for op, n in zip(ops, numbers[1:], strict=True):
        if op in "*/":
            if op == "/" and n == 0:
                return None
            terms[-1] = terms[-1] * n if op == "*" else terms[-1] / n
        else:
            signs.append(op)
            terms.append(n)
    total = terms[0]
    for sign, n in zip(signs, terms[1:], strict=True):
        total = total + n if sign == "+" else total - n
    return total


def eager_scan_false(step: str) -> bool:
    """A plain `a op b ... = c` on whole numbers that is false as written (see module doc)."""
    for m in _EAGER.finditer(step):
        if _OPERATOR_BEFORE.search(step[max(0, m.start() - 12) : m.start()]):
            continue  # the tail of a longer expression
        value = _value(m.group(1))
        if value is not None and value != int(m.group(2)):
            if re.search(r"/|÷|\\div", m.group(1)) and abs(value - int(m.group(2))) < 1:
                continue  # a quotient written rounded is not certainly wrong, even to the scan
            return True
    return False


_REFERENCES: dict[str, str | None] = {}  # the engine's confirmed answer per problem text
_REFERENCES_LOCK = threading.Lock()


def shared_reference(problem: str) -> str | None:
    """The engine's confirmed answer (`reference_answer`), solved once per problem text:
    the solutions of one problem (45 of math's 1000 repeat a problem) share it."""
    with _REFERENCES_LOCK:
        if problem in _REFERENCES:
            return _REFERENCES[problem]
    answer = reference_answer(problem)
    with _REFERENCES_LOCK:
        return _REFERENCES.setdefault(problem, answer)


def check_record(
    rec: dict, pool: CheckerPool, answers: bool = False
) -> tuple[list[StepVerdict], list[float], str | None]:
    """Step verdicts, per-step seconds, and (with `answers`) the verdict on the final
    answer against the built-in engine's confirmed answer (None when none)."""
    reference = shared_reference(rec["problem"]) if answers else None
    checker = ChainChecker(rec["problem"], pool=pool, reference_answer=reference)
    verdicts, latencies = [], []
    for step in rec["steps"]:
        start = time.perf_counter()
        verdicts.append(checker.check(step))
        latencies.append(time.perf_counter() - start)
    answer = None
    if reference is not None:
        result = checker.check_answer(extract_final_answer("\n".join(rec["steps"][-3:])))
        answer = result.verdict.value if result is not None else None
    return verdicts, latencies, answer


def show_unverified(records: list[dict], results: list, count: int, seed: int = 0,
                    correct_only: bool = False) -> None:
    """A fixed sample of `count` steps containing `=` that were not verified, with each
    claim the checker found and what became of it (to sort the misses by cause).
    With `correct_only`, only steps the labels call correct (before the labelled first
    error, or in an all-correct solution) and that were left unchecked (not refuted)."""
    misses = [(rec["id"], i, text, sv) for rec, (verdicts, _, _) in zip(records, results,
                                                                       strict=True)
              for i, (text, sv) in enumerate(zip(rec["steps"], verdicts, strict=True))
              if "=" in text and sv.verdict is not Verdict.VERIFIED
              and (not correct_only or ((rec["label"] < 0 or i < rec["label"])
                                        and sv.verdict is not Verdict.REFUTED))]
    for rid, i, text, sv in random.Random(seed).sample(misses, min(count, len(misses))):
        print(f"--- {rid} step {i}: {sv.verdict.value}")
        print("    " + text.replace("\n", "\n    "))
        for c in sv.claims:
            mark = "" if c.checkable else " (not a claim)"
            print(f"    [{c.verdict.value}{mark}] {c.claim}  -- {c.kind}: {c.reason}")


def show_methods(records: list[dict], results: list, count: int) -> None:
    """How the claims of the verified steps with `=` were confirmed: for each method, in
    how many such steps it confirmed a claim (what each kind of check contributes)."""
    steps: Counter[str] = Counter()
    for rec, (verdicts, _, _) in zip(records, results, strict=True):
        for text, sv in zip(rec["steps"], verdicts, strict=True):
            if "=" in text and sv.verdict is Verdict.VERIFIED:
                steps.update({c.method for c in sv.claims
                              if c.verdict is Verdict.VERIFIED and c.method})
    for method, n in steps.most_common(count):
        print(f"    {n:5d} steps  {method}")


def dump_verdicts(path: Path, records: list[dict], checked: list) -> None:
    """Append each step's verdict and its claims (what each became and why), and the final
    answer's verdict, one JSON line a step: to compare two versions of the checker."""
    with path.open("a") as out:
        for rec, (verdicts, _, answer) in zip(records, checked, strict=True):
            for i, sv in enumerate(verdicts):
                claims = [[c.claim, c.verdict.value, c.reason, c.kind, c.method, c.checkable]
                          for c in sv.claims]
                out.write(json.dumps({"id": rec["id"], "step": i, "verdict": sv.verdict.value,
                                      "claims": claims}, ensure_ascii=False) + "\n")
            out.write(json.dumps({"id": rec["id"], "answer": answer}) + "\n")


def run_split(name: str, limit: int | None, pool: CheckerPool, show: int,
              answers: bool = False, unverified: int = 0, seed: int = 0,
              methods: int = 0, correct_only: bool = False,
              dump: Path | None = None) -> None:
    records = json.loads((EVAL / f"{name}.json").read_text())[:limit]
    t0 = time.perf_counter()
    with ThreadPoolExecutor(max_workers=pool.size) as ex:
        checked = list(ex.map(lambda r: check_record(r, pool, answers), records))
    if dump is not None:
        dump_verdicts(dump, records, checked)
    results = [([sv.verdict.value for sv in steps], lat, ans) for steps, lat, ans in checked]
    wall = time.perf_counter() - t0
    false_alarm = exact = late = erroneous = steps = covered = 0
    with_eq = eq_verified = wrong_answer = flagged = eager = eager_refuted = 0
    latencies: list[float] = []
    alarms = []
    answer_refuted = answer_checked = 0
    with_claim = claim_verified = 0  # steps with '=' that hold a checkable claim
    for rec, (verdicts, lat, answer), (step_verdicts, _, _) in zip(records, results, checked,
                                                                   strict=True):
        label = rec["label"]
        first = next((i for i, v in enumerate(verdicts) if v == Verdict.REFUTED.value), -1)
        steps += len(verdicts)
        for text, verdict, sv in zip(rec["steps"], verdicts, step_verdicts, strict=True):
            if "=" in text:
                with_eq += 1
                eq_verified += verdict == Verdict.VERIFIED.value
                if any(c.checkable for c in sv.claims):
                    with_claim += 1
                    claim_verified += verdict == Verdict.VERIFIED.value
            if eager_scan_false(text):
                eager += 1
                eager_refuted += verdict == Verdict.REFUTED.value
        answer_checked += answer is not None
        answer_refuted += answer == Verdict.REFUTED.value
        if answer == Verdict.REFUTED.value and rec.get("final_answer_correct") is not False:
            print(f"    answer refuted on a right final answer: {rec['id']}")
        if rec.get("final_answer_correct") is False:
            wrong_answer += 1
            flagged += first >= 0 or answer == Verdict.REFUTED.value
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
    print(
        f"{'':14s} steps with '=' verified={100 * eq_verified / max(with_eq, 1):5.1f}%"
        f" ({eq_verified}/{with_eq})  wrong-answer solutions flagged="
        f"{100 * flagged / max(wrong_answer, 1):5.1f}% ({flagged}/{wrong_answer})"
        f"  of the steps an over-eager arithmetic scan finds false,"
        f" {100 * eager_refuted / max(eager, 1):5.1f}% refuted ({eager_refuted}/{eager})",
        flush=True,
    )
    print(f"{'':14s} of those with a checkable claim (not only definitions, suppositions or"
          f" conventions): {100 * claim_verified / max(with_claim, 1):5.1f}%"
          f" ({claim_verified}/{with_claim})", flush=True)
    if answers:
        print(f"{'':14s} final answers cross-checked with the engine: {answer_checked},"
              f" refuted {answer_refuted}", flush=True)
    for rid, first, label in alarms[:show]:
        print(f"    false alarm: {rid} first_refuted={first} label={label}")
    if unverified:
        show_unverified(records, checked, unverified, seed, correct_only)
    if methods:
        show_methods(records, checked, methods)


def transcript_seconds(pool: CheckerPool, chars: int = 50_000) -> None:
    """Seconds to check a reasoning transcript of `chars` characters: the dev
    transcripts' outputs, one after another, split into steps as the app does; checked
    one step at a time (as a streamed transcript is) and on every worker at once (as one
    known in full is), each on fresh workers of `pool`'s size, warmed up."""
    from tutor.reasoning.steps import split_steps

    path = ROOT.parent / "shared" / "eval" / "transcripts" / "r1_dev.jsonl"
    if not path.exists():
        print(f"no transcripts at {path}")
        return
    records = [json.loads(line) for line in path.read_text().splitlines() if line.strip()]
    text = ""
    while len(text) < chars:
        text += "\n\n".join(r["output"].replace("<think>", "").replace("</think>", "")
                             for r in records)
    text = text[:chars]
    steps = split_steps(text)
    for how, check in (("one step at a time", _one_by_one), ("on every worker", _pipelined)):
        fresh = CheckerPool(processes=pool.size)  # no caches warmed by the other run
        fresh.warm_up()
        try:
            checker = ChainChecker(records[0]["problem"], pool=fresh)
            started = time.perf_counter()
            refuted = sum(v.verdict is Verdict.REFUTED for v in check(checker, steps))
            print(f"transcript of {len(text)} characters, {len(steps)} steps, {how}: checked "
                  f"in {time.perf_counter() - started:.1f} s ({refuted} steps refuted)",
                  flush=True)
        finally:
            fresh.close()


def _one_by_one(checker: ChainChecker, steps: list[str]) -> list[StepVerdict]:
    """As the app checks a streamed transcript: each step when it is complete."""
    return [checker.check(step) for step in steps]


def _pipelined(checker: ChainChecker, steps: list[str]) -> list[StepVerdict]:
    """As a transcript known in full is checked (`check_steps`)."""
    return list(check_in_pipeline(checker, steps))


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--splits", nargs="*", default=list(SPLITS))
    ap.add_argument("--limit", type=int, default=None)
    ap.add_argument("--jobs", type=int, default=2)
    ap.add_argument("--show", type=int, default=0, help="list the first N false alarms")
    ap.add_argument("--show-unverified", type=int, default=0, metavar="N",
                    help="print a fixed sample of N steps with '=' that were not verified")
    ap.add_argument("--correct-only", action="store_true",
                    help="with --show-unverified: only correct steps (before the labelled first"
                         " error, or in all-correct solutions) left unchecked")
    ap.add_argument("--methods", type=int, default=0, metavar="N",
                    help="list the N methods that confirmed claims in most verified steps")
    ap.add_argument("--seed", type=int, default=0,
                    help="which fixed sample --show-unverified prints")
    ap.add_argument("--answers", action="store_true",
                    help="cross-check each final answer with the built-in engine's confirmed one")
    ap.add_argument("--dump", type=Path, default=None, metavar="FILE",
                    help="append every step's verdict and claims to FILE as JSON lines")
    ap.add_argument("--transcript", action="store_true",
                    help="also time the check of a 50k-character reasoning transcript")
    args = ap.parse_args()
    if not EVAL.is_dir():
        sys.exit(f"benchmark data not found at {EVAL}")
    pool = CheckerPool(processes=args.jobs)
    pool.warm_up()  # worker start-up is not a step's latency
    try:
        for name in args.splits:
            run_split(name, args.limit, pool, args.show, args.answers, args.show_unverified,
                      args.seed, args.methods, args.correct_only,
                      args.dump)
        if args.transcript:
            transcript_seconds(pool)
        print(f"worker restarts (timeouts or crashes): {pool.restarts}")
    finally:
        pool.close()


if __name__ == "__main__":
    main()
