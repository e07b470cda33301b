"""Functions given by formulas combined into one polynomial or rational function in their
variable (`algebra.function_values`): sums, differences, products and compositions written
out and multiplied out (a rational function in lowest terms), in phrasings of our own; near
misses decline.

Every problem here is written for this file; the answers were worked out by hand.
"""

from __future__ import annotations

import pytest

from tests.solved_problems import assert_solved
from tutor.reasoning.symbolic.engine import solve_now

SOLVED = [
    # 2x + 1 + x^2 - 3
    (r"Let $f(x)=2x+1$ and $g(x)=x^2-3$. Find $f(x)+g(x)$.", "x^2 + 2x - 2"),
    # (2x^2 - 5) - (4x^2 + 4x - 2)
    (r"Let $f(x)=2x+1$ and $g(x)=x^2-3$. What is $f(g(x))-g(f(x))$?", "-2x^2 - 4x - 3"),
    # 2x^2 + x - 1 - (x^2 - 3x + 4) + (2 - x^2)
    (r"Suppose $p(x)=2x^2+x-1$, $q(x)=x^2-3x+4$ and $r(x)=2-x^2$. Write $p(x)-q(x)+r(x)$ as "
     r"a polynomial with the terms in order of decreasing degree.", "4x - 3"),
    # (t + 1)^2 - t^2
    (r"If $f(t)=t^2$, find $f(t+1)-f(t)$.", "2t + 1"),
    # (x - 1)(x + 1)
    (r"Given $u(x)=x-1$ and $v(x)=x+1$, compute $u(x)\cdot v(x)$.", "x^2 - 1"),
    # rational functions, in lowest terms: (2/(t+3)) put into itself is 2(t+3)/(3t+11)
    (r"Let $g(t) = \frac{2}{t+3}$. What is $g(g(t))$?", r"\frac{2t+6}{3t+11}"),
    # ((x+1)/(x-1) + 1) / ((x+1)/(x-1) - 1) = 2x / 2 = x
    (r"Let $f(x) = \frac{x+1}{x-1}$. Find $f(f(x))$.", "x"),
    (r"Let $f(x)=\frac{1}{x}$ and $g(x)=x+1$. Find $f(g(x))$.", r"\frac{1}{x+1}"),
    # 1/x^2 + 1
    (r"If $h(x) = \frac{1}{x} + 1$ and $k(x) = x^2$, find $h(k(x))$.", r"\frac{x^2+1}{x^2}"),
]


@pytest.mark.parametrize(("problem", "answer"), SOLVED)
def test_function_combinations(problem: str, answer: str) -> None:
    assert_solved(problem, answer)


DECLINED = [
    # neither a polynomial nor a rational function: the form wanted is unclear
    r"Let $f(x)=\sqrt{x}$. Find $f(f(x))$.",
    # a function that is not defined
    r"Let $f(x)=3x-4$. Find $f(x)+h(x)$.",
]


@pytest.mark.parametrize("problem", DECLINED)
def test_unclear_function_combinations_are_declined(problem: str) -> None:
    assert solve_now(problem).answer is None
