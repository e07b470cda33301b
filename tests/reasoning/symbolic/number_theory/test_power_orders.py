"""The least exponent at which a power takes a residue, and the order of a number modulo m
(`number_theory.power_orders`). Our own problems; the powers listed by hand."""

from __future__ import annotations

import pytest

from tests.solved_problems import assert_solved
from tutor.reasoning.symbolic.engine import solve_now


@pytest.mark.parametrize(("problem", "answer"), [
    # 3, 9, 27 = 2 * 13 + 1
    (r"What is the smallest positive integer $n$ such that $3^n \equiv 1 \pmod{13}$?", "3"),
    # 2^5 = 32 = -1 (mod 11), so the order is 10
    (r"Find the least positive integer $k$ for which $2^k \equiv 1 \pmod{11}$.", "10"),
    # 2^11 = 2048 = 89 * 23 + 1
    (r"Find the least positive integer $k$ for which $2^k - 1$ is divisible by 23.", "11"),
    # 10^5 - 1 = 99999 = 41 * 2439
    (r"What is the smallest positive integer $m$ such that $10^m - 1$ is a multiple of 41?",
     "5"),
    # 3^1..3^6 modulo 7: 3, 2, 6, 4, 5, 1
    (r"Determine the smallest positive integer $t$ so that $7 \mid 3^t - 1$.", "6"),
    ("What is the order of 3 modulo 7?", "6"),
    # 2, 4, 8, 7, 5, 1 (mod 9)
    ("Find the multiplicative order of 2 mod 9.", "6"),
    # 5, 3, 4 (mod 11)
    (r"What is the smallest positive integer $n$ such that $5^n \equiv 4 \pmod{11}$?", "3"),
    # 4^2 = 16 = -1 (mod 17)
    (r"What is the least positive integer $n$ such that $4^n + 1$ is divisible by 17?", "2"),
    # 2^x = 6 (mod 13): 2, 4, 8, 3, 6
    (r"Find the smallest positive integer $x$ such that $3 \cdot 2^x \equiv 5 \pmod{13}$.", "5"),
])
def test_least_exponents(problem, answer):
    assert_solved(problem, answer)


@pytest.mark.parametrize("problem", [
    # the powers of 2 modulo 7 are 2, 4, 1: never 3
    r"What is the smallest positive integer $n$ such that $2^n \equiv 3 \pmod{7}$?",
    # 2^n is even, so never 1 modulo 10; 4 has no order modulo 6
    r"What is the smallest positive integer $n$ such that $2^n \equiv 1 \pmod{10}$?",
    "What is the order of 4 modulo 6?",
    # the question names another letter
    r"What is the smallest positive integer $k$ such that $2^n \equiv 1 \pmod{11}$?",
    # the largest such exponent does not exist
    r"What is the largest positive integer $n$ such that $2^n \equiv 1 \pmod{11}$?",
])
def test_least_exponents_not_read_are_declined(problem):
    assert solve_now(problem).answer is None
