"""Factoring over the real numbers (`algebra.real_factoring`): the rational factors when
each is linear or a quadratic with no real root (our own problems, worked by hand);
polynomials that would split into irrational factors decline."""

from __future__ import annotations

import pytest

from tests.solved_problems import assert_solved
from tutor.reasoning.symbolic.engine import solve_now

SOLVED = [
    # a difference of squares twice; y^2 + 25 has no real root
    (r"Factor $y^4 - 625$ as far as possible, where the factors are monic polynomials with "
     r"real coefficients.", r"(y - 5)(y + 5)(y^2 + 25)"),
    (r"Factor $x^4 - 1$ completely over the real numbers.", r"(x - 1)(x + 1)(x^2 + 1)"),
    # a sum of cubes: x^2 - 2x + 4 has discriminant -12
    (r"Factor $x^3 + 8$ over the reals.", r"(x + 2)(x^2 - 2x + 4)"),
    # Sophie Germain: x^4 + 64 = (x^2 + 8)^2 - 16x^2
    (r"Factor $x^4 + 64$ into factors with real coefficients.",
     r"(x^2 - 4x + 8)(x^2 + 4x + 8)"),
    (r"Factor $3u^3 - 12u$ completely over the reals.", r"3u(u - 2)(u + 2)"),
    # a quadratic in t^2: (t^2 - 1)(t^2 - 9)
    (r"Factor $t^4 - 10t^2 + 9$ as far as possible, where the factors are monic polynomials "
     r"with real coefficients.", r"(t - 3)(t - 1)(t + 1)(t + 3)"),
]


@pytest.mark.parametrize(("problem", "answer"), SOLVED)
def test_real_factoring(problem: str, answer: str) -> None:
    assert_solved(problem, answer)


@pytest.mark.parametrize("problem", [
    # over the reals x^2 - 3 splits into x - sqrt(3) and x + sqrt(3)
    r"Factor $x^4 - 9$ over the reals.",
    # irreducible over the rationals, two real quadratics over the reals
    r"Factor $x^4 + 1$ completely over the real numbers.",
    # monic factors asked, but the leading coefficient is 2
    r"Factor $2x^2 - 8$ as far as possible, where the factors are monic polynomials with real "
    r"coefficients.",
])
def test_factors_that_split_further_decline(problem: str) -> None:
    assert solve_now(problem).answer is None
