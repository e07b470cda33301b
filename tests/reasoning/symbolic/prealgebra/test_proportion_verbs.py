"""Unit rates told with more verbs of moving (`prealgebra.proportions`): crawls, jogs, hikes,
paddles, rows. Our own problems; a change of unit between units of one kind is made exactly."""

from __future__ import annotations

import pytest

from tests.solved_problems import assert_solved


@pytest.mark.parametrize(("problem", "answer"), [
    # 2 feet a minute: 90 feet take 45 minutes
    ("A snail crawls 40 feet in 20 minutes. At this rate, how many minutes will it take to "
     "crawl 90 feet?", "45"),
    # 1 mile every 10 minutes: 50 minutes give 5 miles
    ("A boy jogs 3 miles in 30 minutes. At this rate, how far will he jog in 50 minutes?", "5"),
    # 4 km an hour: 3 hours give 12 km
    ("A hiker hikes 8 km in 2 hours. At this rate, how many km does she hike in 3 hours?",
     "12"),
])
def test_unit_rates_with_verbs_of_moving(problem, answer):
    assert_solved(problem, answer)


def test_a_change_of_unit_is_made_exactly():
    # 30 yards = 90 feet at 2 feet a minute: 45 minutes, 3/4 of an hour
    assert_solved("A snail crawls 40 feet in 20 minutes. At this rate, how many hours will it "
                  "take to crawl 30 yards?", "\\frac{3}{4}")
