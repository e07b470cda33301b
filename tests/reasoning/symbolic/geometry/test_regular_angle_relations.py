"""A regular polygon whose interior angle is told through its exterior angle
(geometry/regular_angle_relations.py). Our own problems; answers worked by hand with
I + E = 180 and n = 360 / E."""

from __future__ import annotations

import pytest

from tests.solved_problems import assert_solved
from tutor.reasoning.symbolic.engine import solve_now


@pytest.mark.parametrize(("problem", "answer"), [
    # I = 5E: E = 30, n = 12
    ("A regular polygon has an interior angle that is 5 times its exterior angle. How many "
     "sides does it have?", "12"),
    # I = E + 120: E = 30
    ("Each interior angle of a regular polygon is 120 degrees more than each exterior angle. "
     "How many sides does the polygon have?", "12"),
    # E = I / 2: E = 60, a hexagon
    ("The exterior angle of a regular polygon is one half of its interior angle. How many sides "
     "does the polygon have?", "6"),
    # 4:1: E = 36, n = 10
    ("The ratio of an interior angle to an exterior angle of a regular polygon is $4:1$. How "
     "many sides does the polygon have?", "10"),
    # I = 2E: E = 60... n = 6, sum 720
    ("Each interior angle of a regular polygon is twice each exterior angle. What is the sum of "
     "the interior angles of the polygon?", "720"),
])
def test_regular_polygon_angle_relations(problem: str, answer: str) -> None:
    assert_solved(problem, answer)


def test_no_whole_number_of_sides_declines() -> None:
    # I = E + 50: E = 65, 360 / 65 is not whole
    assert solve_now("Each interior angle of a regular polygon is 50 degrees more than each "
                     "exterior angle. How many sides does the polygon have?").answer is None
