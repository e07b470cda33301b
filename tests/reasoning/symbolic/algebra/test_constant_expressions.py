"""An expression in letters asked for its value ("what is sin^2 x + cos^2 x") is answered
when no letter changes it, confirmed equal at random points; one whose value depends on its
letters still declines. Our own wordings."""

from __future__ import annotations

import pytest

from tests.solved_problems import assert_solved
from tutor.reasoning.symbolic.engine import solve_now


@pytest.mark.parametrize(("problem", "answer"), [
    ("what is cos^2(t) + sin^2(t)", "1"),
    ("what is (y + 3)^2 - y^2 - 6y", "9"),
    ("evaluate (2x + 1)(2x - 1) - 4x^2", "-1"),
])
def test_solved(problem: str, answer: str) -> None:
    assert_solved(problem, answer)


@pytest.mark.parametrize("problem", ["what is y + 7", "evaluate 3x^2 - x", "what is (x + 1)^2"])
def test_a_value_that_depends_on_the_letter_declines(problem: str) -> None:
    assert solve_now(problem).answer is None
