"""A container whose level changes when an amount goes in or out (prealgebra/fill_levels.py):
its capacity. Our own stories, answers worked out by hand; near misses (a level that moves the
wrong way, what is left asked, a second change, another unit asked) must decline."""

from __future__ import annotations

import pytest

from tests.solved_problems import assert_solved
from tutor.reasoning.symbolic.engine import solve_now

SOLVED = [
    # 20 / (3/4 - 1/3) = 20 / (5/12) = 48
    ("A barrel is 3/4 full. After 20 liters are drained from it, it is 1/3 full. How many "
     "liters does the barrel hold when full?", "48"),
    ("A rain barrel is $\\frac{3}{4}$ full. Once 20 liters have been used for the garden it "
     "is $\\frac{1}{3}$ full. How many liters does it hold when it is completely full?", "48"),
    # 6 / (1/2 - 1/5) = 20
    ("A jug is one-fifth full; pouring in 6 cups would make it half full. What is the "
     "capacity of the jug, in cups?", "20"),
    ("A jug is one-fifth full. If 6 cups of juice were added, it would be half full. Find the "
     "capacity of the jug.", "20"),
    # 90 / (75% - 30%) = 200
    ("When the tank is 30% full, 90 gallons are added, and then it is 75% full. How many "
     "gallons does the tank contain when it is completely full?", "200"),
    # 10 / (1/2 - 1/4) = 40
    ("A tank is half full. Pumping out 10 gallons leaves it 1/4 full. How many gallons does "
     "the tank hold when full?", "40"),
    ("An aquarium is 90% full. After 9 gallons of water evaporate, it is 3/4 full. How many "
     "gallons does the aquarium hold?", "60"),
]

NEAR_MISSES = [
    # the level rises though water is drained
    "A barrel is 1/3 full. After 20 liters are drained, it is 3/4 full. How many liters does "
    "the barrel hold when full?",
    # what is left is asked, not the capacity
    "A barrel is 3/4 full. After 20 liters are drained, it is 1/3 full. How many liters are "
    "left in the barrel?",
    # a second change
    "A barrel is 3/4 full. After 20 liters are drained and 5 more are added, it is 1/2 full. "
    "How many liters does the barrel hold when full?",
    # the capacity asked in another unit
    "A barrel is 3/4 full. After 20 liters are drained, it is 1/3 full. How many gallons does "
    "the barrel hold when full?",
    # neither in nor out is said
    "A barrel is 3/4 full. Then 20 liters later, it is 1/3 full. How many liters does the "
    "barrel hold when full?",
]


@pytest.mark.parametrize(("problem", "answer"), SOLVED)
def test_fill_level_capacity_solved(problem: str, answer: str) -> None:
    assert_solved(problem, answer)


@pytest.mark.parametrize("problem", NEAR_MISSES)
def test_fill_level_near_misses_decline(problem: str) -> None:
    assert solve_now(problem).answer is None
