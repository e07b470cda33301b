"""The line that points plotted for every real t lie on (`algebra.plotted_lines`). Our own
lines and points; each slope and intercept worked by hand (solve the two equations for x
and y in terms of t, then divide the rates)."""

from __future__ import annotations

import pytest

from tests.solved_problems import assert_solved
from tutor.reasoning.symbolic.engine import solve_now

_LIE = " All the plotted points lie on a line."


@pytest.mark.parametrize(("problem", "answer"), [
    # y = (2t + 6)/3, x = (7t - 3)/3
    ("For real numbers $t,$ the point of intersection of the lines $x + y = 3t + 1$ and "
     "$x - 2y = t - 5$ is plotted." + _LIE + " Find the slope of this line.", "2/7"),
    # x = (3t + 2)/2, y = (t - 10)/2
    ("For each real number $t$, the lines $3x + y = 5t - 2$ and $x - y = t + 6$ meet at a "
     "point, which is plotted. All of the plotted points lie on a line. What is the slope of "
     "that line?", "1/3"),
    # x = 5 - t, y = 3t - 6
    ("For real numbers $t$, the point of intersection of the lines $2x + y = t + 4$ and "
     "$x + y = 2t - 1$ is plotted, and all these points lie on the same line. Find the slope "
     "of this line.", "-3"),
    ("For real numbers $t,$ the point $(x,y) = (4 - t, 2t + 7)$ is plotted." + _LIE
     + " Find the slope of this line.", "-2"),
    # y = 5 - 2(x + 1)/3
    ("For real numbers $t,$ the point $(x,y) = \\left(3t - 1, 5 - 2t\\right)$ is plotted."
     + _LIE + " Find the $y$-intercept of this line.", "13/3"),
    # x = t + 2, y = 2t + 1: y = 2x - 3, meets y = 0 at x = 3/2
    ("For real numbers $t,$ the point $(x,y) = (t + 2, 2t + 1)$ is plotted." + _LIE
     + " Find the $x$-intercept of this line.", "3/2"),
])
def test_plotted_line(problem: str, answer: str) -> None:
    assert_solved(problem, answer)


@pytest.mark.parametrize("problem", [
    # a parabola, not a line
    "For real numbers $t,$ the point of intersection of the lines $x + y = t^2$ and $x - y = t$ "
    "is plotted. All the plotted points lie on a curve. Find the slope of this line.",
    "For real numbers $t,$ the point $(x,y) = (t, t^2 + 1)$ is plotted." + _LIE
    + " Find the slope of this line.",
    # parallel lines: no point
    "For real numbers $t,$ the point of intersection of the lines $x + y = t$ and "
    "$2x + 2y = 3$ is plotted." + _LIE + " Find the slope of this line.",
    # a vertical line has no slope
    "For real numbers $t,$ the point $(x,y) = (2, 3t + 1)$ is plotted." + _LIE
    + " Find the slope of this line.",
    # a second unknown
    "For real numbers $t,$ the point $(x,y) = (at + 1, 3t)$ is plotted." + _LIE
    + " Find the slope of this line.",
])
def test_not_a_line_declines(problem: str) -> None:
    assert solve_now(problem).answer is None
