"""A polynomial of known degree from its values, given one by one or by a rule at listed
points, and a value of it asked anywhere (our own problems, answers worked out by hand);
near misses decline."""

from __future__ import annotations

import pytest

from tests.solved_problems import assert_solved
from tutor.reasoning.symbolic.engine import solve_now

SOLVED = [
    # roots listed, then a value after "and": a(x + 1)(x - 5) with -8a = 16
    (r"Let $q(x)$ be a quadratic polynomial with roots $-1$ and $5$ and $q(1) = 16$. "
     r"Find $q(2)$.", "18"),
    # a x (x - 2)(x + 2) with -3a = 6
    (r"If $f(x)$ is a cubic polynomial with zeros $0$, $2$ and $-2$ and $f(1) = 6$, what is "
     r"$f(3)$?", "-30"),
    # differences 3, 5, 10; 2, 5; 3: the next are 3, 8, 18, so 20 + 18
    (r"A cubic polynomial $p(x)$ satisfies $p(1) = 2$, $p(2) = 5$, $p(3) = 10$ and "
     r"$p(4) = 20$. Find $p(5)$.", "38"),
    # differences 3, 7 and then 11
    (r"Let $p(x)$ be a quadratic polynomial with $p(0) = 1$, $p(1) = 4$ and $p(2) = 11$. "
     r"Find $p(3)$.", "22"),
    # x q(x) - 1 = -(x - 1)(x - 2)(x - 3)(x - 4)/24, so 6 q(6) - 1 = -5
    (r"Given that the cubic polynomial $q(x)$ has $q(n) = \frac{1}{n}$ for $n = 1, 2, 3,$ "
     r"and $4$, what is $q(6)$?", r"-\frac{2}{3}"),
    # q = 3k^2 - 2k
    (r"The quadratic polynomial $q(x)$ has $q(k) = k^3$ for $k = 0, 1, 2$. Compute $q(5)$.",
     "65"),
    # r(x) - 7 = (x - 1)(x - 2)(x - 3)
    (r"A monic cubic polynomial $r(x)$ has $r(1) = r(2) = r(3) = 7$. What is $r(0)$?", "1"),
    # s(t) = 2t - 1
    (r"Determine $s(10)$ for the linear polynomial $s(t)$ with $s(2) = 3$ and $s(5) = 9$.",
     "19"),
    # the degree as a number: x^2 + 2 through the three values
    (r"A polynomial $p(x)$ of degree 2 satisfies $p(1) = 3$, $p(2) = 6$, $p(3) = 11$. Find "
     r"$p(4)$.", "18"),
    # a + b + c = -1, -a + b - c = 3, 8a + 4b + 2c = 6 with d = 1
    (r"Find the cubic polynomial $q(x)$ with $q(0) = 1$, $q(1) = 0$, $q(-1) = 4$, and "
     r"$q(2) = 7$.", "x^3 + x^2 - 3x + 1"),
]


@pytest.mark.parametrize(("problem", "answer"), SOLVED)
def test_polynomials_from_values(problem: str, answer: str) -> None:
    assert_solved(problem, answer)


@pytest.mark.parametrize("problem", [
    # three values do not fix a cubic
    r"What is $w(9)$ if $w(x)$ is a cubic polynomial and $w(j) = j^4$ for $j = 1, 2$ and "
    r"$3$?",
    # four values on no quadratic
    r"Let $p(x)$ be a quadratic polynomial with $p(0) = 0$, $p(1) = 1$, $p(2) = 4$ and "
    r"$p(3) = 10$. Find $p(4)$.",
    # the values lie on a line: no polynomial of degree 2
    r"A polynomial $p(x)$ of degree 2 satisfies $p(1) = 1$, $p(2) = 2$, $p(3) = 3$. Find "
    r"$p(4)$.",
    # a word that changes the question
    r"A cubic polynomial $p(x)$ satisfies $p(1) = 2$, $p(2) = 5$, $p(3) = 10$ and "
    r"$p(4) = 20$. Find the largest root of $p(x)$.",
])
def test_unfixed_or_unread_polynomials_decline(problem: str) -> None:
    assert solve_now(problem).answer is None
