"""A triangle cut by a line parallel to a side, its pieces' areas compared
(geometry/cut_off_areas.py). Our own problems; answers worked by hand (k^2 and 1 - k^2)."""

from __future__ import annotations

import pytest

from tests.solved_problems import assert_solved
from tutor.reasoning.symbolic.engine import solve_now


@pytest.mark.parametrize(("problem", "answer"), [
    # k = 1/3: trapezoid 8/9 to small 1/9
    ("An equilateral triangle with sides 15 units long has an equilateral triangle with sides 5 "
     "units long cut off at the top, leaving a trapezoid. What is the ratio of the area of the "
     "trapezoid to the area of the small triangle?", "8"),
    # k = 4/10: small 4/25 to whole
    ("The parallel sides of a trapezoid are 10 and 4. Its legs are extended until they meet. "
     "Find the ratio of the area of the small triangle to the area of the whole triangle.",
     "\\frac{4}{25}"),
    # k = 3/4: trapezoid 7/16 of the whole
    ("A line parallel to the base of a triangle cuts off a smaller triangle whose sides are 3/4 "
     "as long as those of the original triangle. What is the ratio of the area of the remaining "
     "trapezoid to the area of the original triangle? Express your answer as a common fraction.",
     "\\frac{7}{16}"),
    # k = 7/9: small 49 to trapezoid 32
    ("the legs of a trapezoid with bases 9 and 7 are extended till they meet. ratio of the area "
     "of the small triangle to the area of the trapezoid", "\\frac{49}{32}"),
    # named: bases 5 and 9, the legs meet past the short one: 25 to 81 - 25
    ("In trapezoid $PQRS$ the lengths of the bases $PQ$ and $RS$ are 5 and 9 respectively. The "
     "legs of the trapezoid are extended beyond $P$ and $Q$ to meet at point $T$. What is the "
     "ratio of the area of triangle $TPQ$ to the area of trapezoid $PQRS$?", "\\frac{25}{56}"),
    # named, the whole triangle asked, bases told with their lengths: 128 to 144
    ("Trapezoid $KLMN$ has bases $KL=12$ and $MN=4$. Its legs are extended past $M$ and $N$ and "
     "meet at $O$. What is the ratio of the area of trapezoid $KLMN$ to the area of triangle "
     "$OKL$?", "\\frac{8}{9}"),
    # the whole area told, an area asked: 90 * (2/3)^2 = 40
    ("A triangle has an area of 90 square units. A line parallel to its base cuts off a smaller "
     "triangle whose base is 2/3 of the original base. What is the area of the small triangle?",
     "40"),
    # a quarter: the trapezoid holds 15/16 of 64
    ("a triangle has area 64. a line parallel to its base cuts off a smaller triangle whose base "
     "is a quarter of the original base. find the area of the trapezoid left", "60"),
])
def test_cut_off_areas(problem: str, answer: str) -> None:
    assert_solved(problem, answer)


@pytest.mark.parametrize("problem", [
    # equal bases: no triangle forms
    "The legs of a trapezoid with bases 6 and 6 are extended until they meet. What is the ratio "
    "of the area of the small triangle to the area of the trapezoid?",
    # the piece cut off larger than the whole
    "An equilateral triangle has sides 4 units long. An equilateral triangle with sides 6 units "
    "long is cut off at the top. What is the ratio of the area of the smaller triangle to the "
    "area of the trapezoid?",
    # the perimeters asked
    "The legs of a trapezoid with bases 3 and 5 are extended until they meet. What is the ratio "
    "of the perimeter of the small triangle to the perimeter of the trapezoid?",
    # the cut-off triangle's size not told
    "An equilateral triangle has sides 9 units long. A triangle is cut off at the top, leaving a "
    "trapezoid. What is the ratio of the area of the small triangle to the area of the trapezoid?",
    # no line said parallel
    "A triangle has an area of 90 square units. A line cuts off a smaller triangle whose base is "
    "2/3 of the original base. What is the area of the small triangle?",
    # an area asked with no area told
    "A line parallel to the base of a triangle cuts off a smaller triangle whose base is one third "
    "of the original base. What is the area of the trapezoid?",
    # the legs extended past the longer base do not meet there
    "In trapezoid $PQRS$ the lengths of the bases $PQ$ and $RS$ are 5 and 9 respectively. The "
    "legs of the trapezoid are extended beyond $R$ and $S$ to meet at point $T$. What is the "
    "ratio of the area of triangle $TPQ$ to the area of trapezoid $PQRS$?",
    # a triangle that is not one of the pieces
    "In trapezoid $PQRS$ the lengths of the bases $PQ$ and $RS$ are 5 and 9 respectively. The "
    "legs of the trapezoid are extended beyond $P$ and $Q$ to meet at point $T$. What is the "
    "ratio of the area of triangle $TPS$ to the area of trapezoid $PQRS$?",
])
def test_cut_off_areas_not_read_decline(problem: str) -> None:
    assert solve_now(problem).answer is None
