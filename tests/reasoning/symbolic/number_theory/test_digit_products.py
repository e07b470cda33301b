"""The product of the digits of a number (number_theory/digits.py, asked through
integer_questions.read_digits): read from the numeral, confirmed digit by digit with division
by 10. Our own wordings; a negative number and another base decline."""

from __future__ import annotations

import pytest

from tutor.reasoning.symbolic.engine import solve_now


@pytest.mark.parametrize(("problem", "answer"), [
    ("What is the product of the digits of 3245?", "120"),
    ("Find the product of the digits of 2^10.", "0"),  # 1024 has a 0
    ("what is the product of all the digits in 987?", "504"),
    (r"Compute the product of the digits of $3^{5}$.", "24"),  # 243
])
def test_product_of_digits(problem: str, answer: str) -> None:
    got = solve_now(problem)
    assert got.answer == answer and got.confirmed
    assert "\\cdot" in got.steps[-1].text


@pytest.mark.parametrize("problem", [
    "What is the product of the digits of -35?",
    r"What is the product of the digits of $123_4$?",
])
def test_product_of_digits_not_read_declines(problem: str) -> None:
    assert solve_now(problem).answer is None
