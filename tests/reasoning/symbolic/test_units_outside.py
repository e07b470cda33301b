"""Units set in text at the end of a piece of maths (`problem_text.units_outside`): written
after the maths in words, so "$49\\text{ cm}^2$" reads as "$49$ square cm" does."""

from __future__ import annotations

import pytest

from tests.solved_problems import assert_solved
from tutor.reasoning.symbolic.problem_text import units_outside


@pytest.mark.parametrize(("text", "plain"), [
    (r"an area of $64\text{ cm}^2$.", "an area of $64$ square cm."),
    (r"a volume of $125 \mbox{ in}^{3}$", "a volume of $125$ cubic inches"),
    (r"$PQ = 9\,\text{ft}$ long", "$PQ = 9$ feet long"),
    (r"$L\text{ meters}$ and $W\text{ meters}$", "$L$ meters and $W$ meters"),
])
def test_a_unit_at_the_end_of_maths_is_written_after_it(text: str, plain: str) -> None:
    assert units_outside(text) == plain


@pytest.mark.parametrize("text", [
    r"$x \text{ if } y > 2$",  # words inside maths that are no unit
    r"$3\text{ cm} + 4\text{ cm}$",  # a unit inside the maths, not at its end
    r"costs \$5\text{ cm}",  # no maths at all
])
def test_other_text_in_maths_stays(text: str) -> None:
    assert units_outside(text) == text


@pytest.mark.parametrize(("problem", "answer"), [
    (r"The area of a square is $81\text{ cm}^2$. What is its perimeter, in cm?", "36"),
    (r"A rectangle is $9\text{ in}$ long and $4\text{ in}$ wide. What is its area?", "36"),
    (r"A cube has volume $64\text{ cm}^3$. What is its surface area, in square cm?", "96"),
])
def test_problems_with_units_in_maths_are_solved(problem: str, answer: str) -> None:
    assert_solved(problem, answer)
