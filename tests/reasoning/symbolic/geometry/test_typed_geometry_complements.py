"""One angle told through its complement and supplement (`geometry.complements`): x, 90 - x
and 180 - x in linear clauses. Our own problems (answers by hand, in the comments), and near
misses that must decline."""

from __future__ import annotations

import pytest

from tests.solved_problems import assert_solved
from tutor.reasoning.symbolic.engine import solve_now

SOLVED = [
    # 180 - x = 3(90 - x): x = 45
    ("The supplement of an angle is three times its complement. What is the measure of the "
     "angle?", "45"),
    # x = 2(90 - x) + 12: x = 64, supplement 116
    ("An angle measures 12 degrees more than twice its complement. Find its supplement.",
     "116"),
    # x = 50: 90 - 50
    ("What is the complement of an angle whose supplement is 130 degrees?", "40"),
    # x = 4(90 - x): x = 72
    ("The measure of an angle is 4 times the measure of its complement. How many degrees are "
     "in the angle?", "72"),
    # x = 70: 90 - 70
    ("If the supplement of an angle is $110^\\circ$, what is the measure of its complement?",
     "20"),
    # 90 - x = x/2 - 10: x = 200/3
    ("The complement of an angle is 10 degrees less than half the angle. What is the angle?",
     "\\frac{200}{3}"),
    # x = 5(180 - x): x = 150
    ("An angle is 5 times its supplement. What is the measure of the angle?", "150"),
]

DECLINED = [
    # two relations at once are not read
    "An angle is twice its complement and 3 times its supplement. What is the angle?",
    # an angle of 160 degrees has no complement
    "The supplement of an angle is 20 degrees. What is the complement of the angle?",
    # no relation fixes the angle
    "An angle is equal to its supplement plus its complement. What is the angle?",
    # x = 90: its complement would be 0
    "An angle is equal to its supplement minus its complement plus 90 degrees. What is the "
    "complement of the angle?",
]


@pytest.mark.parametrize(("problem", "answer"), SOLVED)
def test_complements_solved(problem: str, answer: str) -> None:
    assert_solved(problem, answer)


@pytest.mark.parametrize("problem", DECLINED)
def test_complements_declined(problem: str) -> None:
    assert solve_now(problem).answer is None


UNIT_NAMED = [
    # 180 - x = 5(90 - x): x = 135/2
    ("What is the measure of an angle, in degrees, if its supplement is 5 times its "
     "complement?", "\\frac{135}{2}"),
    # x = (90 - x) + 20: x = 55, supplement 125
    ("What is the supplement of an angle, in degrees, if the angle is 20 degrees more than its "
     "complement?", "125"),
]


@pytest.mark.parametrize(("problem", "answer"), UNIT_NAMED)
def test_complements_with_the_unit_named(problem: str, answer: str) -> None:
    assert_solved(problem, answer)


def test_complements_with_the_unit_named_still_decline_two_relations() -> None:
    assert solve_now("What is the measure of an angle, in degrees, if it is twice its "
                     "complement and 3 times its supplement?").answer is None
