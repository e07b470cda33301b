"""The units digit of a number written in another base (`number_theory.base_units_digits`).
Our own problems; answers worked by hand as remainders."""

from __future__ import annotations

import pytest

from tests.solved_problems import assert_solved
from tutor.reasoning.symbolic.engine import solve_now


@pytest.mark.parametrize(("problem", "answer"), [
    # 7011 = 8 * 876 + 3
    ("What is the units digit of $123 \\cdot 57$ when written in base 8?", "3"),
    # 3^6 = 1 mod 7, so 3^20 = 9 = 2 mod 7
    ("Find the units digit of $3^{20}$ when it is expressed in base 7.", "2"),
    # 1999 = 5 * 399 + 4
    ("Find the ones digit in the base 5 representation of $1999$.", "4"),
    # 96 + 38 = 134 = 3 * 44 + 2
    ("Determine the rightmost digit of $96 + 38$ if it is written in base 3.", "2"),
    # the writing told first, or only "in base b": 250 = 6 * 41 + 4; 17 * 19 = 323 = 9 * 35 + 8
    ("When $250$ is written in base 6, what is its units digit?", "4"),
    ("When 323 is expressed in base 9, find the last digit.", "8"),
    ("What is the last digit of $17 \\cdot 19$ in base 9?", "8"),
    # 3^6 = 1 (mod 7) and 2025 = 6 * 337 + 3: 3^2025 + 7 = 27 = 6 (mod 7)
    ("Find the units digit of $3^{2025} + 7$ in base 7.", "6"),
])
def test_base_units_digits(problem, answer):
    assert_solved(problem, answer)


@pytest.mark.parametrize("problem", [
    # a digit above 9 is a letter
    "What is the units digit of $123 \\cdot 57$ when written in base 16?",
    # not a whole number
    "What is the units digit of $\\frac{7}{2}$ when written in base 8?",
    # whose units digit? two numbers are named
    "When $250$ is written in base 6, what is the units digit of $251$?",
])
def test_base_units_digits_not_read_are_declined(problem):
    assert solve_now(problem).answer is None
