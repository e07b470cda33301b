"""A square with circular pieces drawn on it in words (geometry/square_arc_regions.py): our own
problems, each area worked out by hand, and near misses that must decline."""

from __future__ import annotations

import pytest

from tests.solved_problems import assert_solved
from tutor.reasoning.symbolic.engine import solve_now


@pytest.mark.parametrize(("problem", "answer"), [
    # 6^2 - pi 6^2 / 4
    ("A square has side length 6. A quarter circle of radius 6 is drawn centred at one corner "
     "of the square. What is the area of the region inside the square but outside the quarter "
     "circle? Express your answer in terms of $\\pi$.", "36-9\\pi"),
    # a smaller quarter circle: 25 - 9 pi / 4
    ("A quarter-circle of radius 3 is drawn with its center at a vertex of a square with sides "
     "of length 5. Find the area of the part of the square that is outside the quarter-circle.",
     "25-\\frac{9\\pi}{4}"),
    # four quarter circles of radius 2 in a 4 by 4 square: 16 - 4 pi
    ("Quarter circles of radius 2 are drawn at each of the four corners of a square with side "
     "4. What is the area of the region inside the square but outside the quarter circles?",
     "16-4\\pi"),
    ("In a square of side 10 cm, quarter circles are drawn centered at all four vertices of "
     "the square with radius 5 cm. What is the area of the square not covered by the quarter "
     "circles?", "100-25\\pi"),
])
def test_quarter_circles(problem: str, answer: str) -> None:
    assert_solved(problem, answer)


@pytest.mark.parametrize(("problem", "answer"), [
    # 4 + 4 half discs of radius 1: 4 + 2 pi
    ("Semicircles are drawn outward on each of the four sides of a square of side 2. What is "
     "the total area of the figure? Express your answer in terms of pi.", "4+2\\pi"),
    ("A square has side 6. A semicircle is drawn outward on each side of the square. What is "
     "the area of the whole figure?", "36+18\\pi"),
    ("Four semicircles are constructed outside the square on the sides of a square with side "
     "length 8. Find the area of the resulting figure.", "64+32\\pi"),
])
def test_semicircles_outward(problem: str, answer: str) -> None:
    assert_solved(problem, answer)


@pytest.mark.parametrize(("problem", "answer"), [
    ("a circle is cut out of a square piece of paper with side 10, the circle touches all four "
     "sides. how much paper is left? answer in terms of pi", "100-25\\pi"),
    ("The largest possible circle is cut from a square sheet of metal with sides of length "
     "8 cm. How much metal is left?", "64-16\\pi"),
])
def test_inscribed_circle_cut_out(problem: str, answer: str) -> None:
    assert_solved(problem, answer)


@pytest.mark.parametrize("problem", [
    # no figure told in words: which region is shaded?
    "A square has a semicircle drawn on it. What is the shaded area?",
    "A square has side 4. A quarter circle of radius 4 is drawn centered at one corner. What "
    "is the area of the shaded region?",
    # four quarter circles of radius 4 in a square of side 6 overlap
    "Quarter circles of radius 4 are drawn at each of the four corners of a square with side "
    "6. What is the area of the region inside the square but outside the quarter circles?",
    # semicircles drawn inward on every side overlap (the petals)
    "Semicircles are drawn inside a square of side 4 on each of its four sides. What is the "
    "area of the region inside the square but outside the semicircles?",
    # inward or outward not told, the whole figure asked
    "Four semicircles are drawn on the sides of a square with side 2. What is the total area "
    "of the figure?",
    # one semicircle on one side: not the four
    "A square has side 4. A semicircle is drawn on one side of the square. What is the area of "
    "the whole figure?",
    # a quarter circle wider than the square reaches outside it
    "A square has side length 4. A quarter circle of radius 5 is drawn centered at one corner "
    "of the square. What is the area of the region inside the square but outside the quarter "
    "circle?",
    # a circle cut out without its size
    "A circle is cut out of a square piece of paper with side 10. How much paper is left?",
])
def test_square_arc_near_misses_decline(problem: str) -> None:
    assert solve_now(problem).answer is None


def test_semicircles_on_some_sides_are_not_the_four() -> None:
    # "2 sides": not every side; the reader reads only "four" (or no number) as all four
    assert solve_now("Semicircles are drawn outward on 2 sides of a square of side 2. What is "
                     "the total area of the figure?").answer is None
