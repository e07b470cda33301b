"""`python -m tutor solve-set FILE.jsonl --backend symbolic --jsonl`: solve a file of problems.

Reads records with `problem` (or `question`); prints one JSON line per record with
`id` (its `unique_id`, `id` or line index), `answer` (LaTeX, null when declined),
`steps` (step texts), `seconds` and `status` ("solved", "unsupported", "timeout").
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any

from tutor.cli import UsageError
from tutor.cli.options import count, seconds
from tutor.cli.records import RecordsError, read_records

MAX_TIME_LIMIT = 600.0


def register(subparsers: Any) -> None:
    p = subparsers.add_parser("solve-set", help="solve every problem in a JSONL file")
    p.add_argument("file", type=Path, help="JSONL with `problem` or `question` per line")
    p.add_argument("--backend", default="symbolic", choices=["symbolic"],
                   help="only the built-in symbolic engine (default)")
    p.add_argument("--jsonl", action="store_true", help="one JSON object per line (default)")
    p.add_argument("--time-limit", type=seconds(MAX_TIME_LIMIT), default=20.0,
                   help=f"seconds per problem, at most {MAX_TIME_LIMIT:g} (default 20)")
    p.add_argument("--limit", type=count(10**9, minimum=0), default=None,
                   help="only the first N records")
    p.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    from tutor.reasoning.symbolic import solve_problem

    try:
        records = read_records(args.file)
    except RecordsError as exc:
        raise UsageError(str(exc)) from exc
    if args.limit is not None:
        records = records[: args.limit]
    problems = []
    for rec in records:  # every record is checked before the first solve
        text = rec.data.get("problem") or rec.data.get("question")
        if not isinstance(text, str):
            raise UsageError(f"{rec.where}: no `problem` or `question` text")
        problems.append((rec, text))
    for rec, text in problems:
        sol = solve_problem(text, time_limit=args.time_limit)
        rid = rec.data.get("unique_id", rec.data.get("id", rec.index))
        out = {"id": rid, "answer": sol.answer, "steps": [s.text for s in sol.steps],
               "seconds": round(sol.seconds, 3), "status": sol.kind}
        print(json.dumps(out, ensure_ascii=False), flush=True)
    sys.stdout.flush()
    return 0
