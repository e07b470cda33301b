"""Unknown constants fixed by a statement that holds for every x: a divisor with letters, a
remainder with letters, a factor of a given form, a composition or an identity (our own
problems, answers worked out by hand); near misses decline or stay right."""

from __future__ import annotations

import pytest

from tests.solved_problems import assert_solved
from tutor.reasoning.symbolic.engine import solve_now
from tutor.verify.answers import equivalent

SOLVED = [
    # x = 1 and x = -1: 1 - P + Q = 0 and 1 + P + Q = 0
    (r"Suppose $x^2 - 1$ divides $x^{30} - Px + Q,$ where $P$ and $Q$ are real. What is "
     r"$P + Q$?", "-1"),
    # (x^2 - 2x + 3)(x^2 + 2x + 5); no other integer leaves a zero remainder
    (r"Determine the integer $c$ for which $x^4 + 4x^2 - 4x + 15$ is divisible by "
     r"$x^2 - 2x + c.$", "3"),
    # 4x^3 + mx - 9 = (x^2 + qx + 3)(4x - 3): q = 3/4, m = 12 - 3q
    (r"Given that $x^2 + qx + 3$ is a factor of $4x^3 + mx - 9,$ compute $m.$",
     r"\frac{39}{4}"),
    # (x^2 + x - 3)(x^2 + 5) = x^4 + x^3 + 2x^2 + 5x - 15
    (r"Dividing $x^4 + x^3 + 2x^2 + 7x + 5$ by $x^2 + x + k$ leaves the remainder $2x + a.$ "
     r"What is the ordered pair $(k, a)$?", "(-3, 20)"),
    # p(q(x)) = 2mx - 6 + m: m = 5, n = -1
    (r"Suppose $p(x) = 2x + m$ and $q(x) = mx - 3$, and that $p(q(x)) = 10x + n.$ What is "
     r"$n$?", "-1"),
    # r(r(x)) = c^2 x / ((2c + 6)x + 9) = x exactly when c = -3
    (r"A function is given by $r(x) = \frac{cx}{2x + 3}.$ For which constant $c$ is "
     r"$r(r(x)) = x$ for every $x$ where it is defined?", "-3"),
    # {p, q} = {4, 5}
    (r"The integers $p$ and $q$ satisfy $(x + p)(x + q) = x^2 + 9x + 20$ for every $x.$ "
     r"Compute $p^2 + q^2.$", "41"),
    # (6y - 4)x + (9y - 6) = 0 for every x
    (r"For every real number $x$, the equation $6xy - 4x + 9y - 6 = 0$ holds. Find $y.$",
     r"\frac{2}{3}"),
    # (x^2 + 2x - 1)(3x + k) = 3x^3 + (k + 6)x^2 + (2k - 3)x - k
    (r"Determine the constant $k$ for which $(x^2 + 2x - 1)(3x + k) = 3x^3 + 10x^2 + 5x - 4$ "
     r"for all $x$.", "4"),
    # x^2 - 3x - 10 = (x - 5)(x + 2)
    (r"Find every $s$ for which $x^2 - 3x - 10$ is divisible by $x + s.$", "-5, 2"),
]


@pytest.mark.parametrize(("problem", "answer"), SOLVED)
def test_constants_from_statements_for_every_x(problem: str, answer: str) -> None:
    assert_solved(problem, answer)


@pytest.mark.parametrize("problem", [
    # a + b + c = -1 does not fix a + b
    r"Given that $x - 1$ divides $x^3 + ax^2 + bx + c,$ compute $a + b.$",
    # the remainder k^2 + 3 is never zero for a real k
    r"Find the real number $k$ such that $x^2 + k$ divides $x^4 + 3.$",
    # no integer works: the remainder never vanishes
    r"Find the integer $a$ such that $x^6 - x + 30$ is divisible by $x^2 + x + a.$",
    # the remainder's x-coefficient is 4 whatever k is: the statement cannot hold
    r"Dividing $x^4 + 2x^3 - x^2 + 5x + 1$ by $x^2 + x + k$ leaves the remainder $3x + a.$ "
    r"Find $k + a.$",
])
def test_undetermined_or_impossible_constants_decline(problem: str) -> None:
    assert solve_now(problem).answer is None


@pytest.mark.parametrize(("problem", "right"), [
    # an equation at one value of x, not an identity: k = 4 if anything
    (r"Find the constant $k$ if $kx + 3 = 11$ when $x = 2.$", "4"),
    # a divisor with a repeated root: (x - 1)^2 (x + 2) = x^3 - 3x + 2
    (r"Suppose $(x - 1)^2$ divides $x^3 + ax + b.$ Compute $a.$", "-3"),
])
def test_near_misses_are_never_wrong(problem: str, right: str) -> None:
    got = solve_now(problem).answer
    assert got is None or equivalent(right, got), got
