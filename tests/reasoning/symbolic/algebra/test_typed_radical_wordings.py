"""A number with roots put in simplest radical form, asked in many of our own wordings
(answers worked out by hand), and near misses that must decline."""

from __future__ import annotations

import pytest

from tests.solved_problems import assert_solved
from tutor.reasoning.symbolic.engine import solve_now

SOLVED = [
    # b imperative with another verb: 112 = 16 * 7
    (r"Reduce $\sqrt{112}$ to simplest radical form.", r"4\sqrt{7}"),
    # b "convert ... into": 300 = 100 * 3
    (r"Convert $\sqrt{300}$ into simplified radical form.", r"10\sqrt{3}"),
    # c the form first: 27 = 9 * 3, then 2 * 3 sqrt 3
    (r"In simplest radical form, what is $2\sqrt{27}$?", r"6\sqrt{3}"),
    # e a root in a denominator: 1/sqrt 8 = sqrt 2 / 4
    (r"Write $\frac{1}{\sqrt{8}}$ in its simplest radical form.", r"\frac{\sqrt{2}}{4}"),
]

DECLINED = [
    # a letter under the root
    r"Convert $\sqrt{20y}$ into simplified radical form.",
    # a word the reader does not apply
    r"Reduce $\sqrt{112}$ to simplest radical form and round it.",
]


@pytest.mark.parametrize(("problem", "answer"), SOLVED)
def test_solved_in_many_wordings(problem: str, answer: str) -> None:
    assert_solved(problem, answer)


@pytest.mark.parametrize("problem", DECLINED)
def test_near_misses_decline(problem: str) -> None:
    assert solve_now(problem).answer is None
