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
from tutor.verify.api import ChainChecker
from tutor.verify.pool import DEFAULT_TIME_LIMIT, CheckerPool
from tutor.verify.verdict import ClaimResult, StepVerdict, Verdict

REFERENCE_TIME_LIMIT = 20.0  # the engine's own limit per problem


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
    p.add_argument(
        "--no-reference", action="store_true",
        help="do not solve the problem with the built-in engine to cross-check the final answer",
    )
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


def verdict_line(
    record_id: Any, verdicts: list[StepVerdict], answer: dict[str, str] | None = None
) -> dict[str, Any]:
    first = next((i for i, v in enumerate(verdicts) if v.verdict is Verdict.REFUTED), -1)
    return {
        "id": record_id,
        "verdicts": [v.verdict.value for v in verdicts],
        "first_refuted": first,
        "reasons": [v.reason if v.verdict is not Verdict.UNCHECKED else "" for v in verdicts],
        "answer": answer,
    }


def reference_answer(problem: str) -> str | None:
    """The built-in engine's answer, when it solves the problem and confirms the
    answer by an independent method; None otherwise (or without the engine)."""
    if not problem.strip():
        return None
    try:
        from tutor.reasoning.symbolic import solve_reference
    except (ImportError, AttributeError):
        try:
            from tutor.reasoning.symbolic.reference import solve_reference
        except (ImportError, AttributeError):
            return None
    try:
        solution = solve_reference(problem, time_limit=REFERENCE_TIME_LIMIT)
    except Exception:  # noqa: BLE001 - no reference is the answer to any engine failure
        return None
    return solution.answer if solution.confidence == "confirmed" else None


def answer_field(stated: str | None, result: ClaimResult | None,
                 reference: str | None) -> dict[str, str] | None:
    """`{"value", "verdict", "reason"}` for the stated final answer, or None when
    nothing was stated or nothing is known to compare it with."""
    if not stated or reference is None:
        return None
    if result is None:
        return {"value": stated, "verdict": Verdict.UNCHECKED.value,
                "reason": "could not be compared with the independent solution"}
    return {"value": stated, "verdict": result.verdict.value, "reason": result.reason}


def check_record(
    rec: dict[str, Any], pool: CheckerPool, time_limit: float, use_reference: bool
) -> tuple[list[StepVerdict], dict[str, str] | None]:
    """The steps' verdicts and the final answer's cross-check of one record."""
    from tutor.verify.answers import extract_final_answer

    problem = str(rec.get("problem", ""))
    reference = reference_answer(problem) if use_reference else None
    checker = ChainChecker(problem, time_limit=time_limit, pool=pool,
                           reference_answer=reference)
    verdicts = [checker.check(step) for step in rec["steps"]]
    stated = extract_final_answer("\n".join(rec["steps"][-3:])) if rec["steps"] else None
    result = checker.check_answer(stated) if stated and reference else None
    return verdicts, answer_field(stated, result, reference)


def check_records(
    records: list[dict[str, Any]], jobs: int, time_limit: float, use_reference: bool = True
) -> Iterator[tuple[dict[str, Any], list[StepVerdict], dict[str, str] | None]]:
    """Check records on `jobs` workers, yielding results in input order."""
    pool = CheckerPool(processes=jobs)
    try:
        with ThreadPoolExecutor(max_workers=pool.size) as executor:
            futures = [
                executor.submit(check_record, rec, pool, time_limit, use_reference)
                for rec in records
            ]
            for rec, fut in zip(records, futures, strict=True):
                verdicts, answer = fut.result()
                yield rec, verdicts, answer
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
    results = check_records(records, args.jobs, args.time_limit, not args.no_reference)
    for index, (rec, verdicts, answer) in enumerate(results):
        line = verdict_line(rec.get("id", index), verdicts, answer)
        sys.stdout.write(json.dumps(line, ensure_ascii=False) + "\n")
        sys.stdout.flush()
    return 0
