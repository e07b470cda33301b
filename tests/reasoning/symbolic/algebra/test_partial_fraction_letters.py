"""One constant of a partial-fraction identity asked ('Find A if ... = A/(x - 1) +
B/(x + 1)'): the other capital letters are constants too, the one small letter the variable
(`algebra.identity_constants`; our own problems, worked by hand); near misses decline."""

from __future__ import annotations

import pytest

from tests.solved_problems import assert_solved
from tutor.reasoning.symbolic.engine import solve_now

SOLVED = [
    # cover-up at x = 2: (8 + 1)/(2 + 1) = 3
    (r"Find $A$ if $\frac{4x+1}{(x-2)(x+1)} = \frac{A}{x-2} + \frac{B}{x+1}$.", "3"),
    # at x = -1: (-4 + 1)/(-1 - 2) = 1
    (r"Find $B$ if $\frac{4x+1}{(x-2)(x+1)} = \frac{A}{x-2} + \frac{B}{x+1}$.", "1"),
    # cover-up at t = -2: (4 + 2)/((-2)(-5)) = 3/5
    (r"Determine $C$ such that $\frac{t^2 + 2}{t(t - 3)(t + 2)} = \frac{A}{t} + "
     r"\frac{B}{t - 3} + \frac{C}{t + 2}$.", r"\frac{3}{5}"),
    # (x + 4)^2 = x^2 + 8x + 16
    (r"Find $k$ if $x^2 + kx + 16 = (x + 4)^2$.", "8"),
]


@pytest.mark.parametrize(("problem", "answer"), SOLVED)
def test_one_partial_fraction_constant(problem: str, answer: str) -> None:
    assert_solved(problem, answer)


@pytest.mark.parametrize("problem", [
    # two small letters: no single variable
    r"Find $A$ if $\frac{5}{x^2 - 4} = \frac{A}{x-2} + \frac{B}{y+2}$.",
    # a x = 6 cannot hold for every x
    r"Find $a$ if $ax = 6$.",
])
def test_no_identity_declines(problem: str) -> None:
    assert solve_now(problem).answer is None
