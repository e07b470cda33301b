"""Logarithms typed as plain text: a base written with an underscore is read ("log_10(1000)",
"log_2 8"); "log" with no base reads two ways (base 10 to a school student, base e to an
analyst) and declines, saying so. It was read as ln, so "what is log(100)" answered
ln(100) where the student meant 2. Our own wordings."""

from __future__ import annotations

import pytest

from tests.solved_problems import assert_solved
from tutor.reasoning.symbolic.engine import solve_now


@pytest.mark.parametrize(("problem", "answer"), [
    ("what is log_10(1000)", "3"),
    ("what is log_2 8", "3"),
    ("what is log_2(8) + log_3(9)", "5"),
    ("solve log_2(x) = 5", "32"),
    ("solve ln(x) = 3", "e^3"),
    ("what is log base 10 of 100", "2"),
    ("find the domain of log(x - 3)", r"(3, \infty)"),  # the same for every base
])
def test_a_logarithm_with_its_base_or_with_a_domain_asked(problem: str, answer: str) -> None:
    assert_solved(problem, answer)


@pytest.mark.parametrize("problem", ["what is log(100)", "solve log(x) = 2", "evaluate log(1000)",
                                     "solve log(x) + log(4) = 2"])
def test_log_without_a_base_declines_naming_both_readings(problem: str) -> None:
    got = solve_now(problem)
    assert got.answer is None
    assert "base 10 or base e" in (got.declined or ""), got.declined
