"""One coin and one die together (`combinatorics.coin_and_die`): a side of the coin and a
property of the die's face. Our own problems; each answer is counted here by listing the
(side, face) pairs."""

from __future__ import annotations

from fractions import Fraction

import pytest
import sympy as sp

from tests.solved_problems import assert_solved
from tutor.reasoning.symbolic.engine import solve_now


def _chance(side: str, sides: int, test) -> str:
    pairs = [(c, f) for c in "HT" for f in range(1, sides + 1)]
    v = Fraction(sum(1 for c, f in pairs if c == side and test(f)), len(pairs))
    return f"\\frac{{{v.numerator}}}{{{v.denominator}}}"


@pytest.mark.parametrize(("problem", "answer"), [
    ("Maria tosses a fair coin and rolls a standard six-sided die. What is the probability that "
     "the coin shows tails and the die shows an odd number?", _chance("T", 6, lambda f: f % 2)),
    ("A coin is flipped once, and a 10-sided die is rolled once. What is the probability that "
     "the coin lands on heads and the die shows a prime number?",
     _chance("H", 10, sp.isprime)),
    ("We flip one fair coin and then throw a fair 12-sided die. Find the probability that the "
     "coin comes up heads and the die comes up a 7.", _chance("H", 12, lambda f: f == 7)),
    ("Jake flips a coin, and then rolls a fair 8-sided die. What is the probability that the "
     "coin shows tails and the die shows a number greater than 5?",
     _chance("T", 8, lambda f: f > 5)),
])
def test_coin_and_die(problem, answer):
    assert_solved(problem, answer)


@pytest.mark.parametrize("problem", [
    # 'or' is another event than 'and'
    "Maria tosses a fair coin and rolls a standard six-sided die. What is the probability that "
    "the coin shows tails or the die shows an odd number?",
    # the die is rolled twice: another sample space
    "Maria tosses a fair coin and rolls a standard six-sided die twice. What is the probability "
    "that the coin shows tails and the die shows an odd number?",
])
def test_coin_and_die_declined(problem):
    assert solve_now(problem).answer is None


@pytest.mark.parametrize(("problem", "answer"), [
    # the event said short: 1 of the 2 * 8 pairs
    ("A coin is tossed and an 8-sided die is rolled. What is the probability of getting tails "
     "and a 3?", "\\frac{1}{16}"),
    # heads with a prime (2, 3, 5): 3 of 12
    ("A fair coin is flipped and a standard die is rolled. What is the probability of heads and "
     "a prime number?", "\\frac{1}{4}"),
])
def test_event_said_short(problem, answer):
    assert_solved(problem, answer)


def test_heads_or_a_face_is_declined():
    assert solve_now("A coin is flipped and a die is rolled. What is the probability of getting "
                     "heads or a 5?").answer is None


@pytest.mark.parametrize(("problem", "answer"), [
    # the side said in the singular: "a head", "a tail"
    ("A fair coin is tossed and a fair die is rolled. What is the probability of a head and an "
     "even number?", _chance("H", 6, lambda f: f % 2 == 0)),
    ("A fair coin is tossed and a fair die is rolled. What is the probability of getting a tail "
     "and a number greater than 4?", _chance("T", 6, lambda f: f > 4)),
    ("A coin is flipped and a 10-sided die is rolled. What is the probability of getting a head "
     "and a prime number?", _chance("H", 10, sp.isprime)),
])
def test_a_head_or_a_tail_in_the_singular(problem, answer):
    assert_solved(problem, answer)
