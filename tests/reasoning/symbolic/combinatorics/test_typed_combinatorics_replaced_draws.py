"""One draw put back and repeated n times: the count of draws of one colour. Our own
problems; each answer a binomial sum worked out with Fractions."""

from __future__ import annotations

from fractions import Fraction as F
from math import comb

import pytest

from tests.solved_problems import assert_solved
from tutor.reasoning.symbolic.engine import solve_now


def _binom(n: int, p: F, ks: list[int]) -> str:
    v = sum(comb(n, k) * p**k * (1 - p) ** (n - k) for k in ks)
    return f"\\frac{{{v.numerator}}}{{{v.denominator}}}"


@pytest.mark.parametrize(("problem", "answer"), [
    ("A tin holds 1 gold and 3 silver coins. A coin is drawn, its colour noted, and it is put "
     "back. This is done 3 times. What is the probability that exactly 2 gold coins are drawn?",
     _binom(3, F(1, 4), [2])),
    ("A sack has 5 orange and 5 purple beads. Omar picks a bead at random, records its colour, "
     "and puts it back. He does this 4 times. What is the probability that he picks an orange "
     "bead at least 3 times?", _binom(4, F(1, 2), [3, 4])),
    ("A basket contains 3 pink and 6 brown eggs. Lu takes an egg at random, notes its colour, "
     "and returns it to the basket. She repeats this process until she has drawn 5 eggs. What "
     "is the probability that at most 1 of the eggs drawn is pink?", _binom(5, F(1, 3), [0, 1])),
    ("A bowl has 2 red and 3 white chips. Kim removes a chip at random, records the colour, "
     "puts it back, and then repeats this process until she has withdrawn 4 chips. What is the "
     "probability that exactly 2 of the chips that she removes are red?",
     _binom(4, F(2, 5), [2])),
    # "and then it is replaced"
    ("A box has 3 green and 2 yellow cubes. A cube is drawn, its colour noted, and then it is "
     "replaced. This is done 4 times. What is the probability that exactly 1 yellow cube is "
     "drawn?", _binom(4, F(2, 5), [1])),
])
def test_draws_put_back(problem, answer):
    assert_solved(problem, answer)


@pytest.mark.parametrize("problem", [
    # a colour the tin does not hold
    "A tin holds 1 gold and 3 silver coins. A coin is drawn, its colour noted, and it is put "
    "back. This is done 3 times. What is the probability that exactly 2 copper coins are drawn?",
    # the draw is kept, not put back: another question
    "A tin holds 1 gold and 3 silver coins. A coin is drawn and its colour noted. This is done "
    "3 times. What is the probability that exactly 2 gold coins are drawn?",
    # in a row: another event
    "A sack has 5 orange and 5 purple beads. Omar picks a bead at random, records its colour, "
    "and puts it back. He does this 4 times. What is the probability that he picks an orange "
    "bead at least 3 times in a row?",
])
def test_near_misses_decline(problem):
    assert solve_now(problem).answer is None
