"""A circle whose area and circumference are letters tied by one equation
(`geometry.circle_letters`). Our own problems (answers by hand, in the comments), and near
misses that must decline."""

from __future__ import annotations

import pytest

from tests.solved_problems import assert_solved
from tutor.reasoning.symbolic.engine import solve_now

SOLVED = [
    # r^2 + 2r = 35: r = 5
    ("The area of a circle is $p$ square meters and its circumference is $q$ meters. If "
     "$p + q = 35\\pi$, what is the radius of the circle?", "5"),
    # pi r^2 = 4 pi r: r = 4, diameter 8
    ("A circle's area is $A$ and its circumference is $C$. If $A = 2C$, find the diameter.",
     "8"),
    # r / 2 = 3: r = 6, area 36 pi
    ("A circle's area is $m$ and its circumference is $n$. If $\\frac{m}{n} = 3$, what is the "
     "area of the circle?", "36\\pi"),
    # r^2 - 2r = 8: r = 4
    ("A certain circle's area is $u$ square units, and its circumference is $v$ units. The "
     "value of $u - v$ is $8\\pi$. Compute the radius.", "4"),
]

DECLINED = [
    # r^2 + 2r = -1: no positive radius
    "A circle's area is $x$ and its circumference is $y$. If $x + y = -\\pi$, what is the "
    "radius?",
    # a third letter
    "A circle's area is $x$ and its circumference is $y$. If $x + y = z$, what is the radius?",
]


@pytest.mark.parametrize(("problem", "answer"), SOLVED)
def test_circle_letters_solved(problem: str, answer: str) -> None:
    assert_solved(problem, answer)


@pytest.mark.parametrize("problem", DECLINED)
def test_circle_letters_declined(problem: str) -> None:
    assert solve_now(problem).answer is None
