"""An isosceles trapezoid with a circle inscribed in it (geometry/tangential_trapezoids.py).
Our own problems; answers worked by hand: the legs (a + b) / 2, the height sqrt(ab), one base
with a leg giving the other as 2 leg - a, with the height as h^2 / a."""

from __future__ import annotations

import pytest

from tests.solved_problems import assert_solved
from tutor.reasoning.symbolic.engine import solve_now


@pytest.mark.parametrize(("problem", "answer"), [
    ("An isosceles trapezoid with an inscribed circle has bases 8 and 18. How long is each "
     "leg?", "13"),
    ("A circle is inscribed in an isosceles trapezoid with bases 8 and 18. Find the height of "
     "the trapezoid.", "12"),
    ("isosceles trapezoid circumscribed around a circle, bases 1 and 9, whats the area", "15"),
    ("An isosceles trapezoid whose parallel sides are $8$ and $18$ has an incircle. What is "
     "the radius of the incircle?", "6"),
])
def test_tangential_trapezoid(problem: str, answer: str) -> None:
    assert_solved(problem, answer)


@pytest.mark.parametrize(("problem", "answer"), [
    # the other base 2 * 13 - 18 = 8: height 12, area 13 * 12
    ("An isosceles trapezoid is circumscribed about a circle. Its longer base is 18 and each "
     "leg is 13. Find the area of the trapezoid.", "156"),
    # height 2r = 6, the other base 36 / 4 = 9: area 13/2 * 6
    ("A circle with radius 3 is inscribed in an isosceles trapezoid with one base 4. Find its "
     "area.", "39"),
    # the other base 12^2 / 8 = 18: perimeter 26 + 2 * 13
    ("an isosceles trapezoid has an inscribed circle, a base of 8 and a height of 12. whats "
     "its perimeter", "52"),
])
def test_tangential_trapezoid_one_base(problem: str, answer: str) -> None:
    assert_solved(problem, answer)


@pytest.mark.parametrize("problem", [
    # a trapezoid inscribed in a circle, not about one
    "An isosceles trapezoid with bases 8 and 18 is inscribed in a circle. How long is each "
    "leg?",
    # not said to be isosceles: the legs are not fixed
    "A trapezoid with bases 8 and 18 has an inscribed circle. How long is each leg?",
    # equal bases make no trapezoid
    "An isosceles trapezoid with bases 6 and 6 has an inscribed circle. What is its area?",
    # the "longer" base 4 with legs 10 would have the other base 16
    "An isosceles trapezoid has an inscribed circle. Its longer base is 4 and its legs are 10. "
    "Find its area.",
    # one base alone
    "An isosceles trapezoid has an inscribed circle. Its base is 9. Find its area.",
    # both bases and a leg: more than the figure allows
    "An isosceles trapezoid with bases 8 and 18 has an inscribed circle and legs of 12. Find "
    "its area.",
])
def test_tangential_trapezoid_declined(problem: str) -> None:
    assert solve_now(problem).answer is None
