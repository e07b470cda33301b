"""Two similar right triangles told by their areas and one length
(geometry/similar_area_lengths.py). Our own problems; answers worked by hand."""

from __future__ import annotations

import pytest

from tests.solved_problems import assert_solved
from tutor.reasoning.symbolic.engine import solve_now


@pytest.mark.parametrize(("problem", "answer"), [
    # the smaller: hypotenuse 10, area 24, legs 6 and 8; k = sqrt(216/24) = 3
    ("Two similar right triangles have areas of 24 square inches and 216 square inches. The "
     "length of the hypotenuse of the smaller triangle is 10 inches. What is the sum of the "
     "lengths of the legs of the larger triangle?", "42"),
    # 5-12-13 with area 30; k = 2
    ("Two similar right triangles have areas of 30 and 120. The hypotenuse of the smaller "
     "triangle is 13. What is the perimeter of the larger triangle?", "60"),
    # the larger: 9-12-15, area 54; k = 1/3
    ("Two similar right triangles have areas of 54 and 6. The hypotenuse of the larger triangle "
     "is 15. What is the length of the shorter leg of the smaller triangle?", "3"),
])
def test_similar_right_triangles_by_area(problem: str, answer: str) -> None:
    assert_solved(problem, answer)


def test_a_length_of_the_told_triangle_is_never_scaled() -> None:
    # this reader declines it; another reader may answer it unscaled (6 + 8 + 10)
    assert solve_now("Two similar right triangles have areas of 24 and 216. The hypotenuse of "
                     "the smaller triangle is 10. What is the perimeter of the smaller "
                     "triangle?").answer in (None, "24")
