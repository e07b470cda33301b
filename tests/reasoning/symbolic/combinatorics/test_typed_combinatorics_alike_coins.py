"""Coins (`combinatorics.coins`) 'to be flipped', 'all five will be tails', and the union 'all
heads or all tails'. Our own problems; each answer is counted here by listing the flips."""

from __future__ import annotations

from fractions import Fraction
from itertools import product

import pytest

from tests.solved_problems import assert_solved
from tutor.reasoning.symbolic.engine import solve_now


def _chance(n: int, test) -> str:
    flips = list(product("HT", repeat=n))
    v = Fraction(sum(1 for f in flips if test(f)), len(flips))
    return f"\\frac{{{v.numerator}}}{{{v.denominator}}}"


@pytest.mark.parametrize(("problem", "answer"), [
    ("Three fair coins are to be tossed. What is the probability that all three will be tails or "
     "all three will be heads?", _chance(3, lambda f: len(set(f)) == 1)),
    ("Seven coins are flipped. Find the probability that all of them come up heads or all of "
     "them come up tails.", _chance(7, lambda f: len(set(f)) == 1)),
    ("Five fair coins are to be flipped. What is the probability that all five will be tails?",
     _chance(5, lambda f: set(f) == {"T"})),
])
def test_coins_all_alike(problem, answer):
    assert_solved(problem, answer)


@pytest.mark.parametrize("problem", [
    # the same side twice is no union of two outcomes
    "Three fair coins are to be tossed. What is the probability that all three will be heads or "
    "all three will be heads?",
    # 'all four' of three coins
    "Three fair coins are to be tossed. What is the probability that all four will be heads or "
    "all four will be tails?",
])
def test_coins_all_alike_declined(problem):
    assert solve_now(problem).answer is None
