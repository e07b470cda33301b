"""A function's value, a composite's value and an inverse's value (`algebra.function_values`),
asked in wordings of our own: textbook, terse, the question first, the value asked "at" a
point, a composite written with \\circ, plain text; near misses decline.

Every problem here is written for this file; the answers were worked out by hand.
"""

from __future__ import annotations

import pytest

from tests.solved_problems import assert_solved
from tutor.reasoning.symbolic.engine import solve_now

SOLVED = [
    # p(s) = 2s^2 - s + 4: p(3) = 18 - 3 + 4 = 19
    (r"For $p(s) = 2s^2 - s + 4$, what does $p(3)$ equal?", "19"),
    (r"Find the value of the function $p(s) = 2s^2 - s + 4$ at $s = 3$.", "19"),
    (r"What is the value of $p(s) = 2s^2 - s + 4$ at $3$?", "19"),
    (r"The function $p$ is given by $p(s) = 2s^2 - s + 4$. Evaluate it at $s = -1$.", "7"),
    (r"When $s = 3$, what is the value of $p(s) = 2s^2 - s + 4$?", "19"),  # reordered
    (r"If $q(s) = 3s - 4$, what is $s$ when $q(s) = 11$?", "5"),
    # q(s) = 3s - 4, r(s) = s^2 + 1: q(r(2)) = q(5) = 11; r(q(2)) = r(2) = 5
    (r"Let $q(s) = 3s - 4$ and $r(s) = s^2 + 1$. Find $(q \circ r)(2)$.", "11"),
    (r"With $q(s) = 3s - 4$ and $r(s) = s^2 + 1$, what is $\left(r \circ q\right)(2)$?", "5"),
    # q^{-1}(11): 3s - 4 = 11, s = 5
    (r"The function $q$ is given by $q(s) = 3s - 4$. Find $q^{-1}(11)$.", "5"),
    (r"What is the value of the inverse of $q(s) = 3s - 4$ at $11$?", "5"),
    # the functions named in one piece: r(1) = 2, q(2) = 2, r(2) = 5
    (r"Let $q, r$ be functions such that $q(s) = 3s - 4$ and $r(s) = s^2 + 1$. What is "
     r"$r(q(r(1)))$?", "5"),
    (r"Let $q$, $r$ be functions with $q(s) = 3s - 4$ and $r(s) = s^2 + 1$. Compute $q(r(0))$.",
     "-1"),
]


@pytest.mark.parametrize(("problem", "answer"), SOLVED)
def test_function_wordings(problem: str, answer: str) -> None:
    assert_solved(problem, answer)


DECLINED = [
    # the point is of another letter
    r"Find the value of the function $p(s) = 2s^2 - s + 4$ at $t = 3$.",
    # an inverse asked without an inverse written: the reader does not guess
    r"What is the inverse of $q(s) = 3s - 4$ when $s = 11$, squared?",
    # a letter named that is not a defined function: what is b?
    r"Let $q, b$ be such that $q(s) = 3s - 4$. What is $q(b)$?",
]


@pytest.mark.parametrize("problem", DECLINED)
def test_near_misses_decline(problem: str) -> None:
    assert solve_now(problem).answer is None
