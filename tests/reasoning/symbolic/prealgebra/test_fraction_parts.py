"""A fraction whose numerator and denominator are told by how they relate
(`prealgebra.fraction_parts`), in stories of our own; near misses decline."""

from __future__ import annotations

import pytest

from tests.solved_problems import assert_solved
from tutor.reasoning.symbolic.engine import solve_now

SOLVED = [
    # d = 3n - 2 and 5n = 2d: 5n = 6n - 4, so n = 4 (4/10 = 2/5)
    ("The denominator of a fraction is 2 less than three times the numerator. If the fraction "
     "is equivalent to $\\frac{2}{5}$, what is the numerator of the fraction?", "4"),
    # n = d - 6 and 4n = 3d: 4(d - 6) = 3d, so d = 24
    ("The numerator of a fraction is 6 less than the denominator. The fraction is equal to "
     "$\\frac{3}{4}$. What is the denominator?", "24"),
    # n + d = 35 and n/d = 2/5: 7n/2 = 35, n = 10
    ("The sum of the numerator and denominator of a fraction is 35, and the fraction equals "
     "$\\frac{2}{5}$. What is the numerator?", "10"),
    # d = 2n + 1 and 7n = 3d: 7n = 6n + 3, so n = 3 and d = 7
    ("The denominator of a fraction is 1 more than twice the numerator. The fraction equals "
     "$\\frac{3}{7}$. What is the denominator?", "7"),
]


@pytest.mark.parametrize(("problem", "answer"), SOLVED)
def test_fraction_parts(problem: str, answer: str) -> None:
    assert_solved(problem, answer)


@pytest.mark.parametrize("problem", [
    # d = 4n and n/d = 1/4 hold for every n: no single numerator
    "The denominator of a fraction is 4 times the numerator. The fraction equals "
    "$\\frac{1}{4}$. What is the numerator?",
    # d = n + 2 and 7n = 4d: 3n = 8, a numerator that is not whole
    "The denominator of a fraction is 2 more than the numerator. The fraction equals "
    "$\\frac{4}{7}$. What is the numerator?",
])
def test_fraction_parts_near_misses(problem: str) -> None:
    assert solve_now(problem).answer is None
