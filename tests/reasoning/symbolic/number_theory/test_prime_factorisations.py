"""The prime factorisation asked for itself (`number_theory.prime_factorisations`): our own
numbers and wordings; the answer is written in prime powers, each division a checked step."""

from __future__ import annotations

import pytest

from tests.solved_problems import assert_solved
from tutor.reasoning.symbolic.engine import solve_now


@pytest.mark.parametrize(("problem", "answer"), [
    ("What is the prime factorization of 126?", r"2 \cdot 3^{2} \cdot 7"),
    ("Find the prime factorisation of 500.", r"2^{2} \cdot 5^{3}"),
    ("Write 143 as a product of primes.", r"11 \cdot 13"),
    ("Express 1,000 as a product of prime factors.", r"2^{3} \cdot 5^{3}"),
    ("Factor 210 into primes.", r"2 \cdot 3 \cdot 5 \cdot 7"),
    ("Express $2^{8} - 1$ as a product of prime powers.", r"3 \cdot 5 \cdot 17"),
    ("What is the prime factorization of 101?", "101"),  # a prime is its own
])
def test_the_factorisation_is_written_in_prime_powers(problem: str, answer: str) -> None:
    sol = assert_solved(problem)
    assert sol.answer == answer


def test_each_division_is_a_step() -> None:
    sol = assert_solved("What is the prime factorization of 60?")
    claims = [s.text for s in sol.steps]
    assert claims[:3] == ["$60 = 2 \\cdot 30$", "$30 = 2 \\cdot 15$", "$15 = 3 \\cdot 5$"]


@pytest.mark.parametrize("problem", [
    "What is the prime factorization of 1?",  # 1 has none
    "What is the prime factorization of 84 and 90?",  # two numbers
    "Write 84 as a product of two numbers.",  # not primes
])
def test_what_is_not_one_factorisation_declines(problem: str) -> None:
    assert solve_now(problem).answer is None
