"""A coefficient of a second polynomial whose roots are expressions in the roots of a first
(our own problems, answers by Vieta's formulas worked by hand); near misses decline."""

from __future__ import annotations

import pytest

from tests.solved_problems import assert_solved
from tutor.reasoning.symbolic.engine import solve_now

SOLVED = [
    # rs + 2 + 1/(rs) with rs = 3
    (r"Let $r$ and $s$ be the roots of $x^2 - 5x + 3 = 0$. Suppose $r + \frac{1}{s}$ and "
     r"$s + \frac{1}{r}$ are the roots of $x^2 - px + q = 0$. Find $q$.", r"\frac{16}{3}"),
    # r^2 + s^2 = 25 - 6 = 19 and r^2 s^2 = 9: x^2 - 19x + 9
    (r"Let $r$ and $s$ be the roots of $x^2 - 5x + 3 = 0$. Suppose $r^2$ and $s^2$ are the "
     r"roots of $x^2 + bx + c = 0$. Find $b + c$.", "-10"),
    # (ab)(bc)(ca) = (abc)^2 = 1, so w = -1
    (r"The roots of $x^3 - 2x^2 + 4x - 1 = 0$ are $a, b, c$, and the roots of "
     r"$x^3 + ux^2 + vx + w = 0$ are $ab$, $bc$, $ca$. Compute $w$.", "-1"),
    # pq = -7: (2p)(2q) = 4pq = -28, the constant term
    (r"Let $p$ and $q$ be the zeros of the polynomial $x^2 - 2x - 7$ and let $2p$ and $2q$ be "
     r"the zeros of the polynomial $x^2 + gx + h$. What is the value of $h$?", "-28"),
    # uv = 2 whatever k is: (u + 1/v)(v + 1/u) = uv + 2 + 1/(uv) = 9/2
    (r"Let $u$ and $v$ be the roots of $x^2 - kx + 2 = 0$, and let $u + \frac{1}{v}$ and "
     r"$v + \frac{1}{u}$ be the roots of $x^2 + mx + n = 0$. Determine $n$.", r"\frac{9}{2}"),
    # sums of pairs of the roots of x^3 - 6x^2 + 11x - 6 (1, 2, 3) are 5, 4, 3: product 60
    (r"Assume the roots of $x^3 - 6x^2 + 11x - 6 = 0$ are $a$, $b$ and $c$, and the roots of "
     r"$x^3 + px^2 + qx + w = 0$ are $a + b$, $b + c$ and $a + c$. Compute $w$.", "-60"),
]


@pytest.mark.parametrize(("problem", "answer"), SOLVED)
def test_coefficients_from_transformed_roots(problem: str, answer: str) -> None:
    assert_solved(problem, answer)


@pytest.mark.parametrize("problem", [
    # r + 1 and s are not a symmetric pair
    r"Let $r$ and $s$ be the roots of $x^2 - 5x + 3 = 0$. Suppose $r + 1$ and $s$ are the "
    r"roots of $x^2 - px + q = 0$. Find $q$.",
    # the answer depends on the letter m of the first polynomial
    r"Let $r$ and $s$ be the roots of $x^2 - mx + 3 = 0$. Suppose $r + 1$ and $s + 1$ are "
    r"the roots of $x^2 - px + q = 0$. Find $q$.",
    # three roots named for a quadratic
    r"Let $r$, $s$ and $t$ be the roots of $x^2 - 5x + 3 = 0$. Suppose $r^2$ and $s^2$ are "
    r"the roots of $x^2 + bx + c = 0$. Find $c$.",
    # e in ex: a letter or Euler's number?
    r"Let $u$ and $v$ be the roots of $x^2 - 3x + 2 = 0$, and let $u^3$ and $v^3$ be the "
    r"roots of $x^2 + ex + f = 0$. Determine $f$.",
    # the second polynomial's leading coefficient is a letter
    r"Let $r$ and $s$ be the roots of $x^2 - 5x + 3 = 0$. Suppose $r^2$ and $s^2$ are the "
    r"roots of $ax^2 + bx + c = 0$. Find $c$.",
])
def test_root_image_near_misses_decline(problem: str) -> None:
    assert solve_now(problem).answer is None
