"""The sum or product of the roots of one kind of a polynomial (our own problems, answers
by factoring by hand); near misses decline."""

from __future__ import annotations

import pytest

from tests.solved_problems import assert_solved
from tutor.reasoning.symbolic.engine import solve_now

SOLVED = [
    # (x - 3)(x + 2)(x^2 + 2x + 5): the nonreal pair multiplies to 5
    (r"Calculate the product of all the non-real zeros of the quartic "
     r"$x^4 + x^3 - 3x^2 - 17x - 30$.", "5"),
    # 2 and -1 +- i sqrt 3
    (r"What is the sum of the non-real zeros of the polynomial $x^3 - 8$?", "-2"),
    # x^2 = 2 or x^2 = -3
    (r"Compute the product of the real roots of $x^4 + x^2 - 6 = 0.$", "-2"),
    # (x + 1)(x + 3)(x - 2)
    (r"Determine the sum of the negative roots of $x^3 + 2x^2 - 5x - 6 = 0.$", "-4"),
    # (x - 3)(x^2 - 2x - 1): 3 is the only rational root, 1 +- sqrt 2 are not
    (r"Determine the sum of all the rational roots of the cubic $h(x) = x^3 - 5x^2 + 5x + 3$.",
     "3"),
    # (2x - 1)(x + 4)(x^2 - 7): 1/2 and -4 are rational
    (r"What is the product of the rational zeros of $2x^4 + 7x^3 - 18x^2 - 49x + 28$?",
     "-2"),
    # (3x + 2)(x - 5)(x + 1): -2/3 is rational but not an integer
    (r"Compute the sum of the integer roots of $3x^3 - 10x^2 - 23x - 10 = 0$.", "4"),
]


@pytest.mark.parametrize(("problem", "answer"), SOLVED)
def test_sums_and_products_of_roots_of_one_kind(problem: str, answer: str) -> None:
    assert_solved(problem, answer)


@pytest.mark.parametrize("problem", [
    # the real root 1 is double: does it count twice?
    r"Find the product of the real roots of $(x - 1)^2 (x^2 + 4) = 0.$",
    # every root is real
    r"What is the sum of the non-real solutions of the equation $x^3 - 2x^2 - x + 2 = 0$?",
    # no rational root at all: x^2 = 3 or x^2 = 5
    r"Find the sum of the rational roots of $x^4 - 8x^2 + 15$.",
    # the rational root 2 is double
    r"Find the product of the rational roots of $(x - 2)^2 (x^2 - 3) = 0$.",
])
def test_root_kind_near_misses_decline(problem: str) -> None:
    assert solve_now(problem).answer is None
