"""Student wordings of speed, distance and time read by motion and rate_units after
prealgebra/speed_rewordings.py says them again. Our own problems, answers worked out by hand;
near misses (no time or distance to work with) must decline."""

from __future__ import annotations

import pytest

from tests.solved_problems import assert_solved
from tutor.reasoning.symbolic.engine import solve_now

SOLVED = [
    # 180 / 45
    ("How long does it take to drive 180 km at 45 km/h, in hours?", "4"),
    # the hours of km/h when no unit is asked
    ("how long would it take a boat to sail 36 km at 12 km/h", "3"),
    # 72 km/h = 20 m/s, for 15 s
    ("A car drives at 72 km/h. How many metres does it travel in 15 seconds?", "300"),
    # 4 m/s = 14.4 km/h
    ("a cyclist goes 4 m/s, what is that in km/h?", "14.4"),
    ("a horse runs at 15 m/s. whats that in km/h", "54"),
    # 6 m in 3 minutes: 2 m per minute = 1/30 m/s
    ("a beetle moves 6 m in 3 minutes. whats its speed in m/s", "\\frac{1}{30}"),
]

NEAR_MISSES = [
    # no time to go with the speed
    "A car drives at 72 km/h. How far does it go?",
    "A car drives at 72 km/h. How many metres does it travel?",
    # no speed to convert
    "a cyclist goes fast, what is that in km/h?",
]


@pytest.mark.parametrize(("problem", "answer"), SOLVED)
def test_speed_rewordings_solved(problem: str, answer: str) -> None:
    assert_solved(problem, answer)


@pytest.mark.parametrize("problem", NEAR_MISSES)
def test_speed_rewordings_near_misses_decline(problem: str) -> None:
    assert solve_now(problem).answer is None
