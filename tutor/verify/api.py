"""Public entry points of the step checker.

    ChainChecker(problem, reference_answer=...)   one chain of steps, checked as it grows:
        .check(step)        -> StepVerdict, then the step becomes context
        .add_context(step)  -> take a step as context without checking it
        .check_answer(s)    -> ClaimResult | None for a stated final answer
    check_steps(problem, steps)          -> one StepVerdict per step
    check_step(problem, previous, step)  -> the verdict of one new step

Claims are found in the calling process (plain text work, linear in the text) and
checked in the worker pool, each step within its own time budget. Context (the
equations of earlier steps) is kept incrementally: a step's claims are read once.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence

from tutor.verify.chain_checker import ChainChecker
from tutor.verify.chain_pipeline import check_in_pipeline
from tutor.verify.decide import step_verdict
from tutor.verify.pool import DEFAULT_TIME_LIMIT, CheckerPool
from tutor.verify.problem_context import problem_context
from tutor.verify.step_checks import check_step
from tutor.verify.verdict import StepVerdict

__all__ = ["ChainChecker", "check_step", "check_steps", "iter_check_steps", "problem_context",
           "step_verdict"]


def iter_check_steps(
    problem: str,
    steps: Iterable[str],
    *,
    time_limit: float = DEFAULT_TIME_LIMIT,
    pool: CheckerPool | None = None,
) -> Iterator[StepVerdict]:
    """Yield each step's verdict as soon as it is known (steps may still be arriving)."""
    checker = ChainChecker(problem, time_limit=time_limit, pool=pool)
    for step in steps:
        yield checker.check(step)


def check_steps(
    problem: str,
    steps: Sequence[str],
    *,
    time_limit: float = DEFAULT_TIME_LIMIT,
    pool: CheckerPool | None = None,
) -> list[StepVerdict]:
    """Check every step of a chain; each step sees the problem and the steps before it.
    The steps are known in full, so they are checked on every worker of the pool at once
    (chain_pipeline); the verdicts are those `ChainChecker.check` gives one by one."""
    checker = ChainChecker(problem, time_limit=time_limit, pool=pool)
    return list(check_in_pipeline(checker, steps))
