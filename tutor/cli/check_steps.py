"""`check-steps`: verdicts for chains of steps (ProcessBench format) as JSONL."""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from typing import Any

from tutor.cli import UsageError
from tutor.cli.options import count, jobs, seconds
from tutor.cli.records import RecordsError, read_records
from tutor.verify.api import check_steps
from tutor.verify.pool import DEFAULT_TIME_LIMIT, CheckerPool
from tutor.verify.verdict import StepVerdict, Verdict


def register(subparsers: Any) -> None:
    p = subparsers.add_parser(
        "check-steps", help="check every step of solutions (JSON array or JSONL file, or --text)"
    )
    p.add_argument("file", nargs="?", help="JSON array or JSONL of {id, problem, steps}")
    p.add_argument("--text", action="append", help="a step given inline (repeatable)")
    p.add_argument("--problem", default="", help="the problem, for --text steps")
    p.add_argument("--limit", type=count(10**9, minimum=0), default=None,
                   help="check only the first N records")
    p.add_argument("--jobs", type=jobs, default=1,
                   help="worker processes (default 1, at most the number of cores)")
    p.add_argument("--time-limit", type=seconds(60.0), default=DEFAULT_TIME_LIMIT,
                   help="seconds per step (default %(default)s, at most 60)")
    p.set_defaults(func=run)


def load_records(path: str) -> list[dict[str, Any]]:
    """A JSON array or JSONL file of records; UsageError naming what is wrong."""
    try:
        records = read_records(path)
    except RecordsError as exc:
        raise UsageError(str(exc)) from exc
    for rec in records:
        if not isinstance(rec.data.get("steps"), list):
            raise UsageError(f"{rec.where}: the record has no 'steps' list")
        if not all(isinstance(s, str) for s in rec.data["steps"]):
            raise UsageError(f"{rec.where}: every step must be a string")
    return [rec.data for rec in records]


def verdict_line(record_id: Any, verdicts: list[StepVerdict]) -> dict[str, Any]:
    first = next((i for i, v in enumerate(verdicts) if v.verdict is Verdict.REFUTED), -1)
    return {
        "id": record_id,
        "verdicts": [v.verdict.value for v in verdicts],
        "first_refuted": first,
        "reasons": [v.reason if v.verdict is not Verdict.UNCHECKED else "" for v in verdicts],
    }


def check_records(
    records: list[dict[str, Any]], jobs: int, time_limit: float
) -> Iterator[tuple[dict[str, Any], list[StepVerdict]]]:
    """Check records on `jobs` workers, yielding results in input order."""
    pool = CheckerPool(processes=jobs)
    try:
        with ThreadPoolExecutor(max_workers=pool.size) as executor:
            futures = [
                executor.submit(
                    check_steps,
                    str(rec.get("problem", "")),
                    rec["steps"],
                    time_limit=time_limit,
                    pool=pool,
                )
                for rec in records
            ]
            for rec, fut in zip(records, futures, strict=True):
                yield rec, fut.result()
    finally:
        pool.close()


def run(args: argparse.Namespace) -> int:
    if args.text:
        records = [{"id": "text", "problem": args.problem, "steps": args.text}]
    elif args.file:
        records = load_records(args.file)
    else:
        raise UsageError("give a FILE or at least one --text STEP")
    if args.limit is not None:
        records = records[: max(0, args.limit)]
    if args.jobs < 1:
        raise UsageError("--jobs must be at least 1")
    for index, (rec, verdicts) in enumerate(check_records(records, args.jobs, args.time_limit)):
        line = verdict_line(rec.get("id", index), verdicts)
        sys.stdout.write(json.dumps(line, ensure_ascii=False) + "\n")
        sys.stdout.flush()
    return 0
