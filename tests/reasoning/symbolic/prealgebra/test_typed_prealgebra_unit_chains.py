"""Conversions told as rates between units and chained (prealgebra/unit_chains.py): "there are
A X in a Y", "A X equal B Y", "one Y is A X"; asked as "how many X are in N Y", "how many X
equal N Y", "how many X does a thing that weighs N Y weigh", with rounding or a form asked.
Our own problems, answers worked out by hand; near misses (an amount in two units, a price
per unit, a word not read, no chain between the units) decline."""

from __future__ import annotations

import pytest

from tests.solved_problems import assert_solved
from tutor.reasoning.symbolic.engine import solve_now

SOLVED = [
    # 42 bleeps = 12 blops = 20 blips
    ("If 5 blips equal 3 blops and 2 blops equal 7 bleeps, how many blips are equal to 42 "
     "bleeps?", "20"),
    # 27 zips = 12 zaps
    ("Suppose 4 zaps equal 9 zips. How many zaps equal 27 zips?", "12"),
    ("If there are 3 feet in a yard and 12 inches in a foot, how many inches are in 5 yards?",
     "180"),
    # 150 / 2.2 = 68.18...
    ("There are about 2.2 pounds in a kilogram. To the nearest whole kilogram, how many "
     "kilograms does a 150-pound sheepdog weigh?", "68"),
    ("There are 8 pints in a gallon. How many gallons are 20 pints? Express your answer as a "
     "mixed number.", "2\\frac{1}{2}"),
    ("A furlong is 220 yards. How many furlongs are in 1100 yards?", "5"),
    # 1 league = 3 miles, 1 mile = 8 furlongs: 2 leagues = 48 furlongs
    ("One league equals 3 miles, and there are 8 furlongs in a mile. How many furlongs are in 2 "
     "leagues?", "48"),
    # units written short: 50 * 2.2
    ("A kilogram is approximately 2.2 pounds. How many pounds does a 50 kg bag weigh?", "110"),
    # 3 * 30.48
    ("One foot is 30.48 centimeters. How many centimeters are in 3 ft?", "91.44"),
    # 40 / 0.4536 = 88.18...
    ("There are about 0.4536 kilograms in a pound. To the nearest whole pound, how many pounds "
     "does a dog that weighs 40 kg weigh?", "88"),
    # 5 / 1.609 = 3.107...
    ("A mile is about 1.609 km. To the nearest hundredth, how many miles are in 5 km?", "3.11"),
]

NEAR_MISSES = [
    "There are 3 feet in a yard. How many feet are in 5 yards and 2 feet?",
    "There are 3 feet in a yard. A fence is 12 yards long and costs 5 dollars per foot. How "
    "many dollars does the fence cost?",
    # no link between the two units named
    "There are 4 glims in a blorp. How many zaps are in 4 blorps?",
    # 'red' is not a unit of the chain
    "There are 5 red marbles in a bag. How many marbles are in 3 bags?",
    # two weights to add: not one amount converted
    "A kilogram is approximately 2.2 pounds. How many pounds do a 50 kg bag and a 20 kg bag "
    "weigh?",
]


@pytest.mark.parametrize(("problem", "answer"), SOLVED)
def test_unit_chains_solved(problem: str, answer: str) -> None:
    assert_solved(problem, answer)


@pytest.mark.parametrize("problem", NEAR_MISSES)
def test_unit_chains_near_misses_decline(problem: str) -> None:
    assert solve_now(problem).answer is None
