"""A polynomial equation with unknown letters told its roots (listed, with a plus-minus, or
complex), then a letter or an expression in the letters (our own problems, answers worked
out by hand); roots that fix nothing, or that no letters allow, decline."""

from __future__ import annotations

import pytest

from tests.solved_problems import assert_solved
from tutor.reasoning.symbolic.engine import solve_now

SOLVED = [
    # 25m - 35 - 15 = 0
    (r"For which $m$ does $mx^2 + 7x - 15 = 0$ have the solutions $x = -5$ and "
     r"$x = \frac{3}{2}$?", "2"),
    # product of the roots 4 - 6/4 = 5/2 = c/2
    (r"The roots of $2y^2 - 8y + c$ are $\frac{4 \pm \sqrt{6}}{2}$. What is $c$?", "5"),
    # sum 2 = -b, product 5 = c
    (r"If the two roots of $x^2 + bx + c = 0$ are $1 + 2i$ and $1 - 2i$, find the ordered "
     r"pair $(b, c)$.", "(-2, 5)"),
    # (x - 2)(x - 5) = x^2 - 7x + 10
    (r"Given that $x = 2$ and $x = 5$ are solutions of $x^2 + px + q = 0$, what is $p + q$?",
     "3"),
    # 3(1)^2 + a(1) - 8 = 0 and 3(-8/3)^2 ... : a = 5
    (r"The quadratic $3t^2 + at - 8$ has zeros $t = 1$ and $t = -\frac{8}{3}$. Determine "
     r"the value of $a$.", "5"),
]

DECLINED = [
    # three roots for a quadratic: no letters allow it
    r"The roots of $x^2 + bx + c = 0$ are $2$, $3$ and $4$. Find $b$.",
    # one root leaves two letters open
    r"If $x = 1$ is a root of $x^2 + bx + c = 0$, what is $b$?",
    # 'include' is not a reading of every root
    r"The roots of $x^3 + bx + c = 0$ include $1$ and $2$. Find $b$.",
]


@pytest.mark.parametrize(("problem", "answer"), SOLVED)
def test_letters_from_told_roots(problem: str, answer: str) -> None:
    assert_solved(problem, answer)


@pytest.mark.parametrize("problem", DECLINED)
def test_told_roots_near_misses_decline(problem: str) -> None:
    assert solve_now(problem).answer is None
