"""A conic's centre told as letters and an expression in them asked
(`algebra.conic_centre_letters`). Our own curves, centres by hand; near misses decline."""

from __future__ import annotations

import pytest

from tests.solved_problems import assert_solved
from tutor.reasoning.symbolic.engine import solve_now

SOLVED = [
    # (x - 1)^2/4 + (y - 2)^2/9 = 1 after 9(x - 1)^2 + 4(y - 2)^2 = 36: centre (1, 2)
    ("The center of the ellipse $9x^2 + 4y^2 - 18x - 16y - 11 = 0$ is $(h,k)$. Find $h+k$.",
     "3"),
    # (x + 2)^2 - (y - 1)^2 = 1 + 4 - 1: centre (-2, 1)
    ("The hyperbola $x^2 - y^2 + 4x + 2y = 1$ has center $(h, k)$. Compute $hk$.", "-2"),
    # x^2 - 4x + y^2 + 2y = 4: centre (2, -1); 'centre', letters a and b
    ("If $(a, b)$ is the centre of the circle $x^2 + y^2 = 4x - 2y + 4$, what is $a - b$?",
     "3"),
    # casual, unmarked maths: centre (5, -3) of x^2 + y^2 - 10x + 6y + 30 = 0 (r^2 = 4)
    ("the circle x^2 + y^2 - 10x + 6y + 30 = 0 has center (p,q). what is 2p + q", "7"),
    # unicode squares: 4(x + 1)^2 - 9(y - 2)^2 = 36 + 4 - 36; centre (-1, 2)
    ("The center of the hyperbola 4x² + 8x − 9y² + 36y = 68 is (h, k). Find h + k.", "1"),
    # the curve's kind said after it: 4(x - 1)^2 + (y + 3)^2 = 16, centre (1, -3)
    ("The graph of $4x^2 + y^2 - 8x + 6y = 3$ is an ellipse with center $(h,k)$. What is "
     "$h - k$?", "4"),
    # the question first: x^2 - 2(y - 1)^2 = 1, centre (0, 1)
    ("Find $h + k$ if the graph of $x^2 - 2y^2 + 4y = 3$ is a hyperbola with center $(h, k)$.",
     "1"),
]


@pytest.mark.parametrize(("problem", "answer"), SOLVED)
def test_centre_letters(problem: str, answer: str) -> None:
    assert_solved(problem, answer)


DECLINED = [
    # a letter the centre does not name
    "The center of the ellipse $9x^2 + 4y^2 - 18x - 16y - 11 = 0$ is $(h,k)$. Find $h+k+r$.",
    # a vertex, not the centre
    "The hyperbola $x^2 - y^2 + 4x + 2y = 1$ has a vertex at $(h, k)$. Compute $hk$.",
    # the equation is an ellipse, a circle is named
    "The center of the circle $9x^2 + 4y^2 - 18x - 16y - 11 = 0$ is $(h,k)$. Find $h+k$.",
    # a second thing asked
    "The center of the ellipse $9x^2 + 4y^2 - 18x - 16y - 11 = 0$ is $(h,k)$. Find $h+k$ and "
    "the area.",
]


@pytest.mark.parametrize("problem", DECLINED)
def test_centre_letters_near_misses_decline(problem: str) -> None:
    assert solve_now(problem).answer is None
