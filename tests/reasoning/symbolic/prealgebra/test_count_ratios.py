"""The ratio of two counts that are told (prealgebra/count_ratios.py): "A class has 12 boys and
18 girls. What is the ratio of boys to girls?". Our own stories, answers worked by hand; near
misses (a thing asked that was not counted, a third count, three parts) must decline."""

from __future__ import annotations

import pytest

from tests.solved_problems import assert_solved
from tutor.reasoning.symbolic.engine import solve_now


@pytest.mark.parametrize(("problem", "answer"), [
    ("a team has 10 boys and 15 girls whats the ratio of girls to boys", "3:2"),
    ("There are 16 sheep and 40 cows on a farm. What is the ratio of sheep to cows?", "2:5"),
    ("A jar holds 27 red marbles and 18 blue marbles. What is the ratio of blue marbles to "
     "red marbles in simplest form?", "2:3"),
    ("Mia has 6 pencils and 9 erasers. what is the ratio of pencils to erasers", "2:3"),
    ("a garden has 35 roses and 14 tulips. find the ratio of roses to tulips", "5:2"),
    ("the shop has 7 bikes and 11 scooters. what is the ratio of scooters to bikes", "11:7"),
])
def test_count_ratios_solved(problem: str, answer: str) -> None:
    sol = assert_solved(problem)
    assert sol.answer == answer


def test_a_count_ratio_asked_as_a_fraction() -> None:
    assert_solved("Leo has 12 stamps and 30 coins. What is the ratio of stamps to coins as a "
                  "common fraction?", "\\frac{2}{5}")


@pytest.mark.parametrize("problem", [
    "a team has 10 boys and 15 girls. what is the ratio of boys to players",   # not counted
    "a team has 10 boys and 15 girls. what is the ratio of boys to dogs",      # not told
    "a team has 10 boys and 15 girls and 2 coaches. what is the ratio of boys to girls",
    "a team has 10 boys and 15 girls. what is the ratio of boys to girls to coaches",
    "a team has 10 boys and 15 girls. 5 boys leave. what is the ratio of boys to girls",
])
def test_count_ratio_near_misses_decline(problem: str) -> None:
    assert solve_now(problem).answer is None
