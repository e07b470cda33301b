"""Rounding to a number of decimal places said in digits or words (`number_theory.rounding`):
our own numbers; halves go up."""

from __future__ import annotations

import pytest

from tests.solved_problems import assert_solved
from tutor.reasoning.symbolic.engine import solve_now


@pytest.mark.parametrize(("problem", "answer"), [
    ("Round 5.4672 to two decimal places.", "5.47"),
    ("Round 0.08349 to 3 decimal places.", "0.083"),
    ("Round 12.35 to one decimal place.", "12.4"),
    (r"Round $\sqrt{3}$ to 4 decimal places.", "1.7321"),
])
def test_rounded_to_decimal_places(problem: str, answer: str) -> None:
    assert assert_solved(problem).answer == answer


@pytest.mark.parametrize("problem", [
    "Round 7.5 to 1.5 decimal places.",
    "Round 3.14159 to 0 decimal places.",
])
def test_places_that_are_not_a_count_decline(problem: str) -> None:
    assert solve_now(problem).answer is None
