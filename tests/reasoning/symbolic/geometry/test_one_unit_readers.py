"""Every geometry reader that reads lengths as bare numbers declines when the words give two
units of length (outside a drawing); the readers that convert answer in the unit asked. Our
own wordings, answers by hand."""

from __future__ import annotations

import pytest

from tests.solved_problems import assert_solved
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
