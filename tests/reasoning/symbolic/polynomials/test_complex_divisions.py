"""Complex numbers divided in words (answers worked out by hand): i is the imaginary unit,
not a polynomial's letter (before session 41 "Divide 3 + 2i by 1 + i" was answered by
long division in the letter i, 2 + 1/(i + 1))."""

from __future__ import annotations

import pytest

from tests.solved_problems import assert_solved
from tutor.reasoning.symbolic.engine import solve_now

SOLVED = [
    # (3 + 2i)(1 - i) / 2 = (5 - i) / 2
    (r"Divide $3 + 2i$ by $1 + i$.", r"\frac{5}{2} - \frac{1}{2}i"),
    # (1 + i)^2 / 2 = i
    ("Divide (1 + i) by (1 - i).", "i"),
    # 5 (2 + i) / 5
    ("divide 5 by 2 - i", "2 + i"),
    # (4 + 2i)(-2i) / 4 = (4 - 8i) / 4
    (r"Divide $4 + 2i$ by $2i$.", "1 - 2i"),
]

DECLINED = [
    # a remainder of complex numbers means nothing here
    r"What is the remainder when $i^2 + 1$ is divided by $i + 1$?",
]


@pytest.mark.parametrize(("problem", "answer"), SOLVED)
def test_divided(problem: str, answer: str) -> None:
    assert_solved(problem, answer)


@pytest.mark.parametrize("problem", DECLINED)
def test_near_misses_decline(problem: str) -> None:
    assert solve_now(problem).answer is None


def test_a_polynomial_division_is_unchanged() -> None:
    assert_solved("Divide x + 1 by x - 1.", r"1 + \frac{2}{x - 1}")
