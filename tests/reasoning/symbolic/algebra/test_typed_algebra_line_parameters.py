"""A line or segment through two known points read through a parameter: the point at
another parameter value, the other coordinate of a point with one coordinate told, and the
letters of a segment's parameterization (our own problems, worked by hand)."""

from __future__ import annotations

import pytest

from tests.solved_problems import assert_solved
from tutor.reasoning.symbolic.engine import solve_now

SOLVED = [
    # step per unit (-2, 2); from s = -1 to s = 3 is four steps
    (r"A line is parametrized by a parameter $s,$ so that the point on the line at $s = -1$ is "
     r"$(4,2),$ and the point on the line at $s = 1$ is $(0,6).$  Find the point on the line "
     r"at $s = 3.$", "(-4, 10)"),
    # halfway between the two given vectors
    (r"A line is parameterized by $t$ so that the vector on the line at $t = 0$ is "
     r"$\begin{pmatrix} 1 \\ 0 \\ 2 \end{pmatrix}$ and the vector on the line at $t = 2$ is "
     r"$\begin{pmatrix} 5 \\ -4 \\ 0 \end{pmatrix}$.  Find the vector on the line at $t = 1$.",
     r"\begin{pmatrix} 3 \\ -2 \\ 1 \end{pmatrix}"),
    # y goes 3 -> 0, so y = 6 is s = -1 of the way: x = 1 - 3
    (r"The line through $(1,3,2)$ and $(4,0,5)$ contains a point whose $y$-coordinate is 6.  "
     r"What is the $x$-coordinate of that point?", "-2"),
    # x = 5 is 5/2 of the way: y = 1 + 15
    (r"Some point on the line through $(0,1)$ and $(2,7)$ has $x$-coordinate equal to 5.  "
     r"Compute its $y$-coordinate.", "16"),
    # p = 3, q = 1, r = 8, s = -2
    (r"The segment from $(1,-2)$ to $(4,6)$ is parameterized by $x = pt + q, y = rt + s$, "
     r"where $0 \le t \le 1$ and $t = 0$ gives the point $(1,-2)$.  Find "
     r"$p^2 + q^2 + r^2 + s^2$.", "78"),
    # starting from the second point: a = -3, b = 5, c = -4, d = 4, g = 2, h = -1
    (r"The line segment connecting $(2,0,1)$ and $(5,4,-1)$ can be parameterized by the "
     r"equations $x = at + b, y = ct + d, z = gt + h$, where $0 \le t \le 1$, and $t = 0$ "
     r"corresponds to the point $(5,4,-1)$.  Find $a + b + c + d + g + h$.", "3"),
]


@pytest.mark.parametrize(("problem", "answer"), SOLVED)
def test_line_parameters(problem: str, answer: str) -> None:
    assert_solved(problem, answer)


@pytest.mark.parametrize("problem", [
    # every point of the line has x = 1
    r"The line through $(1,3,2)$ and $(1,5,0)$ contains a point whose $x$-coordinate is 4.  "
    r"What is the $z$-coordinate of that point?",
    # the told point is not an end of the segment
    r"The segment from $(1,-2)$ to $(4,6)$ is parameterized by $x = pt + q, y = rt + s$, "
    r"where $0 \le t \le 1$ and $t = 0$ gives the point $(2,2)$.  Find $p + q + r + s$.",
])
def test_unread_lines_decline(problem: str) -> None:
    assert solve_now(problem).answer is None
