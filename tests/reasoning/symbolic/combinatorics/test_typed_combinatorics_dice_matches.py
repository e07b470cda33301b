"""Dice that all show one number, or all different numbers, said as 'they show the same
number' or 'the same number is facing up on each of four dice that are thrown at once'
(`combinatorics.dice`). Our own problems; each chance is recounted here by listing the rolls."""

from __future__ import annotations

from fractions import Fraction
from itertools import product

import pytest

from tests.solved_problems import assert_solved
from tutor.reasoning.symbolic.engine import solve_now


def _chance(dice: int, sides: int, same: bool) -> str:
    rolls = list(product(range(1, sides + 1), repeat=dice))
    good = sum(1 for r in rolls if (len(set(r)) == 1 if same else len(set(r)) == dice))
    f = Fraction(good, len(rolls))
    return f"\\frac{{{f.numerator}}}{{{f.denominator}}}"


@pytest.mark.parametrize(("problem", "answer"), [
    ("Two fair six-sided dice are rolled. What is the probability that they show the same "
     "number?", _chance(2, 6, True)),
    ("Find the probability that the same number is facing up on each of four standard "
     "six-sided dice that are thrown at once.", _chance(4, 6, True)),
    ("What is the chance that the same number will be on top on all of three fair 8-sided dice "
     "which are rolled together? Express your answer as a common fraction.", _chance(3, 8, True)),
    ("Three fair dice are rolled. What is the probability that the dice come up with the "
     "same number?", _chance(3, 6, True)),
    ("Jo throws 3 standard dice. What is the probability that they show different numbers?",
     _chance(3, 6, False)),
])
def test_dice_that_match(problem, answer):
    assert_solved(problem, answer)


@pytest.mark.parametrize("problem", [
    # a negation: not read
    "Three fair dice are rolled. What is the chance that they do not show the same number?",
    # a further condition
    "What is the probability that the same number is facing up on each of two standard "
    "six-sided dice that are thrown at once if one die is red?",
])
def test_dice_matches_not_read_are_declined(problem):
    assert solve_now(problem).answer is None
