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
    ("metre", "metres"), ("litre", "litres"),
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


@pytest.mark.parametrize(("problem", "answer", "claim"), [
    ("How many inches are there in 7 feet?", "84", "7 \\cdot 12 = 84"),
    ("how many minutes is 3.5 hours", "210", "\\frac{7}{2} \\cdot 60 = 210"),
    ("How many feet are in 4 yards?", "12", "4 \\cdot 3 = 12"),
])
def test_a_conversion_is_one_product_the_checker_verifies(problem: str, answer: str,
                                                          claim: str) -> None:
    from tutor.verify.api import check_steps
    from tutor.verify.verdict import Verdict

    sol = assert_solved(problem, answer)
    assert len(sol.steps) == 1 and claim in sol.steps[0].text, [s.text for s in sol.steps]
    verdicts = check_steps(problem, [s.text for s in sol.steps])
    assert verdicts[0].verdict is Verdict.VERIFIED, verdicts[0].summary


@pytest.mark.parametrize(("word", "one"), [
    ("km", "kilometer"), ("cms", "centimeter"), ("lbs", "pound"), ("boxes", "box"),
    ("metres", "meter"),
])
def test_singular_names_one_unit(word: str, one: str) -> None:
    from tutor.reasoning.symbolic.prealgebra.story_words import singular

    assert singular(word) == one
