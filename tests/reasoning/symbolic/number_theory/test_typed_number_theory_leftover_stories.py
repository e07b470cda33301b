"""Things pooled from several people and packed in full groups, asked how many are left over
(number_theory/leftover_stories.py). Our own problems, answers worked out by hand; near misses
(two kinds of things, a group of another thing, a word not read) decline."""

from __future__ import annotations

import pytest

from tests.solved_problems import assert_solved
from tutor.reasoning.symbolic.engine import solve_now

SOLVED = [
    # 53 + 41 = 94 = 6 * 15 + 4
    ("Maria has 53 apples and Jo has 41 apples. If apples can only be sold in bags of 6, how "
     "many apples will be left over if all full bags are sold?", "4"),
    # 23 + 35 + 19 = 77 = 10 * 7 + 7
    ("Ana, Ben and Cy combine their marbles. Ana has 23 marbles, Ben has 35 marbles, and Cy has "
     "19 marbles. If marbles are packed in boxes of 10, how many marbles will be left over?",
     "7"),
    ("Sam has 30 pens and Lee has 12 pens. If pens are sold in packs of 7, how many pens are "
     "left over?", "0"),
]

NEAR_MISSES = [
    "Sam has 30 pens and Lee has 12 pencils. If pens are sold in packs of 7, how many pens are "
    "left over?",
    "Sam has 30 pens and Lee has 12 pens. If pencils are sold in packs of 7, how many pens are "
    "left over?",
    "Sam has 30 pens and Lee has 12 pens. Lee loses 3 of them. If pens are sold in packs of 7, "
    "how many pens are left over?",
]


@pytest.mark.parametrize(("problem", "answer"), SOLVED)
def test_leftover_stories_solved(problem: str, answer: str) -> None:
    assert_solved(problem, answer)


@pytest.mark.parametrize("problem", NEAR_MISSES)
def test_leftover_stories_near_misses_decline(problem: str) -> None:
    assert solve_now(problem).answer is None
