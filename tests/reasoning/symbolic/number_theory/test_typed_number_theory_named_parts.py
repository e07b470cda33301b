"""Named parts, then a question about them (number_theory/named_parts.py): each part is
asked on its own, solved and confirmed by the engine, and the question's expression is
worked out from the parts. Our own problems; answers worked out by hand. A part told through
another part, or through words outside it, declines."""

from __future__ import annotations

import pytest

from tests.solved_problems import assert_solved
from tutor.reasoning.symbolic.engine import solve_now

SOLVED = [
    # lcm(12, 18) = 36, gcd(12, 18) = 6
    ("Let $a$ be the least common multiple of 12 and 18, and let $b$ be the greatest common "
     "divisor of 12 and 18. What is $a - b$?", "30"),
    # 1003 = 17 * 59 and 102 = 17 * 6: the least four- and three-digit multiples of 17
    ("Let $p$ be the smallest four-digit multiple of 17. Let $q$ be the smallest three-digit "
     "multiple of 17. Find $p + q$.", "1105"),
    # 10 = 3 * 3 + 1 and 97 = 3 * 32 + 1 are the least and greatest two-digit ones
    ("Let $x$ be the least two-digit integer congruent to 1 (mod 3). Let $y$ be the greatest "
     "two-digit integer congruent to 1 (mod 3). Compute $y - x$.", "87"),
    # the first part takes the tail "of 6, 10 and 15": lcm 30, gcd 1
    ("Let $m$ denote the gcd, and let $n$ denote the lcm of 6, 10 and 15. Compute $m + n$.",
     "31"),
    # gcd(20, 30) = 10, lcm(20, 30) = 60
    ("Let $u$ be the greatest common divisor, and let $v$ be the least common multiple of 20 "
     "and 30. Find $v / u$.", "6"),
]

NEAR_MISSES = [
    # the second part is told through the first
    "Let $a$ be the least common multiple of 12 and 18. Let $b$ be the greatest common "
    "divisor of $a$ and 10. What is $a + b$?",
    # 'such' refers to words outside the part
    "Let $m$ be the smallest two-digit multiple of 7. Let $n$ be the largest such integer. "
    "What is $m + n$?",
    # the question uses a letter no part names
    "Let $a$ be the least common multiple of 12 and 18, and let $b$ be the greatest common "
    "divisor of 12 and 18. What is $a - c$?",
]


@pytest.mark.parametrize(("problem", "answer"), SOLVED)
def test_named_parts_solved(problem: str, answer: str) -> None:
    assert_solved(problem, answer)


@pytest.mark.parametrize("problem", NEAR_MISSES)
def test_named_parts_near_misses_decline(problem: str) -> None:
    assert solve_now(problem).answer is None
