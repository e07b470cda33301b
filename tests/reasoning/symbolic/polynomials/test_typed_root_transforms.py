"""The monic polynomial whose roots are one function of each root of a given polynomial
(our own problems, answers worked out by hand); near misses decline."""

from __future__ import annotations

import pytest

from tests.solved_problems import assert_solved
from tutor.reasoning.symbolic.engine import solve_now

SOLVED = [
    # p(x - 2) = (x - 2)^3 - 4(x - 2) + 1
    (r"The roots of $x^3 - 4x + 1 = 0$ are $r_1$, $r_2$, $r_3$; determine the monic cubic, "
     r"in $x$, whose roots are $r_1 + 2$, $r_2 + 2$, $r_3 + 2$.", "x^3 - 6x^2 + 8x + 1"),
    # reciprocal roots: the coefficients reversed, 5x^3 - x + 2, made monic
    (r"Let $a$, $b$, $c$ be the roots of $2x^3 - x^2 + 5 = 0$. Determine the monic polynomial "
     r"whose roots are $\frac{1}{a}$, $\frac{1}{b}$ and $\frac{1}{c}$.",
     r"x^3 - \frac{x}{5} + \frac{2}{5}"),
    # sum 2 * 5, product 4 * 3
    (r"Suppose $u$ and $v$ are the roots of $x^2 - 5x + 3$. Find the monic quadratic whose "
     r"roots are $2u$ and $2v$.", "x^2 - 10x + 12"),
    # p^2 + q^2 = 9 - 2, p^2 q^2 = 1
    (r"Let $p$ and $q$ denote the roots of $x^2 - 3x + 1 = 0$. Compute the monic polynomial "
     r"whose roots are $p^2$ and $q^2$.", "x^2 - 7x + 1"),
    # p(x + 1) = (x + 1)^3 - 3(x + 1)^2 + 5
    (r"Let $a$, $b$ and $c$ be the roots of $x^3 - 3x^2 + 5 = 0$. Find the monic cubic whose "
     r"roots are $a - 1$, $b - 1$, $c - 1$.", "x^3 - 3x + 3"),
    # the roots 1 and -2 become 3 and -6
    (r"Let $s$ and $t$ be the roots of $x^2 + x - 2 = 0$. Find the monic polynomial, in $y$, "
     r"whose roots are $3s$ and $3t$.", "y^2 + 3y - 18"),
    # the map said in words: 8 p(x/2) for p = x^3 - 2x^2 + 5x - 3
    (r"Find a monic cubic polynomial whose roots are twice the roots of "
     r"$x^3 - 2x^2 + 5x - 3 = 0$.", "x^3 - 4x^2 + 20x - 24"),
    # roots 1 and 1/3 of 3x^2 - 4x + 1 become 1 and 3
    (r"Determine the monic quadratic whose roots are the reciprocals of the roots of "
     r"$3x^2 - 4x + 1 = 0$.", "x^2 - 4x + 3"),
    # p(x - 4) for p = x^2 + 2x - 5: (x - 4)^2 + 2(x - 4) - 5
    (r"Find the monic polynomial whose roots are $4$ more than the roots of $x^2 + 2x - 5$.",
     "x^2 - 6x + 3"),
    # roots 2 +- sqrt(5): squares 9 +- 4 sqrt(5), sum 18, product 1
    (r"Compute a monic polynomial whose roots are the squares of the roots of "
     r"$x^2 - 4x - 1 = 0$.", "x^2 - 18x + 1"),
    # -p(-y) for p = y^3 - y + 6 ... written in the letter asked for
    (r"Find the monic cubic polynomial, in $y$, whose roots are the negatives of the roots of "
     r"$x^3 - x + 6 = 0$.", "y^3 - y - 6"),
]


@pytest.mark.parametrize(("problem", "answer"), SOLVED)
def test_polynomials_with_mapped_roots(problem: str, answer: str) -> None:
    assert_solved(problem, answer)


@pytest.mark.parametrize("problem", [
    # not one map of the roots
    r"Let $u$ and $v$ be the roots of $x^2 - 5x + 3 = 0$. Find the monic quadratic polynomial "
    r"whose roots are $2u$ and $3v$.",
    # a new root in both old roots
    r"Let $u$ and $v$ be the roots of $x^2 - 5x + 3 = 0$. Find the monic quadratic polynomial "
    r"whose roots are $u + v$ and $uv$.",
    # fewer roots named than the degree
    r"Suppose $a$ and $b$ are the zeros of $x^3 - 2x + 7$; compute the monic cubic with "
    r"roots $a + 1$ and $b + 1$.",
    # the degree said is not the polynomial's
    r"Find a monic cubic polynomial whose roots are twice the roots of $x^2 - 3x + 1 = 0$.",
    # not monic: many polynomials have these roots
    r"Find a quadratic polynomial whose roots are twice the roots of $x^2 - 3x + 1 = 0$.",
])
def test_unmapped_roots_decline(problem: str) -> None:
    assert solve_now(problem).answer is None
