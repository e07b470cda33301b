"""The last two or three digits are answered as digits: a leading zero is written."""

from __future__ import annotations

import pytest

from tutor.reasoning.symbolic.engine import solve_now


@pytest.mark.parametrize(("problem", "answer"), [
    # 9^2 = 81, 9^4 = 6561, 9^10 = 3486784401
    (r"What are the last two digits of $9^{10}$?", "01"),
    # 11^10 = 25937424601
    (r"Find the last three digits of $11^{10}$.", "601"),
    # 3^20 = 3486784401
    (r"Determine the last three digits of $3^{20}$.", "401"),
    # 6^5 = 7776; 6^{10} = 60466176
    (r"What are the rightmost two digits of $6^{10}$?", "76"),
    # 10^3 + 7 = 1007
    (r"What are the last three digits of $10^3 + 7$?", "007"),
])
def test_last_digits_keep_their_leading_zeros(problem: str, answer: str) -> None:
    assert solve_now(problem).answer == answer


def test_the_units_digit_is_one_digit() -> None:
    assert solve_now(r"What is the units digit of $9^{10}$?").answer == "1"
