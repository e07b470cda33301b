"""The numerator and denominator of a number in lowest terms, combined
(tutor/reasoning/symbolic/lowest_terms_parts.py). Our own wordings; a number that is no
fraction declines."""

from __future__ import annotations

import pytest

from tutor.reasoning.symbolic.engine import solve_now


@pytest.mark.parametrize(("problem", "answer"), [
    # 0.2727... = 27/99 = 3/11
    ("When the repeating decimal 0.\\overline{27} is expressed as a common fraction in lowest "
     "terms, what is the sum of its numerator and denominator?", "14"),
    (r"If $0.\overline{6}$ is written as a fraction in lowest terms, what is the sum of its "
     r"numerator and denominator?", "5"),  # 2/3
    ("What is the product of the numerator and the denominator of 0.625 when it is written in "
     "lowest terms?", "40"),  # 5/8
    ("If 45/60 is reduced to lowest terms, what is the positive difference of its numerator "
     "and denominator?", "1"),  # 3/4
])
def test_numerator_and_denominator_combined(problem: str, answer: str) -> None:
    got = solve_now(problem)
    assert got.answer == answer and got.confirmed
    assert "numerator" in got.steps[-2].text


@pytest.mark.parametrize("problem", [
    "When sqrt(2) is written as a fraction in lowest terms, what is the sum of its numerator "
    "and denominator?",
    "When -0.5 is written as a fraction in lowest terms, what is the sum of its numerator and "
    "denominator?",  # the sign: on the numerator or the denominator?
])
def test_no_positive_fraction_declines(problem: str) -> None:
    assert solve_now(problem).answer is None
