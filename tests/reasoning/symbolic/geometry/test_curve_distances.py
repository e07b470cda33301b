"""The least distance between points, lines, circles and graphs of polynomials
(geometry/curve_distances.py, nearest_distance_values.py, distance_objects.py): our own
problems, each worked out by hand in its comment."""

from __future__ import annotations

import pytest
import sympy as sp

from tests.solved_problems import assert_solved
from tutor.reasoning.symbolic.engine import solve_now
from tutor.reasoning.symbolic.geometry.distance_objects import Place, place
from tutor.reasoning.symbolic.geometry.nearest_distance_values import least_distance, searched
from tutor.reasoning.symbolic.model import Decline


@pytest.mark.parametrize(("problem", "answer"), [
    # y - (2x - 5) = x^2 - 8x + 19 = (x - 4)^2 + 3 > 0: least 3 at x = 4, over sqrt 5
    ("Let $A$ be a point on the parabola $y = x^2 - 6x + 14$, and let $B$ be a point on the "
     "line $y = 2x - 5$. Find the smallest possible distance $AB$.", "\\frac{3\\sqrt{5}}{5}"),
    # centre (0, -4), r = 2; (x, x^2/4) is x^2 + (x^2/4 + 4)^2 >= 16 from it: 4 - 2
    ("Let $M$ be a point on the circle $x^2 + y^2 + 8y + 12 = 0$ and let $N$ be a point on "
     "the parabola $x^2 = 4y$. What is the minimum possible distance $MN$?", "2"),
    # 7 / sqrt(5)
    ("What is the minimum distance between the origin and the line $y = -2x + 7$?",
     "\\frac{7\\sqrt{5}}{5}"),
    # the centre (7, -1) is 5/sqrt 2 from x + y = 1, more than the radius 3
    ("Find the distance between the circle $(x - 7)^2 + (y + 1)^2 = 9$ and the line "
     "$x + y = 1$.", "\\frac{5\\sqrt{2}}{2} - 3"),
    # the line is 3/13 from the centre, inside the unit circle: they meet
    ("Compute the shortest distance between the line $5x - 12y = 3$ and the circle "
     "$x^2 + y^2 = 1$.", "0"),
    # x = y^2 + 3 is never nearer than 3 to the y-axis
    ("Find the least possible distance between a point on the curve $x = y^2 + 3$ and a point "
     "on the $y$-axis.", "3"),
    # centre (1, -2), radius 5; the point is 2 from the centre, inside: 5 - 2
    ("What is the shortest distance between the point $(3, -2)$ and the circle "
     "$x^2 + y^2 - 2x + 4y = 20$?", "3"),
    # x^2 + (x^2/2 - 5)^2 = x^4/4 - 4x^2 + 25, least 9 at x^2 = 8
    ("Find the minimum distance from the point $(0, 5)$ to the parabola "
     "$y = \\frac{1}{2}x^2$.", "3"),
    # centre (1, 2) is |3 - 8 - 30| / 5 = 7 from the line, radius 3
    ("Let $P$ be a point on the line $3x - 4y = 30$ and let $Q$ be a point on the circle "
     "$x^2 + y^2 - 2x - 4y = 4$. Find the shortest possible distance between $P$ and $Q$.",
     "4"),
    ("Find the shortest distance between the parabola $y = x^2 + 1$ and the $x$-axis.", "1"),
    # x - x^2 - 1 is at most -3/4 (x = 1/2), over sqrt 2
    ("Find the shortest distance between the parabola $y = x^2$ and the line $y = x - 1$.",
     "\\frac{3\\sqrt{2}}{8}"),
    # (0, -3) is inside the circle of radius 2 and the parabola runs off: they meet
    ("Find the shortest distance between the circle $x^2 + y^2 = 4$ and the parabola "
     "$y = x^2 - 3$.", "0"),
    # 3x - y + 2 = 0 and 3x - y - 11/2 = 0: (15/2) / sqrt 10
    ("What is the smallest possible distance between a point on the line $y = 3x + 2$ and a "
     "point on the line $6x - 2y = 11$?", "\\frac{3\\sqrt{10}}{4}"),
    # turned: (y^2/2, y) from (6, 12)... the point (6, 12) and x = y^2/2: y = 4, 2 sqrt 17
    ("Find the shortest distance between the point $(6,12)$ and the parabola given by the "
     "equation $x = \\frac{y^2}{2}$.", "2\\sqrt{17}"),
    # x^2 + (x^2 - 3)^2 = x^4 - 5x^2 + 9, least 11/4 at x^2 = 5/2
    ("What is the smallest possible distance between a point on the parabola $y = x^2$ and "
     "the point $(0, 3)$?", "\\frac{\\sqrt{11}}{2}"),
    # centre (5, 0), r = 2; (y^2/8, y): (u/8 - 5)^2 + u with u = y^2 least 24 at u = 8
    ("Let $A$ be a point on the circle $x^2 + y^2 - 10x + 21 = 0$, and let $B$ be a point on "
     "the parabola $y^2 = 8x$. Find the smallest possible distance $AB$.", "2\\sqrt{6} - 2"),
    # one circle inside the other (these two declined before curve_distances): 5 - 1 - 1
    ("Find the smallest distance between a point on the circle $x^2 + y^2 = 25$ and a point "
     "on the circle $(x-1)^2 + y^2 = 1$.", "3"),
    # circles that cross: a point on both
    ("Find the least distance between a point on the circle $x^2 + y^2 = 4$ and a point on "
     "the circle $(x-3)^2 + y^2 = 4$.", "0"),
    # one moving point: 2x - (x^2 + 2) - 3 is at most -4 (x = 1), over sqrt 5
    ("Let $P$ be a point on the parabola $y = x^2 + 2$. Find the minimum distance from $P$ to "
     "the line $y = 2x - 3$.", "\\frac{4\\sqrt{5}}{5}"),
    # the point is 10 from the centre, radius 3
    ("Let $Q$ be a point on the circle $x^2 + y^2 = 9$. What is the shortest possible distance "
     "between $Q$ and the point $(8, 6)$?", "7"),
    # two circles: centres 13 apart, radii 1 and 2
    ("Find the shortest distance between the circle $x^2 + y^2 = 1$ and the circle "
     "$(x - 5)^2 + (y - 12)^2 = 4$.", "10"),
    # a quartic graph: y - 2 = x^4 - 2x^2 + 1 = (x^2 - 1)^2 >= 0 meets the line y = 2 ... at 0
    ("Find the shortest distance between the curve $y = x^4 - 2x^2 + 3$ and the line "
     "$y = 2$.", "0"),
    # y = x^4 + 5 and y = 1: gap 4 at x = 0
    ("Find the minimum distance between the curve $y = x^4 + 5$ and the line $y = 1$.", "4"),
])
def test_least_distances(problem: str, answer: str) -> None:
    assert_solved(problem, answer)


@pytest.mark.parametrize("problem", [
    # the greatest distance is not there (the parabola runs off)
    "Find the greatest possible distance between a point on the parabola $y = x^2$ and the "
    "point $(0, 3)$.",
    # two moving points without "least": which distance?
    "Let $P$ be a point on the parabola $y = x^2$ and let $Q$ be a point on the line "
    "$y = x - 2$. Find the distance $PQ$.",
    # an ellipse is not read
    "Find the shortest distance between the point $(1, 2)$ and the ellipse "
    "$\\frac{x^2}{4} + y^2 = 1$.",
    # two graphs
    "Find the shortest distance between the parabola $y = x^2$ and the parabola "
    "$y = -x^2 - 4$.",
    # a cubic called a parabola
    "Find the shortest distance between the point $(0, 2)$ and the parabola $y = x^3 + 1$.",
    # a condition the reader does not know
    "Find the shortest distance between the point $(2, 0)$ and the parabola $y = x^2$ with "
    "integer coordinates.",
    # one moving point without "least"
    "Let $P$ be a point on the parabola $y = x^2 + 2$. Find the distance from $P$ to the line "
    "$y = 2x - 3$.",
    # the distance asked is not from the point named
    "Let $P$ be a point on the parabola $y = x^2 + 2$. Find the minimum distance from $R$ to "
    "the line $y = 2x - 3$.",
    # the distance asked is not between the two points named
    "Let $P$ be a point on the parabola $y = x^2$ and let $Q$ be a point on the line "
    "$y = x - 2$. Find the shortest possible distance $PR$.",
    # the nearest point is a root of 4x^3 - 10x - 8 = 0 with no simple form
    "Find the shortest distance from the point $(4, 1)$ to the parabola $y = x^2 - 2$.",
    # not a circle: x^2 + y^2 + 4 = 0 has no points
    "Find the shortest distance between the point $(1, 1)$ and the circle $x^2 + y^2 + 4 = 0$.",
])
def test_distance_questions_that_do_not_fit_decline(problem: str) -> None:
    assert solve_now(problem).answer is None


def test_a_line_and_a_circle_it_misses_are_searched_alike() -> None:
    line, circle = place("line", "x + y = 10"), place("circle", "x^2 + y^2 = 2")
    value, _ = least_distance(line, circle)
    assert sp.simplify(value - (5 * sp.sqrt(2) - sp.sqrt(2))) == 0
    assert abs(searched(line, circle, 100.0)[0] - float(4 * sp.sqrt(2))) < 1e-6


def test_a_noun_must_fit_its_maths() -> None:
    with pytest.raises(Decline):
        place("circle", "y = x^2 + 1")
    with pytest.raises(Decline):
        place("line", "x^2 + y^2 = 9")
    assert place("curve", "x = y^2 - 1") == Place("graph", f=sp.Symbol("x") ** 2 - 1,
                                                 turned=True)


@pytest.mark.parametrize(("problem", "answer"), [
    # the foot from the origin to 2x - y + 3 = 0
    ("Find the point on the line $y = 2x + 3$ that is closest to the origin.",
     "\\left(-\\frac{6}{5}, \\frac{3}{5}\\right)"),
    # (x - 3)^2 + x^4 has derivative 2(2x^3 + x - 3) = 2(x - 1)(2x^2 + 2x + 3)
    ("What point on the parabola $y = x^2$ is closest to the point $(3, 0)$?", "(1, 1)"),
    # along the ray from the centre
    ("Find the point on the circle $x^2 + y^2 = 25$ nearest to the point $(6, 8)$.", "(3, 4)"),
    # the same parabola turned: x = y^2 and (0, 3)
    ("Find the point on the parabola $x = y^2$ closest to the point $(0, 3)$.", "(1, 1)"),
    # k = (3 - 4 - 25) / 25: (1 + 3 * 26/25, 1 - 4 * 26/25)
    ("Find the point on the line $3x - 4y = 25$ that is nearest to the point $(1, 1)$.",
     "\\left(\\frac{103}{25}, -\\frac{79}{25}\\right)"),
])
def test_the_nearest_point(problem: str, answer: str) -> None:
    assert_solved(problem, answer)


@pytest.mark.parametrize("problem", [
    # two points, (+-sqrt(5/2), 5/2), are nearest
    "Which point on the parabola $y = x^2$ is closest to the point $(0, 3)$?",
    # the nearest point is a root of a cubic with no simple form
    "Find the coordinates of the point on the curve $y = x^2 + 1$ which is closest to the "
    "point $(-4, 2)$.",
    # every point of the circle is as near to its centre
    "Find the point on the circle $x^2 + y^2 = 4$ closest to the origin.",
    # the farthest point of a line is not there
    "Find the point on the line $y = 2x + 3$ that is farthest from the origin.",
])
def test_no_one_nearest_point_declines(problem: str) -> None:
    assert solve_now(problem).answer is None
