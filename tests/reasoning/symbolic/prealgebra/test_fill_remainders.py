"""A container of known capacity, part full, asked how much more fills it
(prealgebra/fill_remainders.py). Our own problems, answers worked out by hand; near misses
(another unit or container, a level past full) must decline."""

from __future__ import annotations

import pytest

from tests.solved_problems import assert_solved
from tutor.reasoning.symbolic.engine import solve_now

SOLVED = [
    # 60 - 60(30%)
    ("A tub holds 60 litres and is 30% full. How many more litres are needed to fill it?",
     "42"),
    # 20 - 20(3/4), in words
    ("A bucket holds 20 cups and is three quarters full. How many more cups to fill it?", "5"),
    # 45 - 45(2/5), 'can it hold'
    ("The drum holds 45 gallons and is 2/5 full. How many more gallons can it hold?", "27"),
    # 7 - 7/2 is not whole: 7/2
    ("a kettle holds 7 cups and is half full how many more cups do you need to fill it",
     "\\frac{7}{2}"),
    # capacity and level in two sentences: 360 - 360(5/6)
    ("A cistern holds 360 litres. It is 5/6 full. How many more litres are needed to fill it?",
     "60"),
    # the capacity before the container, what is in asked: 80(3/8)
    ("An 80-litre drum is 3/8 full. How much water is in it?", "30"),
    # 'that holds', 'how many UNITs of LIQUID are in the W': 12(1/4)
    ("A bottle that holds 12 ounces is one quarter full. How many ounces of milk are in the "
     "bottle?", "3"),
    # 'currently', 'does it contain': 900(40%)
    ("The pond can hold 900 gallons. It is currently 40% full. How many gallons does it "
     "contain?", "360"),
    # no 'more': 'how many cups to fill it up': 10 - 10(70%)
    ("my kettle holds 10 cups and its 70% full. how many cups to fill it up", "3"),
]

NEAR_MISSES = [
    # another unit: converting is another story
    "A tub holds 60 litres and is 30% full. How many more gallons are needed to fill it?",
    # another container
    "A tub holds 60 litres and is 30% full. How many more litres to fill the pool?",
    # past full
    "A tub holds 60 litres and is 130% full. How many more litres to fill it?",
    # more than what? no filling said
    "A tub holds 60 litres. It is 1/4 full. How many more litres are needed?",
    # another container in the question
    "An 80-litre drum is 3/8 full. How much water is in the tank?",
    # something else asked
    "An 80-litre drum is 3/8 full. How much time is needed to fill it?",
]


@pytest.mark.parametrize(("problem", "answer"), SOLVED)
def test_fill_remainders_solved(problem: str, answer: str) -> None:
    assert_solved(problem, answer)


@pytest.mark.parametrize("problem", NEAR_MISSES)
def test_fill_remainders_near_misses_decline(problem: str) -> None:
    assert solve_now(problem).answer is None
