"""How much longer one trip takes than another at steady rates
(prealgebra/time_differences.py): one speed and two distances, or two paces and one distance.
Our own stories, answers worked out by hand; near misses (the difference the other way, a
stop on the way, a rate that is no speed) must decline."""

from __future__ import annotations

import pytest

from tests.solved_problems import assert_solved
from tutor.reasoning.symbolic.engine import solve_now

SOLVED = [
    # 20 miles at 40 mph: half an hour
    ("A bus keeps to 40 miles per hour. How many minutes longer does a 130-mile trip take "
     "than a 110-mile trip?", "30"),
    # 5 miles at 9 and at 7 minutes a mile
    ("Ann runs at 7 minutes per mile and Bea at 9 minutes per mile. In a 5-mile race, how many "
     "minutes after Ann finishes does Bea finish, if they start together?", "10"),
    ("Driving steadily at 60 miles per hour, how many minutes less would Jo need for a "
     "300-mile trip than for a 320-mile trip?", "20"),
    ("Ann runs at 7 minutes per mile, while Bea runs at 9 minutes per mile. In a 5-mile race, "
     "how many minutes sooner does Ann finish than Bea?", "10"),
    # 90 km at 45 km/h and 30 km/h: 2 h and 3 h
    ("Carl cycles at 30 kilometers per hour and Dana cycles at 45 kilometers per hour. On a "
     "90-kilometer ride, how many hours later does Carl arrive than Dana?", "1"),
]

NEAR_MISSES = [
    # the shorter trip cannot take longer
    "A bus keeps to 40 miles per hour. How many minutes longer does a 110-mile trip take than "
    "a 130-mile trip?",
    # Bea is slower
    "Ann runs at 7 minutes per mile, while Bea runs at 9 minutes per mile. In a 5-mile race, "
    "how many minutes sooner does Bea finish than Ann?",
    # a stop on the way
    "A bus keeps to 40 miles per hour and stops for 10 minutes. How many minutes longer does a "
    "130-mile trip take than a 110-mile trip?",
    # a price rate, not a speed
    "Gas costs 4 dollars per gallon. How many minutes longer does a 130-mile trip take than a "
    "110-mile trip?",
]


@pytest.mark.parametrize(("problem", "answer"), SOLVED)
def test_time_differences_solved(problem: str, answer: str) -> None:
    assert_solved(problem, answer)


@pytest.mark.parametrize("problem", NEAR_MISSES)
def test_time_differences_near_misses_decline(problem: str) -> None:
    assert solve_now(problem).answer is None
