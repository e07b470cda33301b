"""`check-steps`: verdicts for chains of steps (ProcessBench format) as JSONL."""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Any

from tutor.cli import UsageError
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
    p.add_argument("--limit", type=int, default=None, help="check only the first N records")
    p.add_argument("--jobs", type=int, default=1, help="worker processes (default 1)")
    p.add_argument(
        "--time-limit",
        type=float,
        default=DEFAULT_TIME_LIMIT,
        help="seconds per step (default %(default)s)",
    )
    p.set_defaults(func=run)


def load_records(path: str) -> list[dict[str, Any]]:
    """A JSON array or JSONL file of records; UsageError naming what is wrong."""
    file = Path(path)
    try:
        text = file.read_text(encoding="utf-8")
    except FileNotFoundError as exc:
        raise UsageError(f"{path}: no such file") from exc
    except (OSError, UnicodeDecodeError) as exc:
        raise UsageError(f"{path}: cannot read: {exc}") from exc
    stripped = text.lstrip()
    if stripped.startswith("["):
        try:
            data = json.loads(text)
        except json.JSONDecodeError as exc:
            raise UsageError(f"{path}: not valid JSON (line {exc.lineno}: {exc.msg})") from exc
        records = data
    else:
        records = []
        for n, line in enumerate(text.splitlines(), 1):
            if not line.strip():
                continue
            try:
                records.append(json.loads(line))
            except json.JSONDecodeError as exc:
                raise UsageError(f"{path}, line {n}: not valid JSON ({exc.msg})") from exc
    for n, rec in enumerate(records, 1):
        if not isinstance(rec, dict) or not isinstance(rec.get("steps"), list):
            raise UsageError(f"{path}: record {n} has no 'steps' list")
        if not all(isinstance(s, str) for s in rec["steps"]):
            raise UsageError(f"{path}: record {n}: every step must be a string")
    return records


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
