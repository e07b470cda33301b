"""Polygons with corners among points on a circle (`combinatorics.polygon_choices`): the
points named without their count again, a number of them used as corners, and polygons
with at least some number of sides. Our own problems; each count listed again here."""

from __future__ import annotations

from itertools import combinations

import pytest

from tests.solved_problems import assert_solved
from tutor.reasoning.symbolic.engine import solve_now


def _at_least(n: int, k: int) -> int:
    return sum(1 for j in range(k, n + 1) for _ in combinations(range(n), j))


@pytest.mark.parametrize(("problem", "answer"), [
    ("Eleven points are marked on a circle. How many triangles can be drawn using these "
     "points as vertices?", sum(1 for _ in combinations(range(11), 3))),
    ("Nine points are marked on a circle. How many distinct quadrilaterals can be drawn using "
     "four of the points as vertices?", sum(1 for _ in combinations(range(9), 4))),
    ("Eight points are marked on a circle. How many distinct convex polygons of three or "
     "more sides can be drawn using some (or all) of the eight points as vertices?",
     _at_least(8, 3)),
    ("Seven points are marked on a circle. How many different convex polygons with at least "
     "four sides can be drawn using some of these points as vertices?", _at_least(7, 4)),
    # the points said to lie on the circle, the corners "among these points"
    ("Ten points lie on a circle. How many pentagons can be formed with vertices among these "
     "points?", sum(1 for _ in combinations(range(10), 5))),
    ("Six points are located on a circle. How many triangles have all three vertices among "
     "these points?", sum(1 for _ in combinations(range(6), 3))),
    ("How many quadrilaterals can be formed using 9 points on a circle as vertices?",
     sum(1 for _ in combinations(range(9), 4))),
    # points in general position: any three of them make a triangle
    ("How many triangles can be formed using 9 points in a plane, no three of which are "
     "collinear?", sum(1 for _ in combinations(range(9), 3))),
    ("How many triangles can be formed from 11 points, no three of which lie on a straight "
     "line?", sum(1 for _ in combinations(range(11), 3))),
])
def test_polygon_choices(problem, answer):
    assert_solved(problem, str(answer))


@pytest.mark.parametrize("problem", [
    # corners used that are not the polygon's
    "Eight points are marked on a circle. How many distinct quadrilaterals can be drawn using "
    "three of the points as vertices?",
    "Seven points are marked on a circle. How many different polygons of three or more sides "
    "can be drawn using three of these points as vertices?",
    # points said twice with different counts
    "Eight points are marked on a circle. How many triangles can be drawn using the nine "
    "points as vertices?",
    # the corners said are not the polygon's
    "Six points lie on a circle. How many triangles have all four vertices among these points?",
    # points not in convex position
    "Ten points are marked in a plane. How many convex polygons of three or more sides can "
    "be drawn using some of the ten points as vertices?",
    # four points in general position need not make one convex quadrilateral
    "How many quadrilaterals can be formed using 9 points in a plane, no three of which are "
    "collinear?",
])
def test_polygon_choices_decline(problem):
    assert solve_now(problem).answer is None


@pytest.mark.parametrize(("problem", "answer"), [
    # k of the n points on a circle said in one phrase: C(8, 3)
    ("How many triangles can be formed by connecting 3 of 8 points on a circle?", "56"),
    # 'one of these points' without the number again: C(9, 3)
    ("Nine points lie on a circle. How many different triangles can be formed if each vertex "
     "must be one of these points?", "84"),
    # lines, segments and chords through two of the points: C(n, 2)
    ("How many lines are determined by 7 points, no three of which are collinear?", "21"),
    ("Ten points are marked on a circle. How many chords can be drawn?", "45"),
    ("How many line segments can be drawn by joining 6 points, no three of which are "
     "collinear?", "15"),
])
def test_points_joined(problem, answer):
    assert_solved(problem, answer)


@pytest.mark.parametrize("problem", [
    # three corners said, a quadrilateral asked
    "How many quadrilaterals can be formed by connecting 3 of 8 points on a circle?",
    # chords of no circle
    "How many chords are determined by 7 points, no three of which are collinear?",
    # three of the points may lie on a line
    "How many lines are determined by 7 points?",
])
def test_points_joined_near_misses(problem):
    assert solve_now(problem).answer is None


def _pairs_and_triples(n: int, k: int) -> str:
    """Choices of k of n points counted by listing them (no three in a line: each is one)."""
    return str(sum(1 for _ in combinations(range(n), k)))


@pytest.mark.parametrize(("problem", "n", "k"), [
    # "no three collinear" said without a verb, or after "if"
    ("How many lines are determined by 9 points, no three collinear?", 9, 2),
    ("How many lines can be drawn through 7 points if no three are collinear?", 7, 2),
    ("How many triangles can be formed from 10 points, no 3 of them collinear?", 10, 3),
    ("How many line segments can be drawn between 6 points with no three collinear?", 6, 2),
])
def test_general_position_said_briefly(problem, n, k):
    assert_solved(problem, _pairs_and_triples(n, k))


@pytest.mark.parametrize("problem", [
    "How many lines are determined by 9 points, three collinear?",
    "How many lines are determined by 9 points?",
    # four points may make one convex quadrilateral or none
    "How many quadrilaterals can be formed from 8 points, no three collinear?",
])
def test_general_position_said_briefly_declined(problem):
    assert solve_now(problem).answer is None


@pytest.mark.parametrize(("problem", "answer"), [
    # 'with vertices among n points on a circle' in one phrase: C(7, 4), C(10, 5)
    ("How many quadrilaterals can be drawn with vertices among 7 points on a circle?",
     str(sum(1 for _ in combinations(range(7), 4)))),
    ("How many different pentagons have all their vertices among 10 points on a circle?",
     str(sum(1 for _ in combinations(range(10), 5)))),
    # 'at k of these points': C(12, 3)
    ("Twelve points are placed on a circle. How many triangles have vertices at 3 of these "
     "points?", str(sum(1 for _ in combinations(range(12), 3)))),
    # chords 'joining two of them': C(9, 2)
    ("Nine points lie on a circle. How many chords can be drawn joining two of them?",
     str(sum(1 for _ in combinations(range(9), 2)))),
    ("Eleven points are on a circle. How many line segments can be drawn connecting 2 of "
     "these points?", "55"),
])
def test_vertices_among_points_on_a_circle(problem, answer):
    assert_solved(problem, answer)


@pytest.mark.parametrize("problem", [
    # more corners than points
    "How many hexagons can be drawn with vertices among 5 points on a circle?",
    # the points joined are not the points given
    "Seven points lie on a circle. How many chords can be drawn joining 2 of the 8 points?",
    # four of the points on one line: not every three make a triangle
    "Ten points lie in a plane, and 4 of them lie on one line. How many triangles have "
    "vertices at three of these points?",
    # the corners said are not the polygon's
    "Nine points lie on a circle. How many quadrilaterals have vertices at 3 of these points?",
])
def test_vertices_among_points_declined(problem):
    assert solve_now(problem).answer is None
