"""Plurals the engine writes in its steps ("12 inches", "4 cm", "3 boxes"), and the
steps of stories that name a unit. Own words and stories."""

from __future__ import annotations

import pytest

from tests.solved_problems import assert_solved
from tutor.reasoning.symbolic.prealgebra.story_words import plural


@pytest.mark.parametrize(("one", "many"), [
    ("pen", "pens"), ("box", "boxes"), ("inch", "inches"), ("candy", "candies"),
    ("day", "days"), ("foot", "feet"), ("person", "people"),
    ("cm", "cm"), ("kg", "kg"), ("ml", "ml"),  # an abbreviation takes no s
])
def test_plural(one: str, many: str) -> None:
    assert plural(one) == many


@pytest.mark.parametrize(("problem", "answer", "said", "never"), [
    ("A rectangle is 3 cm longer than it is wide and its perimeter is 46 cm. "
     "Find its area in square centimetres.", "130", "3 cm", "cms"),
    ("How many inches are there in 7 feet?", "84", "inches", "inchs"),
])
def test_steps_name_units_as_written(problem: str, answer: str, said: str, never: str) -> None:
    sol = assert_solved(problem, answer)
    text = " ".join(s.text for s in sol.steps)
    assert said in text and never not in text, text
