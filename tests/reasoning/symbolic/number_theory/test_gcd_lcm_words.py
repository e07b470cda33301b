"""Two numbers known by two of their gcd, lcm and product, the facts written in maths (our
own problems; gcd times lcm is the product)."""

from __future__ import annotations

import pytest

from tests.solved_problems import assert_solved
from tutor.reasoning.symbolic.engine import solve_now


@pytest.mark.parametrize(("problem", "answer"), [
    # 5 * 150: the pairs (5, 150), (10, 75), (15, 50), (25, 30)
    (r"If $p$ and $q$ are positive integers with $\gcd(p,q) = 5$ and $\mathrm{lcm}(p,q) = 150$, "
     r"what is $pq$?", "750"),
    # 3 * 72
    (r"Let $r$ and $s$ be positive integers such that $\gcd(r,s)=3$ and "
     r"$\mathop{\text{lcm}}[r,s]=72$. What is $rs$?", "216"),
    # 504 / 6
    (r"Suppose $u$ and $v$ are positive integers with $uv = 504$ and $\gcd(u, v) = 6$. Find "
     r"$\text{lcm}(u, v)$.", "84"),
])
def test_facts_in_maths(problem, answer):
    assert_solved(problem, answer)


def test_no_such_pair_declines():
    # 4 does not divide 30: no two integers have gcd 4 and lcm 30
    assert solve_now(r"If $a$ and $b$ are positive integers with $\gcd(a,b) = 4$ and "
                     r"$\mathrm{lcm}(a,b) = 30$, what is $ab$?").answer is None


@pytest.mark.parametrize(("problem", "answer"), [
    # the other is gcd * lcm / 24
    ("The gcd of two positive integers is 4 and their lcm is 120. If one of them is 24, find "
     "the other one.", "20"),
    ("The greatest common divisor of two integers is 6 and their least common multiple is 210. "
     "If one integer is 42, what is the other integer?", "30"),
    ("The greatest common factor of two numbers is 5 and their least common multiple is 150. "
     "If one number is 25, what is the other?", "30"),
])
def test_the_other_number_in_more_words(problem, answer):
    assert_solved(problem, answer)
