"""A chain known in full checked on every worker at once gives the verdicts that
`ChainChecker.check` gives one step at a time, in order."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from tutor.verify.api import ChainChecker, check_steps
from tutor.verify.chain_pipeline import check_in_pipeline
from tutor.verify.pool import CheckerPool
from tutor.verify.verdict import StepVerdict, Verdict

V, R, U = Verdict.VERIFIED, Verdict.REFUTED, Verdict.UNCHECKED

PROBLEM = "Solve 2x + 6 = 20 and then find x^2 - 1."
STEPS = [
    "We start from $2x + 6 = 20$.",
    "Subtract 6 from both sides: $2x = 14$.",
    "Thinking in words first, nothing to check here.",
    "Divide by 2, so x = 7.",
    "Then x^2 = 49, and 49 - 1 = 48.",
    "Check: 2*7 + 6 = 21.",  # the slip
    "So x^2 - 1 = 48 and 3 \\cdot 16 = 48.",
    "The answer is 48.",
]


@pytest.fixture(scope="module")
def pool() -> Iterator[CheckerPool]:
    p = CheckerPool(processes=2)
    p.warm_up()
    yield p
    p.close()


def _summary(verdicts: list[StepVerdict]) -> list[tuple[Verdict, list[tuple[str, Verdict]]]]:
    return [(v.verdict, [(c.claim, c.verdict) for c in v.claims]) for v in verdicts]


def test_pipelined_verdicts_are_the_one_by_one_verdicts(pool: CheckerPool) -> None:
    checker = ChainChecker(PROBLEM, pool=pool)
    one_by_one = [checker.check(s) for s in STEPS]
    pipelined = list(check_in_pipeline(ChainChecker(PROBLEM, pool=pool), STEPS))
    assert _summary(pipelined) == _summary(one_by_one)
    assert [v.verdict for v in pipelined] == [V, V, U, V, V, R, V, U]


def test_check_steps_keeps_the_order_of_a_long_chain(pool: CheckerPool) -> None:
    steps = [f"Step {n}: {n} + {n} = {2 * n + (n == 13)}." for n in range(1, 30)]
    verdicts = check_steps("Add the numbers.", steps, pool=pool)
    assert [v.verdict for v in verdicts] == [R if n == 13 else V for n in range(1, 30)]
    assert [v.claims[0].claim for v in verdicts] == [
        f"{n} + {n} = {2 * n + (n == 13)}" for n in range(1, 30)]


def test_a_consumer_that_stops_early_gets_the_first_verdicts(pool: CheckerPool) -> None:
    steps = (f"{n} * 3 = {3 * n}" for n in range(1, 1000))
    verdicts = check_in_pipeline(ChainChecker("Multiply.", pool=pool), steps)
    first = [next(verdicts) for _ in range(3)]
    verdicts.close()  # the steps not yet checked are dropped
    assert [v.verdict for v in first] == [V, V, V]


def test_a_pool_of_one_worker_checks_one_step_after_another() -> None:
    one = CheckerPool(processes=1)
    try:
        verdicts = list(check_in_pipeline(ChainChecker(PROBLEM, pool=one), STEPS[:2]))
    finally:
        one.close()
    assert [v.verdict for v in verdicts] == [V, V]


def test_a_worked_solution_known_in_full_is_checked_ahead_with_the_same_verdicts(
    pool: CheckerPool,
) -> None:
    from tutor.reasoning.steps import with_steps
    from tutor.reasoning.worked import ChainCheck, check_worked_solution, replay

    output = ("<think>\n" + "\n\n".join(STEPS[:5]) + "\n</think>\n\n"
              + "\n\n".join(STEPS[4:]) + "\n\nSo the answer is $\\boxed{48}$.")
    ahead = check_worked_solution(PROBLEM, output,
                                  checker_factory=lambda p: ChainChecker(p, pool=pool))
    one_by_one = ChainCheck(PROBLEM, checker_factory=lambda p: ChainChecker(p, pool=pool))
    for event in with_steps(replay(output)):
        one_by_one.take(event)
    for part in ("thinking", "solution"):
        mine, theirs = getattr(ahead, part), getattr(one_by_one.result, part)
        assert [s.text for s in mine] == [s.text for s in theirs]
        assert _summary([s.verdict for s in mine]) == _summary([s.verdict for s in theirs])
    assert ahead.answer == one_by_one.result.answer == "48"
    assert any(s.verdict.verdict is R for s in ahead.solution)  # the slip
