"""Wordings of the solids reader (geometry/solid_wording.py) added in stop 47: "every edge",
an active "if you double the radius", "how many times bigger", "fits exactly inside", "is
inscribed in ... so that its height is 6", and two solids that "both have" the same
dimensions. Our own problems, answers worked by hand."""

from __future__ import annotations

import pytest

from tests.solved_problems import assert_solved
from tutor.reasoning.symbolic.engine import solve_now


@pytest.mark.parametrize(("problem", "answer"), [
    # 3^3
    ("Every edge of a cube is tripled. By what factor does its volume increase?", "27"),
    # 2^2
    ("if you double the radius of a sphere, how many times bigger does its surface area get?",
     "4"),
    ("If we triple the edge of a cube, by what factor does the volume increase?", "27"),
    ("The radius of a sphere is doubled. How many times larger is the new surface area than "
     "the original?", "4"),
    ("The radius of a sphere is tripled. How many times larger is its volume?", "27"),
    # half the edge: an eighth of the volume
    ("Every edge of a cube is halved. By what factor is the volume multiplied?",
     "\\frac{1}{8}"),
])
def test_scaling_wordings(problem: str, answer: str) -> None:
    assert_solved(problem, answer)


@pytest.mark.parametrize(("problem", "answer"), [
    # the cube's diagonal is the diameter 2 sqrt 3: edge 2
    ("A cube fits exactly inside a sphere of radius $\\sqrt{3}$. What is the volume of the "
     "cube?", "8"),
    # diagonal 6: edge 2 sqrt 3, volume 24 sqrt 3
    ("a cube fits exactly inside a sphere of radius 3. whats the volume of the cube",
     "24\\sqrt{3}"),
    ("A cone and a cylinder both have radius 3 and height 8. What is the ratio of the volume "
     "of the cone to the volume of the cylinder?", "\\frac{1}{3}"),
    # 36 pi - 12 pi
    ("A cone and a cylinder each have a radius of 2 and a height of 9. By how much does the "
     "volume of the cylinder exceed the volume of the cone?", "24\\pi"),
    ("A cone and a cylinder have the same base radius 5 and the same height 2. What is the "
     "ratio of the volume of the cylinder to the volume of the cone?", "3"),
    # half the height 3, radius sqrt(25 - 9)
    ("A right circular cylinder is inscribed in a sphere of radius $5$ so that its height is "
     "$6$. What is the radius of the cylinder?", "4"),
    # the cube's diagonal 2 sqrt 3 is the sphere's diameter
    ("A cube is inscribed in a sphere so that its edge is 2. What is the volume of the sphere? "
     "Express your answer in terms of pi.", "4\\sqrt{3}\\pi"),
])
def test_related_solid_wordings(problem: str, answer: str) -> None:
    assert_solved(problem, answer)


@pytest.mark.parametrize("problem", [
    # the old volume is not told
    "The radius of a cylinder is doubled. What is its new volume?",
    # the height is not shared: the cone's volume is not fixed
    "A cone and a cylinder both have radius 3. What is the ratio of the volume of the cone to "
    "the volume of the cylinder?",
    # the cylinder's height is not told
    "A sphere and a cylinder have the same radius 2. What is the volume of the cylinder?",
    # a cylinder wider than the sphere it is inscribed in
    "A cylinder is inscribed in a sphere of radius 5 such that its radius is 6. What is the "
    "height of the cylinder?",
    # how many times bigger, with nothing changed
    "A sphere has radius 3. How many times bigger is its surface area?",
])
def test_solid_wording_near_misses_decline(problem: str) -> None:
    assert solve_now(problem).answer is None
