"""A sector with its circle told in a sentence of its own (`figure_binding.circle_measures`):
"A circle has an area of $36\\pi$." is the whole circle's area, not the sector's (it was
read as the sector's: the arc of a 60 degree sector came out 2 sqrt 6 pi, a wrong answer);
the circle's circumference gives its radius. Our own problems, answers worked by hand."""

from __future__ import annotations

import pytest

from tests.solved_problems import assert_solved
from tutor.reasoning.symbolic.engine import solve_now


@pytest.mark.parametrize(("problem", "answer"), [
    # r = 6: the arc is 60/360 of 12 pi (was 2 sqrt 6 pi, the circle's area taken as the sector's)
    (r"A circle has an area of $36\pi$. What is the arc length of a sector with a central angle "
     r"of $60^\circ$?", r"2 \pi"),
    (r"A circle has an area of $36\pi$. A sector of the circle has a central angle of "
     r"$60^\circ$. What is the arc length of the sector?", r"2 \pi"),
    (r"A circle has an area of $36\pi$. What is the perimeter of a sector with a central angle "
     r"of $60^\circ$?", r"12 + 2 \pi"),
    # r = 9: 40/360 of 81 pi
    (r"A circle has a circumference of $18\pi$. What is the area of a sector with a central "
     r"angle of $40^\circ$?", r"9 \pi"),
    (r"The circumference of a circle is $18\pi$. Find the area of a $40^\circ$ sector.",
     r"9 \pi"),
    # r = 4: 90/360 of 8 pi
    (r"A circle has a circumference of $8\pi$. What is the arc length of a sector with a central "
     r"angle of $90^\circ$?", r"2 \pi"),
    # the sector's own area: 60/360 of pi r^2 = 6 pi gives r = 6, the circle 36 pi
    (r"A sector has an area of $6\pi$ and a central angle of $60^\circ$. What is the area of the "
     r"circle?", r"36 \pi"),
    (r"A sector of a circle with radius 6 has a central angle of $60^\circ$. What is its area?",
     r"6 \pi"),
])
def test_a_sector_and_its_circle(problem: str, answer: str) -> None:
    assert_solved(problem, answer)


@pytest.mark.parametrize("problem", [
    # a sector's "circumference" is not clear (its arc? its perimeter?)
    r"A sector has a circumference of $12\pi$ and a central angle of $60^\circ$. What is its "
    r"area?",
    # the area asked is the one given
    r"A circle has an area of $36\pi$. What is the area of the circle?",
])
def test_a_sector_and_its_circle_declines(problem: str) -> None:
    assert solve_now(problem).answer is None
