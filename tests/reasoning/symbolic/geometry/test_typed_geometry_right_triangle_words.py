"""A right triangle told in words: its longest side is the hypotenuse and its shortest the
shorter leg (`geometry.right_triangle_relations`), "whose legs are consecutive whole numbers"
inside the clause, and "the area of the triangle" or "the two legs" after "a right triangle"
naming the same figure (`geometry.figure_questions`). Our own problems (answers by hand, in
the comments), and near misses that must decline."""

from __future__ import annotations

import pytest

from tests.solved_problems import assert_solved
from tutor.reasoning.symbolic.engine import solve_now

SOLVED = [
    # hypotenuse 25, shorter leg 7: longer leg 24, area 84
    ("In a right triangle, the shortest side is $7$ feet and the longest side is $25$ feet. "
     "What is its area, in square feet?", "84"),
    # hypotenuse 10, shorter leg 6: 8, area 24
    ("In a right triangle the shortest side is $6$ cm and the longest side is $10$ cm. Find "
     "the area.", "24"),
    # 8, 15, 17: perimeter 40
    ("The shortest side of a right triangle measures $8$ and its longest side is $17$. What "
     "is the perimeter?", "40"),
    # s^2 + (s + 1)^2 = 29^2: s = 20, legs 20 and 21
    ("Compute the sum of the legs: the legs of a right triangle are consecutive integers, and "
     "the hypotenuse is $29$ inches.", "41"),
    # legs 30 and 16: area 240
    ("A right triangle has legs measuring $30$ inches and $16$ inches. What is the area of "
     "the triangle?", "240"),
    # legs 9 and 40: hypotenuse 41
    ("The two legs of a right triangle measure $9$ and $40$. Find the hypotenuse.", "41"),
]

DECLINED = [
    # the shortest side cannot be longer than the longest
    "The longest side of a right triangle is $5$ and the shortest side is $7$. What is the "
    "area of the triangle?",
    # consecutive legs with hypotenuse 25 are not whole numbers
    "Find the sum of the legs if the hypotenuse of a right triangle whose legs are consecutive "
    "whole numbers measures $25$ cm.",
]


@pytest.mark.parametrize(("problem", "answer"), SOLVED)
def test_right_triangle_words_solved(problem: str, answer: str) -> None:
    assert_solved(problem, answer)


@pytest.mark.parametrize("problem", DECLINED)
def test_right_triangle_words_declined(problem: str) -> None:
    assert solve_now(problem).answer is None
