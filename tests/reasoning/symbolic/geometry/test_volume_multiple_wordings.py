"""A sphere, hemisphere or cube told as a multiple of (or the same as) another solid's
volume, in more wordings (solid_relation_phrases.py): "a sphere's volume", "1/27 of the volume
of", a ball, bubble or droplet, a lump of wax shaped as a solid and rolled into another, the
radius of the solid made told as a cube root (solid_questions.py puts a told measure in before
solving), and the a cbrt(b) form with a + b asked (radical_forms.py). Our own problems;
answers worked by hand from (4/3) pi r^3, (2/3) pi r^3 and s^3."""

from __future__ import annotations

import pytest

from tests.solved_problems import assert_solved
from tutor.reasoning.symbolic.engine import solve_now


@pytest.mark.parametrize(("problem", "answer"), [
    # r^3 = 27 * 8
    ("A sphere has 27 times the volume of a sphere of radius 2. What is the radius of the "
     "first sphere?", "6"),
    # s^3 = 4 * 8
    ("cube with 4 times the volume of a cube of edge 2, whats the edge of the larger cube",
     "2\\sqrt[3]{4}"),
    # s^3 = 729 / 27
    ("The volume of a cube is $\\frac{1}{27}$ of the volume of a cube with edge length $9$. "
     "Find the edge length of the smaller cube.", "3"),
    # r^3 = 8 * 2.5^3
    ("A sphere’s volume is 8 times the volume of a sphere of radius 2.5. What is the radius of "
     "the larger sphere?", "5"),
    # (2/3) 54 = (4/3) r^3
    ("A spherical droplet of wax forms a hemisphere of the same volume on a flat plate. The "
     "radius of the hemisphere is 3\\sqrt[3]{2}. What was the radius of the droplet?", "3"),
    # (2/3) 64 = (4/3) r^3: r^3 = 32
    ("a lump of wax shaped as a hemisphere of radius 4 is rolled into a sphere. whats the "
     "radius of the sphere", "2\\sqrt[3]{4}"),
    # (2/3) 432 = (4/3) r^3: r^3 = 216
    ("A sphere is reshaped into a hemisphere. The radius of the hemisphere is 6\\sqrt[3]{2}. "
     "What is the radius of the sphere?", "6"),
    # a word between "spherical" and the thing: (4/3) 8 = (2/3) R^3
    ("A spherical soap bubble of radius 2 lands on a wet table and forms a hemisphere of the "
     "same volume. What is the radius of the hemisphere?", "2\\sqrt[3]{2}"),
    # (2/3) 250 = (4/3) r^3
    ("A spherical rain drop lands on a flat surface and forms a hemisphere of the same volume. "
     "Given that the radius of the hemisphere is 5\\sqrt[3]{2} mm, find the radius of the "
     "original drop.", "5"),
])
def test_volume_multiple(problem: str, answer: str) -> None:
    assert_solved(problem, answer)


@pytest.mark.parametrize(("problem", "answer"), [
    # 4 cbrt 3: 4 + 3
    ("The radius of a sphere with $3$ times the volume of a sphere of radius $4$ is "
     "$a\\sqrt[3]{b}$, where $b$ has no perfect cube factors. What is $a+b$?", "7"),
    # r = 3 cbrt 2, d = 6 cbrt 2
    ("The diameter of a sphere with twice the volume of a sphere of radius 3 can be written as "
     "$a\\sqrt[3]{b}$, where $b$ is cube-free. Find $a+b$.", "8"),
])
def test_volume_multiple_cube_root_form(problem: str, answer: str) -> None:
    assert_solved(problem, answer)


@pytest.mark.parametrize("problem", [
    # a cylinder's radius is not fixed by its volume alone
    "A cylinder has twice the volume of a cylinder of radius 3. What is its radius?",
    # the other solid's size is not told
    "A sphere has twice the volume of a cylinder of radius 4. What is its radius?",
    "A cone has the same volume as a sphere of radius 3. What is the radius of the cone?",
    # "its" of two spheres: which one is meant is not clear (test_typed_geometry_solid_pronouns)
    "A sphere has twice the volume of a sphere of radius 4. What is its radius?",
    # 4 cbrt 3 has no square-root form
    "The radius of a sphere with $3$ times the volume of a sphere of radius $4$ is "
    "$a\\sqrt{b}$, where $b$ is square-free. What is $a+b$?",
])
def test_volume_multiple_declined(problem: str) -> None:
    assert solve_now(problem).answer is None
