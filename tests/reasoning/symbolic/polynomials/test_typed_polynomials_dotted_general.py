"""Products written with dots that also show their general factor between two sets of dots,
and products asked for as a fraction (our own problems, worked by hand); a general factor
that is not the pattern of the written factors declines."""

from __future__ import annotations

import pytest

from tests.solved_problems import assert_solved
from tutor.reasoning.symbolic.engine import solve_now

SOLVED = [
    # (k+3)/(k+2) from k = 3 to 29: 30/3
    ("Write the value of this product as a common fraction: $\\left(1+\\frac{1}{3}\\right)"
     "\\left(1+\\frac{1}{4}\\right)\\left(1+\\frac{1}{5}\\right) \\dotsm \\left(1+\\frac{1}{k+2}"
     "\\right) \\dotsm \\left(1+\\frac{1}{29}\\right)$", "10"),
    # (k-1)/k from 4 to 60: 3/60
    ("Compute $\\left(1-\\frac{1}{4}\\right)\\left(1-\\frac{1}{5}\\right) \\cdots \\left(1-"
     "\\frac{1}{k}\\right) \\cdots \\left(1-\\frac{1}{60}\\right)$.", "\\frac{1}{20}"),
    # 1/3 * 2/4 * ... * 18/20 = (1*2)/(19*20)
    ("What is $\\left(1-\\frac{2}{3}\\right)\\left(1-\\frac{2}{4}\\right)\\left(1-\\frac{2}{5}"
     "\\right) \\dotsm \\left(1-\\frac{2}{m}\\right) \\dotsm \\left(1-\\frac{2}{20}\\right)$?",
     "\\frac{1}{190}"),
    # one ellipsis, asked as a fraction: 3/60
    ("Express this product as a common fraction: $\\left(1-\\frac{1}{4}\\right)\\left(1-"
     "\\frac{1}{5}\\right) \\cdots \\left(1-\\frac{1}{60}\\right)$.", "\\frac{1}{20}"),
    # (k+1)/k from 2 to 11: 12/2
    ("Express the value of the following product as a fraction in lowest terms: "
     "$\\left(1+\\frac12\\right)\\left(1+\\frac13\\right) \\dotsm \\left(1+\\frac1{j}\\right)"
     " \\dotsm \\left(1+\\frac1{11}\\right)$", "6"),
]


@pytest.mark.parametrize(("problem", "answer"), SOLVED)
def test_dotted_products_with_a_general_factor(problem: str, answer: str) -> None:
    assert_solved(problem, answer)


DECLINED = [
    # the general factor 1 - 2/k is not the pattern 1 - 1/k of the written factors
    "Compute $\\left(1-\\frac{1}{4}\\right)\\left(1-\\frac{1}{5}\\right) \\cdots \\left(1-"
    "\\frac{2}{k}\\right) \\cdots \\left(1-\\frac{1}{60}\\right)$.",
    # the last factor is a letter: no value
    "Find $\\left(1-\\frac{1}{4}\\right)\\left(1-\\frac{1}{5}\\right) \\cdots \\left(1-"
    "\\frac{1}{k}\\right) \\cdots \\left(1-\\frac{1}{x}\\right)$.",
    # asked as a decimal, which this reader does not read
    "Express the following product as a decimal: $\\left(1-\\frac{1}{4}\\right)\\left(1-"
    "\\frac{1}{5}\\right) \\cdots \\left(1-\\frac{1}{k}\\right) \\cdots \\left(1-\\frac{1}{8}"
    "\\right)$.",
]


@pytest.mark.parametrize("problem", DECLINED)
def test_products_off_the_pattern_decline(problem: str) -> None:
    assert solve_now(problem).answer is None
