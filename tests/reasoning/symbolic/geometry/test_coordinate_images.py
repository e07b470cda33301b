"""A point given in two coordinate systems, one by its coordinates' names, and a second point
written with those names (our own problems, worked by hand); other letters, other ranges,
or an answer that is not a plain number decline."""

from __future__ import annotations

import pytest

from tests.solved_problems import assert_solved
from tutor.reasoning.symbolic.engine import solve_now

SOLVED = [
    # (4, 3): r = 5; (2r, theta + pi/2) turns (4, 3) a quarter turn and doubles it
    (r"A point has rectangular coordinates $(4, 3)$ and polar coordinates $(r, \theta)$. Find "
     r"the rectangular coordinates of the point with polar coordinates "
     r"$(2r, \theta + \frac{\pi}{2})$.", r"(-6, 8)"),
    # (3, 4): cos 3t = 4c^3 - 3c = -117/125, sin 3t = 3s - 4s^3 = 44/125, times r = 5
    (r"A point has rectangular coordinates $(3, 4)$ and polar coordinates $(r, \theta)$. What "
     r"are the rectangular coordinates of the point with polar coordinates $(r, 3\theta)$?",
     r"\left(-\frac{117}{25}, \frac{44}{25}\right)"),
    # (x, y, z) -> (x, y, -z) reflects phi: pi - pi/3 = 2 pi/3
    (r"A point has rectangular coordinates $(x,y,z)$ and spherical coordinates "
     r"$\left(4, \frac{\pi}{5}, \frac{\pi}{3} \right)$. Find the spherical coordinates of the "
     r"point with rectangular coordinates $(x,y,-z)$. Enter your answer in the form "
     r"$(\rho,\theta,\phi),$ where $\rho > 0,$ $0 \le \theta < 2 \pi,$ and "
     r"$0 \le \phi \le \pi.$", r"\left(4, \frac{\pi}{5}, \frac{2\pi}{3}\right)"),
    # (-x, y, z): theta -> pi - theta = 3 pi/4
    (r"A point has rectangular coordinates $(x,y,z)$ and spherical coordinates "
     r"$\left(5, \frac{\pi}{4}, \frac{\pi}{6} \right)$. Find the spherical coordinates of the "
     r"point with rectangular coordinates $(-x,y,z)$.",
     r"\left(5, \frac{3\pi}{4}, \frac{\pi}{6}\right)"),
    # (2, 1, 2): rho = 3, cos phi = 2/3, sin phi = sqrt5/3; cos 2phi = -1/9,
    # sin 2phi = 4 sqrt5/9; cos theta = 2/sqrt5, sin theta = 1/sqrt5
    (r"A point has rectangular coordinates $(2,1,2)$ and spherical coordinates "
     r"$(\rho, \theta, \phi)$. Find the rectangular coordinates of the point with spherical "
     r"coordinates $(\rho, \theta, 2 \phi)$.",
     r"\left(\frac{8}{3}, \frac{4}{3}, -\frac{1}{3}\right)"),
    # cylindrical (r, theta + pi, -z): every coordinate changes sign
    (r"A point has rectangular coordinates $(1, -2, 5)$ and cylindrical coordinates "
     r"$(r, \theta, z)$. Find the rectangular coordinates of the point with cylindrical "
     r"coordinates $(r, \theta + \pi, -z)$.", r"(-1, 2, -5)"),
]


@pytest.mark.parametrize(("problem", "answer"), SOLVED)
def test_second_point_from_named_coordinates(problem: str, answer: str) -> None:
    assert_solved(problem, answer)


@pytest.mark.parametrize("problem", [
    # x and y are not the names given (the names are r and theta)
    r"A point has polar coordinates $(r, \theta)$ and rectangular coordinates $(1, 1)$. Find "
    r"the polar coordinates of the point with rectangular coordinates $(2x, 2y)$.",
    # a range that is not the standard one
    r"A point has rectangular coordinates $(x,y,z)$ and spherical coordinates "
    r"$\left(4, \frac{\pi}{5}, \frac{\pi}{3} \right)$. Find the spherical coordinates of the "
    r"point with rectangular coordinates $(x,y,-z)$, where $-\pi < \theta \le \pi$.",
    # turning (1, 2) by 1 radian: the rectangular answer holds cos 1 and sin 1
    r"A point has rectangular coordinates $(1, 2)$ and polar coordinates $(r, \theta)$. Find "
    r"the rectangular coordinates of the point with polar coordinates $(r, \theta + 1)$.",
])
def test_unnamed_or_unusual_declines(problem: str) -> None:
    assert solve_now(problem).answer is None
