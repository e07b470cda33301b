"""A positive or negative solution of a polynomial equation whose other roots are not real
(`handlers.solve`, `algebra.solution_picks`): a sign said of the solution means only real ones
are meant. Our own equations, roots by hand; asks of every solution still decline."""

from __future__ import annotations

import pytest

from tests.solved_problems import assert_solved
from tutor.reasoning.symbolic.engine import solve_now

SOLVED = [
    # x^3 + x = 30 = (x - 3)(x^2 + 3x + 10)
    ("Find the positive solution to $x^3 + x = 30$.", "3"),
    # (a - 2)(a^2 + 3a + 9): 'all positive real numbers'
    ("Find all positive real numbers $a$ such that $a^3 + a^2 + 3a = 18$.", "2"),
    # x^4 + 2x^2 = 24: x^2 = 4 or -6
    ("find the positive solution of x^4 + 2x^2 = 24", "2"),
    # (x + 4)(x^2 - 4x + 16)
    ("Find the negative solution of $x^3 + 64 = 0$.", "-4"),
    # unicode: (n - 1)(n^2 + n + 5) = n^3 + 4n - 5
    ("What is the positive solution of n³ + 4n = 5?", "1"),
    # (x + 3)(x^2 + 1): 'all negative solutions'
    ("Find all negative solutions of $x^3 + 3x^2 + x + 3 = 0$.", "-3"),
    # 'positive real solution', 'what positive value ... satisfies', 'the largest real'
    ("Find the positive real solution of $y^3 + 2y = 12$.", "2"),
    ("what positive value of x satisfies x^3 - x = 24", "3"),
    ("Find the largest real solution of $x^3 + 2x^2 + 3x = 6$.", "1"),
]


@pytest.mark.parametrize(("problem", "answer"), SOLVED)
def test_real_solution_picks(problem: str, answer: str) -> None:
    assert_solved(problem, answer)


DECLINED = [
    # every solution asked: the non-real ones too
    "Find all solutions to $x^3 + x = 30$.",
    "Find the roots of $a^3 + a^2 + 3a = 18$.",
    # 'nonzero' does not make a solution real
    "Find the nonzero solutions of $x^3 + x = 30$.",
    # no positive solution: (x + 2)(x^2 - 2x + 6)
    "Find the positive solution to $x^3 + 2x = -12$.",
]


@pytest.mark.parametrize("problem", DECLINED)
def test_real_solution_picks_decline(problem: str) -> None:
    assert solve_now(problem).answer is None
