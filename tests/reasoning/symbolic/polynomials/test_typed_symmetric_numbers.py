"""Unknown numbers fixed by symmetric facts (sums of products, means), asked one by one or
through a symmetric expression (our own problems, answers worked by hand); near misses
decline."""

from __future__ import annotations

import pytest

from tests.solved_problems import assert_solved
from tutor.reasoning.symbolic.engine import solve_now

SOLVED = [
    # t^3 - 6t^2 + 11t - 6 = (t - 1)(t - 2)(t - 3)
    (r"Three numbers $x, y, z$ satisfy $x+y+z=6$, $xy+yz+zx=11$ and $xyz=6$. "
     r"Find the largest of the three numbers.", "3"),
    # t^3 - 3t^2 - t + 3 = (t - 3)(t - 1)(t + 1)
    (r"The real numbers $p$, $q$, $r$ satisfy $p+q+r=3$, $pq+qr+rp=-1$ and $pqr=-3$. "
     r"What is the smallest of them?", "-1"),
    # u + v = 4, uv = 3: 1 and 3
    (r"Let $u$ and $v$ be real numbers such that $u + v = 4$ and $u^2 + v^2 = 10$. "
     r"Find the largest of the two numbers.", "3"),
    # t^2 - 7t + 12
    (r"Two numbers $s$ and $t$ satisfy $s + t = 7$ and $st = 12$. What is the larger of "
     r"the two numbers?", "4"),
    # t^3 - 2t^2 + 2t - 1 = (t - 1)(t^2 - t + 1)
    (r"Let $k, m, n$ be complex numbers with $k + m + n = km + mn + nk = 2$ and $kmn = 1$. "
     r"Enter the values $k, m, n$, separated by commas.",
     r"1, \frac{1}{2} - \frac{\sqrt{3}}{2} i, \frac{1}{2} + \frac{\sqrt{3}}{2} i"),
    # sum 10, product 16
    (r"Two positive numbers have arithmetic mean 5 and geometric mean 4. Find the two "
     r"numbers.", "2, 8"),
    # product 4, 2 * 4 / (sum) = 8/5: sum 5
    (r"Two positive numbers have harmonic mean $\frac{8}{5}$ and geometric mean 2. What "
     r"are the two numbers?", "1, 4"),
    # sum 12, product 20: 144 - 40
    (r"The arithmetic and geometric means of $m$ and $n$ are $6$ and $2\sqrt{5}$, "
     r"respectively. Find $m^2 + n^2$.", "104"),
    # product 16, 2 * 16 / (m + n) = 2: m + n = 16
    (r"The geometric mean and the harmonic mean of $m$ and $n$ are $4$ and $2$. "
     r"Find $m + n$.", "16"),
    # the numbers 1, 2, 4: e1 = 7, e3 = 8, e2 = 14; 49 - 28
    (r"The harmonic, geometric and arithmetic means of the three numbers $u$, $v$, $w$ are "
     r"$\frac{12}{7}$, $2$ and $\frac{7}{3}$, respectively. Compute $w^2 + u^2 + v^2$.",
     "21"),
]


@pytest.mark.parametrize(("problem", "answer"), SOLVED)
def test_numbers_fixed_by_symmetric_facts(problem: str, answer: str) -> None:
    assert_solved(problem, answer)


@pytest.mark.parametrize("problem", [
    # u - v is not symmetric
    r"Let $u$ and $v$ be real numbers such that $u + v = 4$ and $u - v = 10$. Find the "
    r"largest of the two numbers.",
    # no real pair has sum 4 and product 10
    r"Let $u$ and $v$ be real numbers such that $u + v = 4$ and $uv = 10$. Find the larger "
    r"of them.",
    # one fact for three numbers
    r"Three numbers $x, y, z$ satisfy $x+y+z=6$. Find the largest of the three numbers.",
    # the numbers listed without 'complex' while two are not real
    r"Let $k, m, n$ be numbers with $k + m + n = km + mn + nk = 2$ and $kmn = 1$. "
    r"Enter the values $k, m, n$, separated by commas.",
    # e1 = 12, e2 = e3 = 27: t^3 - 12t^2 + 27t - 27 has two roots that are not real,
    # so no positive numbers have these means
    r"The geometric, harmonic and arithmetic means of the three numbers $u$, $v$, $w$ are "
    r"$3$, $3$ and $4$, respectively. Compute $w^2 + u^2 + v^2$.",
    # u / v is not symmetric
    r"The arithmetic and geometric means of $m$ and $n$ are $6$ and $2\sqrt{5}$, "
    r"respectively. Find $\frac{m}{n}$.",
])
def test_symmetric_number_near_misses_decline(problem: str) -> None:
    assert solve_now(problem).answer is None
