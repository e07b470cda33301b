"""The word "square" names a figure for the geometry readers (geometry/reading.COMMON no
longer takes it as filler); "square units" is still read as a unit of area."""

from __future__ import annotations

import pytest

from tests.solved_problems import assert_solved
from tutor.reasoning.symbolic.engine import solve_now
from tutor.reasoning.symbolic.geometry.reading import COMMON, without_square_units


def test_square_is_no_filler() -> None:
    assert "square" not in COMMON
    assert without_square_units("the area, in square units, of a square") == (
        "the area, in units, of a square")
    assert without_square_units("how many cubic feet") == "how many cubic feet"


@pytest.mark.parametrize(("problem", "answer"), [
    ("A triangle has sides 5, 5 and 6. What is its area in square units?", "12"),
    ("How many square units are in the area of the triangle with vertices (0,0), (4,0) and "
     "(0,3)?", "6"),
    ("What is the area of a square with a perimeter of 36 cm?", "81"),
])
def test_square_units_still_read(problem: str, answer: str) -> None:
    assert_solved(problem, answer)


@pytest.mark.parametrize("problem", [
    # a square beside the circle: the chord reader must not read the circle alone
    "A chord of length 8 in a square is 3 units from the center of a circle. What is the side "
    "of the square?",
])
def test_a_square_beside_another_figure_is_not_dropped(problem: str) -> None:
    assert solve_now(problem).answer is None
