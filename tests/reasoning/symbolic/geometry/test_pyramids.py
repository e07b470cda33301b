"""Right pyramids on an equilateral triangle, a regular hexagon or a rectangle (our own
wordings): volumes, heights, slant heights, lateral edges and faces, each answer confirmed by
the statements put back and the volume integrated by slices; a base the words do not fix
declines."""

from __future__ import annotations

import mpmath
import pytest
import sympy as sp

from tests.solved_problems import assert_solved
from tutor.reasoning.symbolic.engine import solve_now
from tutor.reasoning.symbolic.geometry.pyramids import pyramid_measures, volume_by_slices


@pytest.mark.parametrize(("problem", "answer"), [
    ("A regular hexagonal pyramid has base edges of 4 and a height of 9. What is its volume?",
     "72\\sqrt{3}"),
    ("A right pyramid has an equilateral triangle base with side 6 and a height of 5. Find "
     "its volume.", "15\\sqrt{3}"),
    ("A right pyramid with an equilateral triangular base of side length 12 has a height of "
     "10. What is the volume of the pyramid?", "120\\sqrt{3}"),
    ("A pyramid has a rectangular base measuring 6 cm by 8 cm and a height of 10 cm. What is "
     "its volume?", "160"),
    ("A right pyramid has a rectangular base measuring 6 cm by 8 cm, and its apex is 13 cm "
     "from each corner of the base. Find the height of the pyramid.", "12"),
    ("A rectangular pyramid has a base measuring 10 by 24 and lateral edges of length 25. "
     "What is its height?", "2\\sqrt{114}"),
    ("The area of one lateral face of a right pyramid with an equilateral triangular base is "
     "48 square inches. If the slant height is 12 inches, what is the length of a side of its "
     "base?", "8"),
    ("A regular triangular pyramid has base edge 6 and slant height 5. What is its lateral "
     "surface area?", "45"),
    ("A regular hexagonal pyramid has base edge 2 and lateral edges of length 4. What is the "
     "height of the pyramid?", "2\\sqrt{3}"),
    ("What is the volume of a right pyramid whose base is a regular hexagon with side 2 and "
     "whose height is 3?", "6\\sqrt{3}"),
    ("A right pyramid has a square base with perimeter 40 inches. Its apex is 13 inches from "
     "each of the other vertices. What is the height of the pyramid from its peak to the "
     "center of its square base, in inches?", "\\sqrt{119}"),
    ("A regular triangular pyramid has volume 18 and base edge 6. What is its height?",
     "2\\sqrt{3}"),
    ("A right pyramid with a square base of side 10 has a height of 12. What is the area of "
     "one lateral face?", "65"),
    # each face a triangle of base a and height the slant height: a * 10 / 2 = 30
    ("Each lateral face of a right pyramid with an equilateral triangular base has area 30. "
     "The slant height is 10. What is the length of a base edge?", "6"),
    ("Each lateral face of a square pyramid has area 20 and the base edge is 4. What is the "
     "slant height?", "10"),
])
def test_pyramids_answered(problem: str, answer: str) -> None:
    assert_solved(problem, answer)


@pytest.mark.parametrize("problem", [
    # a triangle base of any shape, or one not said to be equilateral: the base is not known
    "A right triangular pyramid has base edge 6 and height 5. What is its volume?",
    "A pyramid has a triangular base with sides 3, 4 and 5 and height 6. What is its volume?",
    # a rectangle's faces have two slant heights
    "A rectangular pyramid has a base measuring 6 by 8 and slant height 5. What is its "
    "volume?",
    # the base's size is not told
    "A regular hexagonal pyramid has a height of 4. What is its volume?",
    # a pentagon base is not one the reader knows
    "A regular pentagonal pyramid has base edge 4 and height 9. What is its volume?",
])
def test_pyramids_not_fixed_decline(problem: str) -> None:
    assert solve_now(problem).answer is None


@pytest.mark.parametrize(("kind", "values"), [
    ("triangular_pyramid", {"a": 6, "h": 5}),
    ("hexagonal_pyramid", {"a": 4, "h": 9}),
    ("rectangular_pyramid", {"l": 6, "w": 8, "h": 10}),
])
def test_the_volume_formula_agrees_with_slices(kind: str, values: dict[str, int]) -> None:
    dims = {d: sp.Symbol(d, positive=True) for d in values}
    volume = pyramid_measures(kind, dims)["volume"].subs(
        {dims[d]: v for d, v in values.items()})
    with mpmath.workdps(30):
        sliced = volume_by_slices(kind, {d: mpmath.mpf(v) for d, v in values.items()})
        assert abs(sliced - mpmath.mpf(str(sp.N(volume, 40)))) < mpmath.mpf(10) ** -20
