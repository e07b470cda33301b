"""Which side named flips of one fair coin show: the first k, the last k, the first and the
last, the third ... Our own problems; each named flip halves the chance, and the answers are
counted again here by listing every sequence."""

from __future__ import annotations

from fractions import Fraction
from itertools import product

import pytest

from tests.solved_problems import assert_solved
from tutor.reasoning.symbolic.engine import solve_now


def _chance(n: int, fixed: dict[int, str]) -> str:
    seqs = list(product("ht", repeat=n))
    p = Fraction(sum(1 for s in seqs if all(s[i] == v for i, v in fixed.items())), len(seqs))
    return f"\\frac{{{p.numerator}}}{{{p.denominator}}}"


@pytest.mark.parametrize(("problem", "answer"), [
    ("Maya tosses a fair coin 6 times. Find the probability that the first three tosses all "
     "land heads.", _chance(6, {0: "h", 1: "h", 2: "h"})),
    ("When tossing a fair coin, what is the probability that the first two tosses are both "
     "tails?", _chance(2, {0: "t", 1: "t"})),
    ("A coin is tossed 4 times. What is the probability that the first toss is heads and the "
     "last toss is tails?", _chance(4, {0: "h", 3: "t"})),
    ("A fair coin is flipped 6 times. What is the probability that the first and last flips "
     "are both heads?", _chance(6, {0: "h", 5: "h"})),
    ("A fair coin is flipped 3 times. What is the probability that the third flip is tails?",
     _chance(3, {2: "t"})),
    ("Maya tosses a fair coin 7 times. What is the chance that the last two tosses are both "
     "tails?", _chance(7, {5: "t", 6: "t"})),
])
def test_named_flips(problem, answer):
    assert_solved(problem, answer)


@pytest.mark.parametrize("problem", [
    # no count of flips: no last flip
    "When flipping a fair coin, what is the probability that the last flip is heads?",
    # one flip both sides
    "A fair coin is flipped 3 times. What is the probability that the first flip is heads and "
    "the first flip is tails?",
    # coins tossed at once have no order
    "Three fair coins are flipped. What is the probability that the first coin is heads?",
    # 'not' changes the event
    "A fair coin is flipped 5 times. What is the probability that the first three flips are "
    "not all heads?",
    # a condition, not a second named flip: the chance is 1/4, not 1/8
    "A fair coin is flipped 5 times. What is the probability that the first two flips are both "
    "heads given that the last flip is tails?",
    # a named flip beyond the flips made
    "A fair coin is flipped 3 times. What is the probability that the fifth flip is heads?",
])
def test_flip_orders_decline(problem):
    assert solve_now(problem).answer is None
