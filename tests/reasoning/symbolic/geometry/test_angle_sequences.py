"""A polygon's angles in an arithmetic sequence (geometry/angle_sequences.py). Our own
problems; answers worked by hand."""

from __future__ import annotations

import pytest

from tests.solved_problems import assert_solved
from tutor.reasoning.symbolic.engine import solve_now


@pytest.mark.parametrize(("problem", "answer"), [
    # 360: smallest + largest = 180
    ("The angles of a quadrilateral form an arithmetic sequence. If the largest angle is 110 "
     "degrees, what is the smallest angle?", "70"),
    ("The consecutive angles of a trapezoid form an arithmetic sequence. The smallest angle "
     "measures 65 degrees. What is the measure of the largest angle?", "115"),
    # 540: the middle is 108, + 2 * 12
    ("The interior angles of a pentagon form an arithmetic progression with common difference "
     "12 degrees. Find the largest angle.", "132"),
    # 180: smallest + largest = 120
    ("The angles of a triangle form an arithmetic sequence. If the smallest angle is "
     "$35^\\circ$, what is the largest angle?", "85"),
    # 720: mean 120; 100 + 140 = 240, 5d = 40
    ("The measures of the angles of a hexagon form an arithmetic sequence. The smallest angle "
     "is 100 degrees. What is the common difference?", "8"),
    ("The angles of a triangle form an arithmetic sequence. What is the middle angle if the "
     "largest is 95 degrees?", "60"),
])
def test_angles_in_an_arithmetic_sequence(problem: str, answer: str) -> None:
    assert_solved(problem, answer)


@pytest.mark.parametrize("problem", [
    # an angle over 180 degrees: not a convex quadrilateral
    "The angles of a quadrilateral form an arithmetic sequence. If the largest angle is 200 "
    "degrees, what is the smallest angle?",
    # a geometric sequence is not read
    "The angles of a quadrilateral form a geometric sequence. If the largest angle is 130 "
    "degrees, what is the smallest angle?",
    # nothing more told
    "The angles of a hexagon form an arithmetic sequence. What is the largest angle?",
    # a quadrilateral has no middle angle
    "The angles of a quadrilateral form an arithmetic sequence. If the middle angle is 90 "
    "degrees, what is the smallest angle?",
])
def test_angles_in_an_arithmetic_sequence_declined(problem: str) -> None:
    assert solve_now(problem).answer is None
