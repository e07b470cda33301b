"""Questions about a quantity described in words (`nested_quantities`, tried by the engine
after the problem as written declines): the description is answered on its own, then the
question is asked about its value. Our own problems; answers worked by hand."""

from __future__ import annotations

import pytest

from tests.solved_problems import assert_solved
from tutor.reasoning.symbolic.engine import solve_now


@pytest.mark.parametrize(("problem", "answer"), [
    # the 12th prime is 37
    ("What is the sum of the digits of the 12th prime number?", "10"),
    # lcm(10, 14) = 70 = 2 * 5 * 7
    ("Find the number of positive divisors of the least common multiple of 10 and 14.", "8"),
    # 1 + 2 + ... + 15 = 120 = 2^3 * 3 * 5
    ("What is the largest prime factor of the sum of the first 15 positive integers?", "5"),
    # the 20th prime is 71
    ("What is the units digit of the 20th prime number?", "1"),
    # 1001 = 7 * 143
    ("How many digits does the least multiple of 7 that is greater than 1000 have?", "4"),
    # 40 + 65 = 105 = 3 * 5 * 7
    ("What is the largest prime factor of the sum of 40 and 65?", "7"),
    # gcd(84, 120) = 12
    ("Find the square of the greatest common divisor of 84 and 120.", "144"),
])
def test_a_described_quantity_is_found_first(problem: str, answer: str) -> None:
    solution = assert_solved(problem, answer)
    assert any("This is " in (s.hint or "") for s in solution.steps)
    assert not any(s.rule == "name the part" for s in solution.steps)  # named on a step


def test_the_found_quantity_is_named_in_the_steps() -> None:
    solution = solve_now("What is the sum of the digits of the 12th prime number?")
    named = [s for s in solution.steps if "This is the 12th prime number: $37$." in (s.hint or "")]
    assert len(named) == 1 and named[0].rule != "name the part"


@pytest.mark.parametrize("problem", [
    # the description is a list, not one number
    "What is the sum of the digits of the first three prime numbers?",
    # nothing says what the description is
    "What is the largest prime factor of the number of students in the school?",
    # a condition before the question would not reach the description asked on its own
    "If we count from 3, what is the sum of the digits of the 15th prime number?",
    # a description that does not start with 'the'
    "What is the sum of the digits of a prime number?",
])
def test_unclear_descriptions_decline(problem: str) -> None:
    assert solve_now(problem).answer is None


@pytest.mark.parametrize("problem", [
    # 9 - 3 + 1 - ... sums to 27/4; a product or a mean of that one number is nothing asked
    "What is the product of the infinite geometric series 9 - 3 + 1 - 1/3 + ...?",
    "what's the average of the infinite geometric series 9 - 3 + 1 - 1/3 + ...",
    "Find the product of the 6th prime number.",
    "What is the mean of the least common multiple of 6 and 10?",
])
def test_an_operation_on_several_values_is_never_given_one(problem: str) -> None:
    assert solve_now(problem).answer is None
