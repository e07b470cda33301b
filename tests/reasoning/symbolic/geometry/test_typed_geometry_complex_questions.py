"""Complex numbers as points: the midpoint and distance asked with hyphenated words
('mid-point', 'end-points') and the segment 'plotted' (our own numbers, worked by hand)."""

from __future__ import annotations

import pytest

from tests.solved_problems import assert_solved

SOLVED = [
    # ((-6 + 8) / 2, (2 - 4) / 2)
    ("A segment is drawn in the complex plane between the end-points $-6 + 2i$ and $8 - 4i$. "
     "What is the complex number at its mid-point?", "1 - i"),
    # ((4 - 2) / 2, (-6 + 2) / 2)
    ("In the complex plane, a segment has endpoints $4 - 6i$ and $-2 + 2i$. Which complex "
     "number is its midpoint?", "1 - 2i"),
    # sqrt(6^2 + 8^2)
    ("The line segment with end-points $1 + 5i$ and $7 - 3i$ is plotted in the complex plane. "
     "Find the distance between its end-points.", "10"),
]


@pytest.mark.parametrize(("problem", "answer"), SOLVED)
def test_complex_points(problem: str, answer: str) -> None:
    assert_solved(problem, answer)
