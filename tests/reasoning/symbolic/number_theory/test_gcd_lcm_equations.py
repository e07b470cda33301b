"""Positive integers told by one equation in their gcd and lcm with a number
(`number_theory.gcd_lcm_equations`): each divisor g of the number fixes the lcm, and n = g·l/a
must really have that gcd. Our own equations, each worked by hand."""

from __future__ import annotations

import pytest

from tests.solved_problems import assert_solved
from tutor.reasoning.symbolic.engine import solve_now

# lcm(m, 10) = 5 gcd(m, 10): g = 2 gives l = 10 and m = 2; g = 10 gives l = 50 and m = 50
# (g = 1 and g = 5 give m = 1/2 and 25/2)


@pytest.mark.parametrize(("problem", "answer"), [
    # lcm = gcd + 30 with 15: only g = 15, l = 45, k = 45
    (r"What is the sum of all positive integers $k$ for which "
     r"$\mathop{\text{lcm}}[k,15]=\gcd(k,15)+30$?", "45"),
    ("the least positive integer m with lcm(m, 10) = 5 gcd(m, 10)", "2"),
    ("what is the largest positive integer m such that lcm(m, 10) = 5gcd(m, 10)", "50"),
    ("how many positive integers m satisfy lcm(m, 10) = 5 gcd(m, 10)", "2"),
    (r"Find the sum of all positive integers $m$ such that "
     r"$\operatorname{lcm}(m, 10) = 5\gcd(m, 10)$.", "52"),
    # lcm(n, 18) = gcd(n, 18) + 30: g = 6 gives l = 36 and n = 12 (gcd(12, 18) = 6)
    ("what is the sum of all positive integers n such that lcm(n, 18) = gcd(n, 18) + 30", "12"),
    # a Greek letter for the integer: 4 | nu and nu | 36 give 4, 12, 36
    (r"What is the sum of all positive integers $\nu$ for which "
     r"$\mathop{\text{lcm}}[\nu,18]=36$?", "52"),
])
def test_gcd_lcm_equations(problem: str, answer: str) -> None:
    assert assert_solved(problem).answer == answer


@pytest.mark.parametrize("problem", [
    # no n: g = 4 gives n = 12, whose gcd with 12 is 12; g = 12 gives 28, gcd 4
    "How many positive integers t satisfy gcd(t, 12) + lcm(t, 12) = 40?",
    "what is the sum of all integers n such that lcm(n, 18) = gcd(n, 18) + 30",  # not positive
    "What is the sum of all positive integers n for which lcm(n, 12) = n + 24?",  # n outside
    "the least positive integer m with lcm(m, 10) = 5 gcd(m, 10) and m > 2",  # a condition more
    "the least positive integer m with lcm(m, 10) = gcd(m, 10)^2",  # not of degree one
    # another letter beside the lcm (G is not the gcd here)
    r"What is the sum of all positive integers $n$ for which $\operatorname{lcm}(n, 12) = 2G$?",
    r"What is the sum of all positive integers $\nu$ for which $\operatorname{lcm}(\nu, 18) = "
    r"36 + \nu$?",  # the integer outside the lcm
])
def test_gcd_lcm_equation_near_misses(problem: str) -> None:
    assert solve_now(problem).answer is None
