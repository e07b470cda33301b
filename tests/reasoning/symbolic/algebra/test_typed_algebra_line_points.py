"""A letter fixed by points that lie on one line, in several wordings, and near misses."""

from __future__ import annotations

import pytest

from tests.solved_problems import assert_solved
from tutor.reasoning.symbolic.engine import solve_now


@pytest.mark.parametrize(
    ("problem", "answer"),
    [
        # slope (16 - 4) / (7 - 1) = 2, so k = 4 + 2 * 2
        (r"The straight line containing $(1, 4)$ and $(7, 16)$ also contains $(3, k)$. "
         r"Find the value of $k$.", "8"),
        # slope 2 from (0, 1): 11 = 1 + 2m
        (r"Given that $(0, 1)$, $(2, 5)$ and $(m, 11)$ are on the same line, what is $m$?",
         "5"),
        # (t, 2) on y = 5 - 2x/3: t = 9/2
        (r"Solve for $t$ if the point $(t, 2)$ lies on the line passing through $(0, 5)$ and "
         r"$(6, 1)$.", r"\frac{9}{2}"),
        # 2b - 3(b - 1) = 4
        (r"For what value of $b$ does the line $bx + (b - 1)y = 4$ pass through $(2, -3)$?",
         "-1"),
        # 3 = -c/2 + 2c: c = 2
        (r"The graph of the equation $y = cx + 2c$ goes through the point $\left(-\frac{1}{2}, "
         r"3\right)$. What is $c$?", "2"),
        # slopes (r - 2)/2 and (2r - 1)/6 agree: r = 5
        (r"The three points $(1, 2)$, $(3, r)$ and $(7, 2r + 1)$ are collinear. Find $r$.",
         "5"),
    ],
)
def test_line_points(problem: str, answer: str) -> None:
    assert_solved(problem, answer)


@pytest.mark.parametrize(
    "problem",
    [
        r"The points $(1, 2)$, $(3, k)$ and $(5, 8)$ do not lie on one line. What is $k$?",
        r"A line contains the points $(1, 2)$ and $(3, k)$. What is $k$?",  # two points only
        r"The points $(0, 0)$, $(1, 2)$ and $(k, k^2)$ lie on the same line. Find $k$.",  # 0, 2
        r"Two lines pass through $(1, 2)$ and $(3, k)$. What is $k$?",  # two lines
        # (1, 2), (4, r + 1), (7, 2r) are on one line whatever r is
        r"The three points $(1, 2)$, $(4, r + 1)$ and $(7, 2r)$ are collinear. Find $r$.",
    ],
)
def test_line_point_near_misses_decline(problem: str) -> None:
    assert solve_now(problem).answer is None
