"""A value of a polynomial's letter coefficients fixed by its given roots while the letters
stay free (our own problems, worked by hand from a(x - r)(x - s)...); near misses decline."""

from __future__ import annotations

import pytest

from tests.solved_problems import assert_solved
from tutor.reasoning.symbolic.engine import solve_now

SOLVED = [
    # u(x + 1)(x - 3)(x - 5) = u(x^3 - 7x^2 + 7x + 15)
    (r"The roots of the cubic $ux^3 + vx^2 + wx + k = 0$ are $-1$, $3$ and $5$. What is "
     r"$\frac{w}{k}$?", r"\frac{7}{15}"),
    # a(x^2 - 7x + 10)
    (r"The solutions of $ax^2 + bx + c = 0$ are $2$ and $5$. Find $\frac{b}{c}$.",
     r"-\frac{7}{10}"),
    (r"The zeros of the polynomial $ax^2 + bx + c$ are $2$ and $5$. Determine "
     r"$\frac{a + b}{c}$.", r"-\frac{3}{5}"),
    # P(1) = a + b + c + d = 0
    (r"Two of the solutions of $ax^3 + bx^2 + cx + d = 0$ are $1$ and $2$. Given that "
     r"$a \neq 0$, find $\frac{b + c + d}{a}$.", "-1"),
    # P(1) + P(-1) = 2(p + r + t) = 0
    (r"Three of the zeros of the quartic $px^4 + qx^3 + rx^2 + sx + t$ are $1$, $-1$ and $2$. "
     r"What is the value of $\frac{r + t}{p}$?", "-1"),
]


@pytest.mark.parametrize(("problem", "answer"), SOLVED)
def test_coefficient_values_fixed_by_roots(problem: str, answer: str) -> None:
    assert_solved(problem, answer)


@pytest.mark.parametrize("problem", [
    # (q + r)/p = -1 - s/p: s stays free
    r"Two of the roots of $px^3 + qx^2 + rx + s = 0$ are $1$ and $-3$. Given that $p \neq 0$, "
    r"compute $\frac{q + r}{p}$.",
    # 'the roots' of a cubic, but only two are given
    r"The roots of $ax^3 + bx^2 + cx + d = 0$ are $1$ and $2$. Compute $\frac{c}{d}$.",
    # d = 0 on the whole family: c/d is undefined
    r"The roots of $ax^3 + bx^2 + cx + d = 0$ are $0$, $1$ and $2$. Compute $\frac{c}{d}$.",
    # dx reads as one letter here, not d times x
    r"Three of the zeros of the quartic $ax^4 + bx^3 + cx^2 + dx + k$ are $1$, $-1$ and $2$. "
    r"What is the value of $\frac{c + k}{a}$?",
    # a root given twice
    r"The solutions of $ax^2 + bx + c = 0$ are $3$ and $3$. Find $\frac{b}{c}$.",
])
def test_coefficient_ratio_near_misses_decline(problem: str) -> None:
    assert solve_now(problem).answer is None
