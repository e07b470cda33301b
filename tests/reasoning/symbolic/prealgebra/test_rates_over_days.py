"""A rate told in hours or minutes and asked over days or weeks (or the reverse) reads two
ways — days of 24 hours, or days of work, reading, driving — so proportions.py and rates.py
decline it; conversions within hours, minutes and seconds, and a conversion asked alone ("how
many hours are in 4 days"), are still exact. Our own stories, answers worked by hand."""

from __future__ import annotations

import pytest

from tests.solved_problems import assert_solved
from tutor.reasoning.symbolic.engine import solve_now

SOLVED = [
    ("A painter earns $84 in 7 hours. At that rate, how much does he earn in 30 minutes?", "6"),
    ("A pump moves 45 gallons in 3 minutes. At this rate, how many gallons does it move in 2 "
     "hours?", "1800"),
    ("Nina types 150 words in 5 minutes. At this rate, how many words does she type in 2 "
     "hours?", "3600"),
    ("How many hours are in 4 days?", "96"),
    ("How many minutes are in 3 hours?", "180"),
]

NEAR_MISSES = [
    "A painter earns $84 in 7 hours. At that rate, how much does he earn in 5 days?",
    "Nina types 150 words in 5 minutes. At this rate, how many words does she type in a week?",
    "A bus driver drives 120 miles in 3 hours. At this rate, how many miles does she drive in 2 "
    "days?",
    "A baker makes 40 rolls in 2 days. At this rate, how many rolls does he make in 6 hours?",
]


@pytest.mark.parametrize(("problem", "answer"), SOLVED)
def test_rates_within_hours_solved(problem: str, answer: str) -> None:
    assert_solved(problem, answer)


@pytest.mark.parametrize("problem", NEAR_MISSES)
def test_rates_over_days_decline(problem: str) -> None:
    assert solve_now(problem).answer is None
