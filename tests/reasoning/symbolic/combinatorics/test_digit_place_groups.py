"""Integers counted by conditions on groups of digit places (`combinatorics.digit_places`, read
by `digit_counts`): sums and products of "the middle two", "the first two", "the other"
digits against a number, a place or another group; a kind of digit in one place; exactly k
alike digits; neighbouring digits alike or not. Our own problems; each count is listed
again here in plain Python, apart from the engine's two counts."""

from __future__ import annotations

from collections import Counter
from fractions import Fraction
from itertools import pairwise
from math import prod

import pytest

from tests.solved_problems import assert_solved
from tutor.reasoning.symbolic.engine import solve_now


def _listed(lo: int, hi: int, test) -> int:
    return sum(1 for v in range(lo, hi + 1) if test([int(c) for c in str(v)]))


SOLVED = [
    # the middle pair of four digits, a product against a number: 9 * 56 * 10
    ("How many four-digit numbers have the product of the middle two digits greater than 10?",
     _listed(1000, 9999, lambda d: d[1] * d[2] > 10)),
    # 'the other two': the places the condition does not name
    ("How many three-digit numbers have a tens digit equal to the sum of the other two digits?",
     _listed(100, 999, lambda d: d[1] == d[0] + d[2])),
    ("How many three-digit numbers have the units digit equal to the product of the other two "
     "digits?", _listed(100, 999, lambda d: d[2] == d[0] * d[1])),
    ("How many 5-digit numbers have a units digit equal to the sum of the other four digits?",
     _listed(10000, 99999, lambda d: d[4] == sum(d[:4]))),
    # two groups compared
    ("How many four-digit numbers have the sum of the first two digits greater than the sum of "
     "the last two digits?", _listed(1000, 9999, lambda d: d[0] + d[1] > d[2] + d[3])),
    ("How many five-digit numbers have the sum of the first two digits equal to the sum of the "
     "last two digits?", _listed(10000, 99999, lambda d: d[0] + d[1] == d[3] + d[4])),
    ("How many four-digit numbers have the sum of the outer digits equal to the sum of the "
     "middle two digits?", _listed(1000, 9999, lambda d: d[0] + d[3] == d[1] + d[2])),
    # 'can be formed', a range and 'exceeds', in LaTeX
    ("How many $3$-digit numbers less than $500$ can be formed such that the sum of the last two "
     "digits exceeds $10$?", _listed(100, 499, lambda d: d[1] + d[2] > 10)),
    ("How many three-digit integers have the property that the product of the first two digits "
     "is $12$?", _listed(100, 999, lambda d: d[0] * d[1] == 12)),
    ("How many four-digit integers have the product of the two rightmost digits equal to 0?",
     _listed(1000, 9999, lambda d: d[2] * d[3] == 0)),
    ("What is the number of four-digit integers such that the product of the first, second and "
     "third digits is 8?", _listed(1000, 9999, lambda d: prod(d[:3]) == 8)),
    # the middle one of five places
    ("How many five-digit numbers have the middle digit equal to the sum of the first and last "
     "digits?", _listed(10000, 99999, lambda d: d[2] == d[0] + d[4])),
    # a kind of digit in one place
    ("How many four-digit numbers greater than 5000 have an even units digit?",
     _listed(5001, 9999, lambda d: d[3] % 2 == 0)),
    ("How many two-digit numbers have an odd tens digit and an even units digit?",
     _listed(10, 99, lambda d: d[0] % 2 == 1 and d[1] % 2 == 0)),
    ("How many three-digit numbers are there whose first digit is composite?",
     _listed(100, 999, lambda d: d[0] in (4, 6, 8, 9))),
    # exactly k alike: one digit k times, the others once
    ("How many four-digit numbers contain exactly two identical digits?",
     _listed(1000, 9999, lambda d: sorted(Counter(d).values()) == [1, 1, 2])),
    ("How many 4-digit numbers have exactly three identical digits?",
     _listed(1000, 9999, lambda d: sorted(Counter(d).values()) == [1, 3])),
    ("How many three-digit numbers have exactly two digits that are the same?",
     _listed(100, 999, lambda d: sorted(Counter(d).values()) == [1, 2])),
    # neighbours
    ("How many five-digit numbers have all digits either 3 or 4 and contain two consecutive "
     "3's?", _listed(10000, 99999, lambda d: set(d) <= {3, 4} and any(
         a == b == 3 for a, b in pairwise(d)))),
    ("How many four-digit numbers have no two adjacent digits the same?",
     _listed(1000, 9999, lambda d: all(a != b for a, b in pairwise(d)))),
    ("How many three-digit numbers have two adjacent digits that are the same?",
     _listed(100, 999, lambda d: any(a == b for a, b in pairwise(d)))),
    # a range said after the condition still bounds the integers
    ("How many three-digit numbers have a tens digit equal to 4 and are less than 500?",
     _listed(100, 499, lambda d: d[1] == 4)),
]


@pytest.mark.parametrize(("problem", "listed"), SOLVED)
def test_digit_place_groups_solved(problem: str, listed: int) -> None:
    assert_solved(problem, str(listed))


def test_digit_place_group_chance() -> None:
    good = _listed(100, 999, lambda d: d[1] * d[2] == 0)
    assert_solved("A three-digit number is chosen at random. What is the probability that the "
                  "product of its last two digits is 0?", str(Fraction(good, 900)))


DECLINED = [
    # three digits have no middle two
    "How many 3-digit numbers have the sum of the middle two digits equal to 9?",
    # 'the other two' with no place named
    "How many three-digit numbers have the sum of the other two digits equal to 9?",
    # two groups sharing places
    "How many four-digit numbers have the sum of the two leftmost digits equal to the sum of "
    "the first two digits?",
    # a group of unsaid size
    "How many four-digit numbers have the sum of the first digits equal to 9?",
    # a second bound on the same sum is not a range of the integers
    "How many four-digit numbers have the product of the middle two digits greater than 10 and "
    "less than 20?",
    "How many three-digit numbers have the sum of the tens and units digits greater than 5 and "
    "less than 9?",
    # the middle digit of four places
    "How many four-digit numbers have the middle digit equal to 5?",
    # all the digits alike: said as 'exactly two identical' of a two-digit number
    "How many two-digit numbers have exactly two identical digits?",
    # integers of several lengths: which places are 'the first two'?
    "How many positive integers less than 1000 have the sum of the first two digits equal to 5?",
]


@pytest.mark.parametrize("problem", DECLINED)
def test_digit_place_groups_declined(problem: str) -> None:
    assert solve_now(problem).answer is None


@pytest.mark.parametrize(("problem", "answer"), [
    # 3 at one more place with the other two different (3 * 9 * 8), or a pair of another
    # digit (9 * 3 * 8)
    ("How many four-digit numbers that begin with 3 have exactly two identical digits?", "432"),
    ("How many four-digit numbers starting with 1 have all different digits?", "504"),  # 9*8*7
    ("How many five-digit numbers beginning with 7 have no repeated digits?", "3024"),
    # 9 * 10 first two digits, last fixed
    ("How many three-digit numbers end in 5?", "90"),
    # last digit 4, first digit 1-9 but not 4, middle 8 left
    ("How many three-digit numbers ending with 4 have all digits different?", "64"),
])
def test_first_or_last_digit_told(problem, answer):
    assert_solved(problem, answer)


@pytest.mark.parametrize("problem", [
    # two digits told at the start: not one place
    "How many four-digit numbers beginning with 12 have all different digits?",
])
def test_first_digits_declined(problem):
    assert solve_now(problem).answer is None
