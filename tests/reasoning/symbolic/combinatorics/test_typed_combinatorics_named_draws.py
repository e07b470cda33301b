"""Different numbers drawn and named by letters, with an event about an expression in
them (`combinatorics.number_draws`). Our own problems; each probability found again here
by listing the ordered draws."""

from __future__ import annotations

from collections.abc import Callable
from fractions import Fraction
from itertools import permutations

import pytest

from tests.solved_problems import assert_solved
from tutor.reasoning.symbolic.engine import solve_now


def _chance(pool: range | list[int], holds: Callable[[int, int], bool]) -> str:
    draws = list(permutations(pool, 2))
    f = Fraction(sum(1 for a, b in draws if holds(a, b)), len(draws))
    return f"{f.numerator}/{f.denominator}"


@pytest.mark.parametrize(("problem", "answer"), [
    (r"Two different numbers $a$ and $b$ are chosen at random from the set "
     r"$\{1, 2, 3, 4, 5, 6, 7\}$. What is the probability that $a - b$ is greater than 2?",
     _chance(range(1, 8), lambda a, b: a - b > 2)),
    ("Two distinct integers $m$ and $n$ are selected from the first 8 positive integers. "
     "Find the probability that $m^2 + n$ is a multiple of 3.",
     _chance(range(1, 9), lambda m, n: (m * m + n) % 3 == 0)),
    (r"Two distinct numbers, $p$ and $q$, are randomly picked from $\{2, 3, 5, 7, 11\}$. "
     r"What is the probability that $pq + 1$ is odd? Express your answer as a common fraction.",
     _chance([2, 3, 5, 7, 11], lambda p, q: (p * q + 1) % 2 == 1)),
    ("Two different integers $u$ and $v$ are drawn from the integers 1 through 12. What is "
     "the probability that $u + 2v$ is divisible by 4?",
     _chance(range(1, 13), lambda u, v: (u + 2 * v) % 4 == 0)),
    (r"Two distinct integers $r$ and $s$ are chosen at random from $\{1,2,3,4,5,6,7,8,9\}$. "
     r"What is the probability that $rs - r - s$ is odd?",
     _chance(range(1, 10), lambda r, s: (r * s - r - s) % 2 == 1)),
])
def test_named_draws(problem: str, answer: str) -> None:
    assert_solved(problem, answer)


@pytest.mark.parametrize("problem", [
    # the two numbers may be the same: not read
    r"Two integers $x$ and $y$ are chosen from $\{1,2,3,4\}$. What is the probability that "
    r"$x + y$ is even?",
    # a letter the draw did not name
    r"Two distinct integers $x$ and $y$ are chosen from $\{1,2,3,4\}$. What is the "
    r"probability that $x + z$ is even?",
    # three names for two numbers
    r"Two distinct integers $x$, $y$ and $z$ are chosen from $\{1,2,3,4\}$. What is the "
    r"probability that $x + y$ is even?",
])
def test_unsettled_named_draws_decline(problem: str) -> None:
    assert solve_now(problem).answer is None
