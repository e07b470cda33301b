"""Ordinals typeset as powers ("$87^{\\mathrm{th}}$") read as the words they are, tried
after the problem as written declines. Our own problems."""

from __future__ import annotations

import pytest

from tests.solved_problems import assert_solved
from tutor.reasoning.symbolic.spelled_maths import ordinals_respelled


@pytest.mark.parametrize(("text", "expected"), [
    ("the $53^{\\mathrm{th}}$ odd number", "the 53th odd number"),
    ("the $21^{\\text{st}}$ term", "the 21st term"),
    ("the $12^{th}$ row", "the 12th row"),
    ("the $2^{\\textrm{nd}}$ one", "the 2nd one"),
    # a power of a number, or an ordinal of a letter, is left alone
    ("$2^{10}$ and $n^{\\text{th}}$", "$2^{10}$ and $n^{\\text{th}}$"),
    ("$3^{th} + 1$", "$3^{th} + 1$"),
])
def test_ordinal_pieces_become_words(text, expected):
    assert ordinals_respelled(text) == expected


@pytest.mark.parametrize(("problem", "answer"), [
    ("What is the $53^{\\mathrm{th}}$ odd positive integer?", str(2 * 53 - 1)),
    ("Find the $40^{\\text{th}}$ even positive integer.", "80"),
    ("What is the $25^{th}$ positive multiple of 4?", "100"),
])
def test_problems_with_typeset_ordinals(problem, answer):
    assert_solved(problem, answer)
