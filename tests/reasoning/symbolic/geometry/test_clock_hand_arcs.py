"""The tip of a clock's hand and the area it sweeps (geometry/clock_hand_arcs.py). Our own
problems; answers worked by hand."""

from __future__ import annotations

import pytest

from tests.solved_problems import assert_solved
from tutor.reasoning.symbolic.engine import solve_now


@pytest.mark.parametrize(("problem", "answer"), [
    # a third of an hour: (1/3) 2 pi 9
    ("The minute hand of a clock is 9 cm long. How far does its tip travel in 20 minutes? "
     "Express your answer in terms of $\\pi$.", "6\\pi"),
    # 30 turns of 2 pi 5
    ("The second hand on a clock is 5 cm long. How far in centimeters does the tip of this "
     "second hand travel during a period of 30 minutes? Express your answer in terms of "
     "$\\pi$.", "300\\pi"),
    # 4 of 12 hours: (1/3) 2 pi 6
    ("The hour hand of a clock is 6 inches long. How far does its tip travel in 4 hours? "
     "Express your answer in terms of $\\pi$.", "4\\pi"),
    # half an hour sweeps half the circle: pi 64 / 2
    ("The minute hand of a clock is 8 cm long. What area does the minute hand sweep in 30 "
     "minutes? Express your answer in terms of $\\pi$.", "32\\pi"),
    # spelled time: fifteen minutes, (1/4) 2 pi 12
    ("The minute hand of a wall clock is 12 cm long. How far does its tip travel in fifteen "
     "minutes? Express your answer in terms of $\\pi$.", "6\\pi"),
])
def test_clock_hands(problem: str, answer: str) -> None:
    assert_solved(problem, answer)


@pytest.mark.parametrize("problem", [
    # another unit asked
    "The minute hand of a clock is 6 cm long. How many inches does its tip travel in 20 minutes?",
    # a sweep of more than one turn covers the circle several times
    "The minute hand of a clock is 6 cm long. What area does the minute hand sweep in 3 hours?",
    # a word that changes the question
    "The minute hand of a clock is 6 cm long. How far does its tip travel in 20 minutes "
    "after it stops?",
])
def test_clock_hands_declined(problem: str) -> None:
    assert solve_now(problem).answer is None
