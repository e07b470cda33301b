"""An amount and a multiple of it at another time, added (prealgebra/multiple_totals.py).
Our own problems, answers worked out by hand; near misses (one time twice, another verb, a
half that is not a whole count, the second day alone asked) must decline."""

from __future__ import annotations

import pytest

from tests.solved_problems import assert_solved
from tutor.reasoning.symbolic.engine import solve_now

SOLVED = [
    # 4 + 2(4)
    ("Noor swam 4 laps on Friday and twice as many on Saturday. How many laps did she swim in "
     "total?", "12"),
    # 12 + 3(12)
    ("Eli picked 12 apples in the morning and three times as many in the afternoon. How many "
     "apples did he pick altogether?", "48"),
    # 40 + 40/2, 'read' the same in both tenses
    ("Ada read 40 pages on Monday and half as many on Tuesday. How many pages did she read in "
     "all?", "60"),
    # typed in lower case without marks
    ("bo sold 7 cakes on monday and 4 times as many on tuesday how many cakes did he sell in "
     "total", "35"),
]

NEAR_MISSES = [
    # the same day twice
    "Noor swam 4 laps on Friday and twice as many on Friday. How many laps did she swim in "
    "total?",
    # another verb asked
    "Ada read 40 pages on Monday and half as many on Tuesday. How many pages did she write in "
    "all?",
    # half of 41 pages is not a whole count
    "Ada read 41 pages on Monday and half as many on Tuesday. How many pages did she read in "
    "all?",
    # the second day alone is asked
    "Noor swam 4 laps on Friday and twice as many on Saturday. How many laps did she swim on "
    "Saturday?",
    # other things asked
    "Eli picked 12 apples in the morning and three times as many in the afternoon. How many "
    "pears did he pick altogether?",
]


@pytest.mark.parametrize(("problem", "answer"), SOLVED)
def test_multiple_totals_solved(problem: str, answer: str) -> None:
    assert_solved(problem, answer)


@pytest.mark.parametrize("problem", NEAR_MISSES)
def test_multiple_totals_near_misses_decline(problem: str) -> None:
    assert solve_now(problem).answer is None
