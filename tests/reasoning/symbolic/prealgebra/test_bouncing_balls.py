"""A dropped ball that rises each time to a share of the height it fell
(`prealgebra.bouncing_balls`): the k-th rise, the first rise below a height, the distance
travelled when it lands the k-th time. Our own stories, worked by hand; near misses decline."""

from __future__ import annotations

import pytest

from tests.solved_problems import assert_solved
from tutor.reasoning.symbolic.engine import solve_now


@pytest.mark.parametrize(("problem", "answer"), [
    # 162 * (2/3)^4 = 32
    (r"A ball is dropped from 162 feet and rebounds to $\frac{2}{3}$ of the height it fell each "
     r"time. How high does it rise after the fourth bounce?", "32"),
    # 48 * (1/2)^3 = 6
    ("A ball dropped from 48 feet bounces back up half the distance it fell each time. How "
     "high, in feet, does it rise after the 3rd bounce?", "6"),
    # 20 * 0.75^2 = 45/4
    ("A rubber ball is dropped from 20 m and rebounds to 75% of its height each time. How high "
     "does it rise after the second bounce?", r"\frac{45}{4}"),
    # 200 * (2/5)^k: 80, 32, 12.8 -> the 3rd is the first below 15
    (r"A ball is dropped from a height of 200 cm. Each time it bounces, it rises $\frac{2}{5}$ "
     r"of the height from which it fell. After how many bounces does the ball first rise less "
     r"than 15 cm?", "3"),
    # 12, 6, 3, 1.5, 0.75 -> the 4th
    ("A ball is dropped from 12 meters and each bounce reaches half the previous height. After "
     "how many bounces does the ball first rise less than 1 meter?", "4"),
    # 64 + 2 (32 + 16 + 8) = 176
    ("A super ball is dropped from 64 feet and rebounds half the distance it falls each time "
     "it bounces. How many feet will the ball have traveled when it hits the ground the fourth "
     "time?", "176"),
])
def test_bouncing_balls(problem: str, answer: str) -> None:
    assert_solved(problem, answer)


@pytest.mark.parametrize("problem", [
    # a second ball
    "A ball is dropped from 96 feet and rebounds half the distance it falls each time it "
    "bounces. Another ball is dropped from 50 feet. How far will the ball have traveled when "
    "it hits the ground the fifth time?",
    # a ball that rises higher than it fell
    "A ball is dropped from 96 feet and rebounds 150% of the distance it falls each time it "
    "bounces. How high does it rise after the 2nd bounce?",
    # a threshold in another unit
    "A ball is dropped from 12 meters and each bounce reaches half the previous height. After "
    "how many bounces does the ball first rise less than 50 cm?",
    # a word that changes the story
    "A ball is thrown up and dropped from 12 meters and each bounce reaches half the previous "
    "height. After how many bounces does the ball first rise less than 1 meter?",
])
def test_other_bounces_decline(problem: str) -> None:
    assert solve_now(problem).answer is None
