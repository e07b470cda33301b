"""Coordinates asked for a point written plainly (geometry/conversions.py): "the spherical
coordinates of the point (x, y, z)" converts from rectangular coordinates. Our own points,
answers by hand; a point also said to be in the asked system must decline."""

from __future__ import annotations

import pytest

from tests.solved_problems import assert_solved
from tutor.reasoning.symbolic.engine import solve_now

SOLVED = [
    # r = sqrt(3 + 1) = 2, theta: (-sqrt 3, 1) is at 150 degrees
    (r"Find the cylindrical coordinates of the point $(-\sqrt{3}, 1, 5)$. Enter your answer "
     r"in the form $(r,\theta,z),$ where $r > 0$ and $0 \le \theta < 2 \pi.$",
     r"\left(2, \frac{5\pi}{6}, 5\right)"),
    # rho = sqrt(1 + 1 + 2) = 2, theta = pi/4, cos phi = sqrt 2 / 2
    (r"What are the spherical coordinates of the point $(1, 1, \sqrt{2})$? Enter your answer in "
     r"the form $(\rho,\theta,\phi),$ where $\rho > 0,$ $0 \le \theta < 2 \pi,$ and "
     r"$0 \le \phi \le \pi.$", r"\left(2, \frac{\pi}{4}, \frac{\pi}{4}\right)"),
    (r"Determine the polar coordinates of the point $(-4, 0)$. Enter your answer in the form "
     r"$(r,\theta),$ where $r > 0$ and $0 \le \theta < 2 \pi.$", r"\left(4, \pi\right)"),
]

NEAR_MISSES = [
    # the point is said to be in polar coordinates already
    r"Find the polar coordinates of the point $(3, \frac{\pi}{4})$ in polar coordinates.",
    # rectangular asked of a point whose system is not said
    r"Find the rectangular coordinates of the point $(2, \frac{\pi}{6})$.",
]


@pytest.mark.parametrize(("problem", "answer"), SOLVED)
def test_coordinates_of_a_plain_point(problem: str, answer: str) -> None:
    assert_solved(problem, answer)


@pytest.mark.parametrize("problem", NEAR_MISSES)
def test_unclear_systems_decline(problem: str) -> None:
    assert solve_now(problem).answer is None
