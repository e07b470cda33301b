"""Conditions said in more words: "have digits whose sum is 9". Our own problems, the
answers worked out by hand."""

from __future__ import annotations

import pytest

from tests.solved_problems import assert_solved


@pytest.mark.parametrize(("problem", "answer"), [
    # a + b + c = 9 with a >= 1: C(10, 2)
    ("How many 3-digit positive integers have digits whose sum is 9?", "45"),
    ("How many two-digit numbers have digits whose sum is 5?", "5"),  # 14, 23, 32, 41, 50
])
def test_digit_sums(problem, answer):
    assert_solved(problem, answer)
