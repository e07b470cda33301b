"""A circle, square or equilateral triangle told by one measure, its side (radius, diameter)
then made longer or shorter by an amount; the change in a measure or the new measure asked.
Our own wordings and numbers (answers worked out by hand), and near misses that must
decline."""

from __future__ import annotations

import pytest

from tests.solved_problems import assert_solved
from tutor.reasoning.symbolic.engine import solve_now

SOLVED = [
    # 8^2 - 5^2
    ("The side of a square is 5. If each side is increased by 3, by how much does the area "
     "increase?", "39"),
    # side 10 -> 4: (sqrt3/4)(100 - 16)
    ("An equilateral triangle has an area of $25\\sqrt{3}$ square meters. Each side of the "
     "triangle is reduced by 6 meters. By how many square meters is the area decreased?",
     "21\\sqrt{3}"),
    # r 3 -> 7: pi (49 - 9)
    ("A circle has a radius of 3 cm. When the radius is lengthened by 4 cm, how much does the "
     "area increase?", "40\\pi"),
    # d 12 -> 8: the circumference falls by 4 pi
    ("A circle has a diameter of 12. Its diameter is decreased by 4. By how much does its "
     "circumference decrease?", "4\\pi"),
    # side 9 -> 11: perimeter 44
    ("A square has an area of 81. If each side is increased by 2, what is the new perimeter?",
     "44"),
    # r 6 -> 8: 2 pi 8
    ("A circle has an area of $36\\pi$. If its radius is increased by 2, what is the new "
     "circumference?", "16\\pi"),
]


@pytest.mark.parametrize(("problem", "answer"), SOLVED)
def test_changed_dimension_solved(problem: str, answer: str) -> None:
    assert_solved(problem, answer)


DECLINED = [
    # the area falls, the question says it rises
    "The radius of a circle is 4. If the radius is decreased by 1, by how much does the area "
    "increase?",
    # two units of length
    "A square has a side of 2 feet. Each side is increased by 6 inches. What is the new area?",
    # the side would vanish
    "A square has a side of 3. If each side is decreased by 5, what is the new area?",
    # a circle has no side
    "A circle has a radius of 3. If each side is increased by 1, what is the new area?",
]


@pytest.mark.parametrize("problem", DECLINED)
def test_changed_dimension_declined(problem: str) -> None:
    assert solve_now(problem).answer is None
