"""A right triangle with two sides given but not which (`geometry.right_triangle_cases`):
both legs, or the longer one the hypotenuse. Our own problems (answers by hand, in the
comments), and near misses that must decline."""

from __future__ import annotations

import pytest

from tests.solved_problems import assert_solved
from tutor.reasoning.symbolic.engine import solve_now

SOLVED = [
    # legs 9, 15: 67.5; hypotenuse 15, legs 9 and 12: 54
    ("Two of the sides of a right triangle are $9$ m and $15$ m long. What is the least "
     "possible area of the triangle, in square meters?", "54"),
    # 8, 17: the third side is sqrt(353) or 15
    ("Two sides of a right triangle measure $8$ and $17$. What is the smallest possible length "
     "of the third side?", "15"),
    # legs 5, 12 -> 13; or sqrt(119): the largest is 13
    ("A right triangle has two sides of length $5$ and $12$. Find the greatest possible length "
     "of the third side.", "13"),
    # legs 6 and 8: 24; hypotenuse 8: 6 * sqrt(28) / 2 = 6 sqrt(7) < 24
    ("Two of the sides of a right triangle are $6$ cm and $8$ cm. Compute the largest possible "
     "area of the triangle.", "24"),
    # sqrt(13) * sqrt(5) = sqrt(65) = 8.06...
    ("Find the product of all the possible lengths of the third side, if a right triangle has "
     "sides of length $2$ and $3$. Round your answer to the nearest tenth.", "8.1"),
    # equal sides are both legs: 10 + 5 sqrt(2)
    ("Two sides of a right triangle are $5$ and $5$. What is the smallest possible perimeter?",
     "10 + 5\\sqrt{2}"),
]

DECLINED = [
    # legs named: one triangle, not this reader, and "possible" has nothing to choose from
    "The legs of a right triangle are $6$ and $8$. What is the smallest possible hypotenuse?",
    # three sides given
    "Two sides of a right triangle are $3$, $4$ and $5$. What is the largest possible area?",
    # no extreme asked
    "Two sides of a right triangle are $3$ and $4$. What is the third side?",
]


@pytest.mark.parametrize(("problem", "answer"), SOLVED)
def test_right_triangle_cases_solved(problem: str, answer: str) -> None:
    assert_solved(problem, answer)


@pytest.mark.parametrize("problem", DECLINED)
def test_right_triangle_cases_declined(problem: str) -> None:
    assert solve_now(problem).answer is None
