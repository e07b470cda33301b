"""A point chosen at random from a region (a polygon told by its vertices, or two numbers
each from an interval) and an event cut by straight lines: area over area. Our own
problems; the areas are worked out by hand in the comments."""

from __future__ import annotations

import pytest
import sympy as sp

from tests.solved_problems import assert_solved
from tutor.reasoning.symbolic.combinatorics import plane_regions as pr
from tutor.reasoning.symbolic.combinatorics.linear_events import cells
from tutor.reasoning.symbolic.engine import solve_now
from tutor.reasoning.symbolic.geometry.shoelace import shoelace_area
from tutor.reasoning.symbolic.model import Decline

R = sp.Rational


@pytest.mark.parametrize(("problem", "answer"), [
    # u + v < 2 in [0,4]x[0,1]: integral of (2 - v) over [0,1] is 3/2, over 4
    ("Pick a point $(u,v)$ uniformly at random in the rectangle whose vertices are $(4,1)$, "
     "$(0,1)$, $(0,0)$ and $(4,0)$. Find the probability that $u + v < 2$.", "3/8"),
    # b < a/3 in [0,2]^2: area 2/3 of 4
    ("Suppose the point $(a,b)$ is selected uniformly at random from the square with vertices "
     "$(0,0),(2,0),(2,2),(0,2)$. Find the chance that $a > 3b$.", "1/6"),
    # the triangle is cut in half by the line y = x
    ("Choose a point at random in the triangular region with vertices $(0,0)$, $(6,0)$ and "
     "$(0,6)$; compute the probability that $y > x$.", "1/2"),
    # y < 1 in [0,5]x[0,4]: 5 of 20
    ("The point $(s,t)$ is randomly selected within the rectangular region whose vertices are "
     "$(5,4)$, $(0,0)$, $(0,4)$ and $(5,0)$. What is the chance that $t \\le 1$?", "1/4"),
    # a right triangle and a line through it: 2x + y < 4 cuts off the corner at the origin
    ("Take a point $(x,y)$ at random from the interior of the triangle having vertices $(0,0)$, "
     "$(4,0)$, $(0,8)$. Determine the probability that $2x + y < 4$.", "1/4"),
    # |x - y| < 1 in [0,3]^2: 9 - 2 * (2*2/2) = 5
    ("Real numbers $x$ and $y$ are chosen independently at random from the interval $[0,3]$. "
     "What is the probability that $|x-y| < 1$?", "5/9"),
    ("Numbers $m$ and $n$ are each picked at random from $[0,3]$. Find the probability that "
     "$|m-n| > 1$.", "4/9"),
    # p + q < 1 in [0,2]^2: a half-unit triangle of 4
    ("Two real numbers $p$ and $q$ are each chosen at random between 0 and 2. What is the "
     "probability that $p + q < 1$?", "1/8"),
    # a chain: x < y < 1 in [0,2]^2: triangle of area 1/2
    ("Real numbers $x$ and $y$ are drawn at random from the interval $[0,2]$. Find the "
     "probability that $x < y < 1$.", "1/8"),
    # a box told by ranges: the triangle u + v <= 2 (area 2) of the 6-by-4 box
    ("A point $(u,v)$ is picked at random such that $0 \\le u \\le 6$ and $0 \\le v \\le 4$. "
     "Find the probability that $u+v \\le 2$.", "1/12"),
    # q < p - 2 in [0,6]x[0,2]: 2 for p in [2,4], 4 for p in [4,6], of 12
    ("A point $(p,q)$ is chosen at random so that $0 \\le p \\le 6, 0 \\le q \\le 2$. Find "
     "the probability that $q < p - 2$.", "1/2"),
    # the point named with its letters, P = (x, y): the corner above x + y = 3/2
    ("A point $P = (x,y)$ is chosen uniformly at random inside the square with vertices "
     "$(0,0)$, $(1,0)$, $(1,1)$, $(0,1)$. Find the probability that $x + y > \\frac{3}{2}$.",
     "1/8"),
    ("Numbers $s$ and $t$ are chosen independently and uniformly at random from $[0, 1]$. Find "
     "the probability that $s + t < \\frac{1}{2}$.", "1/8"),
])
def test_area_over_area(problem, answer):
    assert_solved(problem, answer)


@pytest.mark.parametrize("problem", [
    # a curve, not a straight line
    "Pick a point $(u,v)$ uniformly at random in the rectangle whose vertices are $(4,1)$, "
    "$(0,1)$, $(0,0)$ and $(4,0)$. Find the probability that $u^2 < v$.",
    # called a square, but the sides are 5 and 2
    "Choose a point $(u,v)$ at random in the square whose vertices are $(5,2)$, $(0,2)$, $(0,0)$ "
    "and $(5,0)$. Find the probability that $v > u$.",
    # four vertices that are not a rectangle
    "Pick a point $(u,v)$ uniformly at random in the rectangle whose vertices are $(5,2)$, "
    "$(0,1)$, $(0,0)$ and $(4,0)$. Find the probability that $u < v$.",
    # an equation has no area
    "Pick a point $(u,v)$ uniformly at random in the rectangle whose vertices are $(4,1)$, "
    "$(0,1)$, $(0,0)$ and $(4,0)$. Find the probability that $u = 2v$.",
    # an extra word changes the question
    "Pick a point $(u,v)$ uniformly at random in the rectangle whose vertices are $(4,1)$, "
    "$(0,1)$, $(0,0)$ and $(4,0)$. Find the probability that $u + v < 2$ is false.",
    # integers, not real numbers: a count, not an area
    "Integers $m$ and $n$ are each picked at random from $[0,3]$. Find the probability that "
    "$|m-n| < 1$.",
    # the event names a letter that is not the point's
    "Pick a point $(u,v)$ uniformly at random in the rectangle whose vertices are $(4,1)$, "
    "$(0,1)$, $(0,0)$ and $(4,0)$. Find the probability that $u + w < 2$.",
    # only one coordinate's range is told
    "A point $(x,y)$ is chosen at random so that $0 \\le x \\le 6$. Find the probability that "
    "$y < x$.",
    # the same coordinate's range twice
    "A point $(x,y)$ is chosen at random so that $0 \\le x \\le 6$ and $1 \\le x \\le 2$. "
    "Find the probability that $y < x$.",
])
def test_near_misses_decline(problem):
    assert solve_now(problem).answer is None


def test_clipping_and_slicing_agree_on_a_pentagon():
    poly = pr.convex_order([(R(0), R(0)), (R(4), R(0)), (R(5), R(3)), (R(2), R(5)), (R(-1), R(3))])
    x, y = sp.symbols("x y")
    for event in ("x + 2y < 6", "y > x - 1", "|x - 2| < 1", "x < y < 4"):
        got = cells(event, x, y)
        assert pr.clipped_area(poly, got) == pr.sliced_area(pr.edges(poly), got), event
    assert shoelace_area(poly) == 21


def test_a_dent_is_not_convex():
    with pytest.raises(Decline):
        pr.convex_order([(R(0), R(0)), (R(4), R(0)), (R(1), R(1)), (R(0), R(4))])
