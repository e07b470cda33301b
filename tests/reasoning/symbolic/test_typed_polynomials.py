"""The intermediate-algebra typed readers (symbolic/polynomials): each capability reached by
several phrasings of our own, answered with steps the checker does not refute, or declined
when the answer is unsafe.

Every problem here is written for this file; the answers were worked out by hand.
"""

from __future__ import annotations

import pytest

from tests.solved_problems import assert_solved
from tutor.reasoning.symbolic.engine import solve_now

SOLVED = [
    # a symmetric expression in named roots (Vieta)
    (r"Let $p$, $q$, $r$ be the three roots of $x^3 - 3x^2 + 2x - 7 = 0$. What is $p^2+q^2+r^2$?",
     "5"),
    (r"Suppose that the roots of $2x^3+x-4=0$ are $p$, $q$, and $r$. Compute "
     r"\[\frac{1}{p}+\frac1q+\frac1r.\]", r"\frac{1}{4}"),
    (r"The equation $x^3 - 6x^2 + 11x - 6 = 0$ has three real roots $u$, $v$, $w$. Find "
     r"$\frac{1}{u^2} + \frac{1}{v^2} + \frac{1}{w^2}$.", r"\frac{49}{36}"),
    (r"Let $m$ and $n$ be the two roots of $x^2 - x\sqrt{3} - 1 = 0$. Determine $m^4 + n^4$.",
     "23"),
    (r"Let $r_1,$ $r_2,$ and $r_3$ be the roots of $x^3 - 4x^2 + x + 6 = 0$. Find "
     r"$r_1^2 r_2 + r_1 r_2^2 + r_2^2 r_3 + r_2 r_3^2 + r_1^2 r_3 + r_1 r_3^2$.", "22"),
    # the same asked in words
    (r"Find the product of the roots of $4x^3 - 2x^2 + 7x - 12 = 0$.", "3"),
    (r"What is the sum of the squares of the roots of $x^2 - 3x + 5$?", "-1"),
    (r"Compute the sum of the reciprocals of the zeros of the polynomial $3x^3 - x + 6$.",
     r"\frac{1}{6}"),
    # unknown coefficients from a root, a factor or a remainder
    (r"Given that $2 + \sqrt{5}$ is a root of $x^3 + ax^2 + bx - 1 = 0$ and that $a$ and $b$ "
     r"are rational numbers, find $a$.", "-3"),
    (r"Let $p$ and $q$ be real numbers. One of the roots of $x^3 + px + q = 0$ is $2 - i$. "
     r"Enter the ordered pair $(p,q)$.", "(-11, 20)"),
    (r"Let $a$ and $b$ be real numbers. One of the roots of $x^3 + ax + b = 0$ is $2 + i.$ "
     r"Find $a + b.$", "9"),
    (r"If $x - 3$ is a factor of $kx^3 - 4x + 6$, find the constant $k$.", r"\frac{2}{9}"),
    (r"When $f(x) = ax^3 + bx^2 - 2$ is divided by $x - 1,$ the remainder is $4.$ When "
     r"$f(x)$ is divided by $x + 1,$ the remainder is $-10.$ Find the ordered pair $(a,b).$",
     "(7, -1)"),
    (r"Two of the roots of \[x^3 + ax^2 + bx - 6 = 0\] are $1$ and $2$. Find the third root.",
     "3"),
    (r"One of the roots of $x^3 + ax^2 + 7x + b = 0$ is $1 + 2i,$ where $a$ and $b$ are real "
     r"numbers. Find the real root of this cubic polynomial.", "1"),
]


@pytest.mark.parametrize(("problem", "answer"), SOLVED)
def test_solved(problem: str, answer: str) -> None:
    assert_solved(problem, answer)


DECLINED = [
    # not symmetric: the value depends on which root is which
    r"Let $a$ and $b$ be the roots of $x^2 - 5x + 2 = 0$. Find $a^3 + 2b$.",
    # "three real roots", but the cubic has one real root
    r"The equation $x^3 - 2x + 5 = 0$ has three real roots $u$, $v$, $w$. Find $uvw$.",
    # two letters for a cubic's three roots
    r"Let $a$ and $b$ be roots of $x^3 - 2x + 5 = 0$. Find $a + b$.",
    # a double root: does it count twice in "the sum of the roots"?
    r"Find the sum of the roots of $x^3 - 3x + 2 = 0$.",
    # nothing says the coefficients are real: a + b is not determined
    r"One of the roots of $x^3 + ax + b = 0$ is $2 + i.$ Find $a + b.$",
    # a qualifier the reader does not apply
    r"Let $a$ and $b$ be positive real numbers. One of the roots of $x^3 + ax + b = 0$ is "
    r"$2 + i.$ Find $a + b.$",
]


@pytest.mark.parametrize("problem", DECLINED)
def test_declined(problem: str) -> None:
    assert solve_now(problem).answer is None
