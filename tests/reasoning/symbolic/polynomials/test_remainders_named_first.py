"""Remainders told after the polynomial is named in a sentence of its own ("Let $p(x)$ be a
polynomial. When $p(x)$ is divided by ... the remainder is ...", "if ... is divided by");
our own problems, worked by hand; near misses decline."""

from __future__ import annotations

import pytest

from tests.solved_problems import assert_solved
from tutor.reasoning.symbolic.engine import solve_now

SOLVED = [
    # r = ax + b: 2a + b = 1, -3a + b = -9: a = 2, b = -3
    ("Let p(x) be a polynomial. When p(x) is divided by x - 2 the remainder is 1, and when "
     "p(x) is divided by x + 3 the remainder is -9. Find the remainder when p(x) is divided "
     "by (x - 2)(x + 3).", "2x - 3"),
    # values 4 at 1 and 10 at 3: slope 3, r = 3x + 1
    ("suppose h(x) is a polynomial. if h(x) is divided by x-1 the remainder is 4 and if h(x) "
     "is divided by x-3 the remainder is 10. what is the remainder when h(x) is divided by "
     "(x-1)(x-3)?", "3x + 1"),
    # x^2 - 4 = (x - 2)(x + 2): r(2) = 6, r(-2) = -2, slope 2, r = 2x + 2
    (r"Let $f(x)$ be a polynomial. When $f(x)$ is divided by $x - 2$, the remainder is $6$; "
     r"when $f(x)$ is divided by $x + 2$, the remainder is $-2$. Find the remainder when "
     r"$f(x)$ is divided by $x^2 - 4$.", "2x + 2"),
    # values 1, 3, 7 at 0, 1, 2: second difference 2, r = x^2 + x + 1
    ("Let g(x) be a polynomial. If g(x) is divided by x, the remainder is 1, if g(x) is "
     "divided by x - 1, the remainder is 3, and if g(x) is divided by x - 2, the remainder "
     "is 7. Find the remainder when g(x) is divided by x(x - 1)(x - 2).", "x^2 + x + 1"),
]


@pytest.mark.parametrize(("problem", "answer"), SOLVED)
def test_remainders_told_after_the_name(problem: str, answer: str) -> None:
    assert_solved(problem, answer)


@pytest.mark.parametrize("problem", [
    # one remainder does not fix the remainder on a quadratic divisor
    "Let p(x) be a polynomial. When p(x) is divided by x - 2 the remainder is 1. Find the "
    "remainder when p(x) is divided by (x - 2)(x + 3).",
    # the remainder at -4 is not told
    "Let p(x) be a polynomial. When p(x) is divided by x - 2 the remainder is 1, and when "
    "p(x) is divided by x + 3 the remainder is -9. Find the remainder when p(x) is divided "
    "by (x - 2)(x + 4).",
])
def test_remainders_told_after_the_name_near_misses(problem: str) -> None:
    assert solve_now(problem).answer is None
