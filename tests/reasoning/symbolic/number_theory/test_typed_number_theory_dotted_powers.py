"""Sums of powers written with dots whose first powers are written plainly ('1 + 5 + 5^2 +
\\cdots + 5^{40}'), asked for a remainder or a last digit, and dotted sums of more terms than
the value readers add (number_theory/dotted_pattern.py: `_powers_written`, `integer_terms`).
Our own problems; answers from Python's pow with a modulus and a geometric-sum formula."""

from __future__ import annotations

import pytest
import sympy as sp

from tests.solved_problems import assert_solved
from tutor.reasoning.symbolic.model import Decline
from tutor.reasoning.symbolic.number_theory import dotted_pattern


def _geometric_mod(base: int, lo: int, hi: int, m: int) -> int:
    return sum(pow(base, k, m) for k in range(lo, hi + 1)) % m


SOLVED = [
    ("Find the remainder of $1 + 5 + 5^2 + \\cdots + 5^{40}$ upon division by 7.",
     str(_geometric_mod(5, 0, 40, 7))),
    ("Divide $1 + 11 + 11^2 + 11^3 + \\cdots + 11^{250}$ by 13. What remainder is left?",
     str(_geometric_mod(11, 0, 250, 13))),
    ("What is the units digit of $6 + 6^2 + 6^3 + \\cdots + 6^{75}$?",
     str(_geometric_mod(6, 1, 75, 10))),
    ("What are the last two digits of $1 + 9 + 9^2 + \\cdots + 9^{123}$?",
     str(_geometric_mod(9, 0, 123, 100))),
    # 2 + 4 + ... + 6000 = 2 (1 + ... + 3000) = 3000 * 3001, more terms than a value sum adds
    ("Find the units digit of the sum $2 + 4 + 6 + \\cdots + 6000$.", str(3000 * 3001 % 10)),
]


@pytest.mark.parametrize(("problem", "answer"), SOLVED)
def test_dotted_powers_solved(problem: str, answer: str) -> None:
    assert_solved(problem, answer)


def test_first_powers_written_plainly_read_as_powers() -> None:
    f, n, count = dotted_pattern.pattern("1 + 4 + 4^2 + \\cdots + 4^{9}")
    assert count == 10 and sp.simplify(f - 4**n) == 0
    f, n, count = dotted_pattern.pattern("4 + 4^2 + 4^3 + \\cdots + 4^{9}")
    assert count == 9 and sp.simplify(f - 4 ** (n + 1)) == 0


def test_plain_terms_that_break_the_powers_decline() -> None:
    with pytest.raises(Decline):  # 3^2 is not a power of 2
        dotted_pattern.pattern("2 + 2^2 + 3^2 + \\cdots + 2^{9}")
    with pytest.raises(Decline):  # 1, 4, 4^2 read as powers; 4^3 breaks nothing, 5^2 does
        dotted_pattern.pattern("1 + 4 + 5^2 + \\cdots + 4^{9}")


def test_many_terms_computed_two_ways() -> None:
    n = sp.Symbol("n", integer=True, nonnegative=True)
    terms = dotted_pattern.integer_terms((n + 1) ** 3, n, 3000)
    assert len(terms) == 3000 and sum(terms) == (3000 * 3001 // 2) ** 2
    with pytest.raises(Decline):  # halves are not integers
        dotted_pattern.integer_terms((n + 1) / 2, n, 3000)
