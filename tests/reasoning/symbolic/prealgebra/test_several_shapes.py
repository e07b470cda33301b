"""Several squares or circles given by one measure and asked about another (our own
problems)."""

from __future__ import annotations

import pytest

from tests.solved_problems import assert_solved
from tutor.reasoning.symbolic.engine import solve_now


@pytest.mark.parametrize(("problem", "answer"), [
    # sides 3, 6, 12
    ("The areas of three squares are 9, 36 and 144. What is the mean of their side lengths?",
     "7"),
    # sides 2 and 9: 8 + 36
    ("The areas of two squares are 4 and 81. What is the sum of their perimeters?", "44"),
    # radii 2 and 7: 4 pi + 49 pi
    (r"Two circles have circumferences $4\pi$ and $14\pi$. What is the sum of their areas?",
     r"53\pi"),
    # sides 3 and 10: 100 - 9
    ("The perimeters of two squares are 12 and 40. What is the positive difference of their "
     "areas?", "91"),
])
def test_several_shapes(problem, answer):
    assert_solved(problem, answer)


def test_a_count_that_does_not_match_declines():
    assert solve_now("The areas of three squares are 9 and 36. What is the sum of their "
                     "perimeters?").answer is None
