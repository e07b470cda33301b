"""The monic polynomial asked "with roots", "having roots", "that has roots" as well as
"whose roots are"; a degree said that is not the given polynomial's declines (our own
problems, worked by hand)."""

from __future__ import annotations

import pytest

from tests.solved_problems import assert_solved
from tutor.reasoning.symbolic.engine import solve_now

SOLVED = [
    # p(x + 1) for p = x^3 - 2x + 3: x^3 + 3x^2 + 3x + 1 - 2x - 2 + 3
    ("Let r, s, t be the roots of x^3 - 2x + 3 = 0. Find the monic cubic polynomial with "
     "roots r - 1, s - 1, t - 1.", "x^3 + 3x^2 + x + 2"),
    # roots of x^2 - 4x + 1 doubled: sum 8, product 4
    (r"Let $a$ and $b$ be the roots of $x^2 - 4x + 1 = 0.$ Find the monic quadratic "
     r"polynomial, in $x,$ with roots $2a$ and $2b.$", "x^2 - 8x + 4"),
    # reciprocals of the roots of x^2 + 2x - 3 (1 and -3): 1 and -1/3
    ("let m and n be the roots of x^2 + 2x - 3 = 0. find a monic polynomial having roots "
     "1/m and 1/n", r"x^2 - \frac{2x}{3} - \frac{1}{3}"),
    # roots 1 and 2 of x^2 - 3x + 2 squared: 1 and 4
    ("Let u and v be the roots of x^2 - 3x + 2 = 0. Find a monic polynomial that has roots "
     "u^2 and v^2.", "x^2 - 5x + 4"),
]


@pytest.mark.parametrize(("problem", "answer"), SOLVED)
def test_mapped_roots_wordings(problem: str, answer: str) -> None:
    assert_solved(problem, answer)


@pytest.mark.parametrize("problem", [
    # a cubic asked of a quadratic's two roots
    "Let r and s be the roots of x^2 - 3x + 1 = 0. Find the monic cubic polynomial with "
    "roots r + 2 and s + 2.",
    r"Let $r$ and $s$ be the roots of $x^2 - 3x + 1 = 0$. Find the monic cubic whose roots "
    r"are $r + 2$ and $s + 2$.",
    # not one map of every root
    "Let r, s, t be the roots of x^3 - 2x + 3 = 0. Find the monic cubic polynomial with roots "
    "r - 1, s + 1, t - 1.",
])
def test_mapped_roots_near_misses(problem: str) -> None:
    assert solve_now(problem).answer is None
