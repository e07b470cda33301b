"""A sphere told by its great circle (`geometry.great_circles`): the great circle has the
sphere's radius. Our own problems, answers worked out by hand; near misses must decline."""

from __future__ import annotations

import pytest

from tests.solved_problems import assert_solved
from tutor.reasoning.symbolic.engine import solve_now

SOLVED = [
    # r = 3: 4/3 pi 27
    ("A great circle of a sphere has circumference $6\\pi$. What is the volume of the "
     "sphere? Express your answer in terms of $\\pi$.", "36\\pi"),
    # area 16 pi: r = 4, surface 64 pi
    ("The area of a great circle of a sphere is $16\\pi$ square inches. What is the surface "
     "area of the sphere?", "64\\pi"),
    # diameter 2 r
    ("The largest circle on the surface of a sphere has circumference $18\\pi$. Find the "
     "diameter of the sphere.", "18"),
]


@pytest.mark.parametrize(("problem", "answer"), SOLVED)
def test_great_circle_solved(problem: str, answer: str) -> None:
    assert_solved(problem, answer)


DECLINED = [
    # a hemisphere's great circle: a hemisphere's surface area reads two ways
    "A great circle of a hemisphere has circumference $6\\pi$. What is the surface area of "
    "the hemisphere?",
    # a small circle of the sphere, not a great one
    "A circle on a sphere has circumference $6\\pi$ and lies 2 units from the centre. What is "
    "the volume of the sphere?",
    # a second unit: the answer would need a conversion
    "A great circle of a sphere has circumference $8\\pi$. What is the volume of the sphere "
    "in cubic feet if the circumference is in inches?",
]


@pytest.mark.parametrize("problem", DECLINED)
def test_great_circle_declined(problem: str) -> None:
    assert solve_now(problem).answer is None
