"""The number of divisors of c*n^k when only n's number of divisors is told
(`number_theory.divisor_count_facts`). Our own problems; answers worked by hand."""

from __future__ import annotations

import pytest

from tests.solved_problems import assert_solved
from tutor.reasoning.symbolic.engine import solve_now


@pytest.mark.parametrize(("problem", "answer"), [
    # m = q^4, m^3 = q^12
    ("A number $m$ has exactly $5$ positive factors. How many positive factors does $m^3$ "
     "have?", "13"),
    # t = q^6, t^2 = q^12
    ("Suppose $t$ is a positive integer with $7$ factors. What is the number of factors of "
     "$t^2$?", "13"),
    # k = 4, 6k^2 = 96 = 2^5 * 3
    ("If the even number $k$ has 3 divisors, how many divisors does $6k^2$ have?", "12"),
    # w = q^2 with q odd, 2w^5 = 2 q^10: 2 * 11
    ("Take $w$ to be an odd natural number having exactly three positive divisors. "
     "Determine how many positive divisors $2w^5$ has.", "22"),
    # r = q, q odd, 4 r^5 = 2^2 q^5: 3 * 6
    ("Given that the odd whole number $r$ has exactly 2 divisors, how many divisors does "
     "$4r^5$ have?", "18"),
    # the count told as 'the number of divisors of g is 5': g = q^4 odd, 2 q^8: 2 * 9
    ("Suppose the number of positive divisors of the odd integer $g$ is $5$. How many "
     "positive divisors does $2g^2$ have?", "18"),
    # h prime, h^6: 7
    ("If the number of factors of $h$ is 2, find the number of factors of $h^6$.", "7"),
])
def test_divisor_count_facts(problem, answer):
    assert_solved(problem, answer)


@pytest.mark.parametrize("problem", [
    # 4 divisors: n = pq or p^3, the counts of the square differ
    "Suppose the whole number $v$ has exactly four factors; how many factors has $v^2$?",
    "If $v$ is a natural number with $4$ divisors, find the number of divisors of $v^3$.",
    # the prime may divide 6 (u = 4 or 9) or not (u = 25)
    "If $u$ is a positive integer with $3$ divisors, find the number of divisors of $6u^2$.",
    # prime factors are another question
    "If $u$ is a positive integer with $3$ divisors, find the number of prime factors of $u^4$.",
    # a sum, not a constant times a power
    "If $u$ is a positive integer with $3$ divisors, find the number of divisors of $u^2 + 1$.",
])
def test_divisor_count_facts_not_read_are_declined(problem):
    assert solve_now(problem).answer is None
