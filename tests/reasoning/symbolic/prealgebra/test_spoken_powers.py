"""A power said in words in a calculation (`word_grammar`: "to the power of", "raised to the
power of"): our own calculations, answers by hand; a power of a power, a negative base and
an exponent that is a calculation are never read."""

from __future__ import annotations

import pytest

from tests.solved_problems import assert_solved
from tutor.reasoning.symbolic.engine import solve_now


@pytest.mark.parametrize(("problem", "answer"), [
    ("what is 5 to the power of 2 divided by 10", "\\frac{5}{2}"),  # 25/10
    ("3 to the power of 3 minus 7", "20"),                          # 27 - 7
    ("what is 2 raised to the power of 6 plus 4", "68"),            # 64 + 4
    ("compute 10 to the power of 3 times 0.5", "500"),              # 1000 * 0.5
    ("what is 2 to the power of -3", "\\frac{1}{8}"),
    ("evaluate half of 4 to the power of 2", "8"),                  # 16/2 both ways
])
def test_powers_in_words_solved(problem: str, answer: str) -> None:
    assert_solved(problem, answer)


@pytest.mark.parametrize("problem", [
    "what is 3 to the power of 2 to the power of 2",   # 81 or 3^4: never read
    "what is 0 to the power of -1",                     # no value
    "what is 2 to the power of half of 6",              # the exponent a calculation
])
def test_power_near_misses_decline(problem: str) -> None:
    assert solve_now(problem).answer is None
