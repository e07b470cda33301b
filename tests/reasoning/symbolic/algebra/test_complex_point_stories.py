"""Two people each place a point in the complex plane, and the story asks how far apart they
are (`algebra.complex_point_stories`). Our own stories; distances worked by hand as the
modulus of the difference."""

from __future__ import annotations

import pytest

from tests.solved_problems import assert_solved
from tutor.reasoning.symbolic.engine import solve_now


@pytest.mark.parametrize(("problem", "answer"), [
    # (2 + 6i) - (-3 - 6i) = 5 + 12i
    ("Nora marks the point 2 + 6i on the complex plane and Raj marks -3 - 6i. How far apart "
     "are their points?", "13"),
    # (7 + i) - (1 + 9i) = 6 - 8i
    ("in the complex plane tom stands at 7 + i and eva stands at 1 + 9i. how far is tom from "
     "eva", "10"),
    # (2 + 3i) - (0 + i) = 2 + 2i
    ("Lena chooses the complex number $2 + 3i$ and Max chooses $i$. What is the distance "
     "between the points they chose?", "2\\sqrt{2}"),
    # (2 - 3i) - (-1 + i) = 3 - 4i
    ("Zoe and Kai are choosing numbers on the complex plane. Kai chooses the point $2 - 3i$. "
     "Zoe chooses $-1 + i$. How far apart are Zoe and Kai's points?", "5"),
    # (4 - 2i) - (1 + 2i) = 3 - 4i
    ("Two students pick the points $4 - 2i$ and $1 + 2i$ in the complex plane. How far apart "
     "are the two points?", "5"),
])
def test_distance_stories(problem: str, answer: str) -> None:
    assert_solved(problem, answer)


@pytest.mark.parametrize("problem", [
    # the second point is not given
    "Nora marks the point 2 + 6i on the complex plane and Raj marks a point on the unit "
    "circle. How far apart are their points?",
    # three points: which two?
    "Nora marks 2 + 6i, Raj marks -3 - 6i and Ida marks 1 + i in the complex plane. How far "
    "apart are Nora's and Raj's points?",
    # another quantity asked
    "Nora marks the point 2 + 6i on the complex plane and Raj marks -3 - 6i. How far apart "
    "are their points after Raj doubles his?",
])
def test_stories_that_do_not_settle_it_decline(problem: str) -> None:
    assert solve_now(problem).answer is None
