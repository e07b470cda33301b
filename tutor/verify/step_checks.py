"""One new step checked after earlier ones that are only context (the student's own step
in the app): `check_step`, re-exported by `api`. The earlier steps give their equations
and inequalities, the functions they define (and whether a text may define one piecewise, see
`function_origins`), and the last side of the step just before, which a step typed as
only `= 5/6` goes on from (as in a chain checked step by step). A step the chain checker
does not refute is then read as a student's step of solving: one root of several
(incomplete_solutions: a note, refuted only when said to be the only one), true arithmetic
in the wrong order of operations (operation_order), a linear inequality with solutions the
problem's lacks (wider_inequalities) and `= ...` after a chain begun at the problem's
expression (chain_openings)."""

from __future__ import annotations

from collections.abc import Sequence

from tutor.verify.chain_checker import ChainChecker
from tutor.verify.chain_openings import wrong_chain_end
from tutor.verify.claims import RawClaim, extract_claims, step_last_side
from tutor.verify.context import is_equation, is_inequality
from tutor.verify.decide import step_verdict
from tutor.verify.function_origins import note_definitions
from tutor.verify.incomplete_solutions import incomplete_solution
from tutor.verify.operation_order import wrong_grouping
from tutor.verify.pool import DEFAULT_TIME_LIMIT, CheckerPool
from tutor.verify.verdict import StepVerdict, Verdict
from tutor.verify.wider_inequalities import wider_inequality

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
    verdict = checker.check(step)
    if verdict.verdict is Verdict.REFUTED:
        return verdict
    extra = [incomplete_solution(problem, previous, step),
             wrong_grouping(problem, previous, step), wider_inequality(problem, step),
             wrong_chain_end(problem, previous, step)]
    notes = [n for n in extra if n is not None]
    if not notes:
        return verdict
    # a claim these checks refute is not also shown verified (a looser bound is implied)
    refuted = {n.claim for n in notes if n.verdict is Verdict.REFUTED}
    return step_verdict([*(c for c in verdict.claims if c.claim not in refuted), *notes])
