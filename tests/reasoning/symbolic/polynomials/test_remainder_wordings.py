"""Remainders told and asked in more wordings: 'leaves remainder 3 when divided by', 'has
remainder', 'gives a remainder of 2 upon division by', and 'when p(x) = ... is divided by
x + 2, what is the remainder?' (our own problems, worked by hand); near misses decline."""

from __future__ import annotations

import pytest

from tests.solved_problems import assert_solved
from tutor.reasoning.symbolic.engine import solve_now

SOLVED = [
    # r(x) = ax + b with a + b = 4 and 5a + b = 12: a = 2, b = 2
    (r"A polynomial $p(x)$ leaves remainder $4$ when divided by $x - 1$ and remainder $12$ "
     r"when divided by $x - 5$. Find the remainder when $p(x)$ is divided by $(x-1)(x-5)$.",
     "2x + 2"),
    # values 9 at -2 and 1 at 2: slope -2, r = -2x + 5
    (r"The polynomial $q(t)$ has remainder $9$ when divided by $t + 2$ and remainder $1$ when "
     r"divided by $t - 2$. Find the remainder when $q(t)$ is divided by $t^2 - 4$.",
     "5 - 2t"),
    # values 3 at 4 and 9 at 1: slope -2, r = -2x + 11
    (r"If $P(x)$ gives a remainder of $3$ upon division by $x - 4$ and a remainder of $9$ upon "
     r"division by $x - 1$, find the remainder when $P(x)$ is divided by $(x-4)(x-1)$.",
     "11 - 2x"),
    # the remainder theorem: f(-3) = 81 - 18 - 3 + 1 = 61
    (r"When $f(x) = x^4 - 2x^2 + x + 1$ is divided by $x + 3$, what is the remainder?", "61"),
    # s^3 = -s modulo s^2 + 1: -s + 3s - 2 = 2s - 2
    (r"Find the remainder when $g(s) = s^3 + 3s - 2$ is divided by $s^2 + 1$.", "2s - 2"),
]


@pytest.mark.parametrize(("problem", "answer"), SOLVED)
def test_remainder_wordings(problem: str, answer: str) -> None:
    assert_solved(problem, answer)


@pytest.mark.parametrize("problem", [
    # two remainders do not fix the remainder on a cubic divisor
    r"A polynomial $p(x)$ leaves remainder $4$ when divided by $x - 1$ and remainder $12$ "
    r"when divided by $x - 5$. Find the remainder when $p(x)$ is divided by "
    r"$(x-1)(x-5)(x-2)$.",
    # the name's variable is not the one the divisor is in
    r"When $p(x) = y^4 + 1$ is divided by $y + 2$, what is the remainder?",
])
def test_remainder_near_misses_decline(problem: str) -> None:
    assert solve_now(problem).answer is None


@pytest.mark.parametrize(("problem", "answer"), [
    # the values at the divisor's roots are the remainders there: r(1) = 3, r(4) = 9
    (r"Let $p(x)$ be a polynomial such that $p(1) = 3$ and $p(4) = 9$. Find the remainder when "
     r"$p(x)$ is divided by $(x-1)(x-4)$.", "2x + 1"),
    # x^2 - x - 2 = (x - 2)(x + 1): r(2) = 5, r(-1) = 2
    (r"If $q(x)$ is a polynomial with $q(2) = 5$ and $q(-1) = 2$, what is the remainder when "
     r"$q(x)$ is divided by $x^2 - x - 2$?", "x + 3"),
    # three values: r(0) = 1, r(1) = 2, r(2) = 5
    (r"Let $f(x)$ be a polynomial such that $f(0) = 1$, $f(1) = 2$ and $f(2) = 5$. Find the "
     r"remainder when $f(x)$ is divided by $x(x-1)(x-2)$.", "x^2 + 1"),
])
def test_remainder_from_values(problem: str, answer: str) -> None:
    assert_solved(problem, answer)


@pytest.mark.parametrize("problem", [
    # the value at 5 is not told
    r"Let $p(x)$ be a polynomial such that $p(1) = 3$ and $p(4) = 9$. Find the remainder when "
    r"$p(x)$ is divided by $(x-1)(x-5)$.",
    # a value of another function
    r"Let $p(x)$ be a polynomial such that $g(1) = 3$ and $p(4) = 9$. Find the remainder when "
    r"$p(x)$ is divided by $(x-1)(x-4)$.",
    # a value that is a letter
    r"Let $p(x)$ be a polynomial such that $p(1) = 3$ and $p(4) = k$. Find the remainder when "
    r"$p(x)$ is divided by $(x-1)(x-4)$.",
])
def test_remainder_from_values_near_misses_decline(problem: str) -> None:
    assert solve_now(problem).answer is None
