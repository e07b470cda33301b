"""Values built from the solutions of one equation (`algebra.solution_combos`), in phrasings
of our own; near misses decline.

Every problem here is written for this file; the answers were worked out by hand.
"""

from __future__ import annotations

import pytest

from tests.solved_problems import assert_solved
from tutor.reasoning.symbolic.engine import solve_now

SOLVED = [
    # x^2 - 2x - 15 = (x - 5)(x + 3)
    (r"The quadratic $x^2 - 2x = 15$ has two solutions. What is the positive difference "
     r"between these solutions?", "8"),
    (r"What is the sum of the two solutions to the equation $20 + x - x^2 = 0$?", "1"),
    (r"Find the absolute value of the difference of the solutions of $x^2 - 3x + 1 = 0$.",
     r"\sqrt{5}"),
    (r"Find the larger of the two distinct solutions to the equation $x^2 + 4x - 21 = 0$.",
     "3"),
    (r"Find the mean of all solutions for $x$ when $x^3 - x^2 - 6x = 0$.", r"\frac{1}{3}"),
    (r"Find the sum of the squares of the solutions of $x^2 - 4x + 1 = 0$.", "14"),  # 16 - 2
    # d, e = 5/2 and -1: (d + 1)(e + 1) = 0
    (r"Let $d$ and $e$ denote the solutions of $2x^2 - 3x - 5 = 0$. What is the value of "
     r"$(d + 1)(e + 1)$?", "0"),
]


@pytest.mark.parametrize(("problem", "answer"), SOLVED)
def test_solution_combinations(problem: str, answer: str) -> None:
    assert_solved(problem, answer)


DECLINED = [
    # p - q depends on which solution is p
    r"Let $p$ and $q$ denote the solutions of $x^2 - 5x + 6 = 0$. What is $p - q$?",
    # a repeated root: "roots" could count it twice
    r"What is the sum of the roots of $x^2 - 6x + 9 = 0$?",
    # three solutions, not two
    r"Find the larger of the two solutions of $x^3 - x = 0$.",
]


@pytest.mark.parametrize("problem", DECLINED)
def test_unclear_solution_combinations_are_declined(problem: str) -> None:
    assert solve_now(problem).answer is None
