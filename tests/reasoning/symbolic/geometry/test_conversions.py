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


_FORM = r"Enter your answer in the form $(r,\theta),$ where $r > 0$ and $0 \le \theta < 2 \pi.$"
_SPACE = (r"Enter your answer in the form $(\rho,\theta,\phi),$ where $\rho > 0,$ "
          r"$0 \le \theta < 2 \pi,$ and $0 \le \phi \le \pi.$")

# a point rewritten in its own system's standard ranges by its angles alone: these angles
# (pi/5, pi/9, ...) have no exact rectangular form, and the rectangular route declined them
STANDARD = [
    # a negative radius: the angle turns by pi
    (r"In polar coordinates, the point $\left( -3, \frac{\pi}{5} \right)$ is equivalent to what "
     r"other point, in the standard polar coordinate representation? " + _FORM,
     r"\left(3, \frac{6\pi}{5}\right)"),
    # a whole turn too many
    (r"In polar coordinates, the point $\left( 5, \frac{17 \pi}{6} \right)$ is equivalent to "
     r"what other point, in the standard polar coordinate representation? " + _FORM,
     r"\left(5, \frac{5\pi}{6}\right)"),
    # phi past pi: phi = 2 pi - 7 pi / 4, theta + pi
    (r"In spherical coordinates, the point $\left( 2, \frac{3 \pi}{5}, \frac{7 \pi}{4} \right)$ "
     r"is equivalent to what other point, in the standard spherical coordinate "
     r"representation? " + _SPACE, r"\left(2, \frac{8\pi}{5}, \frac{\pi}{4}\right)"),
    # a negative rho: theta + pi and pi - phi
    (r"In spherical coordinates, the point $\left( -2, \frac{\pi}{9}, \frac{\pi}{3} \right)$ "
     r"is equivalent to what other point, in the standard spherical coordinate "
     r"representation? " + _SPACE, r"\left(2, \frac{10\pi}{9}, \frac{2\pi}{3}\right)"),
    # cylindrical: z stays
    (r"In cylindrical coordinates, the point $\left( -4, \frac{9 \pi}{7}, 2 \right)$ is "
     r"equivalent to what other point, in the standard cylindrical coordinate representation? "
     r"Enter your answer in the form $(r,\theta,z),$ where $r > 0$ and $0 \le \theta < 2 \pi.$",
     r"\left(4, \frac{2\pi}{7}, 2\right)"),
    (r"Write the polar point $(-1, \frac{13\pi}{9})$ in standard polar coordinates.",
     r"\left(1, \frac{4\pi}{9}\right)"),
]


@pytest.mark.parametrize(("problem", "answer"), STANDARD)
def test_a_point_in_the_standard_ranges_of_its_system(problem: str, answer: str) -> None:
    assert_solved(problem, answer)


@pytest.mark.parametrize("problem", [
    # phi = 2 pi: on the z-axis, theta is not defined
    r"In spherical coordinates, the point $\left( 4, \frac{\pi}{9}, 2\pi \right)$ is "
    r"equivalent to what other point, in the standard spherical coordinate representation? "
    + _SPACE,
    # another range for theta than the standard one
    r"In polar coordinates, the point $\left( -3, \frac{\pi}{5} \right)$ is equivalent to what "
    r"other point? Enter your answer in the form $(r,\theta),$ where $r > 0$ and "
    r"$-\pi < \theta \le \pi.$",
    # the origin: no angle
    r"In polar coordinates, the point $\left( 0, \frac{\pi}{5} \right)$ is equivalent to what "
    r"other point, in the standard polar coordinate representation? " + _FORM,
])
def test_standard_ranges_decline(problem: str) -> None:
    assert solve_now(problem).answer is None
