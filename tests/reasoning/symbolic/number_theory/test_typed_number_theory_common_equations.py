"""A gcd or lcm of the integer sought with a given number, set equal to a value, as a
condition of the search and count readers ('how many positive integers n satisfy
lcm(n, 18) = 90', 'the sum of all n < 100 with gcd(n, 30) = 6'); number_theory/
condition_values.common_equation and integer_properties' kinds gcdis / lcmis. Our own
problems; answers worked out by hand."""

from __future__ import annotations

import pytest

from tests.solved_problems import assert_solved
from tutor.reasoning.symbolic.engine import solve_now
from tutor.reasoning.symbolic.number_theory import condition_values, integer_properties

SOLVED = [
    # lcm(k, 18) = 90 = 2 * 3^2 * 5: k = 5 * (1 or 2) * (1, 3 or 9): 6 values
    ("How many positive integers $k$ satisfy $\\text{lcm}(k, 18) = 90$?", "6"),
    # lcm(m, 14) = 42: m = 3 * (a divisor of 14): 3 + 6 + 21 + 42 = 72
    ("What is the sum of the positive integers $m$ that satisfy $\\operatorname{lcm}(m, 14) = "
     "42$?", "72"),
    # gcd(n, 12) = 4 and n < 100: n = 4k, k <= 24 not a multiple of 3: 16 values
    ("How many positive integers $n$ less than 100 satisfy $\\gcd(n, 12) = 4$?", "16"),
    # gcd(n, 30) = 6 and n < 100: n = 6k, k <= 16 not a multiple of 5: 6 (136 - 30) = 636
    ("What is the sum of all positive integers $n$ such that $\\gcd(n, 30) = 6$ and $n < 100$?",
     "636"),
    # gcd(n, 24) = 8 below 200: n = 8k, k not a multiple of 3, k <= 24: k = 23
    ("What is the largest integer $n$ less than 200 such that $\\gcd(n, 24) = 8$?", "184"),
    # lcm(n, 6) = 42: n = 7, 14, 21 or 42
    ("What is the smallest positive integer $n$ such that $\\text{lcm}(n, 6) = 42$?", "7"),
]

NEAR_MISSES = [
    # no bound on n: infinitely many
    "How many positive integers $n$ satisfy $\\gcd(n, 12) = 4$?",
    # a gcd of two unknowns
    "How many positive integers $n$ less than 50 satisfy $\\gcd(n, m) = 4$?",
]


@pytest.mark.parametrize(("problem", "answer"), SOLVED)
def test_common_equations_solved(problem: str, answer: str) -> None:
    assert_solved(problem, answer)


@pytest.mark.parametrize("problem", NEAR_MISSES)
def test_common_equations_near_misses_decline(problem: str) -> None:
    assert solve_now(problem).answer is None


def test_common_equation_read_either_way() -> None:
    assert condition_values.common_equation("\\gcd(n, 12) = 4", "n") == ("gcdis", 12, 4)
    assert condition_values.common_equation("60 = \\text{lcm}[20, x]", "x") == ("lcmis", 20, 60)
    assert condition_values.common_equation("\\gcd(n, 12) + 1 = 4", "n") is None
    assert condition_values.common_equation("\\gcd(m, 12) = 4", "n") is None


def test_gcd_and_lcm_tested_two_ways() -> None:
    for kind, a, b in (("gcdis", 12, 4), ("lcmis", 18, 90), ("gcdis", 35, 7)):
        first = integer_properties.test(kind, a, b)
        second = integer_properties.again(kind, a, b)
        assert all(first(n) == second(n) for n in range(1, 400)), kind
