"""Inverses of formulas where x occurs once under one-to-one steps (`algebra.functions`):
exponentials, logarithms to any base, odd powers, each step undone from the outside in
(our own problems, worked by hand); formulas that are not one-to-one decline."""

from __future__ import annotations

import pytest

from tests.solved_problems import assert_solved
from tutor.reasoning.symbolic.engine import solve_now

SOLVED = [
    # y = log_3(x + 2): x = 3^y - 2
    (r"Find the inverse of $f(x) = \log_3 (x + 2)$.", r"3^x - 2"),
    # y = 2^x - 5: x = log_2(y + 5)
    (r"Find $g^{-1}(x)$ if $g(x) = 2^{x} - 5$.", r"\log_2(x + 5)"),
    # y = ln(3x - 1) + 2: x = (e^(y - 2) + 1)/3
    (r"Find the inverse of the function $h(x) = \ln(3x - 1) + 2$.", r"\frac{e^{x-2} + 1}{3}"),
    # y = 2x^3 + 1: x = cube root of (y - 1)/2
    (r"Find the inverse of $k(x) = 2x^3 + 1$.", r"\sqrt[3]{\frac{x - 1}{2}}"),
]


@pytest.mark.parametrize(("problem", "answer"), SOLVED)
def test_inverse_formulas(problem: str, answer: str) -> None:
    assert_solved(problem, answer)


@pytest.mark.parametrize("problem", [
    # x^2 + 3 takes each value twice
    r"Find the inverse of $f(x) = x^2 + 3$.",
    # x appears twice: 2^x + 2^{-x} is even
    r"Find the inverse of $f(x) = 2^{x} + 2^{-x}$.",
])
def test_not_one_to_one_declines(problem: str) -> None:
    assert solve_now(problem).answer is None
