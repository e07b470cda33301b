"""The vertex of a parabola given by its equation (`algebra.vertex_points`), in phrasings of
our own; near misses decline.

Every problem here is written for this file; the answers were worked out by hand with
x = -b/(2a).
"""

from __future__ import annotations

import pytest

from tests.solved_problems import assert_solved
from tutor.reasoning.symbolic.engine import solve_now

SOLVED = [
    # textbook: x = 4, y = 16 - 32 + 9 = -7
    (r"What is the $y$-coordinate of the vertex of the parabola $y = x^2 - 8x + 9$?", "-7"),
    # terse, a function: x = -3/2, and 2(9/4) + 6(-3/2) - 1 = 9/2 - 9 - 1 = -11/2
    (r"Find the vertex of the graph of $g(x) = 2x^2 + 6x - 1$.",
     r"\left(-\frac{3}{2}, -\frac{11}{2}\right)"),
    # opening down: x = 3, y = -9 + 18 = 9
    (r"What are the coordinates of the vertex of $y = 6x - x^2$?", r"(3, 9)"),
    # sideways parabola, the sum: y = 3, x = 9 - 18 + 2 = -7; -7 + 3 = -4
    (r"The graph of $x = y^2 - 6y + 2$ is a parabola. What is the sum of the coordinates of "
     r"its vertex?", "-4"),
    # the question last, the coordinate named: x = 1
    (r"The parabola $y = 5x^2 - 10x + 3$ has a vertex. Give the $x$-coordinate of its vertex.",
     "1"),
    # the point asked, then its sum asked in a second sentence: (2, -5), 2 - 5 = -3
    (r"Where is the vertex of $y = 3x^2 - 12x + 7$? Give the sum of its coordinates.", "-3"),
]


@pytest.mark.parametrize(("problem", "answer"), SOLVED)
def test_vertex_points(problem: str, answer: str) -> None:
    assert_solved(problem, answer)


DECLINED = [
    # not a parabola
    r"What is the $y$-coordinate of the vertex of the graph of $y = x^3 - 3x$?",
    # a word the reader does not apply
    r"What is the $y$-coordinate of the reflected vertex of the parabola $y = x^2 - 4x$?",
    # two curves
    r"Find the vertex of $y = x^2 + 1$ and $y = x^2 - 2x$.",
    # a sum asked, but not of the coordinates (it was answered with the point)
    r"What is the vertex of $y = x^2 - 4x + 1$, and what is the sum?",
]


@pytest.mark.parametrize("problem", DECLINED)
def test_near_misses_decline(problem: str) -> None:
    assert solve_now(problem).answer is None
