"""Integers with stated properties below zero and nearest to a number
(number_theory/integer_conditions.py: "negative" in the noun, a bound below 0 that leaves only
negative multiples; number_theory/nearest_integers.py: "closest to" / "nearest to"). Our own
problems, answers worked out by hand; near misses (a tie, "positive" with a bound below 0,
negative primes, a lower bound below 0 where positive multiples could be meant) decline."""

from __future__ import annotations

import pytest

from tests.solved_problems import assert_solved
from tutor.reasoning.symbolic.engine import solve_now

SOLVED = [
    # -56 = 7 * (-8); -49 is not below -50
    # 37 * 28 = 1036; -999 = 37 * (-27) is not under -1000
    ("Find the greatest multiple of $37$ which is under $-1000$.", "-1036"),
    ("Determine the largest multiple of 12 below $-100$.", "-108"),
    # -100 ... -999: -107 = 8 * (-14) + 5
    ("Find the largest three-digit negative integer $m$ with $m \\equiv 5 \\pmod{8}$.",
     "-107"),
    # -1000 = 17 * (-59) + 3
    ("Find the greatest four-digit negative integer $n$ with $n \\equiv 3 \\pmod{17}$.",
     "-1000"),
    # -9996 = 7 * (-1428): the smallest four-digit negative multiple; -9999 = 7 * (-1429) - 2
    ("Find the least four-digit negative integer that is a multiple of $7$.", "-9996"),
    ("What is the largest negative multiple of 12 greater than -100?", "-12"),
    # -6, -12, ..., -48
    ("How many negative multiples of 6 are greater than -50?", "8"),
    # 988 and 1001: 1001 is 1 away
    ("Determine the multiple of $13$ that is nearest to $1000$.", "1001"),
    ("Which multiple of 6 is nearest to 100?", "102"),
    # 289 is 11 away, 324 is 24 away
    ("Find the perfect square closest to 300.", "289"),
    # odd multiples of 7 near 400: 399 = 7 * 57
    ("What is the odd multiple of 7 that is closest to 400?", "399"),
    # none at or below 3
    ("What is the positive multiple of 9 closest to 3?", "9"),
    # 2000 = 23 * 86 + 22: 1978 is 22 away, 2001 is 1 away
    ("Find the multiple of $23$ that is closest to $2000$.", "2001"),
]

NEAR_MISSES = [
    # 149 and 151 are equally close
    "Which prime number is closest to 150?",
    "Find the multiple of $20$ that is nearest to $250$.",
    # positive, yet below 0
    "Determine the least positive multiple of 7 that is under $-50$.",
    "What is the largest negative prime?",
    # a lower bound below 0: -40, or the positive 8?
    "Find the least multiple of 8 that is above $-45$.",
    # no bound below: there is no smallest
    "Find the least multiple of 7 that is under $-50$.",
]


@pytest.mark.parametrize(("problem", "answer"), SOLVED)
def test_nearest_and_negative_solved(problem: str, answer: str) -> None:
    assert_solved(problem, answer)


@pytest.mark.parametrize("problem", NEAR_MISSES)
def test_nearest_and_negative_near_misses_decline(problem: str) -> None:
    assert solve_now(problem).answer is None
