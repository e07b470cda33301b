"""A letter named for a quantity described in words, then used (`named_quantities`, tried
by the engine after the problem as written declines). Our own problems; answers worked by
hand."""

from __future__ import annotations

import pytest

from tests.solved_problems import assert_solved
from tutor.reasoning.symbolic.engine import solve_now


@pytest.mark.parametrize(("problem", "answer"), [
    # 210 = 2 * 3 * 5 * 7 has 16 divisors; 16 = 5 * 3 + 1
    ("Let $D$ be the number of positive divisors of 210. Find the remainder when $D$ is "
     "divided by 5.", "1"),
    # the least prime above 30 is 31
    ("Let $p$ denote the least prime greater than 30. Compute $p^2 + p$.", "992"),
    # lcm(8, 14) = 56
    ("Suppose $k$ is the least common multiple of 8 and 14. What is the sum of the digits of "
     "$k$?", "11"),
    # gcd(45, 75) = 15
    ("If $g$ is the greatest common divisor of 45 and 75, what is $3g - 4$?", "41"),
])
def test_a_named_quantity_is_found_and_put_in(problem: str, answer: str) -> None:
    solution = assert_solved(problem, answer)
    assert any("This is $" in (s.hint or "") for s in solution.steps)
    assert not any(s.rule == "name the part" for s in solution.steps)  # named on a step


@pytest.mark.parametrize("problem", [
    # the description is not one number
    "Let $S$ be the set of primes below 20. What is $S + 1$?",
    # the name in a subscript
    "Let $n$ be the least prime above 10. What is $a_n$ if $a_k = 2k$?",
    # the name used in the words outside the maths
    "Let $m$ be the least common multiple of 4 and 6. What is m plus the gcd of 4 and 6?",
    # described through itself
    "Let $t$ be the smallest positive integer with $t^2 > 50$. What is $t + 1$?",
])
def test_unclear_namings_decline(problem: str) -> None:
    assert solve_now(problem).answer is None
