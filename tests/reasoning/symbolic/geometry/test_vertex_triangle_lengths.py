"""A triangle given by its vertices' coordinates and a length inside it asked
(geometry/vertex_triangle_lengths.py): our own problems, worked out by hand on the
coordinates."""

from __future__ import annotations

import pytest

from tests.solved_problems import assert_solved
from tutor.reasoning.symbolic.engine import solve_now


@pytest.mark.parametrize(("problem", "answer"), [
    # C(2,6) to the midpoint (4,0) of AB: sqrt(4 + 36)
    ("A triangle has vertices $A(0,0)$, $B(8,0)$ and $C(2,6)$. What is the length of the "
     "median from $C$?", "2\\sqrt{10}"),
    # the base lies on the x-axis: the altitude from (3,4) is 4
    ("The vertices of a triangle are $(0,0)$, $(6,0)$ and $(3,4)$. What is the length of the "
     "altitude from $(3,4)$?", "4"),
    # right angle at P, legs 6 and 8: r = (6 + 8 - 10)/2, R = 10/2
    ("Triangle $PQR$ has vertices $P(1,1)$, $Q(7,1)$ and $R(1,9)$. What is the radius of the "
     "inscribed circle?", "2"),
    ("Triangle $PQR$ has vertices $P(1,1)$, $Q(7,1)$ and $R(1,9)$. What is the radius of the "
     "circumscribed circle?", "5"),
    # area 12 (base 6, height 4), BC = 5: 2 * 12 / 5
    ("Triangle $ABC$ has vertices at $A(-2,1)$, $B(4,1)$, and $C(1,5)$. Find the length of the "
     "altitude from $A$ to $\\overline{BC}$.", "\\frac{24}{5}"),
    # right angle at X: the median to the hypotenuse is half of it, 26 / 2
    ("The vertices of triangle $XYZ$ are $X(0,0)$, $Y(10,0)$ and $Z(0,24)$. What is the "
     "length of the median from $X$?", "13"),
])
def test_vertex_triangle_lengths(problem: str, answer: str) -> None:
    assert_solved(problem, answer)


@pytest.mark.parametrize("problem", [
    # (5,5) is not a vertex
    "The vertices of a triangle are $(0,0)$, $(6,0)$ and $(3,4)$. What is the length of the "
    "altitude from $(5,5)$?",
    # collinear points
    "A triangle has vertices $(0,0)$, $(2,2)$ and $(4,4)$. What is the length of the median "
    "from $(0,0)$?",
    # D is no vertex
    "A triangle has vertices $A(0,0)$, $B(8,0)$ and $C(2,6)$. What is the length of the "
    "median from $D$?",
])
def test_vertex_triangles_that_do_not_fit_decline(problem: str) -> None:
    assert solve_now(problem).answer is None


@pytest.mark.parametrize(("problem", "answer"), [
    # sqrt(4^2 + 6^2) = 2 sqrt 13
    ("A triangle has vertices $P(1,1)$, $Q(9,1)$, $R(5,7)$. What is the length of $PR$? "
     "Express your answer in simplest radical form.", "2\\sqrt{13}"),
    # sqrt(3^2 + 4^2)
    ("Triangle $XYZ$ has vertices $X(0,0)$, $Y(3,4)$ and $Z(6,0)$. What is the length of side "
     "$XY$?", "5"),
    ("The vertices of triangle $ABC$ are $A(-1,2)$, $B(5,2)$ and $C(2,6)$. Find $BC$.", "5"),
])
def test_a_side_of_a_triangle_by_its_vertices(problem: str, answer: str) -> None:
    assert_solved(problem, answer)


def test_a_side_that_is_not_the_triangles_declines() -> None:
    assert solve_now("Triangle $ABC$ has vertices $A(0,0)$, $B(3,4)$ and $C(6,0)$. What is the "
                     "length of side $AD$?").answer is None


@pytest.mark.parametrize(("problem", "answer"), [
    # the midpoint of AB is (3, 0): sqrt(1 + 16)
    ("In triangle $ABC$ with $A(0,0)$, $B(6,0)$ and $C(2,4)$, find the length of the median "
     "from $C$.", "\\sqrt{17}"),
    ("In triangle $ABC$ with $A(0,0)$, $B(6,0)$ and $C(2,4)$, find the length of the median "
     "from $C$ to $AB$.", "\\sqrt{17}"),
    # AB on the x-axis: the altitude is C's height
    ("Find the length of the altitude from $C$ in the triangle with vertices $A(0,0)$, $B(6,0)$ "
     "and $C(2,4)$.", "4"),
    # the midpoint of BC is (6, 3)
    ("What is the length of the median from $A$ in the triangle with vertices $A(1,1)$, $B(7,1)$ "
     "and $C(5,5)$?", "\\sqrt{29}"),
    # a 6-8-10 right triangle: half the hypotenuse
    ("In triangle $PQR$ with $P(0,0)$, $Q(8,0)$ and $R(0,6)$, what is the radius of the "
     "circumscribed circle?", "5"),
])
def test_the_triangle_told_with_the_question(problem: str, answer: str) -> None:
    assert_solved(problem, answer)


def test_a_length_from_a_point_that_is_no_vertex_declines() -> None:
    assert solve_now("Find the length of the altitude from $D$ in the triangle with vertices "
                     "$A(0,0)$, $B(6,0)$ and $C(2,4)$.").answer is None
