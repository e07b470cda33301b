"""The greatest (or least) value of a quantity a story gives by a quadratic formula
(`algebra.peak_values`), in phrasings of our own; near misses decline.

Every problem here is written for this file; the answers were worked out by hand at the
vertex t = -b/(2a).
"""

from __future__ import annotations

import pytest

from tests.solved_problems import assert_solved
from tutor.reasoning.symbolic.engine import solve_now

SOLVED = [
    # a named function: t = 48/32 = 3/2, -16(9/4) + 72 + 4 = 40
    (r"A ball's height in feet $t$ seconds after it is kicked is $h(t) = -16t^2 + 48t + 4$. "
     r"What is the greatest height the ball reaches?", "40"),
    # a bare expression, "how high": t = 3, -45 + 90 + 2 = 47
    (r"The height (in meters) of a stone thrown upward is given by $-5t^2 + 30t + 2$, where "
     r"$t$ is the time in seconds. How high does the stone go?", "47"),
    # the unit after the question: t = 7/4, -49 + 98 = 49
    (r"The height in feet of a football $t$ seconds after it is kicked is $h = -16t^2 + 56t$. "
     r"Find the maximum height, in feet.", "49"),
    # the old "after launch" wording: t = 2, -20 + 40 + 3 = 23
    (r"The height (in meters) of a rocket is given by the expression $-5t^2 + 20t + 3$, where "
     r"$t$ is the time after launch. What is the maximum height of the rocket?", "23"),
    # a profit, the items named by the story: x = 15, -675 + 1350 - 200 = 475
    (r"The daily profit of a bakery, in dollars, from selling $x$ cakes is "
     r"$P = -3x^2 + 90x - 200$. What is the greatest possible profit?", "475"),
    # a least cost: x = 10, 200 - 400 + 500 = 300
    (r"The weekly cost in dollars of producing $x$ units is $C(x) = 2x^2 - 40x + 500$. What "
     r"is the minimum cost?", "300"),
]


@pytest.mark.parametrize(("problem", "answer"), SOLVED)
def test_peak_values(problem: str, answer: str) -> None:
    assert_solved(problem, answer)


DECLINED = [
    # the story's height is in feet, the question asks meters
    r"The height of a ball is $h = -16t^2 + 64t + 5$ feet after $t$ seconds. What is the "
    r"maximum height of the ball, in meters?",
    # a height formula opening upward has no greatest value, and its least is not asked of it
    r"The height of a ball is $h = 16t^2 - 32t + 100$ feet after $t$ seconds. What is the "
    r"minimum height of the ball?",
    # the vertex (x = 41/4 units) is not a whole count: the best whole count may miss it
    r"The weekly cost in dollars of producing $x$ units is $C(x) = 2x^2 - 41x + 500$. What "
    r"is the minimum cost?",
    # the vertex is before the throw (t = -1)
    r"The height of a ball is $h = -16t^2 - 32t + 100$ feet after $t$ seconds. What is the "
    r"maximum height of the ball?",
    # a speed in the story that the formula does not show (its starting speed is 64)
    r"The height of a ball thrown at 40 feet per second is $h = -16t^2 + 64t$ feet after $t$ "
    r"seconds. What is the maximum height of the ball?",
    # a condition the reader does not apply
    r"The height of a ball is $h = -16t^2 + 64t + 5$ feet after $t$ seconds. What is the "
    r"maximum height of the ball in the first second?",
]


@pytest.mark.parametrize("problem", DECLINED)
def test_near_misses_decline(problem: str) -> None:
    assert solve_now(problem).answer is None
