"""Functions and sequences on the positive integers told by the value at 1 and a rule for
the value at m + n (our own problems, closed forms found by hand); near misses decline."""

from __future__ import annotations

import pytest

from tests.solved_problems import assert_solved
from tutor.reasoning.symbolic.engine import solve_now

SOLVED = [
    # f(n) = n(n - 1)/2 + 3n
    (r"The function $f$ satisfies $f(1) = 3$ and $f(m + n) = f(m) + f(n) + mn$ for all "
     r"positive integers $m$ and $n$. Find $f(8)$.", "52"),
    # b_k = k^2 + k
    (r"Let $\{b_k\}$ be a sequence such that $b_1 = 2$ and $b_{m+n} = b_m + b_n + 2mn$ for "
     r"all positive integers $m$ and $n$. Compute $b_{9}$.", "90"),
    # g(n) = 2^n
    (r"The function $g$ satisfies $g(1) = 2$ and $g(m + n) = g(m) g(n)$ for all positive "
     r"integers $m$ and $n$. What is $g(10)$?", "1024"),
    # h(n) = 5n
    (r"Let $h$ be a function such that $h(1) = 5$ and $h(p + q) = h(p) + h(q)$ for all "
     r"positive integers $p$ and $q$. Determine $h(40)$.", "200"),
]


@pytest.mark.parametrize(("problem", "answer"), SOLVED)
def test_values_from_a_rule_at_m_plus_n(problem: str, answer: str) -> None:
    assert_solved(problem, answer)


@pytest.mark.parametrize("problem", [
    # g(m) + g(n) + m is not symmetric: no function obeys it at every split
    r"The function $g$ satisfies $g(1) = 2$ and $g(m + n) = g(m) + g(n) + m$ for all "
    r"positive integers $m$ and $n$. Find $g(6)$.",
    # the value at 2 is given, not at 1
    r"The function $f$ satisfies $f(2) = 3$ and $f(m + n) = f(m) + f(n) + mn$ for all "
    r"positive integers $m$ and $n$. Find $f(8)$.",
    # a value at a non-integer
    r"The function $f$ satisfies $f(1) = 3$ and $f(m + n) = f(m) + f(n) + mn$ for all "
    r"positive integers $m$ and $n$. Find $f(\frac{1}{2})$.",
])
def test_integer_rule_near_misses_decline(problem: str) -> None:
    assert solve_now(problem).answer is None
