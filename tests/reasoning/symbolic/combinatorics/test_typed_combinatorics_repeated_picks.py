"""An integer picked at random from a range several times, the same integer allowed again:
at least one, none, exactly j of the picks with a property. Our own problems; the answers
counted again here by listing every sequence of picks."""

from __future__ import annotations

from fractions import Fraction
from itertools import product

import pytest
import sympy as sp

from tests.solved_problems import assert_solved
from tutor.reasoning.symbolic.engine import solve_now


def _chance(lo: int, hi: int, n: int, test, count) -> str:
    seqs = list(product(range(lo, hi + 1), repeat=n))
    p = Fraction(sum(1 for s in seqs if count(sum(1 for v in s if test(v)))), len(seqs))
    return f"\\frac{{{p.numerator}}}{{{p.denominator}}}"


@pytest.mark.parametrize(("problem", "answer"), [
    ("Ana twice picks a random integer from 1 to 40, inclusive (and she may pick the same "
     "integer both times). What is the probability that at least one of the numbers she picks "
     "is a multiple of 4?", _chance(1, 40, 2, lambda v: v % 4 == 0, lambda h: h >= 1)),
    ("An integer between 1 and 30 is chosen at random 3 times, with replacement. What is the "
     "probability that none of the numbers chosen is prime?",
     _chance(1, 30, 3, sp.isprime, lambda h: h == 0)),
    ("An integer between 1 and 30 is chosen at random three times, with replacement. What is "
     "the probability that exactly two of the numbers chosen are even?",
     _chance(1, 30, 3, lambda v: v % 2 == 0, lambda h: h == 2)),
    ("Omar picks a random integer from 10 to 29 twice (he may pick the same integer both "
     "times). What is the probability that both of the numbers are odd?",
     _chance(10, 29, 2, lambda v: v % 2 == 1, lambda h: h == 2)),
])
def test_repeated_picks(problem, answer):
    assert_solved(problem, answer)


@pytest.mark.parametrize("problem", [
    # may the same integer come twice? not said
    "Ana twice picks a random integer from 1 to 40, inclusive. What is the probability that at "
    "least one of the numbers she picks is a multiple of 4?",
    # 'both' of three picks
    "An integer between 1 and 30 is chosen at random 3 times, with replacement. What is the "
    "probability that both of the numbers chosen are prime?",
])
def test_repeated_picks_decline(problem):
    assert solve_now(problem).answer is None
