"""A quadratic's vertex asked three ways (`algebra.vertex_questions`), in phrasings of our
own; near misses decline.

Every problem here is written for this file; the answers were worked out by hand.
"""

from __future__ import annotations

import pytest

from tests.solved_problems import assert_solved
from tutor.reasoning.symbolic.engine import solve_now

SOLVED = [
    (r"What value of $x$ will give the minimum value of $3x^2 - 12x + 1$?", "2"),
    (r"Which value of $s$ gives the maximum value for $-2s^2 + 6s$?", r"\frac{3}{2}"),
    # vertex at x = -2: y = 8 - 16 - 1 = -9
    (r"The vertex of the parabola described by the equation $y = 2x^2 + 8x - 1$ is $(p, q)$. "
     r"What is $q$?", "-9"),
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
    r"What value of $x$ will give the maximum value of $x^2 + 4x$?",
    # the vertex is before launch (t = -1): the greatest height after launch is not there
    r"The height (in feet) of a stone is given by the expression $-16t^2 - 32t + 50$, where "
    r"$t$ is the time after launch. What is the maximum height of the stone?",
]


@pytest.mark.parametrize("problem", DECLINED)
def test_unclear_vertex_questions_are_declined(problem: str) -> None:
    assert solve_now(problem).answer is None
