"""A triangle told by its three sides (or an isosceles one by two lengths) and a similar
triangle told by one measure: its perimeter, a side or its area. Our own problems; answers
worked out by hand in the comments."""

from __future__ import annotations

import pytest

from tests.solved_problems import assert_solved
from tutor.reasoning.symbolic.engine import solve_now

SOLVED = [
    # k = 15 / 5 = 3; 3 * (5 + 7 + 9)
    ("A triangle has sides of length 5, 7 and 9. A similar triangle has a shortest side of 15. "
     "What is the perimeter of the similar triangle?", "63"),
    # k = 25 / 10; 6 * 5/2
    ("The sides of a triangle are 6, 8 and 10. The longest side of a similar triangle is 25. "
     "What is the length of its shortest side?", "15"),
    # 6, 14, 14 (6, 6, 14 is no triangle); k = 18 / 6 = 3; 3 * 34
    ("The lengths of two sides of an isosceles triangle are 6 m and 14 m; if a similar "
     "triangle has a shortest side of 18 m, find the perimeter of the larger triangle.", "102"),
    # area 6, k^2 = 9; 3 * 12
    ("A triangle has side lengths 3, 4, and 5. A similar triangle has an area of 54. Find its "
     "perimeter.", "36"),
    # k = 48 / 24 = 2; 2 * 9
    ("A triangle has sides 7, 8 and 9. A similar triangle has a perimeter of 48. What is its "
     "longest side?", "18"),
    # k = 1/2: the similar one is the smaller; 36 / 2
    ("A triangle has sides 10, 12 and 14. A similar triangle has a shortest side of 5. "
     "Determine the perimeter of the smaller triangle.", "18"),
    # area of 5, 12, 13 is 30; k = 26 / 13 = 2; 30 * 4
    ("The sides of a triangle are 5, 12 and 13. The longest side of a similar triangle is 26. "
     "Compute the area of the similar triangle.", "120"),
]


@pytest.mark.parametrize(("problem", "answer"), SOLVED)
def test_similar_sides_solved(problem: str, answer: str) -> None:
    assert_solved(problem, answer)


DECLINED = [
    # 4, 4, 6 and 4, 6, 6 are both triangles
    "Two sides of an isosceles triangle are 4 and 6. A similar triangle has a shortest side of "
    "8. What is its perimeter?",
    # 2 + 3 < 8: no triangle
    "A triangle has sides 2, 3 and 8. A similar triangle has a shortest side of 4. What is its "
    "perimeter?",
    # the larger triangle is the first one here (k = 1/2)
    "A triangle has sides 10, 12 and 14. A similar triangle has a shortest side of 5. What is "
    "the perimeter of the larger triangle?",
    # a measure of the similar triangle this reader does not read
    "A triangle has sides 5, 7 and 9. A similar triangle has a median of 12. What is its "
    "perimeter?",
]


@pytest.mark.parametrize("problem", DECLINED)
def test_similar_sides_declined(problem: str) -> None:
    assert solve_now(problem).answer is None
