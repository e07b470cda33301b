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


def _each_roll(k: int, faces: set[int], s: int = 6) -> str:
    """Every one of the k rolls among `faces`, counted over all s^k rolls."""
    from itertools import product
    rolls = list(product(range(1, s + 1), repeat=k))
    return _frac(Fraction(sum(all(x in faces for x in r) for r in rolls), len(rolls)))


@pytest.mark.parametrize(("problem", "answer"), [
    # a face said plainly ("are 6", "are sixes", "are 1s"), and as many of it as dice
    ("A die is rolled twice. What is the probability that both rolls are sixes?",
     _each_roll(2, {6})),
    ("A die is rolled 3 times. What is the probability that all three rolls are 6?",
     _each_roll(3, {6})),
    ("Three dice are rolled. What is the probability of getting three sixes?", _each_roll(3, {6})),
    ("Two dice are rolled. What is the probability of getting two fives?", _each_roll(2, {5})),
    ("If you roll two dice, what is the probability of rolling two 1's?", _each_roll(2, {1})),
    ("If you roll a die twice, what is the probability of getting two 4s?", _each_roll(2, {4})),
    ("A die is rolled 3 times. What is the probability that none of the rolls are 1s?",
     _each_roll(3, {2, 3, 4, 5, 6})),
    ("A die is rolled twice. What is the probability that neither roll is 6?",
     _each_roll(2, {1, 2, 3, 4, 5})),
    ("Two 8-sided dice are rolled. What is the probability of getting two eights?",
     _each_roll(2, {8}, 8)),
])
def test_face_said_plainly(problem, answer):
    assert_solved(problem, answer)


@pytest.mark.parametrize("problem", [
    # two sixes among three dice: exactly two, or at least two?
    "Three dice are rolled. What is the probability of getting two sixes?",
    # a face the dice do not have
    "Two dice are rolled. What is the probability that both are 7?",
    "Two dice are rolled. What is the probability that both dice are 6-sided?",
    "Two dice are rolled. What is the probability that both rolls are 6 or more?",
])
def test_face_said_plainly_declined(problem):
    assert solve_now(problem).answer is None
