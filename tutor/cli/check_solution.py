"""`check-solution`: split worked solutions (with or without `<think>`) into steps and check them.

FILE is JSONL or a JSON array of `{"id", "problem", "output"}`, `output` being the raw
text. One JSONL line per record on stdout:
`{"id", "answer", "answer_check", "stopped_in_thinking", "thinking": [...], "solution": [...]}`,
each step `{"text", "verdict", "reason"}`. It runs the same splitting and checking code
as a live model in the app (tutor.reasoning.worked).
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from typing import Any

from tutor.cli import UsageError
from tutor.cli.options import count, jobs
from tutor.cli.records import RecordsError, read_records
from tutor.problems.step import Step
from tutor.reasoning.worked import WorkedCheck, check_worked_solution, reference_for
from tutor.verify.pool import DEFAULT_TIME_LIMIT, CheckerPool
from tutor.verify.verdict import ClaimResult

MAX_JOBS = 8


def register(subparsers: Any) -> None:
    p = subparsers.add_parser(
        "check-solution",
        help="split worked solutions into steps and check them (JSONL or JSON array FILE)",
    )
    p.add_argument("file", help='JSONL or JSON array of {"id", "problem", "output"}; - is stdin')
    p.add_argument("--limit", type=count(10**9, minimum=0), default=None,
                   help="check only the first N records")
    p.add_argument("--jobs", type=jobs, default=1,
                   help="worker processes (default 1, at most the number of cores)")
    p.add_argument("--no-cross-check", action="store_true",
                   help="do not solve the problem with the built-in engine to check the answer")
    p.set_defaults(func=run)


def load(path: str) -> list[tuple[Any, str, str]]:
    """(id, problem, output) per record; UsageError naming the file and line."""
    try:
        records = read_records(path)
    except RecordsError as exc:
        raise UsageError(str(exc)) from exc
    out: list[tuple[Any, str, str]] = []
    for rec in records:
        problem, output = rec.data.get("problem", ""), rec.data.get("output")
        if not isinstance(output, str):
            raise UsageError(f"{rec.where}: the record has no 'output' string")
        if not isinstance(problem, str):
            raise UsageError(f"{rec.where}: 'problem' must be a string")
        out.append((rec.data.get("id", rec.index), problem, output))
    return out


def step_json(step: Step) -> dict[str, Any]:
    verdict = step.verdict
    return {
        "text": step.text,
        "verdict": step.status.value,
        "partly": verdict is not None and verdict.partly,
        "reason": step.reason,
    }


def claim_json(claim: ClaimResult | None) -> dict[str, Any] | None:
    if claim is None:
        return None
    return {"verdict": claim.verdict.value, "reason": claim.reason}


def record_json(record_id: Any, check: WorkedCheck) -> dict[str, Any]:
    return {
        "id": record_id,
        "answer": check.answer,
        "answer_check": claim_json(check.answer_verdict),
        "stopped_in_thinking": check.stopped_in_thinking,
        "thinking": [step_json(s) for s in check.thinking],
        "solution": [step_json(s) for s in check.solution],
    }


def check_all(records: list[tuple[Any, str, str]], jobs: int,
              cross_check: bool) -> Iterator[tuple[Any, WorkedCheck]]:
    """Check records on `jobs` workers, yielding results in input order."""
    pool = CheckerPool(processes=jobs)

    def one(problem: str, output: str) -> WorkedCheck:
        from tutor.verify.api import ChainChecker

        reference = reference_for(problem) if cross_check and problem.strip() else None
        return check_worked_solution(
            problem, output, reference_answer=reference,
            checker_factory=lambda p: ChainChecker(p, time_limit=DEFAULT_TIME_LIMIT, pool=pool))

    try:
        with ThreadPoolExecutor(max_workers=pool.size) as executor:
            futures = [executor.submit(one, problem, output) for _, problem, output in records]
            for (record_id, _, _), fut in zip(records, futures, strict=True):
                yield record_id, fut.result()
    finally:
        pool.close()


def run(args: argparse.Namespace) -> int:
    if not 1 <= args.jobs <= MAX_JOBS:
        raise UsageError(f"--jobs must be between 1 and {MAX_JOBS}")
    records = load(args.file)
    if args.limit is not None:
        records = records[: max(0, args.limit)]
    for record_id, check in check_all(records, args.jobs, not args.no_cross_check):
        sys.stdout.write(json.dumps(record_json(record_id, check), ensure_ascii=False) + "\n")
        sys.stdout.flush()
    return 0
