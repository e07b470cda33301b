"""Polar graphs r = a cos(theta) + b sin(theta), which are circles through the origin: their
area, radius, diameter and circumference (our own problems, worked by completing squares);
graphs that are not such circles decline."""

from __future__ import annotations

import pytest

from tests.solved_problems import assert_solved
from tutor.reasoning.symbolic.engine import solve_now

SOLVED = [
    # x^2 + y^2 = 4x - 2y: radius sqrt(20)/2 = sqrt 5
    (r"The graph of $r = 4 \cos \theta - 2 \sin \theta$ is a circle.  Find its radius.",
     r"\sqrt{5}"),
    # x^2 + (y - 5)^2 = 25
    (r"What is the area of the region enclosed by the graph of $r = 10 \sin \theta$?",
     r"25\pi"),
    # radius 5
    (r"Find the circumference of the circle $r = -6 \cos \theta + 8 \sin \theta$.", r"10\pi"),
    # radius sqrt(3 + 1)/2 = 1, diameter 2
    (r"The curve $r = \sqrt{3} \cos \theta + \sin \theta$ is a circle.  What is its diameter?",
     "2"),
    # radius sqrt(1 + 9)/2, area 10 pi / 4
    (r"Find the whole area inside the polar curve $r = \cos \theta + 3 \sin \theta$.",
     r"\frac{5\pi}{2}"),
]


@pytest.mark.parametrize(("problem", "answer"), SOLVED)
def test_polar_circles(problem: str, answer: str) -> None:
    assert_solved(problem, answer)


@pytest.mark.parametrize("problem", [
    # a four-leaved rose, not a circle
    r"The graph of $r = 2 \sin 2\theta$ is drawn.  Find the area of the region it encloses.",
    # a limacon
    r"Find the area of the region enclosed by the graph of $r = 1 + \cos \theta$.",
])
def test_other_polar_graphs_decline(problem: str) -> None:
    assert solve_now(problem).answer is None
