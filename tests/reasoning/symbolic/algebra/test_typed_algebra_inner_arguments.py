"""A function known through a formula of an inner expression, asked at a number
(`algebra.inner_arguments`), in phrasings of our own; near misses decline.

Every problem here is written for this file; the answers were worked out by hand.
"""

from __future__ import annotations

import pytest

from tests.solved_problems import assert_solved
from tutor.reasoning.symbolic.engine import solve_now

SOLVED = [
    # textbook: 4x + 1 = 9 -> x = 2; 5 * 2 - 3 = 7
    (r"If $k(4x + 1) = 5x - 3$ for all real $x$, what is $k(9)$?", "7"),
    # terse: 2x = 10 -> x = 5; 25 + 1
    (r"Let $m(2x) = x^2 + 1$. Find $m(10)$.", "26"),
    # a fraction inside: x/3 - 1 = 1 -> x = 6; 6 - 4 = 2
    (r"Suppose $q(\frac{x}{3} - 1) = x - 4$ holds for every number $x$. Compute $q(1)$.", "2"),
    # the formula on the left written with a decimal: 0.5x + 2 = 4 -> x = 4; 3 * 4 = 12
    (r"Given that $r(0.5x + 2) = 3x$, determine the value of $r(4)$.", "12"),
    # two inputs, their values added: x^2 - 3 = 6 -> x = 3 or -3; 4x + 1 -> 13, -11
    (r"Given $s(x^2 - 3) = 4x + 1$, what is the sum of all possible values of $s(6)$?", "2"),
    # the function named first: 2x + 1 = 7 -> x = 3; 9 - 3 = 6
    (r"A function $f$ has the property that $f(2x+1) = x^2 - 3$ for all real numbers $x$. "
     r"What is $f(7)$?", "6"),
]


@pytest.mark.parametrize(("problem", "answer"), SOLVED)
def test_inner_arguments(problem: str, answer: str) -> None:
    assert_solved(problem, answer)


DECLINED = [
    # two inputs give two values, and one value is asked for
    r"Given $s(x^2 - 3) = 4x + 1$, what is $s(6)$?",
    # a word the reader does not apply
    r"If $k(4x + 1) = 5x - 3$ for all real $x$, what is the derivative of $k(9)$?",
    # no input reaches the number over the reals
    r"Suppose $t(2 + x^2) = 3x - 1$ for every real $x$. Find the value of $t(-5)$.",
    # another function named than the one told
    r"A function $g$ has the property that $f(2x+1) = x^2 - 3$ for all real numbers $x$. "
    r"What is $f(7)$?",
]


@pytest.mark.parametrize("problem", DECLINED)
def test_near_misses_decline(problem: str) -> None:
    assert solve_now(problem).answer is None
