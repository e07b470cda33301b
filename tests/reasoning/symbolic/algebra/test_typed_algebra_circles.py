"""A circle's equation read by the algebra reader (`algebra.circle_equations`): letters for its
centre and radius, the area it encloses, the distance from its centre to a point and the
constant that gives a stated radius, in phrasings of our own; near misses decline.

Every problem here is written for this file; the answers were worked out by hand
(completing the squares).
"""

from __future__ import annotations

import pytest

from tests.solved_problems import assert_solved
from tutor.reasoning.symbolic.engine import solve_now

SOLVED = [
    # x^2 - 8x + y^2 + 2y = -8: centre (4, -1), r^2 = 9
    (r"Let $(h, k)$ be the center of the circle $x^2 + y^2 = 8x - 2y - 8$. What does $h + k$ "
     r"equal?", "3"),
    # x^2 - 6x + y^2 + 10y = -30: centre (3, -5), r^2 = 4
    (r"Let $\Gamma$ be the circle with equation $x^2 + y^2 - 6x + 10y + 30 = 0$. If $(m, n)$ "
     r"is the center of $\Gamma$ and $s$ is its radius, find $m - n + s$.", "10"),
    # x^2 + 2x + y^2 - 4y = 20: centre (-1, 2), r = 5
    (r"What is the area of the region enclosed by the graph of $x^2 + 2x + y^2 = 4y + 20$? "
     r"Express your answer in terms of $\pi$.", r"25\pi"),
    (r"Find the area of the region defined by the equation $x^2 + y^2 + 2x - 4y - 20 = 0$.",
     r"25\pi"),
    # x^2 - 6x + y^2 + 2y = 15: centre (3, -1); to (7, 2) is (4, 3) -> 5
    (r"How far is the point $(7, 2)$ from the centre of the circle "
     r"$x^2 + y^2 - 6x + 2y = 15$?", "5"),
    # (x + 2)^2 + (y - 3)^2 = 13 - k = 2^2 -> k = 9
    (r"The graph of $x^2 + y^2 + 4x - 6y + k = 0$ is a circle of radius 2. What is $k$?", "9"),
    # (x - 3)^2 + (y + 2)^2 = 13 - c: radius 5 -> c = -12; diameter 8 -> 16 = 13 - c;
    # area 9 pi -> r^2 = 9; circumference 10 pi -> r = 5
    (r"For what value of $c$ will the circle $x^2 + y^2 - 6x + 4y + c = 0$ have radius 5?",
     "-12"),
    (r"For what value of $c$ will the circle with equation $x^2 - 6x + y^2 + 4y + c = 0$ have "
     r"a radius of length 5?", "-12"),
    (r"For what value of $c$ is $x^2 + y^2 - 6x + 4y + c = 0$ a circle of diameter 8?", "-3"),
    (r"For what value of $c$ will the circle $x^2 + y^2 - 6x + 4y + c = 0$ have area $9\pi$?",
     "4"),
    (r"For what value of $c$ does the circle $x^2 + y^2 - 6x + 4y + c = 0$ have circumference "
     r"$10\pi$?", "-12"),
]


@pytest.mark.parametrize(("problem", "answer"), SOLVED)
def test_circle_equation_questions(problem: str, answer: str) -> None:
    assert_solved(problem, answer)


DECLINED = [
    # only part of the disc is asked
    r"What is the area of the region enclosed by $x^2 + y^2 = 9$ that lies above the line "
    r"$y = 1$?",
    # no real circle: r^2 = -1
    r"What is the area of the region enclosed by $x^2 + y^2 + 1 = 0$?",
    # an ellipse, not a circle
    r"The center of the circle with equation $x^2 + 4y^2 = 8x$ is $(h, k)$. Find $h + k$.",
    # an area with no pi: the radius would be 3 / sqrt(pi)
    r"For what value of $c$ will the circle $x^2 + y^2 - 6x + 4y + c = 0$ have area 9?",
    # two measures told
    r"For what value of $c$ will the circle $x^2 + y^2 - 6x + 4y + c = 0$ have radius 5 and "
    r"area $25\pi$?",
]


@pytest.mark.parametrize("problem", DECLINED)
def test_unsafe_circle_questions_are_declined(problem: str) -> None:
    assert solve_now(problem).answer is None
