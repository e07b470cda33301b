"""From a problem file to `SolvedProblem`s: load, solve symbolically, check the steps.

Used by `tutor export` and bench/export.py. Problem sets (.json, .jsonl, .md) are
read with `tutor.problems.load_problem_set`; a .txt or .tex file is one problem.
A problem the engine declines keeps the engine's message, never a made-up answer.
"""

from __future__ import annotations

import json
import logging
import os
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from tutor.export.model import SolvedProblem, from_solution, step_check_text

log = logging.getLogger(__name__)

SINGLE_SUFFIXES = (".txt", ".tex")
MAX_PROBLEM_BYTES = 256 * 1024


class InputError(Exception):
    """A problem file that cannot be read; the message names the file."""


@dataclass(frozen=True)
class InputProblem:
    text: str
    title: str | None = None


def load_inputs(path: str | Path) -> tuple[str, list[InputProblem]]:
    """(document title, problems) from a problem set or a single-problem text file."""
    path = Path(path)
    if not path.is_file():
        raise InputError(f"{path}: no such file")
    suffix = path.suffix.lower()
    if suffix in SINGLE_SUFFIXES:
        try:
            raw = path.read_bytes()
            if len(raw) > MAX_PROBLEM_BYTES:
                raise InputError(f"{path}: too large for one problem ({len(raw)} bytes)")
            text = raw.decode("utf-8-sig").strip()
        except (OSError, UnicodeDecodeError) as exc:
            raise InputError(f"{path}: cannot read the file ({exc})") from exc
        if not text:
            raise InputError(f"{path}: the file is empty")
        title = path.stem.replace("_", " ").capitalize()
        return title, [InputProblem(text, title)]
    try:
        from tutor.problems import ProblemSetError, load_problem_set
    except ImportError:  # the problems package is optional here
        return _load_json_records(path)
    try:
        problem_set = load_problem_set(path)
    except ProblemSetError as exc:
        raise InputError(str(exc) if str(path.name) in str(exc) else f"{path}: {exc}") from exc
    problems = [InputProblem(p.text, p.title) for p in problem_set.problems]
    return problem_set.title, problems


def _load_json_records(path: Path) -> tuple[str, list[InputProblem]]:
    """Fallback reader: JSON list / JSONL of records with `problem` or `question`."""
    try:
        text = path.read_text(encoding="utf-8-sig")
        if path.suffix.lower() == ".jsonl":
            records = [json.loads(line) for line in text.splitlines() if line.strip()]
        else:
            data = json.loads(text)
            records = data.get("problems", []) if isinstance(data, dict) else data
    except (OSError, ValueError) as exc:
        raise InputError(f"{path}: not a readable problem set ({exc})") from exc
    out = []
    for rec in records if isinstance(records, list) else []:
        body = rec.get("problem") or rec.get("question") if isinstance(rec, dict) else None
        if isinstance(body, str) and body.strip():
            out.append(InputProblem(body.strip(), rec.get("title")))
    if not out:
        raise InputError(f"{path}: no problems found")
    return path.stem.replace("_", " ").capitalize(), out


class _Declined:
    """A stand-in Solution when the engine cannot run at all."""

    def __init__(self, message: str) -> None:
        self.answer: str | None = None
        self.steps: list[Any] = []
        self.declined = message
        self.plots: list[Any] = []


def _solve(text: str, time_limit: float) -> Any:
    """The engine's Solution for `text`, or a stand-in that says why there is none."""
    try:
        from tutor.reasoning.symbolic import solve_problem
    except ImportError as exc:
        return _Declined(f"The symbolic engine is not available ({exc}).")
    try:
        return solve_problem(text, time_limit=time_limit)
    except Exception as exc:  # one broken problem must not stop a whole export
        log.exception("solve_problem failed")
        return _Declined(f"The symbolic engine failed on this problem ({exc}).")


def _checked(problem: InputProblem, solution: Any) -> SolvedProblem:
    verdicts = None
    steps = list(getattr(solution, "steps", None) or [])
    if steps:
        from tutor.verify.api import check_steps

        texts = [step_check_text(str(s.text), getattr(s, "latex", None)) for s in steps]
        verdicts = check_steps(problem.text, texts)
    return from_solution(problem.text, solution, verdicts, title=problem.title, backend="symbolic")


def solve_symbolic(problem: InputProblem, *, time_limit: float = 20.0) -> SolvedProblem:
    """Solve one problem with the symbolic engine and check its steps."""
    return _checked(problem, _solve(problem.text, time_limit))


def solve_all(
    problems: list[InputProblem],
    *,
    time_limit: float = 20.0,
    progress: Callable[[int, int], None] | None = None,
    workers: int | None = None,
) -> list[SolvedProblem]:
    """Solve and check every problem, in order.

    The engine runs each solve in its own worker process, so up to `workers`
    (default: the CPU count, at most 4) solves run at once from threads; the
    checks then run one by one on the calling thread.
    """
    workers = workers or min(4, os.cpu_count() or 1)
    out: list[SolvedProblem] = []
    with ThreadPoolExecutor(max_workers=max(1, workers)) as pool:
        solutions = pool.map(lambda p: _solve(p.text, time_limit), problems)
        for i, (problem, solution) in enumerate(zip(problems, solutions, strict=True), 1):
            out.append(_checked(problem, solution))
            if progress:
                progress(i, len(problems))
    return out
