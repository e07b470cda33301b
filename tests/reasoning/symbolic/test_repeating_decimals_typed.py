"""Repeating decimals as a student types them (`problem_text`): "0.5555 repeating",
"0.272727 recurring", the block in brackets "0.1(6)". Our own numbers, fractions by hand."""

from __future__ import annotations

import pytest

from tests.solved_problems import assert_solved
from tutor.reasoning.symbolic.engine import solve_now


@pytest.mark.parametrize(("problem", "answer"), [
    ("what is 0.5555 repeating as a fraction", r"\frac{5}{9}"),
    ("convert 0.272727 recurring to a fraction", r"\frac{3}{11}"),  # 27/99
    ("write 0.(3) as a fraction", r"\frac{1}{3}"),
    ("write 0.1(6) as a fraction", r"\frac{1}{6}"),  # (16 - 1)/90
    ("express 0.(18) as a fraction in lowest terms", r"\frac{2}{11}"),  # 18/99
    ("convert 0.41666 repeating to a fraction", r"\frac{5}{12}"),  # (416 - 41)/900
])
def test_repeating_decimals_typed(problem: str, answer: str) -> None:
    sol = assert_solved(problem)
    assert sol.answer == answer


@pytest.mark.parametrize("problem", [
    "convert 0.12 repeating to a fraction",  # 0.1212... or 0.1222...? the block is not shown
    "what is 3.14159 repeating as a fraction",  # no block repeats
    "convert 0.4166 repeating to a fraction",  # the 6 shown twice only: too few to tell
])
def test_repeating_decimals_without_a_shown_block_decline(problem: str) -> None:
    assert solve_now(problem).answer is None


def test_a_bracket_after_a_whole_number_is_a_product() -> None:
    assert_solved("what is 2(3) + 1", "7")
