"""The discriminant of a quadratic (`algebra.discriminants`), in phrasings of our own;
near misses decline.

Every problem here is written for this file; the answers were worked out by hand as
b^2 - 4ac.
"""

from __future__ import annotations

import pytest

from tests.solved_problems import assert_solved
from tutor.reasoning.symbolic.engine import solve_now

SOLVED = [
    # terse: 49 - 4 * 3 * 2 = 25
    (r"Find the discriminant of $3y^2 + 7y + 2$.", "25"),
    # an equation with zero on the right: 1 - 4 * 5 * (-4) = 81
    (r"What is the discriminant of the quadratic equation $5n^2 + n - 4 = 0$?", "81"),
    # fractions in the coefficients: (3/2)^2 - 4 * (1/4) * 1 = 9/4 - 1 = 5/4
    (r"Calculate the discriminant of $\frac{1}{4}x^2 + \frac{3}{2}x + 1$.", r"\frac{5}{4}"),
    # a double root: 36 - 36 = 0
    (r"Determine the discriminant of the polynomial $z^2 + 6z + 9$.", "0"),
    # no real roots: 4 - 4 * 2 * 3 = -20
    (r"Give the discriminant of $2w^2 - 2w + 3$.", "-20"),
]


@pytest.mark.parametrize(("problem", "answer"), SOLVED)
def test_discriminants(problem: str, answer: str) -> None:
    assert_solved(problem, answer)


DECLINED = [
    # terms on both sides: the discriminant depends on how it is rearranged
    r"Compute the discriminant of the equation $y + 4 = 2y^2 - y$.",
    # a cubic
    r"Find the discriminant of $y^3 + y + 1$.",
    # a letter among the coefficients
    r"Find the discriminant of $y^2 + ky + 1$.",
]


@pytest.mark.parametrize("problem", DECLINED)
def test_near_misses_decline(problem: str) -> None:
    assert solve_now(problem).answer is None
