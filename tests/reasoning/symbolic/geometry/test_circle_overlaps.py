"""The region inside both of two overlapping circles (geometry/circle_overlaps.py): our own
problems, each worked by hand as two circular segments r^2 (t - sin t) / 2 on the common
chord; the union and the part in exactly one circle from both discs; near misses (circles
apart or nested, no distance, a shaded drawing, one circle's part, which circle untold)
decline."""

from __future__ import annotations

import pytest

from tests.solved_problems import assert_solved
from tutor.reasoning.symbolic.engine import solve_now


@pytest.mark.parametrize(("problem", "answer"), [
    # d = sqrt 2, full angles pi/2: 2 * (pi/2 - 1) / 2
    ("Two circles of radius 1 are centered at (0,0) and (1,1). What is the area of the region "
     "inside both circles?", "\\frac{\\pi}{2}-1"),
    # each through the other's centre: full angles 2pi/3, 2 * 8 (2pi/3 - sqrt3/2)
    ("Two circles, each of radius 4, pass through each other's centers. Find the area of the "
     "region common to both circles.", "\\frac{32\\pi}{3}-8\\sqrt{3}"),
    ("Each of two circles of radius 4 passes through the center of the other circle. What is "
     "the area of the overlapping region?", "\\frac{32\\pi}{3}-8\\sqrt{3}"),
    # radii 1 and sqrt3, d = 2: angles 2pi/3 and pi/3: (pi/3 - sqrt3/4) + (pi/2 - 3 sqrt3/4)
    ("Circles of radii $1$ and $\\sqrt{3}$ have centers $2$ units apart. What is the area of "
     "their intersection?", "\\frac{5\\pi}{6}-\\sqrt{3}"),
    # the distance told in a sentence of its own
    ("Two circles both have radius 6. The distance between their centers is 6. What is the "
     "area of the region common to both circles?", "24\\pi-18\\sqrt{3}"),
    ("Two circles with radius $3\\sqrt{2}$ have centers $6$ cm apart. Find the area of their "
     "common region.", "9\\pi-18"),
    # 2 * 25/2 (2pi/3 - sqrt3/2)
    ("Two circles with radius 5 are drawn so that the distance between their centers is 5. "
     "Find the area of the region inside both circles.",
     "\\frac{50\\pi}{3}-\\frac{25\\sqrt{3}}{2}"),
    # an angle that is no rational part of pi stays exact: 2 * (25 acos(3/5) - 12)
    ("Two circles of radius 5 have centers 6 units apart. What is the area of their overlap?",
     "50\\arccos\\left(\\frac{3}{5}\\right)-24"),
])
def test_overlap_areas(problem: str, answer: str) -> None:
    assert_solved(problem, answer)


@pytest.mark.parametrize(("problem", "answer"), [
    # both discs 32 pi, common region 32 pi/3 - 8 sqrt3: less it once
    ("Two circles of radius 4 have centers 4 units apart. What is the area of the region "
     "covered by the two circles?", "\\frac{64\\pi}{3}+8\\sqrt{3}"),
    ("Two circles of radius 4 pass through each other's centers. Find the area of their "
     "union.", "\\frac{64\\pi}{3}+8\\sqrt{3}"),
    # less it twice
    ("Two circles of radius 4 have centers 4 units apart. What is the area of the region "
     "inside exactly one of the circles?", "\\frac{32\\pi}{3}+16\\sqrt{3}"),
])
def test_union_and_one_circle_only(problem: str, answer: str) -> None:
    assert_solved(problem, answer)


@pytest.mark.parametrize("problem", [
    # internally tangent: no lens
    "Circles of radii 2 and 3 have centers 1 unit apart. What is the area of their overlap?",
    # apart
    "Two circles of radius 2 have centers 5 units apart. What is the area of their overlap?",
    # no distance told
    "Two circles of radius 4 intersect. What is the area of the region inside both circles?",
    # a region of one circle only, which circle untold
    "Two circles of radius 4 have centers 4 units apart. What is the area of the region "
    "inside one circle but outside the other?",
    # a shaded part of a drawing the text points to
    "Two circles of radius 4 pass through each other's centers, as shown. What is the area of "
    "the overlap? [asy] draw(circle((0,0),4)); draw(circle((4,0),4)); [/asy]",
    # each through the other's centre with different radii cannot be
    "Circles of radii 2 and 3 each pass through the center of the other. What is the area of "
    "their overlap?",
    # a square is another figure (the lens was shown); 'square cm' stays a unit
    "Two circles of radius 2 have centers 2 apart. What is the area of the overlap of the two "
    "circles and a square?",
])
def test_overlap_near_misses_decline(problem: str) -> None:
    assert solve_now(problem).answer is None
