"""A square, an equilateral triangle or a regular hexagon known by two of its corners
(`regular_corners`, read by `polygon_vertices`): which corners from their letters or from
"opposite" / "adjacent"; the area or perimeter asked. Our own problems, answers worked by
hand; near misses decline."""

from __future__ import annotations

import pytest

from tests.solved_problems import assert_solved
from tutor.reasoning.symbolic.engine import solve_now


@pytest.mark.parametrize(("problem", "answer"), [
    # a diagonal of length sqrt 32: area d^2 / 2
    (r"Square $ABCD$ has opposite vertices $A(1,2)$ and $C(5,6)$. What is its area?", "16"),
    (r"Square $ABCD$ has vertices $A(1,2)$ and $C(5,6)$. What is the area of the square?", "16"),
    (r"A square has opposite vertices $(1,2)$ and $(5,6)$. What is its perimeter?", "16"),
    # a side of length 5
    (r"A square has adjacent vertices $(1,2)$ and $(4,6)$. What is the area of the square?",
     "25"),
    # side 6: 36 sqrt 3 / 4
    (r"Equilateral triangle $ABC$ has vertices $A(0,0)$ and $B(6,0)$. What is its area?",
     r"9 \sqrt{3}"),
    # side 5
    (r"Equilateral triangle $PQR$ has vertices $P(1,1)$ and $Q(4,5)$. What is the perimeter of "
     r"the triangle?", "15"),
    # AC = s sqrt 3 = 6: s^2 = 12, area 3 sqrt 3 / 2 * 12
    (r"Regular hexagon $ABCDEF$ has vertices $A$ and $C$ at $(0,0)$ and $(6,0)$, respectively. "
     r"What is its area?", r"18 \sqrt{3}"),
    (r"Regular hexagon $ABCDEF$ has vertices $A(0,0)$ and $B(2,0)$. What is its area?",
     r"6 \sqrt{3}"),
    # AD = 2s
    (r"Regular hexagon $ABCDEF$ has vertices $A(0,0)$ and $D(4,0)$. What is its perimeter?",
     "12"),
    (r"A regular hexagon has opposite vertices $(0,0)$ and $(8,0)$. What is its area?",
     r"24 \sqrt{3}"),
])
def test_a_regular_polygon_from_two_corners(problem: str, answer: str) -> None:
    assert_solved(problem, answer)


@pytest.mark.parametrize("problem", [
    # A and C of ABCD are not adjacent
    r"Square $ABCD$ has adjacent vertices $A(1,2)$ and $C(5,6)$. What is its area?",
    # which two corners is not said
    r"A square has vertices $(1,2)$ and $(5,6)$. What is its area?",
    # not equilateral
    r"The area of the equilateral triangle with vertices $(0,0)$, $(2,0)$ and $(1,2)$ is what?",
    # two corners of a triangle that is not said equilateral
    r"A triangle has vertices $A(0,0)$ and $B(6,0)$. What is its area?",
    # a triangle has no opposite corners
    r"An equilateral triangle has opposite vertices $(0,0)$ and $(6,0)$. What is its area?",
    # a hexagon not said regular
    r"Hexagon $ABCDEF$ has vertices $A(0,0)$ and $B(2,0)$. What is its area?",
])
def test_a_regular_polygon_from_two_corners_declines(problem: str) -> None:
    assert solve_now(problem).answer is None


@pytest.mark.parametrize(("problem", "answer"), [
    # AC^2 = 29 = 3 s^2: the area 3 sqrt 3 / 2 * 29 / 3; the corners have roots in them, the
    # area must come out simplified (it was a long unsimplified sum, equal but not read as it)
    (r"Regular hexagon $ABCDEF$ has vertices $A$ and $C$ at $(0,0)$ and $(5,2)$, respectively. "
     r"What is its area?", r"\frac{29 \sqrt{3}}{2}"),
    # AB^2 = 17: sqrt 3 / 4 * 17
    (r"Equilateral triangle $ABC$ has vertices $A(1,0)$ and $B(2,4)$. What is its area?",
     r"\frac{17 \sqrt{3}}{4}"),
])
def test_a_regular_polygon_area_comes_out_simplified(problem: str, answer: str) -> None:
    assert solve_now(problem).answer == answer
