"""When something thrown or dropped hits the ground or first reaches a height, its height
given by a formula in time (`algebra.height_times`), in phrasings of our own; near misses
decline.

Every problem here is written for this file; the answers were worked out by hand.
"""

from __future__ import annotations

import pytest

from tests.solved_problems import assert_solved
from tutor.reasoning.symbolic.engine import solve_now

SOLVED = [
    # -16t^2 + 40t + 24 = 0  <=>  (2t + 1)(t - 3) = 0
    (r"The equation $h = -16t^2 + 40t + 24$ gives the height in feet of a ball thrown upward "
     r"at 40 feet per second from 24 feet above the ground. After how many seconds does the "
     r"ball hit the ground?", "3"),
    # 64 - 16t^2 = 0
    (r"A stone is dropped from 64 feet above the ground, and its height in feet after $t$ "
     r"seconds is $h = 64 - 16t^2$. How long will it take for the stone to hit the ground?",
     "2"),
    # -5t^2 + 30t = 40  <=>  (t - 2)(t - 4) = 0: the first is 2
    (r"The height in meters of an arrow shot straight up from the ground is given by "
     r"$y = -5t^2 + 30t$. When will the arrow first reach 40 meters?", "2"),
    # -16t^2 - 8t + 48 = 0  <=>  (2t - 3)(t + 2) = 0
    (r"A rock is thrown downward at 8 feet per second from a height of 48 feet, and its "
     r"height in feet is given by $-16t^2 - 8t + 48$. Find the time in seconds at which the "
     r"rock will reach the ground.", r"\frac{3}{2}"),
    # t^2 - 2t - 1 = 0
    (r"The formula $h = -16t^2 + 32t + 16$ describes the height (in feet) of a coin tossed "
     r"upward at 32 feet per second from 16 feet above the ground. In how many seconds will "
     r"the coin land?", r"1 + \sqrt{2}"),
    (r"The formula $h = -16t^2 + 32t + 16$ describes the height (in feet) of a coin tossed "
     r"upward at 32 feet per second from 16 feet above the ground. In how many seconds will "
     r"the coin land? Express your answer as a decimal rounded to the nearest hundredth.",
     "2.41"),
    # the vertex: t = -40 / (2 * -16)
    (r"A ball is thrown upward at 40 feet per second from 24 feet above the ground; its "
     r"height in feet is $h = -16t^2 + 40t + 24$. After how many seconds does the ball reach "
     r"its maximum height?", r"\frac{5}{4}"),
    (r"The height in meters of an arrow shot straight up from the ground is given by "
     r"$y = -5t^2 + 30t$. When will the arrow reach its greatest height?", "3"),
]


@pytest.mark.parametrize(("problem", "answer"), SOLVED)
def test_height_times(problem: str, answer: str) -> None:
    assert_solved(problem, answer)


DECLINED = [
    # the story's speed (30) is not the formula's (40)
    r"The equation $h = -16t^2 + 40t + 24$ gives the height in feet of a ball thrown upward "
    r"at 30 feet per second from 24 feet above the ground. After how many seconds does the "
    r"ball hit the ground?",
    # 40 meters is reached twice (t = 2 and t = 4): "reach" alone does not say which
    r"The height in meters of an arrow shot straight up from the ground is given by "
    r"$y = -5t^2 + 30t$. When will the arrow reach 40 meters?",
    # the greatest height is 45 meters: 60 is never reached
    r"The height in meters of an arrow shot straight up from the ground is given by "
    r"$y = -5t^2 + 30t$. When will the arrow first reach 60 meters?",
    # "downward", but the formula's starting speed is upward
    r"A rock is thrown downward at 8 feet per second from a height of 48 feet, and its "
    r"height in feet is given by $-16t^2 + 8t + 48$. Find the time in seconds at which the "
    r"rock will reach the ground.",
    # another question: how long it stays above a height
    r"The height in meters of an arrow shot straight up from the ground is given by "
    r"$y = -5t^2 + 30t$. For how many seconds is the arrow above 40 meters?",
    # the peak is before the throw (t = -1/2): no greatest height after it
    r"A rock is thrown downward at 16 feet per second from a height of 60 feet, and its "
    r"height in feet is given by $-16t^2 - 16t + 60$. When does the rock reach its maximum "
    r"height?",
    # the formula is in meters, the height asked in feet
    r"The height in meters of an arrow shot straight up from the ground is given by "
    r"$y = -5t^2 + 30t$. When will the arrow first reach 40 feet?",
    # the second time, not the first
    r"The height in meters of an arrow shot straight up from the ground is given by "
    r"$y = -5t^2 + 30t$. When will the arrow reach 40 meters for the second time?",
]


@pytest.mark.parametrize("problem", DECLINED)
def test_unclear_height_times_are_declined(problem: str) -> None:
    assert solve_now(problem).answer is None
