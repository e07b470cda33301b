"""GCD and LCM told as stories (`number_theory.gcd_lcm_stories`): events together again,
identical groups from several amounts, the least amount that shares out evenly. Our own
problems; answers worked by hand."""

from __future__ import annotations

import pytest

from tests.solved_problems import assert_solved
from tutor.reasoning.symbolic.engine import solve_now


@pytest.mark.parametrize(("problem", "answer"), [
    # lcm(15, 20) = 60
    ("Train X departs every 15 minutes and train Y every 20 minutes. If both depart at 6:00, "
     "after how many minutes will they next depart together?", "60"),
    # lcm(4, 6, 9) = 36
    ("Three bells ring every 4 seconds, every 6 seconds and every 9 seconds. If they ring "
     "together now, in how many seconds will they next ring together?", "36"),
    # gcd(48, 72, 120) = 24
    ("A coach has 48 cones, 72 bibs and 120 balls. He wants to make identical sets with no "
     "items left over. What is the greatest number of sets he can make?", "24"),
    # lcm(6, 8, 10) = 120
    ("Cards can be divided equally among 6, 8, or 10 players with none left over. What is the "
     "smallest number of cards possible?", "120"),
])
def test_gcd_and_lcm_stories(problem: str, answer: str) -> None:
    assert_solved(problem, answer)


@pytest.mark.parametrize("problem", [
    # different starts: not the lcm
    "Train X departs every 15 minutes starting at 6:00 and train Y every 20 minutes starting "
    "at 6:05. After how many minutes will they next depart together?",
    # no start together is told
    "Train X departs every 15 minutes and train Y every 20 minutes. After how many minutes "
    "will they next depart together?",
    # periods in two units
    "Light P flashes every 90 seconds and light Q every 2 minutes. If they flash together now, "
    "in how many seconds will they next flash together?",
    # kits that need not use everything
    "A coach has 48 cones and 72 bibs. What is the greatest number of identical sets he can "
    "make?",
])
def test_other_stories_decline(problem: str) -> None:
    assert solve_now(problem).answer is None


@pytest.mark.parametrize(("problem", "answer"), [
    # lcm(12, 18) = 36: 36 = 3 * 12 = 2 * 18
    ("Two bells ring every 12 and 18 minutes. If they ring together at noon, after how many "
     "minutes do they next ring together?", "36"),
    # lcm(4, 6, 10) = 60
    ("Three lights blink every 4, 6 and 10 seconds. They blink together now. In how many "
     "seconds will they next blink together?", "60"),
    # lcm(15, 20) = 60, asked 'how many minutes until'
    ("Bus A leaves every 15 minutes and bus B every 20 minutes. If both leave at 8:00, how "
     "many minutes until they next leave together?", "60"),
    ("Two lights blink every 8 and 12 seconds. They blink at the same time now. How many "
     "seconds until they blink together again?", "24"),
])
def test_periods_listed_with_one_unit(problem: str, answer: str) -> None:
    assert_solved(problem, answer)


@pytest.mark.parametrize("problem", [
    # never said to start together
    "Two bells ring every 12 and 18 minutes. After how many minutes do they next ring "
    "together?",
    # asked in another unit
    "Two bells ring every 12 and 18 minutes. If they ring together at noon, after how many "
    "hours do they next ring together?",
])
def test_periods_listed_without_a_start_or_in_another_unit_decline(problem: str) -> None:
    assert solve_now(problem).answer is None
