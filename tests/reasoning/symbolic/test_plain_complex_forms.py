"""'In the form a + bi' typed in plain text: its "a" is the form's, not the article
(answers worked out by hand), and what it must not change."""

from __future__ import annotations

import pytest

from tests.solved_problems import assert_solved
from tutor.reasoning.symbolic.plain_text import wrap_plain_maths

SOLVED = [
    # (1 + i)^2 = 2i, so (2i)^5 = 32 i
    ("Express (1 + i)^10 in the form a + bi.", "32i"),
    # (2 + 3i)(1 + i) / 2 = (-1 + 5i) / 2
    ("Write (2 + 3i)/(1 - i) in the form a + bi.", r"-\frac{1}{2} + \frac{5}{2}i"),
    # (2 - i)^2 = 3 - 4i
    ("Express (2 - i)^2 in the form a+bi.", "3 - 4i"),
]


@pytest.mark.parametrize(("problem", "answer"), SOLVED)
def test_solved(problem: str, answer: str) -> None:
    assert_solved(problem, answer)


def test_the_form_is_one_piece() -> None:
    wrapped = wrap_plain_maths("Write (2 - i)^2 in the form a + bi.")
    assert wrapped is not None and "$a + bi$" in wrapped


def test_an_article_a_is_left_alone() -> None:
    # "a" is the article here, not a form: no piece "a + ..." is made
    wrapped = wrap_plain_maths("Find a + b if a = 2 and b = 3.")
    assert wrapped is None or "$a + bi$" not in wrapped
