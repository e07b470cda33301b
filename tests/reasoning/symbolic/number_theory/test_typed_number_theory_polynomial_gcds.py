"""The gcd of two integer polynomials' values at an integer that runs over the multiples of
N, the odd multiples, the positive integers or those above a bound
(number_theory/polynomial_gcds.py): one value asked, or the greatest possible. Our own
problems, answers worked out by hand with the Euclidean algorithm; near misses (a common
factor, a gcd that changes, two letters, two 'multiple of' conditions) decline."""

from __future__ import annotations

import pytest

from tests.solved_problems import assert_solved
from tutor.reasoning.symbolic.engine import solve_now

SOLVED = [
    # gcd(m^2 + 9m + 70, m) = gcd(70, m) and 70 divides 420
    ("Suppose $m$ is a multiple of $420$. Find the greatest common divisor of $m^2 + 9m + 70$ "
     "and $m$.", "70"),
    # 2t^2 + 15t + 40 = (t + 5)(2t + 5) + 15; t + 5 = 10(3k + 2) for t = 15(2k + 1)
    ("Given that $t$ is an odd multiple of $15$, what is $\\gcd(2t^2 + 15t + 40, t + 5)$?",
     "5"),
    # gcd(4w + 1, w + 7) = gcd(27, w + 7): 27 at w = 20
    ("Suppose $w$ runs over the positive integers; then find the greatest possible value of "
     "$\\gcd(4w + 1, w + 7)$.", "27"),
    # gcd(n^3 + 28, n + 3) = gcd(1, n + 3)
    ("For a positive integer $n$ greater than $5$, compute the greatest common divisor of "
     "$n^3 + 28$ and $n + 3$.", "1"),
    # the bound in the maths: gcd(m^3 + 28, m + 3) = gcd(1, m + 3)
    ("When $m > 3^2$ is a positive integer, determine the greatest common divisor of "
     "$m + 3$ and $m^3 + 28$.", "1"),
    # gcd(5r + 6, r) = gcd(6, r): 6 when r is a multiple of 6
    ("If $r$ is a positive integer, determine the maximum possible value of the greatest "
     "common divisor of $5r + 6$ and $r$.", "6"),
]

NEAR_MISSES = [
    # gcd(5, j + 1): 1 or 5
    "Suppose $j$ is an integer with $j \\geq 10$. Compute $\\gcd(j^2 + 2j + 6, j + 1)$.",
    # (y - 2)(y + 9) and y - 2 share a factor
    "Suppose $y$ is an even multiple of $22$. Compute $\\gcd(y^2 + 7y - 18, y - 2)$.",
    # gcd(2, n + 1): 1 or 2
    "If $n$ is a positive integer greater than $10$, what is $\\gcd(n^2 + 1, n + 1)$?",
    "Suppose $m$ is a multiple of $4$ and $m$ is a multiple of $6$. Find the greatest common "
    "divisor of $m + 12$ and $m$.",
    # two letters
    "Suppose $p$ is a multiple of $18$; compute $\\gcd(p + q, p)$.",
]


@pytest.mark.parametrize(("problem", "answer"), SOLVED)
def test_polynomial_gcds_solved(problem: str, answer: str) -> None:
    assert_solved(problem, answer)


@pytest.mark.parametrize("problem", NEAR_MISSES)
def test_polynomial_gcds_near_misses_decline(problem: str) -> None:
    assert solve_now(problem).answer is None
