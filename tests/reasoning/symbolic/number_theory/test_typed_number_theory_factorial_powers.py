"""Powers dividing a factorial (`number_theory.factorial_powers`): trailing zeros, the
exponent of a prime or of any base, the largest power, and the least n whose factorial a
number divides. Our own problems; each answer found again here on the factorial itself,
plus near misses that must decline."""

from __future__ import annotations

from math import factorial

import pytest

from tests.solved_problems import assert_solved
from tutor.reasoning.symbolic.engine import solve_now


def _times(n: int, base: int) -> int:
    value, k = factorial(n), 0
    while value % base == 0:
        value, k = value // base, k + 1
    return k


@pytest.mark.parametrize(("problem", "answer"), [
    ("How many zeroes does $45!$ end with?", _times(45, 10)),
    ("How many trailing zeros does $130!$ have?", _times(130, 10)),
    ("The number $62!$ ends in how many zeros?", _times(62, 10)),
    ("The number $118!$ ends in how many zeros when written out as an integer?", "27"),
    ("Find the number of trailing zeros in $84!$.", _times(84, 10)),
    ("What is the number of zeroes at the end of $57!$?", _times(57, 10)),
    ("Find the greatest integer $m$ such that $5^m$ is a factor of $77!$.", _times(77, 5)),
    ("What is the exponent of 7 in the prime factorization of $60!$?", _times(60, 7)),
    ("How many factors of 3 are in the prime factorization of $19!$?", _times(19, 3)),
    ("Find the greatest integer $t$ for which $18^t$ is a divisor of $40!$.", _times(40, 18)),
    ("What is the highest power of 3 that divides $15!$?", 3 ** _times(15, 3)),
    ("What is the smallest positive integer $n$ such that $2^{10}$ divides $n!$?", None),
    ("Find the least positive integer $m$ for which $m!$ is divisible by 7000.",
     min(m for m in range(1, 100) if factorial(m) % 7000 == 0)),
])
def test_factorial_powers(problem, answer):
    if answer is None:  # the least n with 2^10 dividing n!
        answer = min(n for n in range(1, 100) if factorial(n) % 2**10 == 0)
    assert_solved(problem, str(answer))


@pytest.mark.parametrize("problem", [
    # the exponent of a number that is not prime in a factorization
    "What is the exponent of 6 in the prime factorization of $20!$?",
    # the letter of the power is not the one asked
    "What is the greatest integer $k$ for which $2^j$ is a factor of $20!$?",
])
def test_unsettled_factorial_powers_decline(problem):
    assert solve_now(problem).answer is None


def test_the_older_trailing_zeros_reader_confirms_its_count() -> None:
    # 'zeros at the end of n!' is read by number_theory.residues; its Legendre sum is
    # confirmed by the zeros of 75! as written (15 + 3 = 18)
    sol = assert_solved("How many zeros are at the end of $75!$?", "18")
    assert any("trailing zeros" in c for c in sol.confirmed)


@pytest.mark.parametrize(("problem", "answer"), [
    # 7 zeros: 30! has 6 + 1 = 7, 29! has 5 + 1 = 6
    (r"What is the smallest positive integer $n$ such that $n!$ ends in at least 7 zeros?",
     "30"),
    (r"What is the least positive integer $n$ for which $n!$ has at least 7 trailing zeros?",
     "30"),
    # exactly 12: 50! has 10 + 2 = 12, 49! has 9 + 1 = 10
    (r"Find the least positive integer $n$ such that $n!$ ends with 12 zeros.", "50"),
])
def test_the_least_factorial_with_so_many_zeros(problem: str, answer: str) -> None:
    assert_solved(problem, answer)


def test_a_count_of_zeros_no_factorial_ends_with_declines() -> None:
    # 24! ends in 4 zeros and 25! in 6: none ends in exactly 5
    assert solve_now(r"What is the least positive integer $n$ for which $n!$ ends with 5 "
                     r"zeros?").answer is None


@pytest.mark.parametrize(("problem", "answer"), [
    # 50!: 5s 10 + 2 = 12, 2s far more
    ("How many factors of 10 are in $50!$?", "12"),
    # 30!: 2s 15 + 7 + 3 + 1 = 26, 3s 10 + 3 + 1 = 14: 6^14
    ("How many factors of 6 are there in $30!$?", "14"),
    # 60!: 11s 5
    ("How many times does the factor 11 appear in the prime factorization of $60!$?", "5"),
])
def test_factors_counted_in_other_words(problem, answer):
    assert_solved(problem, answer)
