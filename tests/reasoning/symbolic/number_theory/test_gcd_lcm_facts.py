"""Two numbers known by their gcd, lcm or product as a student types it
(`number_theory.gcd_lcm_words`): "two numbers have gcd 4 and lcm 48", a question after a
comma. Our own numbers; gcd times lcm is the product, worked by hand."""

from __future__ import annotations

import pytest

from tests.solved_problems import assert_solved
from tutor.reasoning.symbolic.engine import solve_now


@pytest.mark.parametrize(("problem", "answer"), [
    ("two numbers have gcd 4 and lcm 48. one number is 12. what is the other number?", "16"),
    ("two numbers have a gcd of 5 and a product of 300. what is their lcm?", "60"),
    ("the product of two numbers is 432 and their gcd is 6, whats their lcm", "72"),
    ("Two positive integers have an lcm of 90 and a gcd of 3. What is their product?", "270"),
    ("two numbers have gcd 7 and lcm 84, what is their product", "588"),
])
def test_gcd_and_lcm_facts_typed_plainly(problem: str, answer: str) -> None:
    assert_solved(problem, answer)


@pytest.mark.parametrize("problem", [
    "two numbers have gcd 4 and lcm 50. what is their product?",  # 4 does not divide 50
    "two numbers have gcd 4. what is their lcm?",  # one fact is not enough
    "three numbers have gcd 4 and lcm 48. what is their product?",
])
def test_gcd_and_lcm_facts_near_misses_decline(problem: str) -> None:
    assert solve_now(problem).answer is None
