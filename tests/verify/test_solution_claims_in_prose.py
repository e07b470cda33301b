"""`x = c` in a step of a "Solve ..." problem is refuted by substitution only when the
prose states it as a result; a trial, a case, a question or a line is not a claim that
c solves the problem (a wrong red mark on a correct step is the worst bug)."""

from __future__ import annotations

import pytest

from tutor.verify.api import check_steps
from tutor.verify.verdict import Verdict

PROBLEM = "Solve $5y - 4 = 21$ for $y$."


@pytest.mark.parametrize("step", [
    "We first look at the vertical line through $y = 2$ on the graph.",
    "Let's try y = 3: 5(3) - 4 = 11, too small.",
    "If $y = 2$, the left side is 6, not 21.",
    "Is $y = 4$ a solution? Checking gives 16, so no.",
    "Suppose $5y = 20$; then $y = 4$, which gives 16, too small.",
    "Testing y = 1 gives 1, far from 21.",
])
def test_trials_and_cases_are_never_refuted(step: str) -> None:
    [verdict] = check_steps(PROBLEM, [step])
    assert verdict.verdict is not Verdict.REFUTED, verdict.reason


@pytest.mark.parametrize("step", [
    "y = 4",
    "So $y = 6$.",
    "Therefore y = 4.",
    "The solution is $y = 4$.",
    "Adding 4 gives $5y = 24$.",
])
def test_a_wrong_result_stated_as_one_is_refuted(step: str) -> None:
    [verdict] = check_steps(PROBLEM, [step])
    assert verdict.verdict is Verdict.REFUTED, step


@pytest.mark.parametrize("step", ["So $y = 5$.", "Adding 4 gives $5y = 25$, so $y = 5$."])
def test_the_right_result_is_verified(step: str) -> None:
    [verdict] = check_steps(PROBLEM, [step])
    assert verdict.verdict is Verdict.VERIFIED, verdict.reason
