"""Every geometry reader that reads lengths as bare numbers declines when the words give two
units of length (outside a drawing); the readers that convert answer in the unit asked. Our
own wordings, answers by hand."""

from __future__ import annotations

import pytest

from tests.solved_problems import assert_solved
from tutor.reasoning.symbolic.geometry.figure_question_words import one_unit_in
from tutor.reasoning.symbolic.geometry.typed import READERS
from tutor.reasoning.symbolic.model import Decline
from tutor.reasoning.symbolic.parsing import split_problem


@pytest.mark.parametrize(("problem", "answer"), [
    ("a square has side 3 feet. what is its perimeter in inches?", "144"),
    ("The legs of a right triangle are 9 inches and 12 inches. What is its area in square feet?",
     "\\frac{3}{8}"),  # 54 square inches
    ("a circle has radius 2 cm. what is its area in square mm?", "400 \\pi"),
])
def test_converted_answers(problem: str, answer: str) -> None:
    assert_solved(problem, answer)


def test_a_reader_that_reads_bare_numbers_declines_on_two_units() -> None:
    split = split_problem("A rectangle is 2 feet by 9 inches. What is its perimeter in inches?")
    guarded = [r for r in READERS if getattr(r, "__wrapped__", None) is not None]
    assert len(guarded) > 100  # all but the few that convert
    for reader in guarded[:20]:
        with pytest.raises(Decline, match="more than one unit"):
            reader(split, split.template)


def test_a_unit_word_counts_only_as_a_unit() -> None:
    # after a number, or asked ("in ...", "how many ..."); a garden yard, a ladder's foot and
    # a drawing's unitsize are no units of the problem
    one_unit_in("a yard is a square @0@ feet on a side. how many feet is she from the start?")
    one_unit_in("a ladder reaches @0@ meters up a wall and its foot is @1@ meters away")
    one_unit_in("[asy] unitsize(0.3 cm); [/asy] the median is @0@ inches. find it in inches")
    with pytest.raises(Decline):
        one_unit_in("what is @4@ in meters if ab is @0@ cm")
    with pytest.raises(Decline):
        one_unit_in("a @0@-foot pole. how many inches tall is it?")
