"""From a problem file to `SolvedProblem`s: load, solve symbolically, check the steps.

Used by `tutor export` and bench/export.py. Problem sets (.json, .jsonl, .md) are
read with `tutor.problems.load_problem_set`; a .txt or .tex file is one problem.
A problem the engine declines keeps the engine's message, never a made-up answer.
"""

from __future__ import annotations

import logging
import os
from collections import deque
from collections.abc import Callable, Iterator
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass
from itertools import islice
from pathlib import Path
from typing import Any

from tutor.export.model import SolvedProblem, from_solution, step_check_text
from tutor.storage.atomic import JSONReadError, read_text_capped

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
    if not os.path.isfile(path):  # False, not OSError, for a name too long or a loop
        raise InputError(f"{path}: no such file")
    suffix = path.suffix.lower()
    if suffix in SINGLE_SUFFIXES:
        try:
            text = read_text_capped(path, MAX_PROBLEM_BYTES).strip()
        except JSONReadError as exc:
            raise InputError(str(exc)) from exc
        if not text:
            raise InputError(f"{path}: the file is empty")
        title = path.stem.replace("_", " ").capitalize()
        return title, [InputProblem(text, title)]
    from tutor.problems import ProblemSetError, load_problem_set

    try:
        problem_set = load_problem_set(path)  # at most MAX_PROBLEMS problems
    except ProblemSetError as exc:
        raise InputError(str(exc) if str(path.name) in str(exc) else f"{path}: {exc}") from exc
    problems = [InputProblem(p.text, p.title) for p in problem_set.problems]
    return problem_set.title, problems


class DeclinedSolution:
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
        return DeclinedSolution(f"The symbolic engine is not available ({exc}).")
    try:
        return solve_problem(text, time_limit=time_limit)
    except Exception as exc:  # one broken problem must not stop a whole export
        log.exception("solve_problem failed")
        return DeclinedSolution(f"The symbolic engine failed on this problem ({exc}).")


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


def solve_all(problems: list[InputProblem], **options: Any) -> list[SolvedProblem]:
    """Solve and check every problem, in order: `iter_solved`'s results in a list."""
    return list(iter_solved(problems, **options))


def iter_solved(
    problems: list[InputProblem],
    *,
    time_limit: float = 20.0,
    progress: Callable[[int, int], None] | None = None,
    workers: int | None = None,
) -> Iterator[SolvedProblem]:
    """Solve and check every problem, yielding them in order as they are done.

    The engine runs each solve in its own worker process, so up to `workers`
    (default: the CPU count, at most 4; never more than the CPU count) solves run at
    once from threads, and only that many are queued: the parent holds a few solves
    in flight, never the whole set. The checks run one by one on the calling thread.
    """
    cores = os.cpu_count() or 1
    workers = max(1, min(workers or 4, cores))
    total = len(problems)
    upcoming = iter(problems)
    with ThreadPoolExecutor(max_workers=workers) as pool:
        pending: deque[tuple[InputProblem, Future[Any]]] = deque(
            (p, pool.submit(_solve, p.text, time_limit)) for p in islice(upcoming, workers))
        done = 0
        while pending:
            problem, future = pending.popleft()
            following = next(upcoming, None)
            if following is not None:
                pending.append((following, pool.submit(_solve, following.text, time_limit)))
            yield _checked(problem, future.result())
            done += 1
            if progress:
                progress(done, total)
