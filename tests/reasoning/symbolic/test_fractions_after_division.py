"""The engine reads "a ÷ p/q" as dividing by the fraction p/q, as "divided by" in words
does, and declines "a ÷ p / q" with spaces, which reads two ways. Our own wordings."""

from __future__ import annotations

import pytest

from tests.solved_problems import assert_solved
from tutor.reasoning.symbolic.engine import solve_now


@pytest.mark.parametrize(("problem", "answer"), [
    ("what is 3/4 ÷ 1/2", "3/2"),
    ("work out 5 ÷ 1/4", "20"),
    ("Calculate $2/5 \\div 4/15$.", "3/2"),
    ("what's 1 1/2 ÷ 3/4", "2"),
    ("what is 10 ÷ 5 ÷ 2", "1"),  # no fraction: left to right
    ("what is 6 ÷ -2/3", "-9"),  # a negative fraction
])
def test_solved(problem: str, answer: str) -> None:
    assert_solved(problem, answer)


@pytest.mark.parametrize("problem", ["what is 8 ÷ 4 / 2", "What is $8 \\div 4 / 2$?",
                                     "what is 6 ÷ -2 / 3"])
def test_spaced_slash_declines(problem: str) -> None:
    assert solve_now(problem).answer is None
