"""Ellipses and hyperbolas with an xy term (`geometry.turned_conics`): what turning does not
change, from the eigenvalues of the quadratic part (our own problems, worked by hand)."""

from __future__ import annotations

import pytest

from tests.solved_problems import assert_solved
from tutor.reasoning.symbolic.engine import solve_now

SOLVED = [
    # xy = k: a = b = sqrt(2k), c = 2 sqrt(k): foci 4 sqrt(k) apart
    (r"The graph of $xy = 4$ is a hyperbola. Find the distance between the foci of this "
     r"hyperbola.", "8"),
    (r"The graph of $xy = 3$ is a hyperbola. Find the distance between its foci.",
     r"4\sqrt{3}"),
    # vertices 2a = 2 sqrt(2k) = 6
    (r"Find the distance between the vertices of the hyperbola $xy = \frac{9}{2}$.", "6"),
    (r"Find the eccentricity of the hyperbola $xy = 7$.", r"\sqrt{2}"),
    # eigenvalues 3 and 1: 3u^2 + v^2 = 6, a = sqrt(6), b = sqrt(2)
    (r"Find the area of the ellipse $2x^2 + 2xy + 2y^2 = 6$.", r"2\sqrt{3}\pi"),
    # eigenvalues 13 +- 5: 8u^2 + 18v^2 = 72, a = 3, b = 2, c = sqrt(5)
    (r"Find the distance between the foci of the ellipse $13x^2 - 10xy + 13y^2 = 72$.",
     r"2\sqrt{5}"),
    # (x - 4)(y + 1) = 6
    (r"Find the center of the hyperbola $xy + x - 4y = 10$.", "(4, -1)"),
]


@pytest.mark.parametrize(("problem", "answer"), SOLVED)
def test_turned_conics(problem: str, answer: str) -> None:
    assert_solved(problem, answer)


@pytest.mark.parametrize("problem", [
    # a hyperbola called an ellipse
    r"Find the distance between the foci of the ellipse $xy = 4$.",
    # x^2 + 2xy + y^2 = (x + y)^2: a parabola's quadratic part
    r"Find the distance between the foci of the curve $x^2 + 2xy + y^2 = 4x$.",
])
def test_turned_near_misses_decline(problem: str) -> None:
    assert solve_now(problem).answer is None
