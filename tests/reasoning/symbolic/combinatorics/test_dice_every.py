"""None, all, or at least one of several dice (or rolls) showing a face or a number with a
property (`combinatorics.dice_every`). Our own problems; each chance worked here again from
the share of faces that count."""

from __future__ import annotations

from fractions import Fraction

import pytest

from tests.solved_problems import assert_solved
from tutor.reasoning.symbolic.engine import solve_now


def _frac(v: Fraction) -> str:
    return f"\\frac{{{v.numerator}}}{{{v.denominator}}}"


def _none(k: int, c: int, s: int = 6) -> str:
    return _frac(Fraction(s - c, s) ** k)


def _all(k: int, c: int, s: int = 6) -> str:
    return _frac(Fraction(c, s) ** k)


def _some(k: int, c: int, s: int = 6) -> str:
    return _frac(1 - Fraction(s - c, s) ** k)


@pytest.mark.parametrize(("problem", "answer"), [
    ("A fair die is rolled 3 times. What is the probability of not rolling a 6?", _none(3, 1)),
    ("A fair die is rolled 4 times. What is the probability of rolling no 2s?", _none(4, 1)),
    ("A fair die is rolled 3 times. What is the probability that a 6 is never rolled?",
     _none(3, 1)),
    ("Three fair dice are rolled. What is the probability that none of them shows a 6?",
     _none(3, 1)),
    ("Two 8-sided dice are rolled. What is the probability that neither die shows a number "
     "less than 3?", _none(2, 2, 8)),
    ("A fair die is rolled 3 times. What is the probability that every roll is even?",
     _all(3, 3)),
    ("Three fair dice are rolled. What is the probability that all of them show even numbers?",
     _all(3, 3)),
    ("Two dice are rolled. What is the probability that each die shows a prime number?",
     _all(2, 3)),
    ("Two dice are rolled. What is the probability that at least one die shows a number "
     "greater than 4?", _some(2, 2)),
    ("Four dice are rolled. What is the probability that at least one of them shows a 1 or a "
     "2?", _some(4, 2)),
    # one die, one roll: two faces
    ("A standard die is rolled once. What is the probability of rolling a 5 or a 6?",
     _all(1, 2)),
])
def test_none_all_or_some_dice(problem, answer):
    assert_solved(problem, answer)


@pytest.mark.parametrize("problem", [
    "A fair die is rolled 3 times. What is the probability that every roll is a 7?",
    # two conditions
    "A fair die is rolled 3 times. What is the probability that every roll is even and at "
    "least one is a 6?",
    # 'both' or 'all four' of three dice
    "Three dice are rolled. What is the probability that both show a 6?",
    "Three dice are rolled. What is the probability that all four show a 6?",
    "Three 8-sided dice are rolled. What is the probability that neither die shows a number "
    "less than 3?",
    # a face said twice
    "Three dice are rolled. What is the probability that no die shows a 6 or a 6?",
    # one roll: 'none of them' has no dice to count
    "A die is rolled. What is the probability that none of them shows a 6?",
    # a roll named by its place
    "A fair die is rolled 4 times. What is the probability of rolling a 5 or a 6 on the first "
    "roll?",
])
def test_near_misses_decline(problem):
    assert solve_now(problem).answer is None
