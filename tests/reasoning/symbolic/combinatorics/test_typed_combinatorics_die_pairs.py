"""Two dice told apart: one shows a larger number than the other, or both / neither show a
property. Our own problems; the answers counted again here by listing every roll."""

from __future__ import annotations

from fractions import Fraction
from itertools import product

import pytest

from tests.solved_problems import assert_solved
from tutor.reasoning.symbolic.engine import solve_now


def _chance(sides: int, ok) -> str:
    rolls = list(product(range(1, sides + 1), repeat=2))
    p = Fraction(sum(1 for x, y in rolls if ok(x, y)), len(rolls))
    return f"\\frac{{{p.numerator}}}{{{p.denominator}}}"


@pytest.mark.parametrize(("problem", "answer"), [
    ("Kai throws two fair dice. What is the chance that neither die shows a 6?",
     _chance(6, lambda x, y: x != 6 and y != 6)),
    ("Two standard dice are rolled. What is the probability that the first die shows a larger "
     "number than the second?", _chance(6, lambda x, y: x > y)),
    ("A green die and a white die are rolled. What is the probability that the number on the "
     "white die is less than the number on the green die?", _chance(6, lambda x, y: y < x)),
    ("Two fair 8-sided dice are rolled. What is the probability that both dice show a prime "
     "number?", _chance(8, lambda x, y: x in (2, 3, 5, 7) and y in (2, 3, 5, 7))),
    ("Two dice are tossed. What is the probability that both numbers rolled are odd?",
     _chance(6, lambda x, y: x % 2 == 1 and y % 2 == 1)),
])
def test_two_dice_told_apart(problem, answer):
    assert_solved(problem, answer)


@pytest.mark.parametrize("problem", [
    # 'both' of three dice
    "Three standard dice are rolled. What is the probability that both numbers are even?",
    # a die that was not rolled
    "Two standard dice are rolled. What is the probability that the first die shows a larger "
    "number than the third?",
    # two red dice cannot be told apart
    "A red die and a red die are rolled. What is the probability that the red die shows a "
    "larger number than the red die?",
])
def test_die_pairs_decline(problem):
    assert solve_now(problem).answer is None
