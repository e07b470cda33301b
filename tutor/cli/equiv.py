"""`tutor equiv GOLD PRED` / `tutor equiv --jsonl FILE`: are two final answers the same?

The single form prints `true` or `false`. The JSONL form reads one object per
line with `gold` and `pred` (or `a` and `b`) and prints `{"equivalent": BOOL}` per
record, in order; every line is validated before any is judged, so a bad file
gives an error and no partial output.

SymPy never runs on the answers in this process: each comparison runs in the bounded
child of tutor.verify.bounded_answers (time limit `--timeout` + 0.5 s to kill it, and
a memory cap), so `\\operatorname{eye}(20000)` costs the child its limit, not the
caller gigabytes. A comparison stopped at a limit prints `false` (not confirmed) and
says so on stderr.
"""

from __future__ import annotations

import argparse
import json
import sys
from typing import Any

from tutor.cli import UsageError
from tutor.cli.options import seconds
from tutor.cli.records import RecordsError, read_records

_KEY_PAIRS = (("gold", "pred"), ("a", "b"))
MAX_TIMEOUT = 60.0


def register(subparsers: Any) -> None:
    p = subparsers.add_parser(
        "equiv", help="are two final answers equivalent? (prints true/false or JSONL)"
    )
    p.add_argument("gold", nargs="?", help="reference answer, e.g. '\\frac{1}{2}'")
    p.add_argument("pred", nargs="?", help="answer to judge, e.g. '0.5'")
    p.add_argument("--jsonl", metavar="FILE", help="records with gold/pred (or a/b); '-' = stdin")
    p.add_argument("--timeout", type=seconds(MAX_TIMEOUT), default=2.0,
                   help=f"seconds per pair, at most {MAX_TIMEOUT:g} (default 2)")
    p.set_defaults(func=_run)


def _equivalent(gold: str, pred: str, timeout: float) -> bool:
    """The bounded child's verdict; a comparison stopped at a limit is False (unconfirmed)."""
    from tutor.verify.bounded_answers import answer_worker
    from tutor.workers import LimitError

    try:
        return bool(answer_worker().call("tutor.verify.answers:equivalent", gold, pred,
                                         timeout=timeout, time_limit=timeout + 0.5))
    except LimitError as exc:
        print(f"equiv: comparison stopped ({exc}); reported as false", file=sys.stderr)
        return False


def _run(args: argparse.Namespace) -> int:
    if args.jsonl is not None:
        if args.gold is not None or args.pred is not None:
            raise UsageError("give either GOLD PRED or --jsonl FILE, not both")
        for gold, pred in _read_pairs(args.jsonl):
            result = _equivalent(gold, pred, args.timeout)
            print(json.dumps({"equivalent": result}), flush=True)
        return 0
    if args.gold is None or args.pred is None:
        raise UsageError("need two answers: tutor equiv GOLD PRED (or --jsonl FILE)")
    print("true" if _equivalent(args.gold, args.pred, args.timeout) else "false")
    return 0


def _read_pairs(source: str) -> list[tuple[str, str]]:
    """All (gold, pred) pairs of a JSONL file; UsageError names file and line."""
    try:
        return [_pair(rec.data, rec.where) for rec in read_records(source)]
    except RecordsError as exc:
        raise UsageError(str(exc)) from exc


def _pair(record: object, where: str) -> tuple[str, str]:
    if not isinstance(record, dict):
        raise UsageError(f"{where}: expected a JSON object, got {type(record).__name__}")
    for left, right in _KEY_PAIRS:
        if left in record and right in record:
            return _text(record[left], where, left), _text(record[right], where, right)
    raise UsageError(f"{where}: needs keys 'gold' and 'pred' (or 'a' and 'b')")


def _text(value: object, where: str, key: str) -> str:
    """Answers are strings; plain JSON numbers (e.g. AMC answers) are accepted too."""
    if isinstance(value, str):
        return value
    if isinstance(value, int | float) and not isinstance(value, bool):
        return str(value)
    raise UsageError(f"{where}: '{key}' must be a string or a number, got {type(value).__name__}")
