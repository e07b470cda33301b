"""The gcd or lcm of integers named by letters defined before the question
(`number_theory.named_gcds`), in our own wordings; answers checked here with Python's
`math.gcd` and `math.lcm`, and near misses decline."""

from __future__ import annotations

import math

import pytest

from tutor.reasoning.symbolic.engine import solve_now


@pytest.mark.parametrize(("problem", "answer"), [
    (r"Let $m = 2^4 \cdot 3$ and $n = 2^2 \cdot 3^3$. What is $\gcd(m, n)$?",
     math.gcd(48, 108)),
    (r"Let $a = 84$ and $b = 120$. Find $\gcd(a, b)$.", math.gcd(84, 120)),
    (r"If $x = 36$ and $y = 48$, what is $\text{lcm}(x, y)$?", math.lcm(36, 48)),
    (r"If $a = 84$ and $b = 120$, find the least common multiple of $a$ and $b$.",
     math.lcm(84, 120)),
    (r"Let $p = 360$, $q = 84$ and $r = 126$. Compute $\mathop{\text{lcm}}[p, q, r]$.",
     math.lcm(360, 84, 126)),
    (r"What is $\gcd(a, b)$ if $a = 2^{10}$ and $b = 6^4$?", math.gcd(2**10, 6**4)),
    (r"Suppose $u = 7 \cdot 11 \cdot 13$ and $v = 7^2 \cdot 13$. What is the greatest common "
     r"divisor of $u$ and $v$?", math.gcd(1001, 637)),
])
def test_gcd_and_lcm_of_letters_defined_first(problem: str, answer: int) -> None:
    got = solve_now(problem)
    assert got.answer == str(answer) and got.confirmed


@pytest.mark.parametrize("problem", [
    r"Let $a = 1/2$ and $b = 3$. What is $\gcd(a, b)$?",  # not whole numbers
    r"Let $a = 12$. What is $\gcd(a, b)$?",  # b is not defined
    r"Let $a = 12$ and $b = x + 1$. What is $\gcd(a, b)$?",  # b is not a number
])
def test_named_gcd_near_misses_decline(problem: str) -> None:
    assert solve_now(problem).answer is None
