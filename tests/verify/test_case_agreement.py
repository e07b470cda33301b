r"""A case's claim against the earlier equation of that case (`case_agreement.py`): a claim
that restates the other case's result ("When $c = 1$, ... $b^2 = 13$", then "Setting
$c = -1$ gives $b^2 + 4(-1) = 9$") is not verified by that likeness when the earlier
$b^2 - 4c = 9$ with $c = -1$ put in leaves no solution in common with it. Never refuted.
Our own variants, written for these tests."""

from __future__ import annotations

import pytest

from tutor.verify.api import ChainChecker
from tutor.verify.verdict import Verdict

V, R, U = Verdict.VERIFIED, Verdict.REFUTED, Verdict.UNCHECKED
_FIRST = ["Comparing coefficients, $b^2 - 4c = 9$ and $c^2 = 1$.",
          r"When \(c = 1\), \(b^2 - 4 = 9\), so \(b^2 = 13\)."]


def last_verdict(problem: str, *steps: str) -> Verdict:
    checker = ChainChecker(problem, time_limit=30)
    for step in steps[:-1]:
        checker.check(step)
    return checker.check(steps[-1]).verdict


@pytest.mark.parametrize(("step", "expected"), [
    # the other case's result copied: it has b^2 = 13's solutions, not this case's
    (r"Setting \(c = -1\) gives \(b^2 + 4(-1) = 9\).", U),
    (r"If \(c = -1\), then \(b^2 = 13\) again.", U),
    # this case worked out right
    (r"Setting \(c = -1\) gives \(b^2 - 4(-1) = 9\), so \(b^2 = 5\).", V),
    (r"If \(c = -1\), \(b^2 + 4 = 9\).", V),
])
def test_the_second_case_is_checked_against_its_own_equation(step: str,
                                                             expected: Verdict) -> None:
    assert last_verdict("Find b and c.", *_FIRST, step) is expected


@pytest.mark.parametrize(("steps", "expected"), [
    # cases of the problem's own equations: the second case copies the first's m^2 = 4
    ([r"If \(n = 2\), then \(m^2 + 6 = 10\), so \(m^2 = 4\).",
      r"If \(n = -2\), then \(m^2 = 4\) as well."], U),
    ([r"If \(n = 2\), then \(m^2 + 6 = 10\), so \(m^2 = 4\).",
      r"If \(n = -2\), then \(m^2 - 6 = 10\), so \(m^2 = 16\)."], V),
    # a supposition whose name no earlier equation uses changes nothing
    ([r"If \(n = 2\), then \(m^2 + 6 = 10\), so \(m^2 = 4\).",
      r"Taking \(k = 3\), \(m^2 = 4\) still."], V),
])
def test_cases_of_the_problems_equations(steps: list[str], expected: Verdict) -> None:
    problem = "Find all real m and n with m^2 + 3n = 10 and n^2 = 4."
    assert last_verdict(problem, *steps) is expected


def test_two_curves_through_the_supposed_point_each_give_their_value() -> None:
    # x = 2 on the line y = -x - 1 gives y = -3; the other line gives 3: the claim
    # agrees with one earlier equation, so it stays verified
    problem = "The lines $y = -x - 1$ and $y = 2x + 1$ meet the line $x = 2$. Find the points."
    steps = [r"Substituting \(x = 2\) into \(y = -x - 1\): \(y = -(2) - 1 = -3\)."]
    assert last_verdict(problem, *steps) is V
