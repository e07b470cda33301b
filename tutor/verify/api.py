"""Public entry points of the step checker.

    check_steps(problem, steps)          -> one StepVerdict per step
    check_step(problem, previous, step)  -> the verdict of one new step

Claims are found in the calling process (plain text work) and checked in the
worker pool, each step within its own time budget.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator, Sequence

from tutor.verify.check import Context
from tutor.verify.claims import RawClaim, extract_claims
from tutor.verify.pool import DEFAULT_TIME_LIMIT, CheckerPool, default_pool
from tutor.verify.verdict import ClaimResult, StepVerdict, Verdict

_SOLVE_TASK = re.compile(
    r"\bsolve\b|\bfind (?:all )?(?:the )?(?:values?|solutions?|roots?) of\b|"
    r"\bfor what value",
    re.IGNORECASE,
)
_HAS_VARIABLE = re.compile(r"(?<![\\a-zA-Z])[a-zA-Z](?![a-zA-Z])")
_MAX_PREVIOUS = 6


def _is_equation(claim: RawClaim) -> bool:
    return claim.relation == "=" and bool(
        _HAS_VARIABLE.search(claim.lhs) or _HAS_VARIABLE.search(claim.rhs)
    )


def problem_context(problem: str) -> Context:
    """The equation a "Solve ..." problem asks about, when there is exactly one."""
    equations = [c for c in extract_claims(problem) if _is_equation(c)]
    target = None
    if len(equations) == 1 and _SOLVE_TASK.search(problem):
        target = (equations[0].lhs, equations[0].rhs)
    return Context(target_equation=target, previous=tuple((c.lhs, c.rhs) for c in equations))


def step_verdict(results: Sequence[ClaimResult]) -> StepVerdict:
    verdicts = {r.verdict for r in results}
    if Verdict.REFUTED in verdicts:
        overall = Verdict.REFUTED
    elif Verdict.VERIFIED in verdicts:
        overall = Verdict.VERIFIED
    else:
        overall = Verdict.UNCHECKED
    return StepVerdict(overall, tuple(results))


def iter_check_steps(
    problem: str,
    steps: Iterable[str],
    *,
    time_limit: float = DEFAULT_TIME_LIMIT,
    pool: CheckerPool | None = None,
) -> Iterator[StepVerdict]:
    """Yield each step's verdict as soon as it is known (steps may still be arriving)."""
    pool = pool or default_pool()
    base = problem_context(problem)
    previous = list(base.previous)
    for step in steps:
        claims = extract_claims(step if isinstance(step, str) else str(step))
        ctx = Context(base.target_equation, tuple(previous[-_MAX_PREVIOUS:]))
        results = pool.check_claims(claims, ctx, time_limit) if claims else []
        yield step_verdict(results)
        previous.extend((c.lhs, c.rhs) for c in claims if _is_equation(c))


def check_steps(
    problem: str,
    steps: Sequence[str],
    *,
    time_limit: float = DEFAULT_TIME_LIMIT,
    pool: CheckerPool | None = None,
) -> list[StepVerdict]:
    """Check every step of a chain; each step sees the problem and the steps before it."""
    return list(iter_check_steps(problem, steps, time_limit=time_limit, pool=pool))


def check_step(
    problem: str,
    previous: Sequence[str],
    step: str,
    *,
    time_limit: float = DEFAULT_TIME_LIMIT,
    pool: CheckerPool | None = None,
) -> StepVerdict:
    """Check one new step (e.g. the student's own) in the context of the earlier ones.

    The earlier steps only give context (their equations); they are not re-checked.
    """
    pool = pool or default_pool()
    base = problem_context(problem)
    earlier = [(c.lhs, c.rhs) for s in previous for c in extract_claims(s) if _is_equation(c)]
    ctx = Context(base.target_equation, tuple([*base.previous, *earlier][-_MAX_PREVIOUS:]))
    claims = extract_claims(step)
    return step_verdict(pool.check_claims(claims, ctx, time_limit) if claims else [])
