"""Endless sums of a sequence given by first terms and a linear rule, each term possibly
weighted by a power (polynomials/recurrence_series.py): our own problems, each sum worked
out by hand in its comment (T (1 - sum c_j q^j) = the first terms' part)."""

from __future__ import annotations

import pytest

from tests.solved_problems import assert_solved
from tutor.reasoning.symbolic.engine import solve_now


@pytest.mark.parametrize(("problem", "answer"), [
    # T (1 - 1/2 - 1/5) = 2 + 1 - (1/2)(2): T = 20/3
    (r"A sequence $a_1, a_2, a_3, \dots$ is defined recursively by $a_1 = 2$, $a_2 = 1$, and "
     r"for $k \ge 3$, \[a_k = \frac{1}{2} a_{k - 1} + \frac{1}{5} a_{k - 2}.\] Evaluate "
     r"$a_1 + a_2 + a_3 + \dotsb.$", "\\frac{20}{3}"),
    # x / (1 - x - x^2) at x = 1/3
    (r"Let $F_1 = F_2 = 1$ and $F_{n+2} = F_{n+1} + F_n$ for $n \geq 1$. Find "
     r"\[\sum_{n=1}^\infty \frac{F_n}{3^n}.\]", "\\frac{3}{5}"),
    # (x + 3x^2 - x^2) / (1 - x - 2x^2) at x = 1/5: (7/25) / (18/25)
    (r"Let $a_1, a_2, \dots$ be a sequence defined by $a_1 = 1$, $a_2 = 3$ and "
     r"$a_{n+2} = a_{n+1} + 2a_n$ for $n \geq 1$. Find \[\sum_{n=1}^\infty \frac{a_n}{5^n}.\]",
     "\\frac{7}{18}"),
    # a geometric series told as a rule: 3 / (1 - 1/4)
    (r"Let $a_1 = 3$ and $a_{n + 1} = \frac{a_n}{4}$ for $n \ge 1$. Find "
     r"$a_1 + a_2 + a_3 + \dotsb$.", "4"),
    # from index 0: T (1 - 1/3 - 1/6) = 3 - (1/3)(2): T = 14/3
    (r"A sequence $b_0, b_1, b_2, \dots$ satisfies $b_0 = 2$, $b_1 = 1$ and "
     r"$b_n = \frac{1}{3} b_{n-1} + \frac{1}{6} b_{n-2}$ for all $n \ge 2$. Compute "
     r"$b_0 + b_1 + b_2 + \dotsb$.", "\\frac{14}{3}"),
    # (1/4) x / (1 - x - x^2) at x = 1/2
    (r"The sequence $F_1, F_2, F_3, \dots$ is defined by $F_1 = F_2 = 1$ and "
     r"$F_{n+2} = F_{n+1} + F_n$ for $n \ge 1$. Find $\sum_{n=1}^\infty \frac{F_n}{2^{n+2}}$.",
     "\\frac{1}{2}"),
    # c_k = k / 2^(k-1), a double root 1/2: sum 4
    (r"Let $c_1 = 1$, $c_2 = 1$, and $c_k = c_{k-1} - \frac{1}{4}c_{k-2}$ for $k \ge 3$. Find "
     r"$\sum_{k=1}^\infty c_k$.", "4"),
    # 3/5 less the first two terms 1/3 + 1/9
    (r"Let $a_1 = 1$, $a_2 = 1$ and $a_n = a_{n-1} + a_{n-2}$ for $n \geq 3$. Evaluate "
     r"$\sum_{n=3}^{\infty} \frac{a_n}{3^n}$.", "\\frac{7}{45}"),
    # third order at x = 1/2: T (9/16) = 11/8 - 1/4 - 1/16
    (r"Let $d_1 = 1$, $d_2 = 2$, $d_3 = 3$, and $d_{n+3} = \frac{1}{2}(d_{n+2} + d_{n+1} + "
     r"d_n)$ for $n \ge 1$. Find $\sum_{n=1}^\infty \frac{d_n}{2^n}$.", "\\frac{17}{9}"),
    # alternating weight: x = -1/2, a_n = 2^(n-1): sum of (-1)^n / 2 ... T = (-1/2) / (1 + 1)
    (r"Let $a_1 = 1$ and $a_{n+1} = 2a_n$ for $n \ge 1$. Find "
     r"$\sum_{n=1}^\infty \frac{a_n}{(-4)^n}$.", "-\\frac{1}{6}"),
])
def test_endless_sums_of_a_linear_rule(problem: str, answer: str) -> None:
    assert_solved(problem, answer)


@pytest.mark.parametrize("problem", [
    # the Fibonacci numbers grow: no sum
    r"Let $a_1 = a_2 = 1$ and $a_{n+2} = a_{n+1} + a_n$ for $n \ge 1$. Find "
    r"$a_1 + a_2 + a_3 + \dotsb$.",
    # a rule that is not linear
    r"Let $a_1 = 1$ and $a_{n+1} = \frac{a_n^2}{3}$ for $n \ge 1$. Find "
    r"$a_1 + a_2 + a_3 + \dotsb$.",
    # the first term is missing
    r"Let $a_2 = 1$ and $a_{n+2} = \frac{a_{n+1} + a_n}{4}$ for $n \ge 1$. Find "
    r"$a_1 + a_2 + a_3 + \dotsb$.",
    # every other term
    r"Let $a_1 = 1$ and $a_{n+1} = \frac{a_n}{2}$ for $n \ge 1$. Find "
    r"$a_1 + a_3 + a_5 + \dotsb$.",
    # a weight that is not a power
    r"Let $a_1 = 1$ and $a_{n+1} = \frac{a_n}{2}$ for $n \ge 1$. Find "
    r"$\sum_{n=1}^\infty \frac{a_n}{n}$.",
    # the ratio 1 exactly: a_n = 1 for every n
    r"Let $a_1 = 1$, $a_2 = 1$ and $a_{n+2} = \frac{a_{n+1} + a_n}{2}$ for $n \ge 1$. Find "
    r"$a_1 + a_2 + a_3 + \dotsb$.",
])
def test_sums_that_do_not_fit_decline(problem: str) -> None:
    assert solve_now(problem).answer is None


@pytest.mark.parametrize(("problem", "answer"), [
    # each name in its own dollars, "$\dots,$" alone: T (1 - 1/2 - 1/4) = 3 + 1 - (1/2)(3)
    (r"A sequence $u_1,$ $u_2,$ $u_3,$ $\dots,$ is given by $u_1 = 3,$ $u_2 = 1,$ and for "
     r"$m \ge 3,$ \[u_m = \frac{1}{2} u_{m - 1} + \frac{1}{4} u_{m - 2}.\]Evaluate "
     r"$u_1 + u_2 + u_3 + \dotsb.$", "10"),
    # the same style for one term: 2, 5, 3, -2, -5, -3, then again; a_100 = a_4
    (r"A sequence $a_1,$ $a_2,$ $a_3,$ $\dots,$ is defined by $a_1 = 2,$ $a_2 = 5,$ and for "
     r"$n \ge 3,$ \[a_n = a_{n - 1} - a_{n - 2}.\]Find $a_{100}.$", "-2"),
])
def test_the_sequence_named_term_by_term(problem: str, answer: str) -> None:
    assert_solved(problem, answer)
