"""Cylindrical columns painted on their curved sides (geometry/painted_columns.py). Our own
problems; answers worked by hand."""

from __future__ import annotations

import pytest

from tests.solved_problems import assert_solved
from tutor.reasoning.symbolic.engine import solve_now


@pytest.mark.parametrize(("problem", "answer"), [
    # 6 * pi * 5 * 14 = 420 pi ~ 1319.5 square feet; / 250 = 5.28 -> 6 gallons
    ("Lena will paint 6 cylindrical columns. The tops and bottoms will not be painted. Each "
     "column is 14 feet tall with a diameter of 5 feet. One gallon of paint covers 250 square "
     "feet. If paint is sold only in full gallons, how many gallons must she buy?", "6"),
    # 3 * 2 pi * 0.2 * 9 = 10.8 pi ~ 33.9 square meters; / 4 = 8.48 -> 9 cans
    ("3 cylindrical poles each 9 m tall with radius 0.2 m, only the curved surface is painted. "
     "a can covers 4 square meters and only whole cans are sold. how many cans are needed",
     "9"),
    # the area itself: 7 * pi * 3 * 12
    ("Seven cylindrical pillars, each 12 feet high and 3 feet across, are painted on their "
     "curved sides only. How many square feet are painted? Express your answer in terms of "
     "$\\pi$.", "252\\pi"),
    # 2 * 2 pi * 1 * 6 = 24 pi ~ 75.4 ft^2; / 20 = 3.77 -> 4 gallons
    ("Omar paints 2 cylindrical posts $6$ ft tall and $2$ ft in diameter; their tops and bottoms "
     "are left unpainted. A gallon of paint covers $20$ ft². Paint is sold only in whole "
     "gallons. How many gallons does he need?", "4"),
    # "right, cylindrical", the count told again: 9 * pi * 4 * 11 = 396 pi ~ 1244.1; / 200 -> 7
    ("Dana will paint 9 right, cylindrical pillars. Their tops and bottoms will not be painted. "
     "Each pillar is 11 feet tall and has a diameter of 4 feet. One gallon of paint will cover "
     "200 square feet. If paint is sold only in full gallons, how many gallons of paint must "
     "Dana buy to paint all 9 pillars?", "7"),
    # the ends covered: 5 * pi * 2 * 8 = 80 pi ~ 251.3; / 40 = 6.28 -> 7
    ("Ravi will paint 5 cylindrical posts. The top face and the bottom face of every post are "
     "covered, so they are not painted. Each post is 8 feet tall and has a diameter of 2 feet. "
     "One gallon of paint covers 40 square feet. If paint is sold only in full gallons, how many "
     "gallons must he buy?", "7"),
])
def test_painted_curved_sides(problem: str, answer: str) -> None:
    assert_solved(problem, answer)


@pytest.mark.parametrize("problem", [
    # which faces are painted is not said
    "Lena will paint 6 cylindrical columns. Each column is 14 feet tall with a diameter of 5 "
    "feet. One gallon of paint covers 250 square feet. If paint is sold only in full gallons, "
    "how many gallons must she buy?",
    # the height in feet, the diameter in inches
    "Lena will paint 6 cylindrical columns. The tops and bottoms will not be painted. Each "
    "column is 14 feet tall with a diameter of 30 inches. One gallon of paint covers 250 square "
    "feet. If paint is sold only in full gallons, how many gallons must she buy?",
    # whole gallons not said
    "Lena will paint 6 cylindrical columns. The tops and bottoms will not be painted. Each "
    "column is 14 feet tall with a diameter of 5 feet. One gallon of paint covers 250 square "
    "feet. How many gallons must she buy?",
    # the cost asked
    "Lena will paint 6 cylindrical columns. The tops and bottoms will not be painted. Each "
    "column is 14 feet tall with a diameter of 5 feet. One gallon of paint covers 250 square "
    "feet and costs 30 dollars. Paint is sold only in full gallons. How much does the paint "
    "cost?",
    # the count told again as another number
    "Dana will paint 9 right, cylindrical pillars. Their tops and bottoms will not be painted. "
    "Each pillar is 11 feet tall and has a diameter of 4 feet. One gallon of paint will cover "
    "200 square feet. If paint is sold only in full gallons, how many gallons of paint must Dana "
    "buy to paint all 8 pillars?",
    # the ends covered in paint as well
    "Ravi will paint 5 cylindrical posts. The top and bottom faces are covered with paint too. "
    "Each post is 8 feet tall and has a diameter of 2 feet. One gallon of paint covers 40 square "
    "feet. If paint is sold only in full gallons, how many gallons must he buy?",
])
def test_painted_columns_not_read_decline(problem: str) -> None:
    assert solve_now(problem).answer is None
