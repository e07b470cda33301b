"""A number written as a percent, a percent written as a decimal
(`prealgebra.percent_conversions`). Our own problems."""

from __future__ import annotations

from fractions import Fraction

import pytest

from tests.solved_problems import assert_solved
from tutor.reasoning.symbolic.engine import solve_now
from tutor.reasoning.symbolic.percent_requests import terminating


@pytest.mark.parametrize(("problem", "answer"), [
    (r"Express $\frac{3}{16}$ as a percent.", "18.75"),
    (r"What is $\frac{9}{40}$ written as a percentage?", "22.5"),
    ("Write 0.045 as a percent.", "4.5"),
    (r"Write $2\frac{1}{5}$ as a percent.", "220"),
    (r"What percent is $\frac{7}{25}$?", "28"),
    (r"Convert 6.25\% to a decimal.", "0.0625"),
    (r"Write 130\% as a decimal.", "1.3"),
])
def test_conversions(problem: str, answer: str) -> None:
    assert_solved(problem, answer)


@pytest.mark.parametrize("problem", [
    # 100/7 percent does not end: exactness is asked, not a rounding
    r"Express $\frac{1}{7}$ as a percent.",
    # two numbers: another question
    r"What is 20\% of $\frac{5}{8}$ as a percent?",
])
def test_other_questions_decline(problem: str) -> None:
    assert solve_now(problem).answer is None


def test_terminating_decimals() -> None:
    assert terminating(Fraction(125, 2)) == "62.5"
    assert terminating(Fraction(-1, 125)) == "-0.008"
    assert terminating(Fraction(7)) == "7"
    assert terminating(Fraction(1, 3)) is None


@pytest.mark.parametrize(("problem", "answer"), [
    # the number of percent rounded as asked
    ("What is 5/9 as a percent, to the nearest whole percent?", "56"),
    ("Express 2/3 as a percent to the nearest tenth of a percent.", "66.7"),
    (r"Write $\frac{1}{7}$ as a percent, rounded to the nearest hundredth.", "14.29"),
    ("Express 3/8 as a percent to the nearest whole percent.", "38"),  # 37.5 rounds half up
])
def test_a_percent_rounded_as_asked(problem: str, answer: str) -> None:
    assert_solved(problem, answer)
