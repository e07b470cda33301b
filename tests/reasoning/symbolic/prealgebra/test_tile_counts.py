"""How many tiles cover a rectangle (prealgebra/tile_counts.py): the sides in one unit, the
tiles in whole rows and columns, confirmed by the areas. Our own stories, answers worked out by
hand; near misses (a cost, an area in square units, a border, tiles that do not fit, a side
without its unit, a row asked) must decline."""

from __future__ import annotations

import pytest

from tests.solved_problems import assert_solved
from tutor.reasoning.symbolic.engine import solve_now

SOLVED = [
    # 36 by 48 inches in 3 by 4 inch tiles: 12 * 12
    ("A rectangular tile measures 3 inches by 4 inches. What is the fewest number of these "
     "tiles needed to cover a rectangular region that is 3 feet by 4 feet?", "144"),
    # 108 by 144 inches in 6-inch squares: 18 * 24
    ("A floor 9 feet by 12 feet is to be covered with square tiles that are 6 inches on each "
     "side. How many tiles are needed?", "432"),
    ("How many 1-foot square tiles are needed to cover a floor that measures 12 feet by 15 "
     "feet?", "180"),
    # hyphenated sides: 36 by 48 inches in 6 by 6: 6 * 8
    ("How many 6-inch by 6-inch square tiles are needed to cover a floor that is 3 feet by 4 "
     "feet?", "48"),
    # a times sign in maths: 12 by 15 feet in 2 by 3 foot tiles: 6 * 5
    ("A 12-by-15-foot patio is covered with $2\\times 3$ foot tiles. How many tiles are "
     "needed?", "30"),
    ("A $4$ ft $\\times$ $6$ ft wall is covered with square tiles 8 inches on a side. How many "
     "tiles are needed?", "54"),
    # the tile turned: 120 by 96 inches, 4 by 6 tiles fit as 30 * 16
    ("A kitchen floor is 10 feet by 8 feet. It will be covered with tiles that measure 4 "
     "inches by 6 inches. How many tiles are needed?", "480"),
    # metric units: 200 by 300 cm in 20 cm squares
    ("A bathroom wall 2 meters by 3 meters is covered with square tiles 20 cm on each side. "
     "How many tiles does it take?", "150"),
    # yards and feet: 12 by 18 feet in 2 by 3 tiles
    ("How many 2-foot by 3-foot tiles are needed to cover a patio that is 4 yards by 6 "
     "yards?", "36"),
    # the tile told after 'each tile is'
    ("Lena is tiling a hallway 3 feet by 20 feet. Each tile is 6 inches by 6 inches. What is "
     "the least number of tiles she needs?", "240"),
]

NEAR_MISSES = [
    # 5 by 7 feet in 2-foot squares: no whole rows and columns
    "A 5-foot by 7-foot rectangle is covered with 2-foot square tiles. How many tiles are "
    "needed?",
    # a cost
    "A floor 9 feet by 12 feet is covered with square tiles 6 inches on each side. Each tile "
    "costs $\\$2$. How many tiles are needed?",
    # an area in square units
    "A floor has an area of 108 square feet. How many 6-inch square tiles are needed to cover "
    "it?",
    # a border left uncovered
    "A floor 9 feet by 12 feet is covered with 1-foot square tiles, leaving a border of 1 foot "
    "around the edge. How many tiles are needed?",
    # a side without its unit
    "A floor 9 by 12 is to be covered with square tiles that are 6 inches on each side. How "
    "many tiles are needed?",
    # one row asked
    "A floor 9 feet by 12 feet is covered with square tiles 6 inches on each side. How many "
    "tiles are in each row along the 12-foot side?",
    # boxes of tiles
    "A floor 9 feet by 12 feet is covered with square tiles 6 inches on each side. The tiles "
    "come in boxes of 20. How many boxes of tiles are needed?",
]


@pytest.mark.parametrize(("problem", "answer"), SOLVED)
def test_tile_counts_solved(problem: str, answer: str) -> None:
    assert_solved(problem, answer)


@pytest.mark.parametrize("problem", NEAR_MISSES)
def test_tile_counts_near_misses_decline(problem: str) -> None:
    assert solve_now(problem).answer is None


@pytest.mark.parametrize("problem", [
    # part of the floor is left bare by an amount not told
    "How many 1-foot square tiles are needed to cover a patio 10 feet by 14 feet if a planter "
    "sits on one corner of it?",
    "How many 1-foot square tiles are needed to cover a patio 10 feet by 14 feet, leaving the "
    "part under the grill bare?",
    "A hall 6 feet by 20 feet is tiled with 2-foot square tiles, but a rug covers the middle. "
    "How many tiles are needed?",
])
def test_part_of_the_floor_left_bare_declines(problem: str) -> None:
    assert solve_now(problem).answer is None


def test_the_whole_floor_still_counted() -> None:
    # 10 * 14 = 140 one-foot tiles
    assert_solved("How many 1-foot square tiles are needed to cover a patio 10 feet by 14 feet?",
                  "140")
