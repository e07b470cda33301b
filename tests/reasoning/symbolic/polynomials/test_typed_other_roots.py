"""The last root of a polynomial with number coefficients when the others are given (our
own problems, answers by Vieta's sum worked by hand); near misses decline."""

from __future__ import annotations

import pytest

from tests.solved_problems import assert_solved
from tutor.reasoning.symbolic.engine import solve_now

SOLVED = [
    # (5 - 2i)^2 = 21 - 20i; the two square roots are negatives of each other
    (r"Given that $5 - 2i$ is a root of the equation $w^2 = 21 - 20i$, find the other root.",
     "-5 + 2i"),
    # the roots add up to 7
    (r"If $2$ is a solution of $x^2 - 7x + 10 = 0$, what is the other solution?", "5"),
    # the roots add up to 6
    (r"Two of the zeros of the cubic $t^3 - 6t^2 + 11t - 6$ are $1$ and $3$. Determine the "
     r"other zero.", "2"),
    # the roots add up to -4
    (r"Suppose $-2 + 3i$ is a root of $x^2 + 4x + 13 = 0$. Compute the other root.",
     "-2 - 3i"),
    # other wordings, the root given as `u = 3`: the roots add up to 1, to -1, to 9/2
    (r"One root of $u^2 - u - 6 = 0$ is $u = 3$. What is the other root?", "-2"),
    (r"It is known that $p = 4$ solves $p^2 + p - 20 = 0$. Find the other solution.", "-5"),
    (r"The equation $2y^2 - 9y + 4 = 0$ has $4$ as one of its roots. What is the other one?",
     "1/2"),
]


@pytest.mark.parametrize(("problem", "answer"), SOLVED)
def test_the_other_root(problem: str, answer: str) -> None:
    assert_solved(problem, answer)


@pytest.mark.parametrize("problem", [
    # 4 is not a root at all
    r"If $4$ is a solution of $x^2 - 5x + 6 = 0$, what is the other solution?",
    # two roots of a quartic leave two others
    r"Two of the zeros of $x^4 - 5x^2 + 4$ are $1$ and $2$. Determine the other zero.",
    # the root named by another letter
    r"One root of $u^2 - u - 6 = 0$ is $v = 3$. What is the other root?",
])
def test_other_root_near_misses_decline(problem: str) -> None:
    assert solve_now(problem).answer is None


@pytest.mark.parametrize(("problem", "answer"), [
    # 36 + 6b + 18 = 0 gives b = -9: x^2 - 9x + 18 has roots 6 and 3
    ("The equation $x^2 + bx + 18 = 0$ has $x = 6$ as a solution. What is the other solution?",
     "3"),
    # 3x^2 - 8x + c at x = 2: 12 - 16 + c = 0, so c = 4; the roots add up to 8/3
    ("The equation $3x^2 - 8x + c = 0$ has $2$ as a root. Find the other root.",
     r"\frac{2}{3}"),
    # 9 - 3k - 6 = 0 fixes k = 1 (declined before this reader fixed coefficients)
    (r"One root of $u^2 - ku - 6 = 0$ is $u = 3$. What is the other root?", "-2"),
])
def test_the_other_root_after_the_coefficient_is_fixed(problem: str, answer: str) -> None:
    assert_solved(problem, answer)


@pytest.mark.parametrize("problem", [
    # the told root is of another letter; the coefficient has two values (b^2 = -9 ...)
    "The equation $x^2 + bx + 18 = 0$ has $y = 6$ as a solution. What is the other solution?",
    "The equation $x^2 + b^2x + 20 = 0$ has $x = 4$ as a solution. What is the other solution?",
])
def test_a_coefficient_not_fixed_declines(problem: str) -> None:
    assert solve_now(problem).answer is None
