"""Wheels rolling without slipping (geometry/wheel_revolutions.py). Our own problems; answers
worked by hand."""

from __future__ import annotations

import pytest

from tests.solved_problems import assert_solved
from tutor.reasoning.symbolic.engine import solve_now


@pytest.mark.parametrize(("problem", "answer"), [
    # one turn rolls the circumference: pi * 28
    ("A bicycle wheel has a diameter of 28 inches. How many inches does the bicycle travel in "
     "one full revolution of the wheel? Express your answer in terms of $\\pi$.", "28\\pi"),
    # the same distance: 40 * (2 feet = 24 inches) / 8 inches
    ("On an old-fashioned bicycle the front wheel has a radius of 2 feet and the back wheel has "
     "a radius of 8 inches. If there is no slippage, how many revolutions will the back wheel "
     "make while the front wheel makes 40 revolutions?", "120"),
    # 15 turns of a rim 2 pi * 3 feet long
    ("A wheel has a radius of 3 feet. How far does the cart travel when the wheel makes 15 "
     "revolutions? Express your answer in terms of $\\pi$.", "90\\pi"),
])
def test_wheels_rolling(problem: str, answer: str) -> None:
    assert_solved(problem, answer)


def test_one_wheel_told_and_asked_declines() -> None:
    assert solve_now("The front wheel has a radius of 3 feet and the back wheel has a radius of 6 "
                     "inches. How many revolutions will the front wheel make while the front "
                     "wheel makes 50 revolutions?").answer is None
