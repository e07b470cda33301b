"""A sphere given by its equation (geometry/sphere_equations.py): centre, radius, diameter,
volume and surface area by completing the squares. Our own spheres; answers by hand."""

from __future__ import annotations

import pytest

from tests.solved_problems import assert_solved
from tutor.reasoning.symbolic.engine import solve_now


@pytest.mark.parametrize(("problem", "answer"), [
    # (x - 2)^2 + y^2 + (z + 3)^2 = 16
    (r"Find the center of the sphere $x^2 + y^2 + z^2 - 4x + 6z = 3$.", "(2, 0, -3)"),
    (r"Find the radius of the sphere $x^2 + y^2 + z^2 - 4x + 6z = 3$.", "4"),
    # x^2 + (y + 2)^2 + z^2 = 9
    (r"What is the radius of the sphere $2x^2 + 2y^2 + 2z^2 + 8y = 10$?", "3"),
    # x^2 + y^2 + (z - 1)^2 = 1
    (r"Find the volume of the sphere with equation $x^2 + y^2 + z^2 = 2z$.", r"\frac{4\pi}{3}"),
    # (x + 1)^2 + (y - 1)^2 + z^2 = 9
    (r"Find the surface area of the sphere $x^2 + y^2 + z^2 + 2x - 2y = 7$.", r"36\pi"),
    # (x - 3)^2 + (y + 4)^2 + z^2 = 25
    (r"Find the diameter of the sphere $x^2 + y^2 + z^2 - 6x + 8y = 0$.", "10"),
    # (x - 1/2)^2 + y^2 + z^2 = 1/4 + 2: r = 3/2
    (r"Determine the radius of the sphere given by $x^2 + y^2 + z^2 - x - 2 = 0$.",
     r"\frac{3}{2}"),
])
def test_spheres_from_their_equations(problem: str, answer: str) -> None:
    assert_solved(problem, answer)


@pytest.mark.parametrize("problem", [
    # r^2 = 4 - 10 < 0: no sphere
    r"Find the radius of the sphere $x^2 + y^2 + z^2 + 4x + 10 = 0$.",
    # an ellipsoid
    r"Find the radius of the sphere $x^2 + 2y^2 + z^2 = 9$.",
    # a product term
    r"Find the radius of the sphere $x^2 + y^2 + z^2 + xy = 9$.",
    # a single point: r = 0
    r"Find the center of the sphere $x^2 + y^2 + z^2 - 2x + 1 = 0$.",
])
def test_sphere_near_misses_decline(problem: str) -> None:
    assert solve_now(problem).answer is None
