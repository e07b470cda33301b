"""The fewest items drawn without looking that make an outcome certain (the pigeonhole
principle, `combinatorics.guarantee_draws`). Our own problems; the worst luck of each worked
out in the comment beside it."""

from __future__ import annotations

import pytest

from tests.solved_problems import assert_solved
from tutor.reasoning.symbolic.engine import solve_now

_DRAWER = ("A drawer holds 6 red socks, 4 blue socks and 5 white socks. What is the smallest "
           "number of socks that must be drawn ")


@pytest.mark.parametrize(("problem", "answer"), [
    (_DRAWER + "in the dark to guarantee a pair of the same colour?", "4"),  # one of each, +1
    # two of each colour, then one more
    ("A bag contains 5 red marbles, 7 green marbles and 2 yellow marbles. What is the least "
     "number of marbles that must be drawn to be sure of getting 3 marbles of the same color?",
     "7"),
    # all 10 that are not red, then 2 red
    ("A box has 4 black balls, 6 white balls and 3 red balls. What is the minimum number of "
     "balls that must be taken out without looking to ensure that at least 2 of them are red?",
     "12"),
    # all the blue and green, then a red
    ("A jar contains 3 red beads, 5 blue beads and 8 green beads. What is the fewest number of "
     "beads that must be picked to guarantee at least one of each color?", "14"),
    ("A drawer contains 10 black socks and 10 white socks. What is the smallest number of socks "
     "you must pull out to guarantee a matching pair?", "3"),
    (_DRAWER + "to guarantee a white sock?", "11"),  # the 10 red and blue first
    (_DRAWER + "to guarantee 5 socks of the same colour?", "13"),  # 4 + 4 + 4, then a fifth
    (_DRAWER + "to guarantee 5 red socks?", "14"),  # the 9 blue and white, then 5 red
    # asked as "how many ... must"
    ("A drawer has 5 red socks and 3 blue socks. How many socks must she pull out in the dark "
     "to guarantee a pair?", "3"),
    ("A bag has 4 green marbles, 4 yellow marbles and 4 blue marbles. How many marbles must you "
     "draw to be sure of getting 2 marbles of the same colour?", "4"),
])
def test_guaranteed(problem, answer):
    assert_solved(problem, answer)


@pytest.mark.parametrize("problem", [
    _DRAWER + "in the dark to guarantee 7 socks of the same colour?",  # none has 7
    _DRAWER + "to guarantee a green sock?",
    _DRAWER + "to guarantee two pairs of the same colour?",
    _DRAWER + "to guarantee 7 red socks?",  # there are only 6
    _DRAWER + "to guarantee a pair of different colours?",
    "A drawer has 5 red socks and 3 blue socks. How many socks must she pull out in the dark to "
    "guarantee a pair twice?",
])
def test_near_misses_decline(problem):
    assert solve_now(problem).answer is None
