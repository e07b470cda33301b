"""Dice split evenly between even and odd numbers. Our own problems; the answers counted
again here by listing every roll."""

from __future__ import annotations

from fractions import Fraction
from itertools import product

import pytest

from tests.solved_problems import assert_solved
from tutor.reasoning.symbolic.engine import solve_now


def _even_split(k: int, sides: int) -> str:
    rolls = list(product(range(1, sides + 1), repeat=k))
    p = Fraction(sum(1 for r in rolls if 2 * sum(1 for x in r if x % 2 == 0) == k), len(rolls))
    return f"\\frac{{{p.numerator}}}{{{p.denominator}}}"


@pytest.mark.parametrize(("problem", "answer"), [
    ("Tom throws 4 fair dice. Find the chance that the number of dice that show odd numbers "
     "is equal to the number that show even numbers.", _even_split(4, 6)),
    ("Priya rolls 4 fair 8-sided dice. What is the chance that two of the dice show even "
     "numbers and two show odd numbers?", _even_split(4, 8)),
    ("Two dice are rolled. What is the probability that as many dice show an even number as an "
     "odd number?", _even_split(2, 6)),
])
def test_dice_split_even_and_odd(problem, answer):
    assert_solved(problem, answer)


@pytest.mark.parametrize("problem", [
    # five dice cannot split evenly: not read as a trick question
    "Tom throws 5 fair dice. Find the chance that the number of dice that show odd numbers is "
    "equal to the number that show even numbers.",
    # an uneven split
    "Six fair dice are rolled. What is the probability that two of the dice show even numbers "
    "and four show odd numbers?",
])
def test_dice_halves_decline(problem):
    assert solve_now(problem).answer is None
