"""Vieta's formulas (symbolic/polynomials/vieta_questions) when a student starts with the
roots and leaves out "the": "roots of P are r, s, t. what is ...". Problems written for this
file, answers by hand from the coefficients.
"""

from __future__ import annotations

import pytest

from tests.solved_problems import assert_solved
from tutor.reasoning.symbolic.engine import solve_now

SOLVED = [
    # x^3 - 2x^2 + 3x - 6: e1 = 2, e2 = 3, e3 = 6; 1/r + 1/s + 1/t = e2/e3
    ("roots of x^3 - 2x^2 + 3x - 6 are r, s, t. whats 1/r + 1/s + 1/t", r"\frac{1}{2}"),
    ("roots of x^3 - 2x^2 + 3x - 6 = 0 are r, s and t. find r^2 + s^2 + t^2", "-2"),
    # x^2 - 7x + 4: p + q = 7, pq = 4, p^2 + q^2 = 49 - 8
    ("roots of x^2 - 7x + 4 are p and q. compute p^2 + q^2", "41"),
]


@pytest.mark.parametrize(("problem", "answer"), SOLVED)
def test_roots_named_without_the(problem: str, answer: str) -> None:
    assert_solved(problem, answer)


DECLINED = [
    # one root on its own is not a symmetric expression
    "roots of x^3 - 2x^2 + 3x - 6 are r, s, t. what is r",
    # not symmetric in the roots
    "roots of x^2 - 7x + 4 are p and q. compute p - q",
]


@pytest.mark.parametrize("problem", DECLINED)
def test_roots_named_without_the_declines(problem: str) -> None:
    assert solve_now(problem).answer is None
