"""Several different numbers drawn from a stated pool (`combinatorics.number_draws`): three to
six numbers as well as two, the pool first put into a bowl or hat ('each of the first 6 primes
is placed in a hat'), primes named as what is drawn, and a form request inside the question.
Our own problems; each answer is worked out here by listing the sets with `fractions`."""

from __future__ import annotations

from fractions import Fraction
from itertools import combinations
from math import prod

import pytest
import sympy as sp

from tests.solved_problems import assert_solved
from tutor.reasoning.symbolic.engine import solve_now

_PRIMES = [2, 3, 5, 7, 11, 13, 17, 19, 23, 29, 31, 37]


def _chance(pool: list[int], k: int, stat, test) -> str:
    sets = list(combinations(pool, k))
    v = Fraction(sum(1 for t in sets if test(stat(t))), len(sets))
    return str(v.numerator) if v.denominator == 1 else f"\\frac{{{v.numerator}}}{{{v.denominator}}}"


@pytest.mark.parametrize(("problem", "answer"), [
    ("The first six prime numbers are put into a hat. Three primes are drawn without "
     "replacement. Find the probability that the sum of the three primes drawn is even.",
     _chance(_PRIMES[:6], 3, sum, lambda v: v % 2 == 0)),
    ("Each of the first nine primes is placed in a jar, and two primes are picked at random "
     "without replacement. What is the probability that their sum is a prime number?",
     _chance(_PRIMES[:9], 2, sum, sp.isprime)),
    ("Three different integers are chosen at random from 1 through 9, inclusive. What is the "
     "probability that their sum is a multiple of 3?",
     _chance(list(range(1, 10)), 3, sum, lambda v: v % 3 == 0)),
    ("Five distinct numbers are selected at random from the set $\\{1, 2, 3, 4, 5, 6, 7, 8\\}$. "
     "What is the probability, expressed as a common fraction, that the product of the five "
     "numbers is even?", _chance(list(range(1, 9)), 5, prod, lambda v: v % 2 == 0)),
    ("Four prime numbers are selected at random without replacement from the first eleven "
     "prime numbers. Find the probability that the sum of the four numbers selected is odd.",
     _chance(_PRIMES[:11], 4, sum, lambda v: v % 2 == 1)),
])
def test_several_numbers_drawn(problem, answer):
    assert_solved(problem, answer)


@pytest.mark.parametrize("problem", [
    # primes drawn from a pool holding non-primes: which numbers are equally likely is unclear
    "Two primes are drawn without replacement from the first ten positive integers. What is "
    "the probability that their sum is even?",
    # the event speaks of more numbers than were drawn
    "Three distinct numbers are chosen at random from 1 through 8, inclusive. What is the "
    "probability that the sum of the four numbers is even?",
])
def test_draws_not_read_are_declined(problem):
    assert solve_now(problem).answer is None
