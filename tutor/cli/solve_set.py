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


def register(subparsers: Any) -> None:
    p = subparsers.add_parser("solve-set", help="solve every problem in a JSONL file")
    p.add_argument("file", type=Path, help="JSONL with `problem` or `question` per line")
    p.add_argument("--backend", default="symbolic", choices=["symbolic"],
                   help="only the built-in symbolic engine (default)")
    p.add_argument("--jsonl", action="store_true", help="one JSON object per line (default)")
    p.add_argument("--time-limit", type=float, default=20.0, help="seconds per problem")
    p.add_argument("--limit", type=int, default=None, help="only the first N records")
    p.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    from tutor.reasoning.symbolic import solve_problem

    if not args.file.is_file():
        raise UsageError(f"no such file: {args.file}")
    lines = args.file.read_text(encoding="utf-8").splitlines()
    if args.limit is not None:
        lines = lines[: args.limit]
    for index, line in enumerate(lines):
        if not line.strip():
            continue
        try:
            record = json.loads(line)
        except json.JSONDecodeError as exc:
            raise UsageError(f"line {index + 1}: not JSON ({exc})") from exc
        text = record.get("problem") or record.get("question")
        if not isinstance(text, str):
            raise UsageError(f"line {index + 1}: no `problem` or `question` field")
        sol = solve_problem(text, time_limit=args.time_limit)
        rid = record.get("unique_id", record.get("id", index))
        out = {"id": rid, "answer": sol.answer, "steps": [s.text for s in sol.steps],
               "seconds": round(sol.seconds, 3), "status": sol.kind}
        print(json.dumps(out, ensure_ascii=False), flush=True)
    sys.stdout.flush()
    return 0
