"""A quadratic's vertex asked three ways (`algebra.vertex_questions`), in phrasings of our
own; near misses decline.

Every problem here is written for this file; the answers were worked out by hand.
"""

from __future__ import annotations

import pytest

from tests.solved_problems import assert_solved
from tutor.reasoning.symbolic.engine import solve_now

SOLVED = [
    (r"Which value of $y$ yields the smallest possible value of $2y^2 + 10y - 3$?",
     r"-\frac{5}{2}"),  # -10 / 4
    (r"What value of $u$ produces the greatest value for the expression $5 + 8u - 4u^2$?",
     "1"),  # -8 / -8
    (r"What real value of $c$ minimizes $\frac{1}{3}c^2 - 4c + 1$?", "6"),  # 4 / (2/3)
    # vertex at x = 2: y = 12 - 24 + 7 = -5; m - n = 2 + 5
    (r"The vertex of the parabola given by $y = 3x^2 - 12x + 7$ is $(m, n)$. Find the value "
     r"of $m - n$.", "7"),
    (r"The vertex of the graph of $y = -x^2 + 6x$ is $(h, k)$. What is $h + k$?", "12"),
    # t = 2: -20 + 40 + 2
    (r"The height (in meters) of a ball is given by the expression $-5t^2 + 20t + 2$, where "
     r"$t$ is the time after launch. What is the maximum height of the ball, in meters?", "22"),
]


@pytest.mark.parametrize(("problem", "answer"), SOLVED)
def test_vertex_questions(problem: str, answer: str) -> None:
    assert_solved(problem, answer)


DECLINED = [
    # an upward parabola has no greatest value
    r"What value of $y$ yields the largest value of $y^2 - 6y + 2$?",
    # the vertex is before launch (t = -1): the greatest height after launch is not there
    r"The height (in feet) of a stone is given by the expression $-16t^2 - 32t + 50$, where "
    r"$t$ is the time after launch. What is the maximum height of the stone?",
]


@pytest.mark.parametrize("problem", DECLINED)
def test_unclear_vertex_questions_are_declined(problem: str) -> None:
    assert solve_now(problem).answer is None
