"""More words for the property an outcome has (`combinatorics.events`): composite, a k-digit
number, relatively prime to n, 'greater / less than or equal to', 'fewer than'; and a number
picked 'in the set {...}' whose dots are typed as '...'. Our own problems; each answer is
counted here by listing the outcomes."""

from __future__ import annotations

from fractions import Fraction
from math import gcd

import pytest
import sympy as sp

from tests.solved_problems import assert_solved
from tutor.reasoning.symbolic.engine import solve_now


def _tex(v: Fraction) -> str:
    return str(v.numerator) if v.denominator == 1 else f"\\frac{{{v.numerator}}}{{{v.denominator}}}"


def _share(pool, test) -> str:
    pool = list(pool)
    return _tex(Fraction(sum(1 for x in pool if test(x)), len(pool)))


def _composite(v: int) -> bool:
    return v > 1 and not sp.isprime(v)


@pytest.mark.parametrize(("problem", "answer"), [
    ("Sam rolls a fair 10-sided die once. What is the probability that the number rolled is a "
     "composite number?", _share(range(1, 11), _composite)),
    ("Lena rolls a standard six-sided die. What is the probability that she rolls a composite "
     "number?", _share(range(1, 7), _composite)),
    ("An integer is picked at random from 1 to 45, inclusive. Find the probability that the "
     "integer is relatively prime to 12.", _share(range(1, 46), lambda v: gcd(v, 12) == 1)),
    ("An integer is chosen at random from the first 60 positive integers. Find the probability "
     "that it is coprime to 15.", _share(range(1, 61), lambda v: gcd(v, 15) == 1)),
    ("A number in the set $\\{5, 6, 7, ... , 250\\}$ is picked at random. What is the "
     "probability that it is a three-digit number?", _share(range(5, 251),
                                                            lambda v: 100 <= v <= 999)),
    ("A whole number is chosen at random from the set $\\{1, 2, 3, \\ldots, 150\\}$. What is "
     "the probability that it is a two-digit number?", _share(range(1, 151),
                                                          lambda v: 10 <= v <= 99)),
    ("Two different numbers are chosen at random from 1 through 10, inclusive. What is the "
     "probability that their sum is composite?",
     _tex(Fraction(sum(1 for a in range(1, 11) for b in range(a + 1, 11) if _composite(a + b)),
                   45))),
    # comparisons with 'or equal to' and 'fewer than'
    ("Two fair 8-sided dice are thrown. What is the probability that the sum of the "
     "numbers shown is greater than or equal to 13?",
     _tex(Fraction(sum(1 for a in range(1, 9) for b in range(1, 9) if a + b >= 13), 64))),
    ("An integer is picked at random from 1 to 25, inclusive. What is the probability that it is "
     "less than or equal to 7?", _share(range(1, 26), lambda v: v <= 7)),
    ("Four fair coins are tossed. What is the probability of getting fewer than 3 tails?",
     _tex(Fraction(1 + 4 + 6, 16))),
])
def test_more_event_words(problem, answer):
    assert_solved(problem, answer)


@pytest.mark.parametrize("problem", [
    # two numbers that may be the same: 'different' is not said
    "Two numbers are chosen at random from 1 through 10, inclusive. What is the probability "
    "that their sum is composite?",
    # a set whose listed start does not continue evenly
    "A number in the set $\\{3, 5, 6, ... , 40\\}$ is picked at random. What is the probability "
    "that it is a two-digit number?",
])
def test_event_words_declined(problem):
    assert solve_now(problem).answer is None
