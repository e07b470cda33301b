"""Definite integrals typed without TeX: the integral sign with its bounds as subscript and
power or said with "from ... to", the letter from "dx", the bounds "between ... and". Our own
wordings, and near misses that must stay declined."""

from __future__ import annotations

import pytest

from tests.solved_problems import assert_solved
from tutor.reasoning.symbolic.calculus.integral_words import as_tex
from tutor.reasoning.symbolic.engine import solve_now


@pytest.mark.parametrize(("problem", "answer"), [
    ("∫_0^2 x^3 dx", "4"),
    ("∫_{1}^{4} 2t dt", "15"),
    ("∫ from 0 to pi of sin(x) dx", "2"),
    ("what is ∫ from 1 to e of 1/x dx?", "1"),
    ("find the integral of 6u^2 du from 0 to 1", "2"),
    ("integrate cos(x) dx between 0 and pi/2", "1"),
    ("the integral from 0 to 3 of (2x + 1) dx", "12"),
    ("what is the integral of x^2 from 0 to 6", "72"),
    ("∫_0^1(2x + 1) dx", "2"),
    ("∫_0^{π/2} sin x dx", "1"),
])
def test_solved(problem: str, answer: str) -> None:
    assert_solved(problem, answer)


def test_the_integrand_is_bracketed_when_it_is_a_sum() -> None:
    assert as_tex("∫_0^1 x + 1 dx") == "$\\int_{0}^{1} \\left(x + 1\\right) \\, dx$"


@pytest.mark.parametrize("problem", [
    "∫ from 0 to 1 of x y dx",  # a second letter: the integral of what, in x?
    "∫_0^1 t^2 dx",  # the letter of dx is not the integrand's
    "∫ from 0 to 1 of the area dx",  # words in the integrand
    # a bound without braces that goes on: ∫_0^{2π}, or ∫_0^2 of π sin x (answered
    # π(1 - cos 2)); ∫_0^{1/2} x, or ∫_0^1 x/2 (answered 1/8)
    "∫_0^2pi sin x dx", "∫_0^1/2 x dx", "∫_0^π/2 sin x dx",
])
def test_unreadable_integrals_decline(problem: str) -> None:
    assert as_tex(problem) == problem
    assert solve_now(problem).answer is None
