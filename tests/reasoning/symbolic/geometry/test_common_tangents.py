"""The common tangent of two circles (`geometry.common_tangents`): two radii and the distance
between the centres (or circles that are externally tangent), the external or internal
tangent's length asked. Our own problems (answers worked by hand in the comments), and near
misses that must decline."""

from __future__ import annotations

import pytest

from tests.solved_problems import assert_solved
from tutor.reasoning.symbolic.engine import solve_now

SOLVED = [
    # sqrt(10^2 - (5 - 3)^2) = sqrt(96)
    ("Two circles have radii 3 and 5 and their centers are 10 apart. What is the length of "
     "their common external tangent?", "4\\sqrt{6}"),
    # sqrt(10^2 - (5 + 3)^2) = 6
    ("Two circles have radii 3 and 5, and their centers are 10 units apart. What is the length "
     "of their common internal tangent?", "6"),
    # d = 10: sqrt(100 - 36) = 8
    ("Circles of radius 2 and 8 are externally tangent. Find the length of a common external "
     "tangent.", "8"),
    # d = 13: sqrt(169 - 25) = 12
    ("A circle with radius 4 and a circle with radius 9 are externally tangent to each other. "
     "How long is their common external tangent?", "12"),
    ("The distance between the centers of two circles is 13. The circles have radii 7 and 2. "
     "What is the length of the common external tangent?", "12"),
    # sqrt(144 - 64) = sqrt(80)
    ("One circle has a radius of 6 cm and the other has a radius of 2 cm. The distance between "
     "their centers is 12 cm. Find the length of their common internal tangent.", "4\\sqrt{5}"),
    # sqrt(289 - 64) = 15
    ("Two circles with radii $5$ and $3$ have centers $17$ apart. What is the length of a "
     "common internal tangent segment between the points of tangency?", "15"),
]

DECLINED = [
    # touching circles have no internal tangent segment
    "Two circles of radius 4 and 6 are externally tangent. What is the length of their common "
    "internal tangent?",
    # overlapping circles: no internal tangent
    "Two circles have radii 3 and 5 and their centers are 6 apart. What is the length of their "
    "common internal tangent?",
    # which tangent is not said
    "Two circles have radii 3 and 5 and their centers are 10 apart. What is the length of their "
    "common tangent?",
    # a sentence not read
    "Two circles have radii 3 and 5 and their centers are 10 apart. A line is drawn. What is "
    "the length of their common external tangent?",
    # two units
    "Two circles have radii 3 and 5 and their centers are 10 cm apart. What is the length of "
    "their common external tangent in inches?",
    # spheres
    "Two spheres have radii 3 and 5 and their centers are 10 apart. What is the length of their "
    "common external tangent?",
    # no distance
    "Two circles have radii 3 and 5. What is the length of their common external tangent?",
]


@pytest.mark.parametrize(("problem", "answer"), SOLVED)
def test_common_tangent_solved(problem: str, answer: str) -> None:
    assert_solved(problem, answer)


@pytest.mark.parametrize("problem", DECLINED)
def test_common_tangent_declined(problem: str) -> None:
    assert solve_now(problem).answer is None
