"""The least common denominator of listed fractions (prealgebra/common_denominators.py). Our own
problems, answers worked out by hand; near misses must decline."""

from __future__ import annotations

import pytest

from tests.solved_problems import assert_solved
from tutor.reasoning.symbolic.engine import solve_now


@pytest.mark.parametrize(("problem", "answer"), [
    ("What is the least common denominator of 1/6 and 3/8?", "24"),
    # lcm(12, 9, 10) = 180
    ("Find the LCD of $\\frac{5}{12}$, $\\frac{1}{9}$ and $\\frac{7}{10}$.", "180"),
    ("What is the lowest common denominator for 2/15 and 4/25?", "75"),
    ("What is the least common denominator of 1/7 and 3/7?", "7"),
    ("find the smallest common denominator of 3/4, 5/6 and 1/9", "36"),
])
def test_common_denominators_solved(problem: str, answer: str) -> None:
    assert_solved(problem, answer)


@pytest.mark.parametrize("problem", [
    # 2/4 reduces to 1/2: 12 as written, 6 reduced
    "What is the least common denominator of 2/4 and 1/6?",
    # a letter: no number
    "What is the least common denominator of x/6 and 3/8?",
    # a whole number is no fraction here
    "What is the least common denominator of 5 and 3/8?",
])
def test_common_denominators_near_misses_decline(problem: str) -> None:
    assert solve_now(problem).answer is None
