"""A price told once and asked again (prealgebra/measured_rates.py) with the rate named at the
question's end ("how much do 10 notebooks cost at the same price each", "... at the same rate")
and dozens asked without their noun ("how much do 2 dozen cost": of the story's things), typed
casually without a comma. Our own problems; near misses (other things, another price) decline."""

from __future__ import annotations

import pytest

from tests.solved_problems import assert_solved
from tutor.reasoning.symbolic.engine import solve_now

SOLVED = [
    # 27.60 for 36 roses: 0.7666... each, 24 roses
    ("if 3 dozen roses cost $27.60 how much do 2 dozen cost at the same rate", "18.40"),
    ("If 3 dozen roses cost $27.60, at the same rate how much do 2 dozen cost?", "18.40"),
    # 6.20 / 4 * 10
    ("If $4$ notebooks cost $\\$6.20$, how much do $10$ notebooks cost at the same price each?",
     "15.50"),
    ("If 5 pens cost $3.50, how much do 8 pens cost at that rate?", "5.60"),
]

NEAR_MISSES = [
    "If 3 dozen roses cost $27.60, how much do 2 dozen tulips cost?",
    "If 4 notebooks cost $6.20, how much do 10 notebooks cost at a lower price each?",
]


@pytest.mark.parametrize(("problem", "answer"), SOLVED)
def test_price_with_the_rate_named_last_solved(problem: str, answer: str) -> None:
    assert_solved(problem, answer)


@pytest.mark.parametrize("problem", NEAR_MISSES)
def test_price_with_the_rate_named_last_near_misses_decline(problem: str) -> None:
    assert solve_now(problem).answer is None
