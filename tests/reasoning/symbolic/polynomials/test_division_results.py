"""A polynomial divided by another with neither part named ("Divide P by D"): the quotient
when the division is exact, else the quotient plus the remainder over the divisor
(`polynomials.division_questions`), in wordings of our own; answers by long division by hand.
"""

from __future__ import annotations

import pytest

from tests.solved_problems import assert_solved
from tutor.reasoning.symbolic.engine import solve_now
from tutor.verify.api import check_steps
from tutor.verify.verdict import Verdict


@pytest.mark.parametrize(("problem", "answer"), [
    # (x - 2)(x^2 + 2x + 4) = x^3 - 8
    ("Divide x^3 - 8 by x - 2.", "x^2 + 2x + 4"),
    (r"What is $(2x^2 + 7x + 3)$ divided by $(2x + 1)$?", "x + 3"),
    # x^2 + 1 = (x + 1)(x - 1) + 2
    ("Divide x^2 + 1 by x + 1.", r"x - 1 + \frac{2}{x + 1}"),
    # x^3 = (x^2 - 1)(x) + x
    ("Divide x^3 by x^2 - 1.", r"x + \frac{x}{x^2 - 1}"),
])
def test_divided(problem: str, answer: str) -> None:
    assert_solved(problem, answer)


def test_the_steps_are_verified() -> None:
    problem = "Divide x^2 + 1 by x + 1."
    got = solve_now(problem)
    verdicts = check_steps(problem, [s.text for s in got.steps])
    assert all(v.verdict is Verdict.VERIFIED for v in verdicts)


@pytest.mark.parametrize("problem", [
    "Divide x^2 + y by x + 1.",  # two letters
    "Divide sqrt(x) + 1 by x + 1.",  # not a polynomial
])
def test_declined(problem: str) -> None:
    assert solve_now(problem).answer is None
