"""Letters said to be distinct, letters said to sum to a number, 'all possible values of'
and 'Let $x$ and $y$ be two numbers such that ...' in the conditions-then-target reader
(algebra/targets.py, clauses.py: "distinct" is a `\\ne` between each two of the letters, and
elimination keeps it by saturation, fixed_values.py). Our own problems; answers by hand."""

from __future__ import annotations

import pytest

from tests.solved_problems import assert_solved
from tutor.reasoning.symbolic.engine import solve_now

SOLVED = [
    # m, n the two roots of t^2 - 3t - 1: m + n = 3
    (r"Let $m$ and $n$ be distinct real numbers such that $m^2 = 3m + 1$ and $n^2 = 3n + 1$. "
     r"Find $m + n$.", "3"),
    # a, b the two roots of t^2 + 5t - 7: ab = -7
    (r"Let $a$ and $b$ be distinct real numbers such that $a^2 + 5a = 7$ and $b^2 + 5b = 7$. "
     r"Compute $ab$.", "-7"),
    # (x - y)(x + y - 4) = 0 with x != y
    (r"Let $x$ and $y$ be distinct real numbers such that $x^2 - 4x = y^2 - 4y$. Find $x + y$.",
     "4"),
    # p + q + r = 0: p^2 + q^2 + r^2 = -2(pq + qr + rp), nonzero as the letters differ
    (r"Let $p, q, r$ be distinct real numbers that sum to $0$. Compute "
     r"$\frac{pq + qr + rp}{p^2 + q^2 + r^2}$.", r"-\frac{1}{2}"),
    # x^3 + y^3 + z^3 = 3xyz when x + y + z = 0
    (r"If $x$, $y$, $z$ are distinct and $x + y + z = 0$, find $\frac{x^3+y^3+z^3}{xyz}$.",
     "3"),
    (r"Let $u$, $v$, $w$ be three numbers whose sum is $0$. Find $\frac{u^3+v^3+w^3}{uvw}$.",
     "3"),
    (r"Let $a$, $b$, $c$ be nonzero real numbers such that $a + b + c = 0$. Find all possible "
     r"values of $\frac{a^3 + b^3 + c^3}{abc}$.", "3"),
    (r"Suppose $x + y + z = 0$ and $xy + yz + zx \neq 0$. Find all possible values of "
     r"$\frac{x^2+y^2+z^2}{xy+yz+zx}$.", "-2"),
    # a + b = 0: a^2 + b^2 = -2ab
    (r"Let $a$ and $b$ be nonzero real numbers which add up to $0$. Evaluate "
     r"$\frac{a^2 + b^2}{ab}$.", "-2"),
    (r"Let $x$ and $y$ be two numbers such that $x + y = 3$ and $x - y = 1$. Find $xy$.", "2"),
    (r"Let $s$ and $t$ be numbers with $s + t = 10$ and $s - t = 4$. What is $st$?", "21"),
    # a closing request to list the values: (p + q)^2 = 0 gives p^2 + q^2 = -2pq
    (r"Let $p$ and $q$ be nonzero real numbers with $p + q = 0$. Find all possible values of "
     r"$\frac{p^2 + q^2}{pq}$. Enter all possible values, separated by commas.", "-2"),
]


@pytest.mark.parametrize(("problem", "answer"), SOLVED)
def test_distinct_and_summed_letters(problem: str, answer: str) -> None:
    assert_solved(problem, answer)


@pytest.mark.parametrize("problem", [
    # not said to be distinct: m = n is allowed, and m + n takes three values
    r"Let $m$ and $n$ be real numbers such that $m^2 = 3m + 1$ and $n^2 = 3n + 1$. Find $m + n$.",
    # distinct but the equation forces x = y: no solution (the engine answered 1 here
    # when the same condition was written x \ne y)
    r"Let $x$ and $y$ be distinct real numbers such that $x - y = 0$. Find $\frac{x}{y}$.",
    r"If $x \ne y$ and $2x - 2y = 0$, find $\frac{x}{y}$.",
    # the sum does not fix the product
    r"Let $a$ and $b$ be distinct real numbers that sum to $6$. Find $ab$.",
    # no condition at all on the letters
    r"Let $x$ and $y$ be numbers. Find $x + y$.",
    # "distinct" said of one letter
    r"Let $x$ be a distinct real number such that $x^2 = 4$. Find $x^2 + 1$.",
])
def test_unfixed_or_impossible_values_decline(problem: str) -> None:
    assert solve_now(problem).answer is None
