"""Lines given by equations and the point where they meet, in several wordings; near misses."""

from __future__ import annotations

import pytest

from tests.solved_problems import assert_solved
from tutor.reasoning.symbolic.engine import solve_now


@pytest.mark.parametrize(
    ("problem", "answer"),
    [
        # 3x + y = 7 and x - 2y = 0 meet at (2, 1)
        (r"Find the point where the lines $3x + y = 7$ and $x - 2y = 0$ cross.", "(2, 1)"),
        (r"At which point do the graphs of $x - 2y = 0$ and $3x + y = 7$ intersect? Express "
         r"your answer as an ordered pair.", "(2, 1)"),
        (r"The lines $3x + y = 7$ and $x - 2y = 0$ intersect. What is the $y$-coordinate of "
         r"the point of intersection?", "1"),
        (r"What is the sum of the coordinates of the intersection of $3x + y = 7$ and "
         r"$x - 2y = 0$?", "3"),
        # y = 2x - 1 and x + y = 8 at (3, 5)
        (r"Where $y = 2x - 1$ crosses the line $x + y = 8$, what does $x$ equal?", "3"),
        # a + 2 = 4 and 5 + c = 4
        (r"The lines $y = ax + 2$ and $y = 5x + c$ meet at $(1, 4)$. What is $a + c$?", "1"),
        (r"Two lines with equations $y = ax + 2$ and $y = 5x + c$, where $a$ and $c$ are "
         r"constants, intersect at the point $(1, 4)$. Find $ac$.", "-2"),
        # y = x + 1 and y = 3x - 5 meet at (3, 4); 4 = 3k + 7
        (r"The lines $y = x + 1$, $y = 3x - 5$ and $y = kx + 7$ pass through the same point. "
         r"Find $k$.", "-1"),
        # 3x - 4 = -x + 8 at (3, 5)
        (r"The graphs of $y = 3x - 4$ and $y = -x + 8$ cross at $(p, q)$. What is $pq$?", "15"),
        # slopes 5/2 and 1 - c equal
        (r"The lines $4y = 10x - 3$ and $y = (1 - c)x + 2c$ are parallel. What is $c$?",
         r"-\frac{3}{2}"),
        (r"The lines $y = (2m - 1)x + 4$ and $3x + y = 7$ are parallel. Find $m$.", "-1"),
        # slopes -a/2 and 4: -2a = -1
        (r"Find $a$ so that the line $ax + 2y = 5$ is perpendicular to $y = 4x - 3$.",
         r"\frac{1}{2}"),
        (r"The lines $x + ky = 1$ and $2x - 3y = 4$ are perpendicular to each other. What is "
         r"$k$?", r"\frac{2}{3}"),
        # "Solve for" as the question: slopes -1/4 and -c/3, (1/4)(c/3) = -1
        (r"The graphs of $4y + x - 2 = 0$ and $3y + cx + 5 = 0$ are perpendicular. Solve for "
         r"$c$.", "-12"),
    ],
)
def test_line_meets(problem: str, answer: str) -> None:
    assert_solved(problem, answer)


@pytest.mark.parametrize(
    "problem",
    [
        r"At what point do the lines $y = 4x + 1$ and $y = 4x - 3$ intersect?",  # parallel
        r"Find the $x$-coordinate of the point where $3y = 6x$ meets $y = 2x$.",  # one line
        r"The lines $y = 2x + 1$, $y = x + 3$ and $y = 5x$ are drawn. Where do they "
        r"intersect?",  # three lines, no common point said
        r"The lines $y = 2x$ and $y = -x + 6$ do not intersect at which point?",
        # the same line at k = 2: parallel lines that coincide
        r"For what value of $k$ are the lines $y = kx + 1$ and $2y = 4x + 2$ parallel?",
        r"The lines $y = kx$ and $y = 2x + 1$ are not parallel. Find $k$.",
    ],
)
def test_line_meets_near_misses_decline(problem: str) -> None:
    assert solve_now(problem).answer is None
