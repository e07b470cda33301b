"""Three circles, each touching the other two from outside, told by the distances between
their centres (geometry.tangent_circle_triples): radii, areas and circumferences; touching
not said to be external, and distances that no such circles have, decline."""

from __future__ import annotations

import pytest

from tutor.reasoning.symbolic import solve_problem


@pytest.mark.parametrize(("problem", "answer"), [
    ("Three circles are mutually externally tangent. The distances between their centres are "
     "6, 8 and 10. What is the radius of the largest circle?", "6"),
    ("The centers of three mutually externally tangent circles form a triangle with sides 7, 8 "
     "and 9. What is the radius of the smallest circle?", "3"),
    ("three circles each touch the other two on the outside. their centers are 4, 5 and 7 "
     "apart. whats the sum of their radii", "8"),
    ("The vertices of a 6-8-10 right triangle are the centers of three mutually externally "
     "tangent circles. What is the sum of the areas of the circles? Express your answer in "
     "terms of pi.", "56\\pi"),
    ("Three circles are externally tangent to each other, and their centers are 9 cm, 10 cm "
     "and 11 cm apart. What is the circumference of the smallest circle? Express your answer "
     "in terms of $\\pi$.", "8\\pi"),
])
def test_radii_from_the_distances_between_centres(problem: str, answer: str) -> None:
    sol = solve_problem(problem, time_limit=20)
    assert sol.answer is not None and sol.answer.replace(" ", "") == answer, sol.declined
    assert sol.confirmed


@pytest.mark.parametrize("problem", [
    # a distance as long as the other two together: no radius left for one circle
    "Three circles are mutually externally tangent. The distances between their centers are "
    "3, 4 and 7. What is the radius of the smallest circle?",
    # "tangent" alone: one circle could hold the other two
    "Three circles are mutually tangent. The distances between their centers are 5, 6 and 7. "
    "What is the radius of the largest circle?",
    # no middle circle among three equal ones
    "Three circles are mutually externally tangent. Their centers are 4, 4 and 4 apart. What is "
    "the radius of the middle circle?",
    # four circles are not three
    "Four circles are mutually externally tangent. The distances between their centers are 5, "
    "6 and 7. What is the radius of the smallest circle?",
])
def test_what_no_such_circles_say_declines(problem: str) -> None:
    assert solve_problem(problem, time_limit=20).answer is None
