"""The greatest or least x- or y-coordinate on a polar graph (trigonometry/polar_extremes.py):
our own curves and wordings, answers worked by hand; unbounded or unknown curves decline."""

from __future__ import annotations

import pytest

from tests.solved_problems import assert_solved
from tutor.reasoning.symbolic.engine import solve_now

SOLVED = [
    # y = 2 (1 - c^2) c, greatest at c = 1/sqrt 3
    (r"Find the maximum $y$-coordinate of a point on the graph of $r = \sin 2 \theta.$",
     r"\frac{4 \sqrt{3}}{9}"),
    # the circle of radius 1 about (0, 1)
    (r"Find the maximum $y$-coordinate of a point on the graph of $r = 2 \sin \theta.$", "2"),
    # x = (2c^2 - 1) c is 1 at c = 1
    (r"Find the largest $x$-coordinate of a point on the graph of $r = \cos 2 \theta.$", "1"),
    # cardioid: y = (1 + c) s, greatest at theta = pi/3
    (r"What is the greatest $y$-coordinate of any point on the polar curve $r = 1 + \cos "
     r"\theta$?", r"\frac{3 \sqrt{3}}{4}"),
    # x = c + c^2, least at c = -1/2
    (r"What is the smallest $x$-coordinate of any point on the polar curve $r = 1 + \cos "
     r"\theta$?", r"-\frac{1}{4}"),
    # the circle of radius sqrt 2 / 2 about (1/2, 1/2)
    (r"Find the maximum $x$-coordinate of a point on the graph of $r = \sin \theta + \cos "
     r"\theta.$", r"\frac{1 + \sqrt{2}}{2}"),
    # y = s - 2 s^2, least at s = -1
    (r"Find the minimum $y$-coordinate of a point on the graph of $r = 1 - 2 \sin \theta.$",
     "-3"),
    # y = (cos 2t - cos 4t) / 2, least where cos 2t = -1
    (r"Find the smallest $y$-coordinate of a point on the graph of $r = \sin 3 \theta.$", "-1"),
    # y = (1 - s^2) s
    (r"Find the maximum $y$-coordinate of a point on the graph of $r = \cos^2 \theta.$",
     r"\frac{2 \sqrt{3}}{9}"),
    (r"Find the maximum $y$-coordinate of a point on the graph of $r = 3.$", "3"),
]

NEAR_MISSES = [
    # a spiral: no greatest
    r"Find the maximum $y$-coordinate of a point on the graph of $r = \theta.$",
    # a parabola: unbounded
    r"Find the maximum $y$-coordinate of a point on the graph of $r = \frac{1}{1 - \cos \theta}.$",
    r"Find the maximum $z$-coordinate of a point on the graph of $r = \sin 2 \theta.$",
    r"Find the maximum positive $y$-coordinate of a point on the graph of $r = \sin 2 \theta.$",
    r"Find the maximum $y$-coordinate of a point on the graph of $r = \sin 2 \theta$ with "
    r"$\theta$ in the first quadrant.",
]


@pytest.mark.parametrize(("problem", "answer"), SOLVED)
def test_polar_extremes_solved(problem: str, answer: str) -> None:
    assert_solved(problem, answer)


@pytest.mark.parametrize("problem", NEAR_MISSES)
def test_polar_extremes_near_misses_decline(problem: str) -> None:
    assert solve_now(problem).answer is None
