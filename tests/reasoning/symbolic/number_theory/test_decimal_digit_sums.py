"""The sum of the first n digits after the decimal point (`number_theory.decimals`): a fraction
typed as "a/b" in the words is the quotient, never its numerator alone; our own numbers."""

from __future__ import annotations

import pytest

from tests.solved_problems import assert_solved
from tutor.reasoning.symbolic.engine import solve_now


@pytest.mark.parametrize(("problem", "answer"), [
    # 2/7 = 0.285714...: 2 + 8 + 5 + 7 = 22
    ("What is the sum of the first 4 digits after the decimal point in the decimal for 2/7?",
     "22"),
    # 5/11 = 0.4545...: 4 + 5 + 4 = 13
    ("Find the sum of the first 3 digits to the right of the decimal point in the decimal "
     "expansion of 5/11.", "13"),
    # 1/13 = 0.076923...: 0 + 7 + 6 + 9 + 2 + 3 = 27
    (r"What is the sum of the first 6 digits after the decimal point in the decimal "
     r"representation of $\frac{1}{13}$?", "27"),
])
def test_digit_sum_of_a_typed_fraction(problem: str, answer: str) -> None:
    assert assert_solved(problem).answer == answer


@pytest.mark.parametrize("problem", [
    "What is the sum of the first 4 digits after the decimal point in the decimal for 2/0?",
    "What is the sum of the first 4 digits after the decimal point in the decimal for 2/7 "
    "plus 3?",
])
def test_digit_sum_of_no_single_fraction_declines(problem: str) -> None:
    assert solve_now(problem).answer is None
