"""Dice or spinners whose numbers become the digits of a number
(combinatorics/dice_digits.py). Our own problems, the answers worked out by hand."""

from __future__ import annotations

import pytest

from tests.solved_problems import assert_solved
from tutor.reasoning.symbolic.engine import solve_now


def test_places_told():
    # the units digit is the first die, odd on 3 of 5 faces
    assert_solved("Two fair 5-sided dice are rolled. The first die is the units digit and the "
                  "second die is the tens digit of a two-digit number. What is the probability "
                  "that the number is odd?", "3/5")
    # last two digits 12, 24, 32, 44 make a multiple of 4: 4 * 4 of 64
    assert_solved("Three fair four-sided dice are rolled to form a three-digit number: the "
                  "first die is the hundreds digit, the second the tens digit and the third the "
                  "units digit. What is the probability that the number is divisible by 4?",
                  "1/4")
    # 16, 25, 36, 64 of 36
    assert_solved("A spinner has 6 equal sections numbered 1 through 6. It is spun twice. The "
                  "first spin gives the tens digit and the second spin gives the units digit of "
                  "a two-digit number. What is the probability that the number is a perfect "
                  "square?", "1/9")


def test_either_order():
    # an even number can be made when one of the two is even: 27 of 36
    assert_solved("Maya rolls two fair six-sided dice and forms a two-digit number from the two "
                  "numbers she rolled, in either order. What is the probability that she can "
                  "make an even number?", "3/4")


@pytest.mark.parametrize("problem", [
    # faces that are not digits
    "Two fair 10-sided dice are rolled. The first die is the tens digit and the second die is "
    "the units digit of a two-digit number. What is the probability that the number is odd?",
    # three dice, two digits
    "Three fair 6-sided dice are rolled. The first die is the tens digit and the second die is "
    "the units digit of a two-digit number. What is the probability that the number is odd?",
    # either order, but no 'can': which order is made
    "Maya rolls two fair six-sided dice and forms a two-digit number from the two numbers she "
    "rolled, in either order. What is the probability that the number is greater than 40?",
    # both dice the tens digit
    "Two fair 6-sided dice are rolled. The first die is the tens digit and the second die is "
    "the tens digit of a two-digit number. What is the probability that the number is odd?",
])
def test_near_misses_decline(problem: str):
    assert solve_now(problem).answer is None
