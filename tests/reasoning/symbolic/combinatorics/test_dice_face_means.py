"""The expected number of dice (or rolls) that show a face or a number with a property
(`combinatorics.dice_face_means`). Our own problems; each expectation worked here again as
k times the share of faces that count."""

from __future__ import annotations

from fractions import Fraction

import pytest

from tests.solved_problems import assert_solved
from tutor.reasoning.symbolic.engine import solve_now


def _mean(k: int, faces: int, s: int = 6) -> str:
    v = Fraction(k * faces, s)
    return str(v.numerator) if v.denominator == 1 else f"\\frac{{{v.numerator}}}{{{v.denominator}}}"


@pytest.mark.parametrize(("problem", "answer"), [
    ("Twelve fair dice are rolled. What is the expected number of dice showing a 1?",
     _mean(12, 1)),
    ("A fair die is rolled 10 times. What is the expected number of times a 6 is rolled?",
     _mean(10, 1)),
    ("A standard die is rolled 12 times. What is the expected number of 6's rolled?",
     _mean(12, 1)),
    ("A fair die is rolled 9 times. What is the expected number of sixes?", _mean(9, 1)),
    # "obtained" after the face
    ("What is the expected number of 6's obtained when rolling three standard dice?",
     _mean(3, 1)),
    ("Five fair dice are rolled. What is the expected number of fours that are obtained?",
     _mean(5, 1)),
    ("Three fair dice are rolled. What is the expected number of dice showing an even number?",
     _mean(3, 3)),
    # faces 3, 4, 5, 6
    ("Six standard dice are rolled. What is the expected number of dice that show a number "
     "greater than 2?", _mean(6, 4)),
    # 2, 3, 5, 7 of ten faces
    ("Five fair 10-sided dice are rolled. What is the expected number of dice that show a "
     "prime number?", _mean(5, 4, 10)),
    # 3 and 6 of eight faces
    ("Liam rolls 8 fair 8-sided dice. What is the expected number of dice that show a "
     "multiple of 3?", _mean(8, 2, 8)),
    # 1 and 4
    ("Four dice are rolled. What is the expected number of dice that show a perfect square?",
     _mean(4, 2)),
])
def test_expected_number_of_dice_showing(problem, answer):
    assert_solved(problem, answer)


@pytest.mark.parametrize("problem", [
    # a face the dice do not have
    "Five dice are rolled. What is the expected number of dice that show a 7?",
    # every face counts: nothing random to ask
    "Five dice are rolled. What is the expected number of dice that show a number greater "
    "than 0?",
    # one of two faces said as two faces: not read
    "Five dice are rolled. What is the expected number of dice that show a 1 or a 2 or more?",
    # an expected sum, not a count
    "Five dice are rolled. What is the expected sum of the dice that show an odd number?",
    # rolled until a running total is reached: the number of rolls is random (rolled until
    # one face shows is first_success's, 1/p, in test_first_success)
    "A fair die is rolled until the total is more than 10. What is the expected number of "
    "rolls?",
])
def test_near_misses_decline(problem):
    assert solve_now(problem).answer is None
