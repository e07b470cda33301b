"""Agreement of `tutor.verify.answers.equivalent` with public answer-equivalence cases.

Reads ../shared/eval/equivalence/ (relative to the project root):
* math_verify_cases.jsonl (DEVELOPMENT split, may be tuned on): the rows that compare
  two answers (`gold`, `pred`, `expected` or `result` in {0, 1}) under math-verify's
  default options; rows for other options (precision 2, strict=False,
  allow_set_relation_comp=True) and string-extraction rows are skipped and counted.
* mario_is_equiv_cases.jsonl (HELD-OUT split, measure only): `a`, `b`, `expected_equiv`.

Prints counts, agreement and seconds per pair for each file, once with exact
equivalence and once accepting a decimal at the writer's precision (as MARIO
and most graders do), and the disagreements
on the development file (--quiet hides them; held-out disagreements only with
--show-held-out, for reading, never for tuning rules).
A file of our own pairs (`a`, `b`, `expected_equiv`, and `approximate_equiv` where a
decimal is right only at the writer's precision) runs alone with --file, its
disagreements shown in both modes.
Usage: python bench/equivalence.py [--quiet] [--show-held-out] [--file PATH]
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from collections.abc import Iterator
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from tutor.verify.answers import equivalent  # noqa: E402

EVAL = ROOT.parent / "shared" / "eval" / "equivalence"
# math-verify's defaults: rows written for any other setting test another grader.
_DEFAULTS = {"precision": 6, "strict": True, "allow_set_relation_comp": False}

Case = tuple[int, str, str, bool]  # line number, gold, pred, expected


def math_verify_cases(path: Path) -> tuple[list[Case], int]:
    cases, skipped = [], 0
    for number, record in _records(path):
        expected = record.get("expected", record.get("result"))
        gold, pred = record.get("gold"), record.get("pred")
        defaults = all(record.get(key, value) == value for key, value in _DEFAULTS.items())
        if (
            isinstance(gold, str)
            and isinstance(pred, str)
            and expected in (0, 1)
            and not isinstance(expected, bool)
            and defaults
        ):
            cases.append((number, gold, pred, bool(expected)))
        else:
            skipped += 1
    return cases, skipped


def mario_cases(path: Path, approximate: bool = False) -> tuple[list[Case], int]:
    cases, skipped = [], 0
    for number, record in _records(path):
        a, b, expected = record.get("a"), record.get("b"), record.get("expected_equiv")
        if approximate:
            expected = record.get("approximate_equiv", expected)
        if isinstance(a, str) and isinstance(b, str) and isinstance(expected, bool):
            cases.append((number, a, b, expected))
        else:
            skipped += 1
    return cases, skipped


def _records(path: Path) -> Iterator[tuple[int, dict]]:
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
        if line.strip():
            yield number, json.loads(line)


def run(name: str, split: str, cases: list[Case], skipped: int, show: bool,
        approximate: bool = False) -> float:
    agree, wrong = 0, []
    started = time.perf_counter()
    for number, gold, pred, expected in cases:
        got = equivalent(gold, pred, approximate=approximate)
        if got == expected:
            agree += 1
        else:
            wrong.append((number, gold, pred, expected))
    seconds = time.perf_counter() - started
    share = 100.0 * agree / len(cases) if cases else 0.0
    mode = "decimals at the writer's precision accepted" if approximate else "exact"
    print(f"{name} [{split}, {mode}]: {agree}/{len(cases)} agree = {share:.1f}%  "
          f"({skipped} rows skipped)  {seconds / max(len(cases), 1):.3f} s/pair")
    if show:
        for number, gold, pred, expected in wrong:
            print(f"  line {number}: expected {expected}: gold={_short(gold)} pred={_short(pred)}")
    return share


def _short(text: str, limit: int = 90) -> str:
    return repr(text if len(text) <= limit else "..." + text[-limit:])


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quiet", action="store_true", help="hide the disagreements")
    parser.add_argument("--show-held-out", action="store_true",
                        help="also list held-out disagreements (never tune on them)")
    parser.add_argument("--file", type=Path,
                        help="run only this file of our own pairs (a, b, expected_equiv)")
    args = parser.parse_args()
    if args.file is not None:
        equivalent("1", "1")
        for approximate in (False, True):
            run(args.file.name, "own", *mario_cases(args.file, approximate),
                not args.quiet, approximate)
        return 0
    if not EVAL.is_dir():
        print(f"no evaluation data at {EVAL}", file=sys.stderr)
        return 1
    equivalent("1", "1")  # import and warm-up cost stays out of the timing
    for approximate in (False, True):
        run("math_verify_cases.jsonl", "development",
            *math_verify_cases(EVAL / "math_verify_cases.jsonl"), not args.quiet, approximate)
        run("mario_is_equiv_cases.jsonl", "held-out",
            *mario_cases(EVAL / "mario_is_equiv_cases.jsonl"),
            args.show_held_out and not args.quiet, approximate)
    return 0


if __name__ == "__main__":
    sys.exit(main())
