"""`tutor equiv GOLD PRED` / `tutor equiv --jsonl FILE`: are two final answers the same?

The single form prints `true` or `false`. The JSONL form reads one object per
line with `gold` and `pred` (or `a` and `b`) and prints `{"equivalent": BOOL}` per
record, in order; every line is validated before any is judged, so a bad file
gives an error and no partial output.
"""

from __future__ import annotations

import argparse
import json
from typing import Any

from tutor.cli import UsageError
from tutor.cli.records import RecordsError, read_records

_KEY_PAIRS = (("gold", "pred"), ("a", "b"))


def register(subparsers: Any) -> None:
    p = subparsers.add_parser(
        "equiv", help="are two final answers equivalent? (prints true/false or JSONL)"
    )
    p.add_argument("gold", nargs="?", help="reference answer, e.g. '\\frac{1}{2}'")
    p.add_argument("pred", nargs="?", help="answer to judge, e.g. '0.5'")
    p.add_argument("--jsonl", metavar="FILE", help="records with gold/pred (or a/b); '-' = stdin")
    p.add_argument("--timeout", type=float, default=2.0, help="seconds per pair (default 2)")
    p.set_defaults(func=_run)


def _run(args: argparse.Namespace) -> int:
    from tutor.verify.answers import equivalent

    if args.timeout <= 0:
        raise UsageError(f"--timeout must be positive, got {args.timeout}")
    if args.jsonl is not None:
        if args.gold is not None or args.pred is not None:
            raise UsageError("give either GOLD PRED or --jsonl FILE, not both")
        for gold, pred in _read_pairs(args.jsonl):
            result = equivalent(gold, pred, timeout=args.timeout)
            print(json.dumps({"equivalent": result}), flush=True)
        return 0
    if args.gold is None or args.pred is None:
        raise UsageError("need two answers: tutor equiv GOLD PRED (or --jsonl FILE)")
    print("true" if equivalent(args.gold, args.pred, timeout=args.timeout) else "false")
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
