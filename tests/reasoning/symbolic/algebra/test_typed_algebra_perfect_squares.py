"""The constant that makes a quadratic the square of a binomial (`algebra.perfect_squares`),
in phrasings of our own; near misses decline.

Every problem here is written for this file; the answers were worked out by hand:
a quadratic p v^2 + q v + r is (s v + t)^2 exactly when q^2 = 4pr, p > 0, r > 0.
"""

from __future__ import annotations

import pytest

from tests.solved_problems import assert_solved
from tutor.reasoning.symbolic.engine import solve_now

SOLVED = [
    # terse: 18^2 = 4 * 1 * r -> r = 81, (x + 9)^2
    (r"Which $r$ turns $x^2 + 18x + r$ into the square of a binomial?", "81"),
    # textbook, the constant named first: 20^2 = 4 * 25 * q -> q = 4, (5t + 2)^2
    (r"Suppose $25t^2 + 20t + q$, with $q$ a constant, is equal to the square of a binomial. "
     r"Compute $q$.", "4"),
    # the leading coefficient unknown: 12^2 = 4 * a * 4 -> a = 9, (3y + 2)^2
    (r"What value of $a$ makes $ay^2 + 12y + 4$ a perfect square?", "9"),
    # the middle coefficient: two signs, the positive one asked for: k^2 = 4 * 4 * 49
    (r"For what positive value of $k$ is $4z^2 - kz + 49$ a perfect square trinomial?", "28"),
    # wordy, the form said with 'written as': (-6)^2 = 4m -> m = 9
    (r"It is known that the quadratic $w^2 - 6w + m$ can be written as the square of a "
     r"binomial. What must $m$ be?", "9"),
    # fractions: (1)^2 = 4 * 1 * c -> c = 1/4, (x + 1/2)^2
    (r"Determine the constant $c$ for which $x^2 + x + c$ equals the square of a binomial.",
     r"\frac{1}{4}"),
]


@pytest.mark.parametrize(("problem", "answer"), SOLVED)
def test_square_of_a_binomial(problem: str, answer: str) -> None:
    assert_solved(problem, answer)


DECLINED = [
    # the middle coefficient has two values, +28 and -28, and no sign is asked for
    r"For what value of $k$ is $4z^2 - kz + 49$ a perfect square trinomial?",
    # a word the reader does not apply
    r"Which $r$ makes $x^2 + 18x + r$ not the square of a binomial?",
    # the constant does not decide it
    r"Which $r$ makes $x^2 + 18x + 81 + r - r$ a perfect square?",
    # a cube, not a square
    r"Which $r$ makes $x^3 + 3x^2 + 3x + r$ the cube of a binomial?",
]


@pytest.mark.parametrize("problem", DECLINED)
def test_near_misses_decline(problem: str) -> None:
    assert solve_now(problem).answer is None
