"""One new step checked after earlier ones that are only context (the student's own step
in the app): `check_step`, re-exported by `api`. The earlier steps give their equations
and inequalities, the functions they define (and whether a text may define one piecewise, see
`function_origins`), and the last side of the step just before, which a step typed as
only `= 5/6` goes on from (as in a chain checked step by step)."""

from __future__ import annotations

from collections.abc import Sequence

from tutor.verify.claims import RawClaim, extract_claims, step_last_side
from tutor.verify.context import is_equation, is_inequality
from tutor.verify.function_origins import note_definitions
from tutor.verify.pool import DEFAULT_TIME_LIMIT, CheckerPool
from tutor.verify.verdict import StepVerdict

__all__ = ["check_step"]

_MAX_PREVIOUS = 6  # as ChainChecker keeps: the equations of the recent steps


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
    Callers checking a growing chain should keep one `ChainChecker` instead.
    """
    from tutor.verify.api import ChainChecker  # api re-exports this function

    checker = ChainChecker(problem, time_limit=time_limit, pool=pool)
    # Only the last few equations matter: read earlier steps from the end, and stop.
    recent: list[RawClaim] = []
    for earlier in reversed(previous):
        found = extract_claims(str(earlier))
        note_definitions(checker._unsure, str(earlier), found)
        recent[:0] = [c for c in found if is_equation(c) or is_inequality(c)]
        if len(recent) >= _MAX_PREVIOUS:
            break
    checker._absorb(recent)
    checker.typed_steps = True
    checker._last_side = step_last_side(str(previous[-1])) if previous else ""  # "= 5/6"
    return checker.check(step)
