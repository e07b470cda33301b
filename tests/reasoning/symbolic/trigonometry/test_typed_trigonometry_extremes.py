"""The largest and smallest values and the range of a trigonometric expression in one angle,
asked in several of our own phrasings (answers worked out by hand); near misses decline."""

from __future__ import annotations

import pytest

from tests.solved_problems import assert_solved
from tutor.reasoning.symbolic.engine import solve_now

SOLVED = [
    # a sin + b cos has amplitude sqrt(a^2 + b^2): sqrt(4 + 1)
    (r"Over all angles $t$, what is the greatest value of $2 \cos t + \sin t$?", r"\sqrt{5}"),
    # the amplitude of 5 sin - 12 cos is 13; the least value is -13
    (r"Find the smallest possible value of $5 \sin \theta - 12 \cos \theta$.", "-13"),
    # sin^4 + cos^4 = 1 - sin^2(2x)/2: from 1/2 to 1
    (r"As $y$ ranges over all real numbers, how small can $\cos^4 y + \sin^4 y$ be? Give "
     r"the minimum value.",
     r"\frac{1}{2}"),
    # 1 - c^2 + c on [-1, 1]: top at c = 1/2, bottom at c = -1
    (r"Find the range of the function $g(x) = \cos x + \sin^2 x$.",
     r"\left[-1, \frac{5}{4}\right]"),
    # sin 2x / 2
    (r"What is the maximum value of $\sin u \cos u$?", r"\frac{1}{2}"),
    # cos 2x + 2 cos x = 2c^2 + 2c - 1: least at c = -1/2
    (r"Determine the least value of $\cos 2x + 2 \cos x$ as $x$ varies.", r"-\frac{3}{2}"),
]


@pytest.mark.parametrize(("problem", "answer"), SOLVED)
def test_extremes_of_trigonometric_expressions(problem: str, answer: str) -> None:
    assert_solved(problem, answer)


@pytest.mark.parametrize("problem", [
    # unbounded: tangent has poles
    r"What is the largest value of $\sin x + 2 \tan x$ over all angles?",
    # a word that changes the question
    r"Find the smallest positive value of $\sin x + \cos x$.",
])
def test_extremes_decline(problem: str) -> None:
    assert solve_now(problem).answer is None
