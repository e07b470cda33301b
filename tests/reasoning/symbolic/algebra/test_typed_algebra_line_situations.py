"""One line known by facts (slope, points, intercepts, parallel or perpendicular lines, a
segment it bisects), asked anything about it, in several wordings; and near misses."""

from __future__ import annotations

import pytest

from tests.solved_problems import assert_solved
from tutor.reasoning.symbolic.engine import solve_now


@pytest.mark.parametrize(
    ("problem", "answer"),
    [
        # slope -2 through (3, 4): y = -2x + 10
        (r"A line has slope $-2$ and passes through $(3, 4)$. Where does it cross the "
         r"$x$-axis? Give your answer as an ordered pair.", "(5, 0)"),
        (r"Find the $y$-intercept of the line with a slope of $-2$ that goes through "
         r"$(3, 4)$.", "10"),
        (r"The line through $(3, 4)$ whose slope is $-2$ has equation $y = mx + b$. Find "
         r"$m + b$.", "8"),
        (r"Line $q$ contains the point $(3, 4)$ and has slope $-2$. What is the equation of "
         r"line $q$ in slope-intercept form?", "y = -2x + 10"),
        # through (1, 5) and (3, 9): slope 2, y = 2x + 3
        (r"What is the product of the slope and the $y$-intercept of the line containing "
         r"$(1, 5)$ and $(3, 9)$?", "6"),
        (r"A straight line goes through $(1, 5)$ and $(3, 9)$. The point $(7, t)$ lies on it. "
         r"Find $t$.", "17"),
        # parallel to 6x - 3y = 1 (slope 2) through (2, 1): y = 2x - 3
        (r"A line parallel to $6x - 3y = 1$ contains $(2, 1)$. What is its $x$-intercept?",
         r"\frac{3}{2}"),
        (r"Line $k$ passes through $(2, 1)$ and is parallel to the line $6x - 3y = 1$. "
         r"Find the $y$-coordinate of the point on line $k$ whose $x$-coordinate is $5$.", "7"),
        # perpendicular to y = 3x + 1 through (6, 0): y = -x/3 + 2
        (r"Find the $y$-intercept of the line perpendicular to $y = 3x + 1$ passing through "
         r"$(6, 0)$.", "2"),
        (r"What is the slope of a line perpendicular to the line through $(0, 2)$ and "
         r"$(4, 8)$?", r"-\frac{2}{3}"),
        # the x-intercept (4, 0) and slope 1/2: y = x/2 - 2
        (r"The $x$-intercept of a line is $(4, 0)$ and its slope is $\frac{1}{2}$. Find the "
         r"$y$-intercept point. Express your answer as an ordered pair.", "(0, -2)"),
        # perpendicular bisector of (2, 0)-(6, 4): midpoint (4, 2), slope -1: y = -x + 6
        (r"The perpendicular bisector of the segment joining $(2, 0)$ and $(6, 4)$ meets the "
         r"$y$-axis at which point?", "(0, 6)"),
        (r"The segment with endpoints $(2, 0)$ and $(6, 4)$ has the line $x + y = c$ as its "
         r"perpendicular bisector. Find $c$.", "6"),
        # the line 4x + 2y = 10 (y = -2x + 5) meets the line perpendicular to it through (4, 3)
        # (y = x/2 + 1) at (8/5, 9/5)
        (r"Where does the line $4x + 2y = 10$ meet the line perpendicular to it that passes "
         r"through $(4, 3)$?", r"\left(\frac{8}{5}, \frac{9}{5}\right)"),
        (r"Line $r$ has equation $3x - y = 2$. What is the $x$-coordinate of the point on "
         r"$r$ with $y$-coordinate $10$?", "4"),
        (r"A line is drawn through $(0, -2)$ and $(4, 6)$. At what point does it cross the "
         r"$x$-axis? Express your answer as an ordered pair.", "(1, 0)"),
        # y = -2x + 8 with the axes: legs 4 and 8
        (r"A line with slope $-2$ passes through $(1, 6)$. What is the area of the triangle it "
         r"forms with the coordinate axes?", "16"),
        # y = -3x + 9: legs 3 and 9
        (r"Line $t$ contains $(2, 3)$ and is parallel to $3x + y = 1$. What is the area, in "
         r"square units, of the triangular region bounded by line $t$ and the axes?",
         r"\frac{27}{2}"),
        # (1, 3) and (5, 11): y = 2x + 1
        (r"The points $(1, 3)$ and $(5, 11)$ lie on a line. What is the $y$-coordinate of the "
         r"point on the line with $x$-coordinate $10$?", "21"),
        # slope -1/3 through (3, 5): y = -x/3 + 6, intercepts 18 and 6
        (r"What is the sum of the $x$- and $y$-intercepts of the line with slope "
         r"$-\frac{1}{3}$ through $(3, 5)$?", "24"),
        # the near miss of the collinear-letter reader, answered here: slope -1 through (0, 1)
        (r"The line through $(0, 1)$ and $(2, k)$ is perpendicular to $y = x$. Find $k$.",
         "-1"),
        # the line by its equation after "intercepts of the line": 3x + 2y = 12 meets the
        # axes at 4 and 6 (it was read as an intercept told, and declined)
        (r"What is the sum of the $x$- and $y$-intercepts of the line $3x + 2y = 12$?", "10"),
        (r"Find the product of the $x$-intercept and the $y$-intercept of the line "
         r"$y = 4x - 8$.", "-16"),
    ],
)
def test_line_situations(problem: str, answer: str) -> None:
    assert_solved(problem, answer)


@pytest.mark.parametrize(
    "problem",
    [
        r"A line has slope $4$. What is its $y$-intercept?",  # not fixed
        r"A line passes through $(2, 3)$. What is its slope?",  # not fixed
        r"Two lines have slope $3$ and pass through $(1, 1)$. What is the $y$-intercept?",
        r"A line has slope $2$ and passes through $(1, 1)$ and $(2, 5)$. What is its "
        r"$y$-intercept?",  # the facts disagree
        r"A line perpendicular to $y = 5$ passes through $(2, 1)$. What is its slope?",  # vertical
        r"A line with slope $3$ passes through $(1, 2)$. What is its $y$-intercept, rounded "
        r"down?",  # an unknown word
        r"A line with slope $3$ passes through $(1, 2)$. Where does it cross the $y$-axis?",
        r"A line with slope $3$ passes through $(1, 2)$. It meets the $y$-axis at what "
        r"$x$-value?",
        r"A line through $(0, 0)$ has slope $3$. What is the area of the triangle it forms "
        r"with the axes?",  # no triangle
        r"A line is not parallel to $y = 2x$ and passes through $(1, 1)$. What is its "
        r"$y$-intercept?",
        # an intercept without its axis, asked with the slope: never the slope alone
        r"What is the slope and what intercept of the line $4x + 3y = 12$?",
        r"A line passes through $(1, 2)$ and $(3, 8)$. Find its slope and its intercept.",
    ],
)
def test_line_situation_near_misses_decline(problem: str) -> None:
    assert solve_now(problem).answer is None
