"""Sticks of listed lengths, three chosen: the chance they make a triangle, or how many
triangles three of them make (`combinatorics.stick_triangles`). Our own problems; the
triangles of each listed by hand in the comment beside it."""

from __future__ import annotations

import pytest

from tests.solved_problems import assert_solved
from tutor.reasoning.symbolic.engine import solve_now

_FIVE = "Five sticks have lengths 1, 3, 4, 6 and 8 inches. "


@pytest.mark.parametrize(("problem", "answer"), [
    # 3-4-6, 3-6-8, 4-6-8 of 10 (1-3-4 is flat)
    (_FIVE + "Three of the sticks are chosen at random. What is the probability that the three "
     "sticks can form a triangle?", "\\frac{3}{10}"),
    # 2-4-5, 2-7-8, 4-5-7, 4-5-8, 4-7-8, 5-7-8 of 20
    ("Six sticks with lengths 1, 2, 4, 5, 7 and 8 inches are placed in a box. Three of the sticks "
     "are randomly selected. What is the probability that a triangle can be formed by joining "
     "the endpoints of the sticks?", "\\frac{3}{10}"),
    # 3-4-6, 4-6-9, 4-9-10, 6-9-10, 3-9-10 of 10
    ("Five straws have lengths 3, 4, 6, 9 and 10 cm. If three of them are chosen at random, what "
     "is the probability that they can form a triangle?", "\\frac{1}{2}"),
    # 2-3-4, 2-4-5, 3-4-5 of 10
    ("Sticks with lengths 2, 3, 4, 5 and 9 are in a bag. Three sticks are drawn at random. What "
     "is the probability that they can be the sides of a triangle?", "\\frac{3}{10}"),
    # 2-5-6, 5-6-10 of 4
    ("Four rods measure 2, 5, 6 and 10 meters. Three of them are picked at random. What is the "
     "probability that they form a triangle?", "\\frac{1}{2}"),
    # 2-3-4, 2-4-5, 3-4-5
    ("Sticks with lengths 1, 2, 3, 4 and 5 are given. How many different triangles can be formed "
     "using three of the sticks as sides?", "3"),
    # every choice but 2-3-5, 2-3-6, 2-4-6
    ("Five sticks have lengths 2, 3, 4, 5 and 6 units. How many triangles can be formed using "
     "three of these sticks?", "7"),
])
def test_stick_triangles(problem, answer):
    assert_solved(problem, answer)


@pytest.mark.parametrize("problem", [
    _FIVE + "Two of the sticks are chosen at random. What is the probability that the three "
    "sticks can form a triangle?",
    # six lengths for five sticks
    "Five sticks have lengths 1, 3, 4, 6, 6 and 8 inches. Three of the sticks are chosen at "
    "random. What is the probability that the three sticks can form a triangle?",
    # two sticks of one length: different triangles unclear
    "Five sticks have lengths 2, 3, 3, 5 and 6 units. How many triangles can be formed using "
    "three of these sticks?",
    # kinds of triangle it does not test
    _FIVE + "Three of the sticks are chosen at random. What is the probability that the three "
    "sticks can form a right triangle?",
    _FIVE + "Three of the sticks are chosen at random. What is the probability that the three "
    "sticks can form an isosceles triangle?",
])
def test_near_misses_decline(problem):
    assert solve_now(problem).answer is None
