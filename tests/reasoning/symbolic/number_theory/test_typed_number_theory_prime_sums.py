"""A number as the sum of two primes (`number_theory.prime_sums`). Our own problems; each
count found again here by trial division."""

from __future__ import annotations

import pytest

from tests.solved_problems import assert_solved
from tutor.reasoning.symbolic.engine import solve_now


def _prime(k: int) -> bool:
    return k > 1 and all(k % d for d in range(2, int(k ** 0.5) + 1))


def _pairs(n: int, distinct: bool = False) -> str:
    return str(sum(1 for p in range(2, n // 2 + 1) if _prime(p) and _prime(n - p)
                   and not (distinct and 2 * p == n)))


@pytest.mark.parametrize(("problem", "answer"), [
    ("In how many ways can 62 be written as the sum of two primes?", _pairs(62)),
    ("How many different ways can the number 36 be expressed as a sum of two primes?",
     _pairs(36)),
    ("How many unordered pairs of primes add up to 48?", _pairs(48)),
    ("In how many ways can 26 be written as the sum of two distinct prime numbers?",
     _pairs(26, distinct=True)),
    ("How many ways can 27 be represented as the sum of two primes?", _pairs(27)),
])
def test_sums_of_two_primes(problem: str, answer: str) -> None:
    assert_solved(problem, answer)


@pytest.mark.parametrize("problem", [
    # ordered pairs are another count
    "How many ordered pairs of primes add up to 48?",
    # three primes: not this reader's question
    "In how many ways can 30 be written as the sum of three primes?",
])
def test_other_prime_sums_decline(problem: str) -> None:
    assert solve_now(problem).answer is None
