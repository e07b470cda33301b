"""A path wound around a cylinder, and a stripe along one (geometry/cylinder_windings.py).
Our own problems; answers worked by hand (unroll the side: a rectangle)."""

from __future__ import annotations

import pytest

from tests.solved_problems import assert_solved
from tutor.reasoning.symbolic.engine import solve_now


@pytest.mark.parametrize(("problem", "answer"), [
    # 4 turns of 3 cm: 12 across, 5 up -> 13
    ("A thread is wrapped around a cylindrical spool 4 times from the bottom to the top. The "
     "spool has a circumference of 3 cm and a height of 5 cm. How long is the thread?", "13"),
    # a quarter turn of radius 12/pi: 6 across, 8 up -> 10
    ("A spiral staircase turns $90^\\circ$ as it rises $8$ feet. The radius of the staircase is "
     "$\\frac{12}{\\pi}$ feet. How long is the handrail?", "10"),
    # twice round a diameter of 3: 6 pi across, 8 pi up -> 10 pi
    ("a rope winds around a cylindrical pole exactly twice from the bottom to the top. the pole's "
     "diameter is 3 feet and its height is $8\\pi$ feet. how long is the rope", "10\\pi"),
    # half a turn of radius 4: 4 pi across, 3 pi up -> 5 pi
    ("A spiral staircase with a radius of 4 feet makes half a turn as it climbs $3\\pi$ feet. How "
     "long is its handrail? Express your answer in terms of $\\pi$.", "5\\pi"),
    # once round 20 across, 21 up -> 29; asked as a length of a path
    ("A cylindrical can has a circumference of 20 cm and a height of 21 cm. A spiral strip goes "
     "around the can exactly once from the bottom to the top. What is the length of the strip?",
     "29"),
    # a stripe 5 wide, 30 tall: 150 (the turns and the size do not enter)
    ("A green stripe with a horizontal width of 5 feet is painted on a cylindrical tank 30 feet "
     "tall with a diameter of 40 feet, making 4 complete revolutions around it. What is the area "
     "of the stripe in square feet?", "150"),
    # rounded by the engine: sqrt((2 pi * 3)^2 + 10^2) = 21.34...
    ("A spiral staircase turns 360 degrees as it rises 10 feet. The radius of the staircase is 3 "
     "feet. What is the length of the handrail? Express your answer as a decimal to the nearest "
     "tenth.", "21.3"),
])
def test_cylinder_windings(problem: str, answer: str) -> None:
    assert_solved(problem, answer)


@pytest.mark.parametrize("problem", [
    # no height
    "A thread is wrapped around a cylindrical spool 4 times from the bottom to the top. The spool "
    "has a circumference of 3 cm. How long is the thread?",
    # no turns
    "A thread is wrapped around a cylindrical spool of circumference 3 cm and height 5 cm. How "
    "long is the thread?",
    # a cone, not a cylinder
    "A ribbon winds 3 times around a cone from the bottom to the top. The cone has a base "
    "circumference of 6 inches and a height of 8 inches. How long is the ribbon?",
    # a stripe wider than the circumference (2 pi) would cover itself
    "A stripe with a horizontal width of 12 feet is painted on a cylindrical tank 30 feet tall "
    "with a diameter of 2 feet, making 3 complete revolutions around it. What is the area of the "
    "stripe?",
    # the stripe's width not told
    "A stripe is painted on a cylindrical tank 30 feet tall with a diameter of 40 feet, making 4 "
    "complete revolutions around it. What is the area of the stripe?",
    # a staircase without its radius
    "A spiral staircase turns 180 degrees as it rises 9 feet. How long is the handrail?",
    # two counts of turns
    "A thread is wrapped around a cylindrical spool 4 times and then 2 more times from the bottom "
    "to the top. The spool has a circumference of 3 cm and a height of 5 cm. How long is the "
    "thread?",
])
def test_cylinder_windings_not_read_decline(problem: str) -> None:
    assert solve_now(problem).answer is None
