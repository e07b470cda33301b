"""Unknown coefficients of a named polynomial from its stated values (`p(2) = 3`,
`p(1) = p(3) = 5`, a complex zero `h(2i) = 0` with real coefficients), then a value or an
expression in the coefficients (our own problems, answers worked out by hand); near misses
decline."""

from __future__ import annotations

import pytest

from tests.solved_problems import assert_solved
from tutor.reasoning.symbolic.engine import solve_now

SOLVED = [
    # a + b + c = -1, 4a + 2b + c = -5, a - b + c = 5: a = -1/3, b = -3, c = 7/3
    (r"Let $p(x) = x^3 + ax^2 + bx + c$. If $p(1) = 0$, $p(2) = 3$ and $p(-1) = 4$, find "
     r"$p(3)$.", r"\frac{52}{3}"),
    # p(1) = 1 + a + b + c = 0
    (r"The polynomial $p(x) = x^3 + ax^2 + bx + c$ satisfies $p(1) = 0$, $p(2) = 3$, and "
     r"$p(-1) = 4$. Find $a + b + c$.", "-1"),
    # x^2 + 4 divides it: b = 4, a = 5/2
    (r"The polynomial $h(x) = x^3 + ax^2 + bx + 10$ has real coefficients and $h(2i) = 0$. "
     r"Find $a + b$.", r"\frac{13}{2}"),
    # 2 + m + n = 5 and 18 + 3m + n = 5: m = -8, n = 11
    (r"Let $q(x) = 2x^2 + mx + n$. Given that $q(1) = q(3) = 5$, compute $q(0)$.", "11"),
    # x^2 - 2x + 2 divides x^3 + ax + b: it is (x^2 - 2x + 2)(x + 2), so f(2) = 8
    (r"The polynomial $f(x) = x^3 + ax + b$ has real coefficients and $f(1 - i) = 0$. What "
     r"is $f(2)$?", "8"),
    # the kind of coefficients said between the polynomial and its root
    (r"The cubic $x^3 + ax^2 + bx + 10$ with real coefficients has $2i$ as a root. Find "
     r"$a + b$.", r"\frac{13}{2}"),
    # (x^2 - 2x - 2)(x + 3) = x^3 + x^2 - 8x - 6
    (r"The polynomial $x^3 + ax^2 + bx - 6$, with rational coefficients, has $1 + \sqrt{3}$ "
     r"as a root. Find $a$.", "1"),
    # 7 + u + v = 3 and 5 + u - v = 5: u = v = -2
    (r"If $k(t) = t^3 + ut^2 + vt + 6$ with $k(1) = 3$ and $k(-1) = 5$, compute $uv$.", "4"),
]


@pytest.mark.parametrize(("problem", "answer"), SOLVED)
def test_coefficients_from_values(problem: str, answer: str) -> None:
    assert_solved(problem, answer)


@pytest.mark.parametrize("problem", [
    # two values leave three coefficients free
    r"Let $p(x) = x^3 + ax^2 + bx + c$. If $p(1) = 0$ and $p(2) = 3$, find $p(3)$.",
    # complex coefficients allowed: 2i alone does not bring -2i
    r"The polynomial $h(x) = x^3 + ax^2 + bx + 10$ has $h(2i) = 0$. Find $a + b$.",
    # without real coefficients 2i alone fixes nothing
    r"The cubic $x^3 + ax^2 + bx + 10$ has $2i$ as a root. Find $a + b$.",
    # a value of another function
    r"Let $p(x) = x^2 + ax + b$. If $p(1) = 2$ and $g(2) = 3$, find $p(3)$.",
])
def test_near_misses_decline(problem: str) -> None:
    assert solve_now(problem).answer is None
